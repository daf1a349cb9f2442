//! Numbers as users type and read them.
//!
//! Every value that enters okr passes through [`Value::parse`] or [`Value::finite`]:
//! NaN and infinities are refused at the door.

use crate::{Error, Result};

/// A finite f64.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Value(f64);

impl Value {
    pub fn finite(v: f64, what: &str) -> Result<Value> {
        if v.is_finite() {
            Ok(Value(v))
        } else {
            Err(Error::invalid(format!(
                "{what} must be a finite number, not `{v}`"
            )))
        }
    }

    /// Parses a number as typed: `42`, `-3.5`, `1e3`, `1_000`, and thousands grouped by
    /// commas or spaces (`1,500`, `12 345 678`). A comma that is not grouping thousands
    /// (`1,5`, `1.000,5`) is refused rather than guessed: read one way it is 1.5, the
    /// other 15.
    pub fn parse(s: &str, what: &str) -> Result<Value> {
        let t = s.trim();
        let cleaned = ungroup(t).ok_or_else(|| {
            Error::invalid_with_hint(
                format!("{what} `{t}` is ambiguous: is the comma a decimal point or a thousands separator?"),
                "write the decimal point as `.` (1.5), and thousands as 1,500 or 1500",
            )
        })?;
        match cleaned.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(Value(v)),
            Ok(_) => Err(Error::invalid(format!(
                "{what} must be a finite number, not `{}`",
                s.trim()
            ))),
            Err(_) => Err(Error::invalid(format!(
                "{what} `{}` is not a number",
                s.trim()
            ))),
        }
    }

    pub fn get(self) -> f64 {
        self.0
    }
}

/// `t` without its digit grouping (`_` anywhere between digits; `,` or a space
/// between groups of three before the decimal point), or `None` when a comma is used
/// any other way.
fn ungroup(t: &str) -> Option<String> {
    let t: String = t.chars().filter(|c| *c != '_').collect();
    let seps = |c: char| c == ',' || c == ' ' || c == '\u{a0}' || c == '\u{202f}';
    if !t.contains(seps) {
        return Some(t);
    }
    let (sign, body) = match t.strip_prefix(['-', '+']) {
        Some(rest) => (&t[..1], rest),
        None => ("", t.as_str()),
    };
    let end = body.find(['.', 'e', 'E']).unwrap_or(body.len());
    let (int, rest) = body.split_at(end);
    if rest.contains(seps) {
        return None;
    }
    let groups: Vec<&str> = int.split(seps).collect();
    let sep_kinds: std::collections::BTreeSet<char> = int.chars().filter(|c| seps(*c)).collect();
    let well_formed = sep_kinds.len() == 1
        && groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    well_formed.then(|| format!("{sign}{}{rest}", groups.concat()))
}

/// A computed figure (progress, ratio, pace) as okr writes it in JSON and CSV: rounded
/// to 9 decimals, so that float noise (`0.3999999999999999`) never shows. Values people
/// typed are written exactly instead.
pub fn figure(v: f64) -> f64 {
    if !v.is_finite() || v.abs() >= 1e9 {
        return v;
    }
    (v * 1e9).round() / 1e9 + 0.0
}

/// Formats a number for people: no trailing zeros, at most four decimals, no `-0`.
pub fn format_number(v: f64) -> String {
    let rounded = (v * 10_000.0).round() / 10_000.0;
    if rounded == 0.0 {
        return "0".into();
    }
    let s = format!("{rounded:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsing_refuses_what_is_not_a_finite_number() {
        assert_eq!(Value::parse("1,000", "value").unwrap().get(), 1000.0);
        assert_eq!(Value::parse("1 500", "value").unwrap().get(), 1500.0);
        assert_eq!(
            Value::parse("-12,345,678.5", "value").unwrap().get(),
            -12345678.5
        );
        assert_eq!(Value::parse("1_000_000", "value").unwrap().get(), 1e6);
        for ambiguous in ["1,5", "1.000,5", "1,50", "12,3456", "1,000 000", "1.5,0"] {
            let err = Value::parse(ambiguous, "value").unwrap_err();
            assert!(err.to_string().contains("ambiguous"), "{ambiguous}: {err}");
        }
        assert_eq!(Value::parse(" -3.5 ", "value").unwrap().get(), -3.5);
        assert!(Value::parse("NaN", "value").is_err());
        assert!(Value::parse("inf", "value").is_err());
        assert!(Value::parse("-infinity", "value").is_err());
        assert!(Value::parse("1e999", "value").is_err());
        assert!(Value::parse("ten", "value").is_err());
        assert!(Value::finite(f64::NAN, "target").is_err());
    }

    #[test]
    fn numbers_print_without_noise() {
        assert_eq!(format_number(42.0), "42");
        assert_eq!(format_number(0.1 + 0.2), "0.3");
        assert_eq!(format_number(-0.00001), "0");
        assert_eq!(format_number(99.95), "99.95");
        assert_eq!(format_number(1234567.0), "1234567");
    }
}

/// A check-in value as typed: `42` (or `=42`, needed for negatives) sets the value;
/// `+5` / `-5` change it from the current value. For milestones `done`/`yes`/`true`
/// mean 1 and `no`/`false` mean 0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueInput {
    Absolute(f64),
    Change(f64),
    /// `done` / `yes` (true) or `no` (false): only for milestones.
    Milestone(bool),
}

impl ValueInput {
    pub fn parse(s: &str) -> Result<ValueInput> {
        let t = s.trim();
        match t.to_ascii_lowercase().as_str() {
            "done" | "yes" | "true" => return Ok(ValueInput::Milestone(true)),
            "no" | "false" => return Ok(ValueInput::Milestone(false)),
            _ => {}
        }
        if let Some(rest) = t.strip_prefix('=') {
            return Ok(ValueInput::Absolute(Value::parse(rest, "value")?.get()));
        }
        let v = Value::parse(t, "value")?.get();
        if t.starts_with('+') || t.starts_with('-') {
            Ok(ValueInput::Change(v))
        } else {
            Ok(ValueInput::Absolute(v))
        }
    }

    /// The value to record, given the current one.
    pub fn resolve(self, current: f64) -> Result<f64> {
        match self {
            ValueInput::Absolute(v) => Ok(v),
            ValueInput::Change(d) => Value::finite(current + d, "value").map(Value::get),
            ValueInput::Milestone(reached) => Ok(if reached { 1.0 } else { 0.0 }),
        }
    }
}

#[cfg(test)]
mod input_tests {
    use super::*;

    #[test]
    fn signs_mean_change_and_equals_means_absolute() {
        assert_eq!(ValueInput::parse("42").unwrap(), ValueInput::Absolute(42.0));
        assert_eq!(ValueInput::parse("+5").unwrap(), ValueInput::Change(5.0));
        assert_eq!(ValueInput::parse("-2.5").unwrap(), ValueInput::Change(-2.5));
        assert_eq!(
            ValueInput::parse("=-3").unwrap(),
            ValueInput::Absolute(-3.0)
        );
        assert_eq!(
            ValueInput::parse("done").unwrap(),
            ValueInput::Milestone(true)
        );
        assert_eq!(ValueInput::Change(-5.0).resolve(12.0).unwrap(), 7.0);
        assert!(ValueInput::parse("NaN").is_err());
        assert!(ValueInput::parse("+inf").is_err());
        assert!(ValueInput::parse("lots").is_err());
        assert!(ValueInput::Change(f64::MAX).resolve(f64::MAX).is_err());
    }
}
