//! Small formatting pieces shared by every renderer: values with units, percentages,
//! bars, sparklines, status colours.

use comfy_table::Color;

use std::fmt::Write;

use crate::model::{Keep, KrKind, format_number, push_number};
use crate::progress::Status;
use crate::progress::score::Band;

/// `500 ms`, `5%`, `30 家`, `42`.
pub fn value(v: f64, unit: &str) -> String {
    written(|s| push_value(s, v, unit))
}

/// What `write` writes, as a string of its own. Each piece here is written at the end
/// of a buffer (`push_…`), so that a table of 600,000 cells writes them all into one
/// buffer; these strings are for the rest.
fn written(write: impl FnOnce(&mut String)) -> String {
    let mut s = String::new();
    write(&mut s);
    s
}

/// [`value`], written at the end of `out`.
pub fn push_value(out: &mut String, v: f64, unit: &str) {
    push_number(out, v);
    match unit {
        "" => {}
        "%" | "‰" => out.push_str(unit),
        _ => {
            out.push(' ');
            out.push_str(unit);
        }
    }
}

/// A key result's value as people say it: `done` / `not done` for a milestone, else
/// [`value`].
pub fn kr_value(v: f64, kind: KrKind, unit: &str) -> String {
    written(|s| push_kr_value(s, v, kind, unit))
}

/// [`kr_value`], written at the end of `out`.
pub fn push_kr_value(out: &mut String, v: f64, kind: KrKind, unit: &str) {
    match kind {
        KrKind::Boolean if v >= 1.0 => out.push_str("done"),
        KrKind::Boolean => out.push_str("not done"),
        _ => push_value(out, v, unit),
    }
}

/// A key result's target as it is meant: `≥ 99.9%` for a threshold (what it keeps),
/// `done` for a milestone, else [`value`].
pub fn kr_target(target: f64, kind: KrKind, keep: Option<Keep>, unit: &str) -> String {
    written(|s| push_kr_target(s, target, kind, keep, unit))
}

/// [`kr_target`], written at the end of `out`.
pub fn push_kr_target(out: &mut String, target: f64, kind: KrKind, keep: Option<Keep>, unit: &str) {
    match (kind, keep) {
        (KrKind::Threshold, Some(Keep::AtMost)) => out.push_str("≤ "),
        (KrKind::Threshold, _) => out.push_str("≥ "),
        _ => return push_kr_value(out, target, kind, unit),
    }
    push_value(out, target, unit);
}

/// A figure in steps of 10^-`places`, by okr's one rounding rule for display: first to
/// 9 decimals (so float noise never shows, as in JSON), then half away from zero; and a
/// figure below 1 never shows as 1 (0.999 is 99% and 0.99, never 100% or 1.00), so
/// "not done" is never rounded up. `None` for what no step count can hold.
pub fn steps(x: f64, places: u32) -> Option<i64> {
    let x = crate::model::figure(x);
    if !x.is_finite() || x.abs() >= 1e9 {
        return None;
    }
    let nanos = (x * 1e9).round() as i64;
    let step = 10i64.pow(9 - places);
    let mut n = (nanos.abs() + step / 2) / step * nanos.signum();
    let one = 10i64.pow(places);
    if nanos < 1_000_000_000 && n >= one {
        n = one - 1;
    }
    Some(n)
}

