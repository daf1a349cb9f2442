//! Check-ins: the append-only record of a key result's value over time.

use chrono::NaiveDate;
use serde::Serialize;

use super::KrId;
use crate::{Error, Result};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckIn {
    /// The database's row: inside okr only (it differs from clone to clone).
    #[serde(skip)]
    pub id: i64,
    /// 32 hex digits, the same in every clone: a check-in's id in JSON.
    pub uid: String,
    pub kr: KrId,
    pub value: f64,
    pub date: NaiveDate,
    pub confidence: Option<u8>,
    pub note: Option<String>,
    pub author: String,
}

/// How sure the owner is of reaching the target, from 0 to 10.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Confidence(u8);

impl Confidence {
    pub fn new(n: i64) -> Result<Confidence> {
        if (0..=10).contains(&n) {
            Ok(Confidence(n as u8))
        } else {
            Err(Error::invalid(format!(
                "confidence must be between 0 and 10, not `{n}`"
            )))
        }
    }

    pub fn parse(s: &str) -> Result<Confidence> {
        match s.trim().parse::<i64>() {
            Ok(n) => Confidence::new(n),
            Err(_) => Err(Error::invalid(format!(
                "confidence must be a whole number from 0 to 10, not `{}`",
                s.trim()
            ))),
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidence_is_zero_to_ten() {
        assert_eq!(Confidence::parse("7").unwrap().get(), 7);
        assert_eq!(Confidence::parse("0").unwrap().get(), 0);
        assert_eq!(
            Confidence::parse("11").unwrap_err().to_string(),
            "confidence must be between 0 and 10, not `11`"
        );
        assert!(Confidence::parse("high").is_err());
        assert!(Confidence::parse("-1").is_err());
    }
}
