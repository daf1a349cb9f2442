//! Hand grades: a score set by a person at the end of a cycle, with the reason.

use chrono::NaiveDate;
use serde::Serialize;

use super::KrId;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grade {
    pub kr: KrId,
    pub grade: f64,
    /// A clearing in the grades' history: from its day the computed score counts again.
    #[serde(skip)]
    pub cleared: bool,
    pub note: String,
    pub author: String,
    pub date: NaiveDate,
}
