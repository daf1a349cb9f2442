//! The charts as a reader would check them: every element inside the picture, one
//! point per week and one dot per check-in, text escaped, tags closed, same bytes for
//! the same figures.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use super::*;
use crate::model::Cycle;
use crate::ops::report::Dot;
use crate::ops::report::figures::StatusMix;

/// Whether every tag of `svg` is closed in order (or closes itself).
fn well_formed(svg: &str) -> bool {
    let tag = regex::Regex::new(r"<(/?)([a-z]+)[^>]*?(/?)>").unwrap();
    let mut open: Vec<String> = Vec::new();
    for c in tag.captures_iter(svg) {
        let (closing, name, selfclosing) = (&c[1] == "/", c[2].to_string(), &c[3] == "/");
        if closing {
            if open.pop().as_deref() != Some(name.as_str()) {
                return false;
            }
        } else if !selfclosing {
            open.push(name);
        }
    }
    open.is_empty()
}

/// Every number in the coordinates attributes of `svg`.
fn coordinates(svg: &str) -> Vec<(String, f64)> {
    let attr = regex::Regex::new(r#"\b(x|y|x1|x2|y1|y2|cx|cy|width)="(-?[0-9.]+)""#).unwrap();
    let mut out: Vec<(String, f64)> = attr
        .captures_iter(svg)
        .map(|c| (c[1].to_string(), c[2].parse().unwrap()))
        .collect();
    let points = regex::Regex::new(r#"points="([^"]*)""#).unwrap();
    for c in points.captures_iter(svg) {
        for pair in c[1].split(' ') {
            let (x, y) = pair.split_once(',').unwrap();
            out.push(("x".into(), x.parse().unwrap()));
            out.push(("y".into(), y.parse().unwrap()));
        }
    }
    out
}

fn q4() -> Cycle {
    Cycle::builtin("2026-Q4").unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn chart(as_of: NaiveDate, weekly: &[f64], projection: Option<f64>, dots: &[Dot]) -> String {
    let cycle = q4();
    let ends = crate::progress::weekly::Calendar::new(&cycle, as_of)
        .ends()
        .to_vec();
    let value = |v: f64| format!("{v} <b>units</b>");
    let mut out = String::new();
    burnup(
        &mut out,
        &Burnup {
            cycle: &cycle,
            as_of,
            ends: &ends[..weekly.len().min(ends.len())],
            weekly,
            progress: weekly.last().copied().unwrap_or_default(),
            projection,
            dots,
            value: &value,
            status: "at-risk",
            label: "K1 \"quoted\" & <tagged>",
        },
    );
    out
}

#[test]
fn a_burn_up_has_a_point_a_week_a_dot_a_check_in_and_the_expected_pace() {
    let as_of = day("2026-11-25");
    let weekly = [0.0, 0.1, 0.1, 0.2, 0.3, 0.3, 0.35, 0.4, 0.45];
    let dots = [
        Dot {
            date: day("2026-10-09"),
            value: 10.0,
            progress: 0.1,
            confidence: Some(7),
        },
        Dot {
            date: day("2026-11-20"),
            value: 45.0,
            progress: 0.45,
            confidence: None,
        },
    ];
    let svg = chart(as_of, &weekly, Some(0.7), &dots);
    assert!(well_formed(&svg), "{svg}");
    let polyline =
        regex::Regex::new(r#"<polyline class="actual at-risk" points="([^"]*)""#).unwrap();
    let points = &polyline.captures(&svg).unwrap()[1];
    assert_eq!(points.split(' ').count(), weekly.len());
    assert_eq!(svg.matches("<circle class=\"dot").count(), 2);
    assert_eq!(svg.matches("class=\"dot hollow\"").count(), 1);
    // The expected pace runs from nothing at the start to all at the end.
    assert!(svg.contains("<line class=\"expected\" x1=\"36\" y1=\"128\" x2=\"350\" y2=\"8\"/>"));
    assert!(svg.contains("class=\"projection\""));
    assert!(svg.contains("class=\"today\""));
    // Tooltips and labels are text.
    assert!(
        svg.contains(
            "<title>2026-10-09: 10 &lt;b&gt;units&lt;/b&gt; (10%), confidence 7/10</title>"
        )
    );
    assert!(svg.contains("aria-label=\"K1 &quot;quoted&quot; &amp; &lt;tagged&gt;\""));
    assert!(!svg.contains("<b>"));
    assert_eq!(
        svg,
        chart(as_of, &weekly, Some(0.7), &dots),
        "same figures, same bytes"
    );
}

#[test]
fn an_ended_cycle_has_no_projection_and_a_new_one_no_line() {
    let ended = chart(day("2027-01-05"), &[0.5; 14], Some(0.9), &[]);
    assert!(!ended.contains("projection") && !ended.contains("class=\"today\""));
    let before = chart(day("2026-09-20"), &[], None, &[]);
    assert!(well_formed(&before));
    assert!(!before.contains("polyline"));
}

proptest! {
    /// Whatever the figures (overshoot, regress, dots before the cycle), every mark
    /// stays inside the picture.
    #[test]
    fn every_mark_is_inside_the_chart(
        offset in 0u64..120,
        weekly in proptest::collection::vec(-2.0..3.0f64, 0..14),
        projection in proptest::option::of(-1.0..2.0f64),
        dots in proptest::collection::vec((0u64..120, -5.0..5.0f64, proptest::option::of(0u8..=10)), 0..20),
    ) {
        let start = day("2026-09-20");
        let dots: Vec<Dot> = dots
            .into_iter()
            .map(|(d, p, confidence)| Dot { date: start + Days::new(d), value: p, progress: p, confidence })
            .collect();
        let svg = chart(start + Days::new(offset), &weekly, projection, &dots);
        prop_assert!(well_formed(&svg));
        for (name, v) in coordinates(&svg) {
            let max = if name.contains('x') || name == "width" { 360.0 } else { 150.0 };
            prop_assert!((0.0..=max).contains(&v), "{name}={v} in {svg}");
        }
    }
}

#[test]
fn a_meter_fills_its_share_and_ticks_the_expected_pace() {
    let mut svg = String::new();
    meter(&mut svg, Some(0.25), 0.5, "off-track");
    assert!(well_formed(&svg));
    assert!(svg.contains("<rect class=\"fill off-track\" x=\"0\" y=\"2\" width=\"40\""));
    assert!(svg.contains("<line class=\"tick\" x1=\"80\""));
    let mut none = String::new();
    meter(&mut none, None, 1.4, "");
    assert!(!none.contains("class=\"fill") && none.contains("x1=\"160\""));
}

#[test]
fn a_status_mix_is_one_bar_of_its_parts() {
    let mut svg = String::new();
    let m = StatusMix {
        done: 1,
        on_track: 2,
        at_risk: 0,
        off_track: 1,
        not_started: 0,
        stale: 3,
    };
    mix(&mut svg, &m);
    assert!(well_formed(&svg));
    let widths: Vec<f64> = coordinates(&svg)
        .into_iter()
        .filter(|(n, _)| n == "width")
        .map(|(_, v)| v)
        .collect();
    assert_eq!(widths, vec![40.0, 80.0, 40.0]);
    assert!(!svg.contains("at-risk"));
    let mut empty = String::new();
    mix(&mut empty, &StatusMix::default());
    assert!(!empty.contains("<rect") && empty.contains("no key results"));
}

#[test]
fn a_line_breaks_where_a_cycle_has_no_score_and_the_running_cycle_is_hollow() {
    let labels: Vec<String> = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
        .map(String::from)
        .to_vec();
    let a = [Some(0.5), None, Some(0.6), Some(0.7)];
    let b = [Some(0.2), Some(0.4), Some(0.3), None];
    let mut svg = String::new();
    lines(&mut svg, &labels, &[&a, &b], true);
    assert!(well_formed(&svg));
    // `a`: one point, then a line of two; `b`: a line of three.
    assert_eq!(svg.matches("<polyline class=\"line s0\"").count(), 1);
    assert_eq!(svg.matches("<polyline class=\"line s1\"").count(), 1);
    assert_eq!(svg.matches("<circle").count(), 6);
    assert_eq!(svg.matches("hollow").count(), 1);
    assert!(svg.contains("<title>2026-Q4: 0.70</title>"));
}
