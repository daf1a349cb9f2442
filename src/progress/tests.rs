//! Hand-computed values for every formula of PRODUCT.md, and the invariants as
//! properties.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::score::{Band, succeeded};
use super::weekly::{
    Week, completed_weeks, projection, remaining_weeks, required_pace, velocity, weekly_progress,
};
use super::*;
use crate::model::{KrId, ObjectiveId, ObjectiveKind, Uid};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn q4() -> Cycle {
    Cycle::builtin("2026-Q4").unwrap()
}

fn metric(start: f64, target: f64) -> KeyResult {
    KeyResult {
        id: KrId::row(1),
        uid: Uid("0".repeat(32)),
        objective: ObjectiveId::row(1),
        title: "kr".into(),
        kind: KrKind::Metric,
        start,
        target,
        unit: String::new(),
        weight: 1.0,
        owner: "alice".into(),
        keep: None,
        due: None,
        created: None,
    }
}

fn threshold(target: f64, keep: Keep) -> KeyResult {
    KeyResult {
        kind: KrKind::Threshold,
        keep: Some(keep),
        ..metric(target, target)
    }
}

fn checkins(points: &[(&str, f64)]) -> Vec<Point> {
    points
        .iter()
        .map(|(date, value)| Point {
            value: *value,
            date: d(date),
            confidence: None,
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

#[test]
fn expected_progress_is_days_elapsed_over_days_in_cycle() {
    assert_eq!(expected(&q4(), d("2026-11-15")), 0.5); // 46 / 92
    assert_eq!(expected(&q4(), d("2026-10-01")), 1.0 / 92.0);
    assert_eq!(expected(&q4(), d("2026-12-31")), 1.0);
    assert_eq!(expected(&q4(), d("2026-09-01")), 0.0);
    assert_eq!(expected(&q4(), d("2027-03-01")), 1.0);
}

#[test]
fn a_custom_cycle_across_the_year_end() {
    let winter = Cycle::custom("winter", d("2026-12-01"), d("2027-02-28")).unwrap();
    // 31 days of December + 14 of January = 45 of 90.
    assert_eq!(expected(&winter, d("2027-01-14")), 0.5);
    let weeks = completed_weeks(&winter, d("2027-01-14"));
    assert_eq!(weeks.first().unwrap().label(), "2026-W49");
    assert_eq!(weeks.last().unwrap().label(), "2027-W01");
    assert!(weeks.iter().any(|w| w.label() == "2026-W53"));
}

#[test]
fn increasing_and_decreasing_metrics() {
    assert_eq!(kr_progress(&metric(0.0, 100.0), 25.0).progress, 0.25);
    // "Cut from 800 to 200, now 500" is 0.5: not 1.0, not 0.0.
    let cut = metric(800.0, 200.0);
    assert_eq!(
        kr_progress(&cut, 500.0),
        Progress {
            raw: 0.5,
            progress: 0.5
        }
    );
    assert_eq!(kr_progress(&cut, 800.0).progress, 0.0);
    assert_eq!(kr_progress(&cut, 200.0).progress, 1.0);
    assert_eq!(
        kr_progress(&cut, 900.0),
        Progress {
            raw: -1.0 / 6.0,
            progress: 0.0
        }
    );
}

#[test]
fn over_achievement_stays_visible_in_the_ratio() {
    assert_eq!(
        kr_progress(&metric(0.0, 100.0), 125.0),
        Progress {
            raw: 1.25,
            progress: 1.0
        }
    );
    assert_eq!(
        kr_progress(&metric(5.0, 2.0), 1.25),
        Progress {
            raw: 1.25,
            progress: 1.0
        }
    );
}

#[test]
fn booleans_are_zero_or_one() {
    let ship = KeyResult {
        kind: KrKind::Boolean,
        ..metric(0.0, 1.0)
    };
    assert_eq!(kr_progress(&ship, 0.0).progress, 0.0);
    assert_eq!(kr_progress(&ship, 1.0).progress, 1.0);
}

#[test]
fn thresholds_score_one_while_they_hold() {
    let uptime = threshold(99.9, Keep::AtLeast);
    assert_eq!(kr_progress(&uptime, 99.95).progress, 1.0);
    assert_eq!(kr_progress(&uptime, 99.9).progress, 1.0);
    assert_eq!(kr_progress(&uptime, 99.5).progress, 0.0, "broke");
    let latency = threshold(200.0, Keep::AtMost);
    assert_eq!(kr_progress(&latency, 180.0).progress, 1.0);
    assert_eq!(kr_progress(&latency, 250.0).progress, 0.0, "broke");
    // A threshold that broke and recovered holds again from the recovery on.
    let history = checkins(&[
        ("2026-10-09", 99.95),
        ("2026-10-16", 99.2),
        ("2026-10-23", 99.93),
    ]);
    assert_eq!(
        progress_as_of(&uptime, &history, d("2026-10-20")).progress,
        0.0
    );
    assert_eq!(
        progress_as_of(&uptime, &history, d("2026-10-23")).progress,
        1.0
    );
}

#[test]
fn the_latest_checkin_on_or_before_the_as_of_date_counts() {
    let kr = metric(0.0, 100.0);
    let history = checkins(&[
        ("2026-10-10", 20.0),
        ("2026-11-01", 40.0),
        ("2026-11-01", 45.0),
        ("2026-11-20", 90.0),
    ]);
    assert_eq!(
        current_value(&kr, &history, d("2026-10-09")),
        0.0,
        "before any check-in: the start"
    );
    assert_eq!(current_value(&kr, &history, d("2026-10-31")), 20.0);
    assert_eq!(
        current_value(&kr, &history, d("2026-11-01")),
        45.0,
        "same day: recorded last wins"
    );
    assert_eq!(
        current_value(&kr, &history, d("2026-11-15")),
        45.0,
        "a check-in after the as-of date is ignored"
    );
    assert_eq!(current_value(&kr, &history, d("2026-11-20")), 90.0);
}

#[test]
fn objective_progress_is_the_weighted_mean() {
    assert_eq!(
        weighted_mean([(1.0, 0.5), (2.0, 0.8)]),
        Some((0.5 + 1.6) / 3.0)
    );
    assert_eq!(weighted_mean([(1.0, 1.0), (1.0, 0.0)]), Some(0.5));
    assert_eq!(weighted_mean(std::iter::empty()), None);
}

#[test]
fn status_by_gap_with_configurable_thresholds() {
    let t = Thresholds::default();
    let day = d("2026-11-15"); // expected 0.5
    assert_eq!(status(1.0, &q4(), day, &t), Status::Done);
    assert_eq!(
        status(0.4, &q4(), day, &t),
        Status::OnTrack,
        "gap 0.10 exactly"
    );
    assert_eq!(status(0.39, &q4(), day, &t), Status::AtRisk);
    assert_eq!(
        status(0.25, &q4(), day, &t),
        Status::AtRisk,
        "gap 0.25 exactly"
    );
    assert_eq!(status(0.24, &q4(), day, &t), Status::OffTrack);
    assert_eq!(status(0.0, &q4(), d("2026-09-30"), &t), Status::NotStarted);
    let strict = Thresholds {
        at_risk: 0.0,
        off_track: 0.05,
    };
    assert_eq!(status(0.49, &q4(), day, &strict), Status::AtRisk);
}

#[test]
fn a_target_changed_mid_cycle_counts_from_its_day() {
    // Start 0, target 100, 40 on 2026-10-20; the target becomes 50 from 2026-11-01.
    let kr = metric(0.0, 50.0);
    let history = checkins(&[("2026-10-20", 40.0)]);
    let rev = |from: Option<&str>, target: f64| crate::model::Revision {
        kr: KrId::row(1),
        from: from.map(d),
        start: 0.0,
        target,
        weight: 1.0,
        reason: None,
        author: "alice".into(),
    };
    let revisions = [rev(None, 100.0), rev(Some("2026-11-01"), 50.0)];
    let t = Track {
        kr: &kr,
        checkins: &history,
        revisions: &revisions,
    };
    assert!(close(t.progress_on(d("2026-10-25")).progress, 0.4));
    assert!(close(t.progress_on(d("2026-11-15")).progress, 0.8));
    // Before the cycle the original holds; the change holds from its very day.
    assert_eq!(t.measure_on(d("2026-09-01")).1, 100.0);
    assert_eq!(t.measure_on(d("2026-10-31")).1, 100.0);
    assert_eq!(t.measure_on(d("2026-11-01")).1, 50.0);
    // The weekly series reads each week with the target of its day: the change shows
    // as a step in the week it happened (W44 ends on 2026-11-01).
    let weekly = weekly_progress(&t, &q4(), d("2026-11-08"));
    assert!(close(weekly[3], 0.4) && close(weekly[4], 0.8), "{weekly:?}");
}

#[test]
fn iso_week_53_of_2026() {
    let w = Week::of(d("2027-01-01"));
    assert_eq!(
        (w.year, w.week, w.label()),
        (2026, 53, "2026-W53".to_string())
    );
    assert_eq!((w.monday, w.sunday), (d("2026-12-28"), d("2027-01-03")));
    assert_eq!(Week::of(d("2027-01-04")).label(), "2027-W01");
    assert_eq!(Week::of(d("2027-01-04")).previous(), w);
}

#[test]
fn velocity_projection_and_required_pace() {
    let kr = metric(0.0, 100.0);
    let history = checkins(&[
        ("2026-10-18", 10.0),
        ("2026-10-25", 20.0),
        ("2026-11-01", 30.0),
        ("2026-11-08", 30.0),
        ("2026-11-15", 50.0),
    ]);
    let as_of = d("2026-11-16");
    // Last four completed weeks: W43 +0.1, W44 +0.1, W45 0, W46 +0.2.
    let v = velocity(&Track::new(&kr, &history), &q4(), as_of).unwrap();
    assert!(close(v, 0.1), "{v}");
    let left = remaining_weeks(&q4(), as_of);
    assert!(close(left, 45.0 / 7.0));
    assert_eq!(projection(0.5, Some(v), left), Some(1.0), "clamped");
    assert!(close(
        projection(0.2, Some(0.05), left).unwrap(),
        0.2 + 0.05 * 45.0 / 7.0
    ));
    assert!(close(required_pace(0.5, left).unwrap(), 0.5 / (45.0 / 7.0)));
    assert_eq!(required_pace(0.5, 0.0), None);
    assert_eq!(required_pace(1.0, 0.0), Some(0.0));
}

#[test]
fn velocity_uses_fewer_weeks_while_the_cycle_is_young() {
    let kr = metric(0.0, 100.0);
    let history = checkins(&[("2026-10-02", 5.0), ("2026-10-09", 12.0)]);
    assert_eq!(
        velocity(&Track::new(&kr, &history), &q4(), d("2026-10-03")),
        None,
        "no week has ended"
    );
    // Only W40 (Sep 28 – Oct 4) has ended: from 0 to 0.05.
    assert!(close(
        velocity(&Track::new(&kr, &history), &q4(), d("2026-10-05")).unwrap(),
        0.05
    ));
    // W40 and W41: (0.05 + 0.07) / 2.
    assert!(close(
        velocity(&Track::new(&kr, &history), &q4(), d("2026-10-12")).unwrap(),
        0.06
    ));
}

#[test]
fn weekly_progress_for_sparklines() {
    let kr = metric(0.0, 100.0);
    let history = checkins(&[("2026-10-02", 10.0), ("2026-10-14", 30.0)]);
    // W40 ends Oct 4 (0.1), W41 Oct 11 (0.1), then Oct 14 as of today (0.3).
    assert_eq!(
        weekly_progress(&Track::new(&kr, &history), &q4(), d("2026-10-14")),
        vec![0.1, 0.1, 0.3]
    );
    assert!(weekly_progress(&Track::new(&kr, &history), &q4(), d("2026-09-14")).is_empty());
}

#[test]
fn stale_after_seven_days_without_a_checkin() {
    let history = checkins(&[("2026-11-10", 1.0)]);
    assert!(!is_stale(&history, d("2026-11-16")));
    assert!(is_stale(&history, d("2026-11-17")));
    assert!(is_stale(&[], d("2026-11-17")));
}

#[test]
fn score_bands_and_verdicts() {
    assert_eq!(Band::of(0.7), Band::Green);
    assert_eq!(
        Band::of(0.1 + 0.6),
        Band::Green,
        "float noise does not demote"
    );
    assert_eq!(Band::of(0.69), Band::Yellow);
    assert_eq!(Band::of(0.4), Band::Yellow);
    assert_eq!(Band::of(0.39), Band::Red);
    assert!(succeeded(ObjectiveKind::Aspirational, 0.7));
    assert!(!succeeded(ObjectiveKind::Aspirational, 0.69));
    assert!(!succeeded(ObjectiveKind::Committed, 0.99));
    assert!(succeeded(ObjectiveKind::Committed, 1.0));
}

fn finite() -> impl Strategy<Value = f64> {
    -1e6..1e6f64
}

proptest! {
    #[test]
    fn progress_lies_in_zero_to_one(start in finite(), target in finite(), current in finite()) {
        prop_assume!(start != target);
        let p = kr_progress(&metric(start, target), current).progress;
        prop_assert!((0.0..=1.0).contains(&p));
    }

    #[test]
    fn zero_at_start_and_one_at_target(start in finite(), target in finite()) {
        prop_assume!((start - target).abs() > 1e-6);
        let kr = metric(start, target);
        prop_assert_eq!(kr_progress(&kr, start).progress, 0.0);
        prop_assert_eq!(kr_progress(&kr, target).progress, 1.0);
    }

    #[test]
    fn monotone_in_the_metrics_direction(start in finite(), target in finite(), a in finite(), b in finite()) {
        prop_assume!(start != target);
        let kr = metric(start, target);
        // Order a and b along the metric's direction: `lo` is further from the target.
        let (lo, hi) = if (target > start) == (a <= b) { (a, b) } else { (b, a) };
        prop_assert!(kr_progress(&kr, lo).progress <= kr_progress(&kr, hi).progress);
    }

    #[test]
    fn objective_progress_lies_between_its_krs(items in prop::collection::vec((0.01..100.0f64, 0.0..=1.0f64), 1..8)) {
        let mean = weighted_mean(items.iter().copied()).unwrap();
        let lo = items.iter().map(|i| i.1).fold(f64::INFINITY, f64::min);
        let hi = items.iter().map(|i| i.1).fold(f64::NEG_INFINITY, f64::max);
        prop_assert!(lo - 1e-12 <= mean && mean <= hi + 1e-12);
    }

    #[test]
    fn expected_never_decreases_with_the_date(a in 0i64..800, b in 0i64..800) {
        let base = d("2026-06-01");
        let (x, y) = (base + chrono::Days::new(a.min(b) as u64), base + chrono::Days::new(a.max(b) as u64));
        prop_assert!(expected(&q4(), x) <= expected(&q4(), y));
    }
}
