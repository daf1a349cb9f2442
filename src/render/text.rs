//! Small formatting pieces shared by every renderer: values with units, percentages,
//! bars, sparklines, status colours.

use comfy_table::Color;

use crate::model::{Keep, KrKind, format_number};
use crate::progress::Status;
use crate::progress::score::Band;

/// `500 ms`, `5%`, `30 家`, `42`.
pub fn value(v: f64, unit: &str) -> String {
    let n = format_number(v);
    match unit {
        "" => n,
        "%" | "‰" => format!("{n}{unit}"),
        _ => format!("{n} {unit}"),
    }
}

/// A key result's value as people say it: `done` / `not done` for a milestone, else
/// [`value`].
pub fn kr_value(v: f64, kind: KrKind, unit: &str) -> String {
    match kind {
        KrKind::Boolean if v >= 1.0 => "done".into(),
        KrKind::Boolean => "not done".into(),
        _ => value(v, unit),
    }
}

/// A key result's target as it is meant: `≥ 99.9%` for a threshold (what it keeps),
/// `done` for a milestone, else [`value`].
pub fn kr_target(target: f64, kind: KrKind, keep: Option<Keep>, unit: &str) -> String {
    match (kind, keep) {
        (KrKind::Threshold, Some(Keep::AtMost)) => format!("≤ {}", value(target, unit)),
        (KrKind::Threshold, _) => format!("≥ {}", value(target, unit)),
        _ => kr_value(target, kind, unit),
    }
}

/// `54%` for 0.54; `–` for nothing.
pub fn percent(p: Option<f64>) -> String {
    p.map_or_else(
        || "–".to_string(),
        |p| format!("{:.0}%", (p * 100.0).round() + 0.0),
    )
}

/// A score as Google writes it: `0.70`.
pub fn score(s: f64) -> String {
    format!("{:.2}", s)
}

/// A signed change in percentage points: `+12%`, `-3%`, `0%`.
pub fn delta(d: f64) -> String {
    let pts = (d * 100.0).round() + 0.0;
    if pts > 0.0 {
        format!("+{pts:.0}%")
    } else {
        format!("{pts:.0}%")
    }
}

/// `█████░░░░░` for 0.5 in ten cells.
pub fn bar(p: f64, width: usize) -> String {
    let filled = ((p.clamp(0.0, 1.0) * width as f64).round()) as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// `▁▃▅█` from values in [0, 1].
pub fn sparkline(values: &[f64]) -> String {
    const TICKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    values
        .iter()
        .map(|v| TICKS[((v.clamp(0.0, 1.0) * 7.0).round()) as usize])
        .collect()
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
}
