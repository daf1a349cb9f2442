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

    /// Parses a number as typed: `42`, `-3.5`, `1e3`, `1_000`, `1,000`.
    pub fn parse(s: &str, what: &str) -> Result<Value> {
        let cleaned: String = s
            .trim()
            .chars()
            .filter(|c| *c != '_' && *c != ',')
            .collect();
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
}

impl ValueInput {
    pub fn parse(s: &str) -> Result<ValueInput> {
        let t = s.trim();
        match t.to_ascii_lowercase().as_str() {
            "done" | "yes" | "true" => return Ok(ValueInput::Absolute(1.0)),
            "no" | "false" => return Ok(ValueInput::Absolute(0.0)),
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
            ValueInput::Absolute(1.0)
        );
        assert_eq!(ValueInput::Change(-5.0).resolve(12.0).unwrap(), 7.0);
        assert!(ValueInput::parse("NaN").is_err());
        assert!(ValueInput::parse("+inf").is_err());
        assert!(ValueInput::parse("lots").is_err());
        assert!(ValueInput::Change(f64::MAX).resolve(f64::MAX).is_err());
    }
}
