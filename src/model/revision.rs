//! Revisions of a key result's measure: start, target and weight have a history, so
//! that a report as of a past date uses the values in force on that date.

use chrono::NaiveDate;
use serde::Serialize;

use super::{KeyResult, KrId};

/// A key result's start, target and weight in force from `from` on (the original
/// values when `from` is `None`), until the next revision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Revision {
    pub kr: KrId,
    pub from: Option<NaiveDate>,
    pub start: f64,
    pub target: f64,
    pub weight: f64,
    pub reason: Option<String>,
    pub author: String,
}

/// The revision in force on `d` among `revisions` (sorted, original first): the latest
/// dated on or before `d`, else the original. `None` when there is no history.
pub fn in_force(revisions: &[Revision], d: NaiveDate) -> Option<&Revision> {
    let end = revisions.partition_point(|r| r.from.is_none_or(|f| f <= d));
    end.checked_sub(1)
        .map(|i| &revisions[i])
        .or(revisions.first())
}

impl KeyResult {
    /// This key result with the start, target and weight in force on `d`.
    pub fn as_of(&self, revisions: &[Revision], d: NaiveDate) -> KeyResult {
        let mut kr = self.clone();
        if let Some(r) = in_force(revisions, d) {
            (kr.start, kr.target, kr.weight) = (r.start, r.target, r.weight);
        }
        kr
    }
}
