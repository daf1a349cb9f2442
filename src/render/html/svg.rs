//! Charts as inline SVG, written by okr: a burn-up per key result, a meter for one
//! progress against its expected pace, a bar of a status mix, and lines of scores
//! across cycles.
//!
//! Colours are CSS classes that the page styles (so a chart follows the light or
//! dark setting and prints in black on white); coordinates are written with one
//! decimal, so the same figures give the same bytes; text passes through
//! [`super::escape`]. No chart refers to anything outside itself.

use std::fmt::Write;

use chrono::NaiveDate;

use super::escape;
use crate::model::Cycle;
use crate::ops::report::Dot;
use crate::ops::report::figures::StatusMix;
use crate::render::text::percent;

/// A coordinate: one decimal, and never `-0.0`.
fn n(x: f64) -> String {
    let x = (x * 10.0).round() / 10.0;
    if x == 0.0 { "0".into() } else { format!("{x}") }
}

/// The plot area of a chart `w` × `h` wide and high, inside its margins, in which
/// shares of 0..1 across and up are placed.
struct Plot {
    left: f64,
    top: f64,
    width: f64,
    height: f64,
}

impl Plot {
    fn x(&self, share: f64) -> f64 {
        self.left + share.clamp(0.0, 1.0) * self.width
    }

    fn y(&self, share: f64) -> f64 {
        self.top + (1.0 - share.clamp(0.0, 1.0)) * self.height
    }

    fn bottom(&self) -> f64 {
        self.top + self.height
    }

    fn right(&self) -> f64 {
        self.left + self.width
    }

    /// Grid lines at `lines`, labelled on the left by `label`.
    fn grid(&self, out: &mut String, lines: &[f64], label: fn(f64) -> String) {
        out.push_str("<g class=\"grid\">");
        for &share in lines {
            let y = n(self.y(share));
            let _ = write!(
                out,
                "<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\"/>",
                n(self.left),
                n(self.right())
            );
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                n(self.left - 4.0),
                n(self.y(share) + 3.5),
                label(share)
            );
        }
        out.push_str("</g>");
    }
}

/// What a burn-up chart shows of one key result.
pub struct Burnup<'a> {
    pub cycle: &'a Cycle,
    pub as_of: NaiveDate,
    /// The last day of each week so far ([`crate::progress::weekly::Calendar::ends`]),
    /// and the key result's progress on each.
    pub ends: &'a [NaiveDate],
    pub weekly: &'a [f64],
    pub progress: f64,
    /// Progress at the cycle's end at the current pace, if there is a pace.
    pub projection: Option<f64>,
    pub dots: &'a [Dot],
    /// How a value reads, for the dots' tooltips (`42 customers`).
    pub value: &'a dyn Fn(f64) -> String,
    /// The status class of the progress line (`on-track`).
    pub status: &'a str,
    /// What the chart is of, for screen readers.
    pub label: &'a str,
}

/// Progress by week (a line), the expected pace (a dashed diagonal), the projection to
/// the cycle's end (dotted), the as-of day, and each check-in as a dot whose fill is its
/// confidence (hollow without one; the tooltip says the day, value and confidence).
pub fn burnup(out: &mut String, b: &Burnup<'_>) {
    const W: f64 = 360.0;
    const H: f64 = 150.0;
    let plot = Plot {
        left: 36.0,
        top: 8.0,
        width: W - 36.0 - 10.0,
        height: H - 8.0 - 22.0,
    };
    let days = (b.cycle.end - b.cycle.start).num_days().max(1) as f64;
    let x = |d: NaiveDate| plot.x((d - b.cycle.start).num_days() as f64 / days);
    let _ = write!(
        out,
        "<svg class=\"chart burnup\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{}\">",
        escape(b.label)
    );
    plot.grid(out, &[0.0, 0.5, 1.0], |p| percent(Some(p)));
    for (d, anchor) in [(b.cycle.start, "start"), (b.cycle.end, "end")] {
        let _ = write!(
            out,
            "<text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
            n(x(d)),
            n(H - 6.0),
            d.format("%m-%d")
        );
    }
    let _ = write!(
        out,
        "<line class=\"expected\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
        n(plot.left),
        n(plot.bottom()),
        n(plot.right()),
        n(plot.top)
    );
    if (b.cycle.start..=b.cycle.end).contains(&b.as_of) {
        let _ = write!(
            out,
            "<line class=\"today\" x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\"/>",
            n(plot.top),
            n(plot.bottom()),
            x = n(x(b.as_of))
        );
    }
    let points: Vec<String> = b
        .ends
        .iter()
        .zip(b.weekly)
        .map(|(&d, &p)| format!("{},{}", n(x(d)), n(plot.y(p))))
        .collect();
    if !points.is_empty() {
        let _ = write!(
            out,
            "<polyline class=\"actual {}\" points=\"{}\"/>",
            b.status,
            points.join(" ")
        );
    }
    if let Some(p) = b.projection
        && b.as_of < b.cycle.end
        && b.as_of >= b.cycle.start
    {
        let _ = write!(
            out,
            "<line class=\"projection\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            n(x(b.as_of)),
            n(plot.y(b.progress)),
            n(plot.right()),
            n(plot.y(p))
        );
    }
    for d in b.dots.iter().filter(|d| d.date >= b.cycle.start) {
        let confidence = d.confidence.map_or_else(
            || "no confidence".to_string(),
            |c| format!("confidence {c}/10"),
        );
        let fill = d.confidence.map_or_else(String::new, |c| {
            format!(" fill-opacity=\"{}\"", n(0.3 + 0.07 * f64::from(c.min(10))))
        });
        let _ = write!(
            out,
            "<circle class=\"dot{}\" cx=\"{}\" cy=\"{}\" r=\"3\"{fill}><title>{}: {} ({}), {confidence}</title></circle>",
            if d.confidence.is_none() {
                " hollow"
            } else {
                ""
            },
            n(x(d.date)),
            n(plot.y(d.progress)),
            d.date,
            escape(&(b.value)(d.value)),
            percent(Some(d.progress)),
        );
    }
    out.push_str("</svg>");
}

