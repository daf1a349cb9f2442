//! Hand grades: a score set by a person at the end of a cycle, with the reason.

use chrono::NaiveDate;
use serde::Serialize;

use super::KrId;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grade {
    pub kr: KrId,
    pub grade: f64,
    pub note: String,
    pub author: String,
    pub date: NaiveDate,
}
