//! End-of-cycle scores, Google style: 0.0 to 1.0, banded green / yellow / red.
//!
//! A KR's score is its progress at the cycle's end (or on the as-of date while the cycle
//! runs), unless a grade was set by hand, which then counts. An objective's score is the
//! weighted mean of its KRs' scores.

use serde::Serialize;

use crate::model::ObjectiveKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    Green,
    Yellow,
    Red,
}

impl Band {
    pub fn of(score: f64) -> Band {
        let s = round9(score);
        if s >= 0.7 {
            Band::Green
        } else if s >= 0.4 {
            Band::Yellow
        } else {
            Band::Red
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Band::Green => "green",
            Band::Yellow => "yellow",
            Band::Red => "red",
        }
    }
}

/// Whether an objective met its bar: aspirational at 0.7, committed only at 1.0.
pub fn succeeded(kind: ObjectiveKind, score: f64) -> bool {
    let s = round9(score);
    match kind {
        ObjectiveKind::Aspirational => s >= 0.7,
        ObjectiveKind::Committed => s >= 1.0,
    }
}

/// The score that counts: a hand grade wins over the computed progress.
pub fn kr_score(computed: f64, grade: Option<f64>) -> f64 {
    grade.unwrap_or(computed)
}

/// A grade typed by a person: a number from 0 to 1.
pub fn check_grade(grade: f64) -> crate::Result<f64> {
    if grade.is_finite() && (0.0..=1.0).contains(&grade) {
        Ok(grade)
    } else {
        Err(crate::Error::invalid(format!(
            "a grade is a number from 0.0 to 1.0, not `{grade}`"
        )))
    }
}

/// Removes float noise (0.1 + 0.6) before comparing against a band edge.
/// A score as bands and verdicts judge it: without float noise, never rounded up.
fn round9(x: f64) -> f64 {
    crate::model::judged(x)
}