/// `x` with `places` decimals by the rule of [`steps`]; `trim` drops trailing zeros.
fn decimal(x: f64, places: u32, trim: bool) -> String {
    let Some(n) = steps(x, places) else {
        return format_number(x);
    };
    let one = 10i64.pow(places);
    let sign = if n < 0 { "-" } else { "" };
    let (int, frac) = (n.abs() / one, n.abs() % one);
    let frac = format!("{frac:0width$}", width = places as usize);
    let frac = if trim {
        frac.trim_end_matches('0')
    } else {
        &frac
    };
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// `54%` for 0.54, `99%` for 0.999; `–` for nothing.
pub fn percent(p: Option<f64>) -> String {
    written(|s| push_percent(s, p))
}

/// [`percent`], written at the end of `out`.
pub fn push_percent(out: &mut String, p: Option<f64>) {
    match p.map(|p| (p, steps(p, 2))) {
        None => out.push('–'),
        Some((_, Some(n))) => {
            let _ = write!(out, "{n}%");
        }
        Some((p, None)) => {
            push_number(out, p * 100.0);
            out.push('%');
        }
    }
}

/// A score as Google writes it: `0.70`; `0.99` for 0.999. A score below a band's edge
/// never shows at it: 0.6999999995 (yellow) is `0.69`, not `0.70`.
pub fn score(s: f64) -> String {
    let shown = decimal(s, 2, false);
    let band = crate::progress::score::Band::of;
    match shown.parse::<f64>() {
        Ok(v) if band(v) != band(s) => decimal(v - 0.01, 2, false),
        _ => shown,
    }
}

/// A ratio or other computed figure for people: at most four decimals, by the rule of
/// [`steps`] (`0.99999` is `0.9999`, not `1`).
pub fn ratio(r: f64) -> String {
    decimal(r, 4, true)
}

/// A signed change in percentage points: `+12%`, `-3%`, `0%`.
pub fn delta(d: f64) -> String {
    match steps(d, 2) {
        Some(n) if n > 0 => format!("+{n}%"),
        Some(n) => format!("{n}%"),
        None => format_number(d * 100.0) + "%",
    }
}

/// `█████░░░░░` for 0.5 in ten cells.
pub fn bar(p: f64, width: usize) -> String {
    written(|s| push_bar(s, p, width))
}

/// [`bar`], written at the end of `out`.
pub fn push_bar(out: &mut String, p: f64, width: usize) {
    let filled = cells(p, width);
    out.extend(std::iter::repeat_n('█', filled));
    out.extend(std::iter::repeat_n('░', width - filled));
}

/// `▁▃▅█` from values in [0, 1].
pub fn sparkline(values: &[f64]) -> String {
    written(|s| push_sparkline(s, values))
}

/// [`sparkline`], written at the end of `out`.
pub fn push_sparkline(out: &mut String, values: &[f64]) {
    const TICKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    out.extend(values.iter().map(|v| TICKS[cells(*v, 7)]));
}

/// How many of `n` cells a progress fills: rounded, but all `n` only when it is done.
fn cells(p: f64, n: usize) -> usize {
    let p = crate::model::figure(p).clamp(0.0, 1.0);
    let filled = (p * n as f64).round() as usize;
    if p < 1.0 {
        filled.min(n.saturating_sub(1))
    } else {
        filled
    }
}

pub fn status_color(s: Status) -> Option<Color> {
    match s {
        Status::Done | Status::OnTrack => Some(Color::Green),
        Status::AtRisk => Some(Color::Yellow),
        Status::OffTrack => Some(Color::Red),
        Status::NotStarted => None,
    }
}

pub fn band_color(b: Band) -> Option<Color> {
    Some(match b {
        Band::Green => Color::Green,
        Band::Yellow => Color::Yellow,
        Band::Red => Color::Red,
    })
}

pub fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(|| "–".to_string(), |v| v.to_string())
}

/// A typed value for CSV: the shortest text that reads back to the same number (what
/// the user typed comes back as typed).
pub fn exact(v: f64) -> String {
    format!("{}", v + 0.0)
}

/// A computed figure for CSV: rounded to 9 decimals ([`crate::model::figure`]).
pub fn figure(v: f64) -> String {
    exact(crate::model::figure(v))
}

/// An optional figure for CSV: empty when there is none.
pub fn figure_opt(v: Option<f64>) -> String {
    v.map(figure).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_read_well() {
        assert_eq!(value(500.0, "ms"), "500 ms");
        assert_eq!(value(2.5, "%"), "2.5%");
        assert_eq!(value(30.0, "家"), "30 家");
        assert_eq!(percent(Some(0.5)), "50%");
        assert_eq!(percent(Some(-0.0)), "0%");
        assert_eq!(percent(None), "–");
        assert_eq!(delta(0.125), "+13%");
        assert_eq!(delta(-0.001), "0%");
        assert_eq!(bar(0.5, 10), "█████░░░░░");
        assert_eq!(bar(1.7, 4), "████");
        assert_eq!(sparkline(&[0.0, 0.5, 1.0]), "▁▅█");
    }

    #[test]
    fn not_done_never_shows_as_done() {
        assert_eq!(percent(Some(0.999)), "99%");
        assert_eq!(percent(Some(0.995)), "99%");
        // 1e-10 short of 1 is not done; float noise (1e-15 here) is.
        assert_eq!(percent(Some(0.9999999999)), "99%");
        assert_eq!(percent(Some(1.0 - 1e-15)), "100%");
        assert_eq!(score(0.6999999995), "0.69");
        assert_eq!(score(0.1 + 0.6), "0.70");
        assert_eq!(score(0.999), "0.99");
        assert_eq!(score(1.0), "1.00");
        assert_eq!(ratio(0.99999), "0.9999");
        assert_eq!(ratio(1.25), "1.25");
        assert_eq!(bar(0.99, 10), "█████████░");
        assert_eq!(sparkline(&[0.97]), "▇");
    }

    #[test]
    fn one_rounding_rule_everywhere() {
        // Half away from zero on the 9-decimal figure: 0.125 is 13% and 0.13 alike.
        assert_eq!(percent(Some(0.125)), "13%");
        assert_eq!(percent(Some(0.005)), "1%");
        assert_eq!(score(0.125), "0.13");
        assert_eq!(score(0.285), "0.29"); // 0.28499999999999998 in binary
        assert_eq!(score(0.1 + 0.6), "0.70");
        assert_eq!(delta(0.125), "+13%");
        assert_eq!(delta(-0.125), "-13%");
        assert_eq!(ratio(-0.00004), "0");
        assert_eq!(ratio(1e300), format!("1{}", "0".repeat(300)));
    }
}
