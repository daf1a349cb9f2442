//! What a user can do: one function per action, each one transaction, each returning
//! data (views) for a renderer. No printing, no prompting, no clock: [`Ctx`] carries
//! today and the user.

pub mod checkins;
pub mod cycles;
pub mod demo;
pub mod export;
pub mod history;
pub mod import;
pub mod krs;
pub mod lint;
pub mod objectives;
pub mod pull;
pub mod report;
pub mod review;
pub mod tasks;
pub mod trend;
mod views;

use chrono::NaiveDate;

pub use views::{CheckInView, KrShow, KrView, ObjectiveRef, ObjectiveRow, ObjectiveShow};

use crate::progress::Thresholds;

/// Who is acting and when.
#[derive(Debug, Clone, PartialEq)]
pub struct Ctx {
    pub today: NaiveDate,
    pub user: String,
    pub thresholds: Thresholds,
    /// The local time of this run with its offset (`2026-11-23 14:05:09 +0100`), for
    /// the log; midnight of `today` when today is fixed.
    pub now: String,
}

/// `K3 "Grow accounts": target 100 → 50, weight 1 → 2` from (field, old, new)
/// triples; the fields that did not change are left out.
pub(crate) fn changes(what: &str, fields: &[(&str, String, String)]) -> String {
    let changed: Vec<String> = fields
        .iter()
        .filter(|(_, old, new)| old != new)
        .map(|(field, old, new)| format!("{field} {old} → {new}"))
        .collect();
    if changed.is_empty() {
        format!("{what}: nothing changed")
    } else {
        format!("{what}: {}", changed.join(", "))
    }
}

impl Ctx {
    /// A context at midnight of `today` with the default thresholds: for tests, the
    /// demo and benchmarks.
    pub fn at(today: NaiveDate, user: &str) -> Ctx {
        Ctx {
            today,
            user: user.to_string(),
            thresholds: Thresholds::default(),
            now: format!("{today} 00:00:00 +0000"),
        }
    }

    /// The head of an op of `kind` by this user now.
    pub fn head(&self, kind: &'static str, reason: Option<&str>) -> crate::store::oplog::Head {
        crate::store::oplog::Head {
            kind,
            user: self.user.clone(),
            at: self.now.clone(),
            reason: reason.map(str::to_string),
        }
    }
}

#[cfg(test)]
mod roundtrip_tests;
#[cfg(test)]
mod series_tests;
