//! Numbers as users type and read them.
//!
//! Every value that enters okr passes through [`Value::parse`], [`Value::finite`] or
//! [`check_value`]: NaN, infinities and magnitudes beyond [`MAX_MAGNITUDE`] are refused
//! at the door, and weights beyond [`MAX_WEIGHT`] by [`check_weight`].

use crate::{Error, Result};

/// The largest magnitude of a start, target or check-in value: 10^15. Every integer up
/// to it is exact in an f64 with room to spare, and no sum of such values overflows.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// The largest weight of a key result. Weights are relative, so a million to one is
/// more than any plan needs.
pub const MAX_WEIGHT: f64 = 1e6;

/// A start, target or check-in value: finite and within ±[`MAX_MAGNITUDE`].
pub fn check_value(v: f64, what: &str) -> Result<f64> {
    if !v.is_finite() {
        return Err(Error::invalid(format!(
            "{what} must be a finite number, not `{v}`"
        )));
    }
    in_range(v, what, &shown(v))
}

fn in_range(v: f64, what: &str, shown: &str) -> Result<f64> {
    if v.abs() > MAX_MAGNITUDE {
        return Err(Error::invalid_with_hint(
            format!("{what} `{shown}` is out of range: okr takes values from -1e15 to 1e15"),
            "count in a larger unit (thousands, millions, 万, 亿)",
        ));
    }
    Ok(v)
}

/// A number in an error: as people write it, or `1e308` when that would be long.
fn shown(v: f64) -> String {
    if v.is_finite() && v.abs() < 1e16 {
        format_number(v)
    } else {
        format!("{v:e}")
    }
}

/// A key result's weight: above 0 and at most [`MAX_WEIGHT`].
pub fn check_weight(w: f64) -> Result<f64> {
    if w.is_finite() && w > 0.0 && w <= MAX_WEIGHT {
        Ok(w)
    } else {
        Err(Error::invalid(format!(
            "weight must be above 0 and at most 1000000, not `{}`",
            shown(w)
        )))
    }
}

/// A finite f64.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Value(f64);

impl Value {
    /// `v` if it is finite and within ±[`MAX_MAGNITUDE`].
    pub fn finite(v: f64, what: &str) -> Result<Value> {
        check_value(v, what).map(Value)
    }

    /// Parses a number as typed: `42`, `-3.5`, `1e3`, `1_000`, and thousands grouped by
    /// commas or spaces (`1,500`, `12 345 678`). A comma that is not grouping thousands
    /// (`1,5`, `1.000,5`) is refused rather than guessed: read one way it is 1.5, the
    /// other 15.
    pub fn parse(s: &str, what: &str) -> Result<Value> {
        let v = Value::parse_finite(s, what)?;
        in_range(v, what, s.trim()).map(Value)
    }