/// A bar of `progress` with a tick at `expected`: how far along, against how far it
/// should be by now.
pub fn meter(out: &mut String, progress: Option<f64>, expected: f64, status: &str) {
    const W: f64 = 160.0;
    const H: f64 = 12.0;
    let _ = write!(
        out,
        "<svg class=\"chart meter\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{} of {} expected\">",
        percent(progress),
        percent(Some(expected))
    );
    let _ = write!(
        out,
        "<rect class=\"track\" x=\"0\" y=\"2\" width=\"{W}\" height=\"8\" rx=\"2\"/>"
    );
    if let Some(p) = progress {
        let _ = write!(
            out,
            "<rect class=\"fill {status}\" x=\"0\" y=\"2\" width=\"{}\" height=\"8\" rx=\"2\"/>",
            n(p.clamp(0.0, 1.0) * W)
        );
    }
    let tick = n(expected.clamp(0.0, 1.0) * W);
    let _ = write!(
        out,
        "<line class=\"tick\" x1=\"{tick}\" y1=\"0\" x2=\"{tick}\" y2=\"{H}\"/></svg>"
    );
}

/// Key results by status as one stacked bar, done first.
pub fn mix(out: &mut String, m: &StatusMix) {
    const W: f64 = 160.0;
    let parts = [
        (m.done, "done"),
        (m.on_track, "on-track"),
        (m.at_risk, "at-risk"),
        (m.off_track, "off-track"),
        (m.not_started, "not-started"),
    ];
    let total: usize = parts.iter().map(|p| p.0).sum();
    let label: Vec<String> = parts
        .iter()
        .filter(|p| p.0 > 0)
        .map(|(k, name)| format!("{k} {name}"))
        .collect();
    let _ = write!(
        out,
        "<svg class=\"chart mix\" viewBox=\"0 0 {W} 12\" role=\"img\" aria-label=\"{}\">",
        if label.is_empty() {
            "no key results".to_string()
        } else {
            label.join(", ")
        }
    );
    let mut at = 0usize;
    for (k, name) in parts.into_iter().filter(|p| p.0 > 0) {
        let (x0, x1) = (
            at as f64 * W / total as f64,
            (at + k) as f64 * W / total as f64,
        );
        let _ = write!(
            out,
            "<rect class=\"fill {name}\" x=\"{}\" y=\"2\" width=\"{}\" height=\"8\"><title>{k} {name}</title></rect>",
            n(x0),
            n(x1 - x0)
        );
        at += k;
    }
    out.push_str("</svg>");
}

/// Scores across cycles (0.0 to 1.0, with a grid line at 0.7, where an aspirational
/// objective succeeds): one line per series (classes `s0`…`s7` in turn), a gap where
/// a series has no score; the last point hollow when `provisional` (its cycle runs).
pub fn lines(out: &mut String, labels: &[String], series: &[&[Option<f64>]], provisional: bool) {
    const W: f64 = 640.0;
    const H: f64 = 260.0;
    let plot = Plot {
        left: 40.0,
        top: 10.0,
        width: W - 40.0 - 20.0,
        height: H - 10.0 - 30.0,
    };
    let steps = labels.len().saturating_sub(1).max(1) as f64;
    let x = |i: usize| {
        if labels.len() == 1 {
            plot.x(0.5)
        } else {
            plot.x(i as f64 / steps)
        }
    };
    let _ = write!(
        out,
        "<svg class=\"chart lines\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"scores per cycle\">"
    );
    // Scores as Google writes them, with the line an aspirational objective must reach.
    plot.grid(out, &[0.0, 0.5, 0.7, 1.0], crate::render::text::score);
    for (i, label) in labels.iter().enumerate() {
        let _ = write!(
            out,
            "<text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            n(x(i)),
            n(H - 10.0),
            escape(label)
        );
    }
    for (s, scores) in series.iter().enumerate() {
        let class = format!("s{}", s % 8);
        // A run of cycles with scores is one line; a cycle without one breaks it.
        let mut run: Vec<String> = Vec::new();
        let flush = |run: &mut Vec<String>, out: &mut String| {
            if run.len() > 1 {
                let _ = write!(
                    out,
                    "<polyline class=\"line {class}\" points=\"{}\"/>",
                    run.join(" ")
                );
            }
            run.clear();
        };
        for (i, score) in scores.iter().enumerate() {
            match score {
                Some(v) => run.push(format!("{},{}", n(x(i)), n(plot.y(*v)))),
                None => flush(&mut run, out),
            }
        }
        flush(&mut run, out);
        for (i, score) in scores.iter().enumerate() {
            if let Some(v) = score {
                let hollow = provisional && i + 1 == labels.len();
                let _ = write!(
                    out,
                    "<circle class=\"point {class}{}\" cx=\"{}\" cy=\"{}\" r=\"3.5\"><title>{}: {}</title></circle>",
                    if hollow { " hollow" } else { "" },
                    n(x(i)),
                    n(plot.y(*v)),
                    escape(&labels[i]),
                    crate::render::text::score(*v)
                );
            }
        }
    }
    out.push_str("</svg>");
}

#[cfg(test)]
#[path = "svg_tests.rs"]
mod tests;
