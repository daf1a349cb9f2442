//! What a user can do: one function per action, each one transaction, each returning
//! data (views) for a renderer. No printing, no prompting, no clock: [`Ctx`] carries
//! today and the user.

pub mod checkins;
pub mod cycles;
pub mod demo;
pub mod export;
pub mod import;
pub mod krs;
pub mod lint;
pub mod objectives;
pub mod report;
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
}

#[cfg(test)]
mod roundtrip_tests;
