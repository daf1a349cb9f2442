//! Initiatives: the work named under a key result to move it (the "E" of OKRs-E),
//! each with an owner, perhaps a due day, and open until ticked off.

use chrono::NaiveDate;
use serde::Serialize;

use super::{KrId, TaskId, Uid, names};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Task {
    pub id: TaskId,
    pub uid: Uid,
    pub kr: KrId,
    pub title: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
    /// The day it was ticked off; `None` while it is open.
    pub done: Option<NaiveDate>,
    pub created: NaiveDate,
}

impl Task {
    pub fn is_open(&self) -> bool {
        self.done.is_none()
    }

    /// Open and due before `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due.is_some_and(|d| d < today)
    }
}

names!(
    /// Which initiatives a list shows.
    TaskState, "state" { Open => "open", Done => "done", All => "all" }
);
