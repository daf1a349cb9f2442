//! Cycles: the time boxes objectives live in.
//!
//! Quarters (`2026-Q4`), halves (`2027-H1`) and years (`2027`) need no setup: their
//! names are their definitions. Other cycles are added by name with start and end dates
//! and kept in the database.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CycleKind {
    Quarter,
    Half,
    Year,
    Custom,
}

/// A named span of days, both ends included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cycle {
    pub name: String,
    pub kind: CycleKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Cycle {
    /// A custom cycle; the name must not look like a built-in one.
    pub fn custom(name: &str, start: NaiveDate, end: NaiveDate) -> Result<Cycle> {
        let name = name.trim();
        if name.is_empty() || name.chars().any(char::is_whitespace) {
            return Err(Error::invalid(format!(
                "cycle name `{}` must be one word without spaces",
                super::naming::shorten(name)
            )));
        }
        // A cycle's name becomes file names in team folders (`okrs/<cycle>.toml`).
        super::naming::check_component(name, "cycle name")?;
        if Cycle::builtin(name).is_some() || looks_builtin(name) {
            return Err(Error::invalid(format!(
                "`{name}` is a built-in cycle name; pick another name for a custom cycle"
            )));
        }
        if end < start {
            return Err(Error::invalid(format!(
                "cycle `{name}` ends ({end}) before it starts ({start})"
            )));
        }
        Ok(Cycle {
            name: name.to_string(),
            kind: CycleKind::Custom,
            start,
            end,
        })
    }

    /// Resolves `2026-Q4`, `2027-H1` or `2027` (case-insensitive).
    pub fn builtin(name: &str) -> Option<Cycle> {
        let mut upper = name.trim().to_ascii_uppercase();
        // `2026Q4` and `2027H1` are written without the dash too.
        if upper.len() == 6
            && upper.is_char_boundary(4)
            && upper[..4].bytes().all(|b| b.is_ascii_digit())
            && matches!(upper.as_bytes()[4], b'Q' | b'H')
        {
            upper.insert(4, '-');
        }
        let (year, part) = match upper.split_once('-') {
            Some((y, p)) => (y, Some(p)),
            None => (upper.as_str(), None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i32 = year.parse().ok()?;
        let (kind, first_month, months) = match part {
            None => (CycleKind::Year, 1, 12),
            Some("Q1") => (CycleKind::Quarter, 1, 3),
            Some("Q2") => (CycleKind::Quarter, 4, 3),
            Some("Q3") => (CycleKind::Quarter, 7, 3),
            Some("Q4") => (CycleKind::Quarter, 10, 3),
            Some("H1") => (CycleKind::Half, 1, 6),
            Some("H2") => (CycleKind::Half, 7, 6),
            Some(_) => return None,
        };
        let start = NaiveDate::from_ymd_opt(y, first_month, 1)?;
        let end = start
            .checked_add_months(chrono::Months::new(months))?
            .pred_opt()?;
        Some(Cycle {
            name: upper,
            kind,
            start,
            end,
        })
    }

    /// The quarter that contains `date`: the default cycle.
    pub fn quarter_of(date: NaiveDate) -> Cycle {
        let q = date.month0() / 3;
        let start = date
            .with_day(1)
            .and_then(|d| d.with_month(q * 3 + 1))
            .unwrap_or(date);
        let end = start
            .checked_add_months(chrono::Months::new(3))
            .and_then(|d| d.pred_opt())
            .unwrap_or(date);
        Cycle {
            name: format!("{:04}-Q{}", date.year(), q + 1),
            kind: CycleKind::Quarter,
            start,
            end,
        }
    }

    /// Length in days, both ends included.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// `2026-Q5` and the like: shaped like a built-in name but not one. Refused as custom
/// names so that a typo is never taken for a new cycle.
fn looks_builtin(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit) && (b.len() == 4 || b[4] == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn quarters_halves_and_years_resolve_by_name() {
        let q4 = Cycle::builtin("2026-q4").unwrap();
        assert_eq!(
            (q4.name.as_str(), q4.start, q4.end),
            ("2026-Q4", d("2026-10-01"), d("2026-12-31"))
        );
        assert_eq!(q4.days(), 92);
        let h1 = Cycle::builtin("2027-H1").unwrap();
        assert_eq!((h1.start, h1.end), (d("2027-01-01"), d("2027-06-30")));
        let y = Cycle::builtin("2028").unwrap();
        assert_eq!(
            (y.start, y.end, y.days()),
            (d("2028-01-01"), d("2028-12-31"), 366)
        );
        assert_eq!(Cycle::builtin("2026q4").unwrap().name, "2026-Q4");
        assert_eq!(Cycle::builtin("2027H1").unwrap().name, "2027-H1");
        assert!(Cycle::builtin("2026-Q5").is_none());
        assert!(Cycle::builtin("26-Q1").is_none());
        assert!(Cycle::builtin("fall").is_none());
    }

    #[test]
    fn the_default_cycle_is_the_quarter_of_today() {
        assert_eq!(Cycle::quarter_of(d("2026-11-23")).name, "2026-Q4");
        assert_eq!(Cycle::quarter_of(d("2027-01-01")).name, "2027-Q1");
        assert_eq!(Cycle::quarter_of(d("2027-06-30")).name, "2027-Q2");
        let q = Cycle::quarter_of(d("2026-08-31"));
        assert_eq!((q.start, q.end), (d("2026-07-01"), d("2026-09-30")));
        // Far-away dates still have a quarter, never a panic.
        let ancient = NaiveDate::from_ymd_opt(-1800, 5, 5).unwrap();
        assert_eq!(
            Cycle::quarter_of(ancient).start,
            NaiveDate::from_ymd_opt(-1800, 4, 1).unwrap()
        );
    }

    #[test]
    fn custom_cycles_cross_year_ends_and_refuse_bad_shapes() {
        let c = Cycle::custom("winter", d("2026-12-01"), d("2027-02-28")).unwrap();
        assert_eq!(c.days(), 90);
        assert!(Cycle::custom("2026-Q5", d("2026-01-01"), d("2026-02-01")).is_err());
        assert!(Cycle::custom("2026-Q1", d("2026-01-01"), d("2026-02-01")).is_err());
        assert!(Cycle::custom("two words", d("2026-01-01"), d("2026-02-01")).is_err());
        assert!(Cycle::custom("back", d("2026-02-01"), d("2026-01-01")).is_err());
        for path_like in ["../../home/x", "/tmp/x", ".", "a\0b", ".hidden"] {
            assert!(
                Cycle::custom(path_like, d("2026-01-01"), d("2026-02-01")).is_err(),
                "{path_like:?}"
            );
        }
    }
}