    /// Like [`Value::parse`], for numbers with a range of their own (weights, grades):
    /// any finite number.
    pub fn parse_finite(s: &str, what: &str) -> Result<f64> {
        let t = s.trim();
        let cleaned = ungroup(t).ok_or_else(|| {
            Error::invalid_with_hint(
                format!("{what} `{t}` is ambiguous: is the comma a decimal point or a thousands separator?"),
                "write the decimal point as `.` (1.5), and thousands as 1,500 or 1500",
            )
        })?;
        match cleaned.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(v),
            Ok(_) => Err(Error::invalid(format!(
                "{what} must be a finite number, not `{t}`"
            ))),
            Err(_) => Err(Error::invalid(format!("{what} `{t}` is not a number"))),
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

/// A computed figure as okr judges it (status, bands, verdicts, done): with float noise
/// removed, rounded to 12 decimals (`0.1 + 0.6` is 0.7), and nothing more. A figure that
/// is truly below a threshold stays below it: 9,999,999,995 of 10,000,000,000 is not
/// done, and 0.6999999995 is not green (docs/math.md).
pub fn judged(v: f64) -> f64 {
    if !v.is_finite() || v.abs() >= 1e6 {
        return v;
    }
    (v * 1e12).round() / 1e12 + 0.0
}

/// A computed figure (progress, ratio, pace) as okr writes it in JSON and CSV: rounded
/// to 9 decimals, so that float noise (`0.3999999999999999`) never shows, except that a
/// figure below 1 ([`judged`]) is never written as 1: it is 0.999999999. Values people
/// typed are written exactly instead.
pub fn figure(v: f64) -> f64 {
    if !v.is_finite() || v.abs() >= 1e9 {
        return v;
    }
    let rounded = (v * 1e9).round() / 1e9 + 0.0;
    if rounded >= 1.0 && judged(v) < 1.0 && v < 1.0 {
        return 0.999_999_999;
    }
    rounded
}

/// Formats a number for people: the shortest text that reads back to the same f64
/// (`1000000000000000.5` stays that), rounded to four decimals only when it has more
/// (`0.30000000000000004` is `0.3`); no trailing zeros, no `-0`, never invented digits.
pub fn format_number(v: f64) -> String {
    let mut s = String::new();
    push_number(&mut s, v);
    s
}

/// [`format_number`], written at the end of `out`.
pub fn push_number(out: &mut String, v: f64) {
    use std::fmt::Write;
    let v = v + 0.0;
    // A whole number (most values people type) is its integer, written without the
    // float formatter: the same text, a fraction of the work.
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let _ = write!(out, "{}", v as i64);
        return;
    }
    let from = out.len();
    let _ = write!(out, "{v}");
    let long = out[from..]
        .split_once('.')
        .is_some_and(|(_, f)| f.len() > 4);
    if !v.is_finite() || !long {
        return;
    }
    out.truncate(from);
    let _ = write!(out, "{v:.4}");
    let kept = out[from..]
        .trim_end_matches('0')
        .trim_end_matches('.')
        .len();
    out.truncate(from + kept);
    if &out[from..] == "-0" {
        out.truncate(from);
        out.push('0');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition `push_number` keeps, written the slow way.
    fn by_definition(v: f64) -> String {
        let shortest = format!("{}", v + 0.0);
        if !v.is_finite() || shortest.split_once('.').is_none_or(|(_, f)| f.len() <= 4) {
            return shortest;
        }
        let s = format!("{v:.4}");
        match s.trim_end_matches('0').trim_end_matches('.') {
            "-0" => "0".into(),
            s => s.to_string(),
        }
    }

    #[test]
    fn numbers_read_the_same_by_the_fast_path() {
        let edges = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            42.0,
            1e15,
            -1e15,
            999999999999999.0,
            1e15 + 2.0,
            1e16,
            9007199254740993.0,
            1e300,
            -0.00001,
            0.00004,
            0.30000000000000004,
            2.5,
            -12.25,
            1000000000000000.5,
            123456.789,
            f64::MAX,
            f64::MIN_POSITIVE,
        ];
        for v in edges {
            assert_eq!(format_number(v), by_definition(v), "{v:?}");
        }
        let mut out = "K1 ".to_string();
        push_number(&mut out, -0.00001);
        assert_eq!(out, "K1 0");
    }

    proptest::proptest! {
        #[test]
        fn any_number_reads_the_same_by_the_fast_path(v in proptest::num::f64::NORMAL | proptest::num::f64::ZERO | proptest::num::f64::SUBNORMAL, n in -100_000_000i64..100_000_000) {
            proptest::prop_assert_eq!(format_number(v), by_definition(v));
            let w = n as f64 / 100.0;
            proptest::prop_assert_eq!(format_number(w), by_definition(w));
        }
    }

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
        assert_eq!(format_number(1e15), "1000000000000000");
        assert_eq!(format_number(1e21), "1000000000000000000000");
        assert_eq!(format_number(1000000000000000.5), "1000000000000000.5");
        assert_eq!(format_number(999999999999999.9), "999999999999999.9");
        assert_eq!(format_number(-2.00004), "-2");
        assert_eq!(format_number(0.00005), "0.0001");
    }

    #[test]
    fn values_and_weights_stay_in_a_sane_range() {
        assert_eq!(Value::parse("1e15", "target").unwrap().get(), 1e15);
        assert_eq!(Value::parse("-1e15", "start").unwrap().get(), -1e15);
        let err = Value::parse("1e21", "target").unwrap_err();
        assert_eq!(
            err.to_string(),
            "target `1e21` is out of range: okr takes values from -1e15 to 1e15"
        );
        assert!(Value::parse("1000000000000000.5", "value").is_err());
        assert!(Value::finite(-1e308, "start").is_err());
        assert_eq!(check_weight(1e6).unwrap(), 1e6);
        for bad in [0.0, -1.0, 1e6 + 1.0, 1e308, f64::NAN, f64::INFINITY] {
            assert!(check_weight(bad).is_err(), "{bad}");
        }
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
