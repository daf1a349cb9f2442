//! The edges of the math, one table: extreme magnitudes, rounding that must not hide
//! "not done", grades in time, and the points the contract left open, as decided in
//! `docs/math.md`. Every expected value is computed by hand in the comment beside it.

use chrono::NaiveDate;

use super::figures::{Loaded, Report, build};
use crate::model::{
    CheckIn, Cycle, Grade, KeyResult, KrId, KrKind, Level, Objective, ObjectiveId, ObjectiveKind,
    State, Uid,
};
use crate::progress::Thresholds;
use crate::render::text;
use crate::store::history::History;

pub(super) fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// One key result as a test writes it: objective, start, target, weight.
pub(crate) struct Kr(pub i64, pub f64, pub f64, pub f64);

pub(crate) fn objective(id: i64, parent: Option<i64>, kind: ObjectiveKind) -> Objective {
    Objective {
        id: ObjectiveId::row(id),
        uid: Uid(format!("{id:032}")),
        title: format!("objective {id}"),
        description: None,
        cycle: "2026-Q4".into(),
        level: Level::Team,
        owner: "alice".into(),
        kind,
        parent: parent.map(ObjectiveId::row),
        state: State::Active,
    }
}

fn key_result(id: i64, k: &Kr) -> KeyResult {
    KeyResult {
        id: KrId::row(id),
        uid: Uid(format!("{:032}", 1000 + id)),
        objective: ObjectiveId::row(k.0),
        title: format!("key result {id}"),
        kind: KrKind::Metric,
        start: k.1,
        target: k.2,
        unit: String::new(),
        weight: k.3,
        owner: "alice".into(),
        keep: None,
        due: None,
        created: None,
    }
}

/// A 2026-Q4 report as of `as_of`: key results numbered from 1, check-ins as
/// `(kr, date, value)`, grades as `(kr, grade, date)`.
pub(crate) fn report(
    objectives: Vec<Objective>,
    krs: &[Kr],
    checkins: &[(i64, &str, f64)],
    grades: &[(i64, f64, &str)],
    as_of: &str,
) -> Report {
    let as_of = d(as_of);
    let mut history: Vec<CheckIn> = checkins
        .iter()
        .enumerate()
        .map(|(i, &(kr, date, value))| CheckIn {
            id: i as i64 + 1,
            uid: String::new(),
            kr: KrId::row(kr),
            value,
            date: d(date),
            confidence: None,
            note: None,
            author: "alice".into(),
        })
        .filter(|c| c.date <= as_of)
        .collect();
    history.sort_by_key(|c| (c.kr, c.date, c.id));
    build(Loaded {
        cycle: Cycle::builtin("2026-Q4").unwrap(),
        as_of,
        thresholds: Thresholds::default(),
        objectives,
        krs: krs
            .iter()
            .enumerate()
            .map(|(i, k)| key_result(i as i64 + 1, k))
            .collect(),
        history: History::from_checkins(&history),
        dots: false,
        tasks: Vec::new(),
        links: Vec::new(),
        week: Some(history),
        graded_by: as_of,
        only_owner: None,
        grades: grades
            .iter()
            .map(|&(kr, grade, date)| Grade {
                cleared: false,
                kr: KrId::row(kr),
                grade,
                note: "judged by hand".into(),
                author: "bob".into(),
                date: d(date),
            })
            .collect(),
        revisions: Vec::new(),
    })
}

fn one(krs: &[Kr], checkins: &[(i64, &str, f64)], as_of: &str) -> Report {
    let o = vec![objective(1, None, ObjectiveKind::Aspirational)];
    report(o, krs, checkins, &[], as_of)
}

fn opt(v: Option<f64>) -> String {
    v.map_or_else(|| "null".into(), |v| v.to_string())
}

#[test]
fn the_edges_with_hand_computed_values() {
    let aspirational = ObjectiveKind::Aspirational;
    // Weights of 1e308 (no door lets them in; a hand-edited database might): progress
    // 0.5 and 1.0 weigh equally, (0.5 + 1.0) / 2 = 0.75.
    let heavy = one(
        &[Kr(1, 0.0, 10.0, 1e308), Kr(1, 0.0, 10.0, 1e308)],
        &[(1, "2026-11-02", 5.0), (2, "2026-11-02", 10.0)],
        "2026-11-15",
    );
    // Start −1e308, target 1e308, current 0: halfway, 0.5, and the ratio is finite.
    let wide = one(
        &[Kr(1, -1e308, 1e308, 1.0)],
        &[(1, "2026-11-02", 0.0)],
        "2026-11-15",
    );
    // 999 of 1000: progress 0.999, on a committed objective.
    let almost = report(
        vec![objective(1, None, ObjectiveKind::Committed)],
        &[Kr(1, 0.0, 1000.0, 1.0)],
        &[(1, "2026-12-30", 999.0)],
        &[],
        "2027-01-05",
    );
    // 1 of 8: 0.125, exactly half a point between 12% and 13%.
    let eighth = one(
        &[Kr(1, 0.0, 8.0, 1.0)],
        &[(1, "2026-11-02", 1.0)],
        "2026-11-15",
    );
    // A grade of 0.9 set on 2027-01-04, after the cycle: a report as of 2026-12-31
    // scores the computed 0.4; one as of 2027-01-04 scores the grade.
    let graded = |as_of| {
        report(
            vec![objective(1, None, aspirational)],
            &[Kr(1, 0.0, 10.0, 1.0)],
            &[(1, "2026-12-20", 4.0)],
            &[(1, 0.9, "2027-01-04")],
            as_of,
        )
    };
    let (before, after) = (graded("2026-12-31"), graded("2027-01-04"));
    // Check-ins of 2 on 2026-12-20 and 10 on 2026-12-30, target 10: on the cycle's
    // last day (Thursday 2026-12-31) the weeks of velocity are W50..W53, W53 being the
    // partial Mon 12-28..Thu 12-31. Deltas 0, 0.2, 0, 0.8 → velocity 1.0 / 4 = 0.25.
    let last = one(
        &[Kr(1, 0.0, 10.0, 1.0)],
        &[(1, "2026-12-20", 2.0), (1, "2026-12-30", 10.0)],
        "2026-12-31",
    );
    // The same key result a day earlier: W53 is in progress and does not count; W49..W52
    // have deltas 0, 0, 0.2, 0 → 0.05.
    let day_before_end = one(
        &[Kr(1, 0.0, 10.0, 1.0)],
        &[(1, "2026-12-20", 2.0), (1, "2026-12-30", 10.0)],
        "2026-12-30",
    );
    // Not done on the last day: no weeks remain, so no pace can make it (null).
    let stuck = one(
        &[Kr(1, 0.0, 10.0, 1.0)],
        &[(1, "2026-12-20", 4.0)],
        "2026-12-31",
    );
    // Stale is judged only while the cycle runs: no check-in at all, before and after.
    let early = one(&[Kr(1, 0.0, 10.0, 1.0)], &[], "2026-09-20");
    let late = one(&[Kr(1, 0.0, 10.0, 1.0)], &[], "2027-01-20");
    let during = one(&[Kr(1, 0.0, 10.0, 1.0)], &[], "2026-11-20");
    // The summary's progress is the mean of the top-level roll-ups: O1 (0.2) has child
    // O2 (0.6): roll-up (0.2 + 0.6) / 2 = 0.4; O3 alone is 1.0; summary (0.4 + 1) / 2.
    let tree = report(
        vec![
            objective(1, None, aspirational),
            objective(2, Some(1), aspirational),
            objective(3, None, aspirational),
        ],
        &[
            Kr(1, 0.0, 10.0, 1.0),
            Kr(2, 0.0, 10.0, 1.0),
            Kr(3, 0.0, 10.0, 1.0),
        ],
        &[
            (1, "2026-11-02", 2.0),
            (2, "2026-11-02", 6.0),
            (3, "2026-11-02", 10.0),
        ],
        &[],
        "2026-11-15",
    );
    // The week in progress: Wednesday 2026-11-18 is mid-week; Sunday 11-22 ends one;
    // Thursday 12-31 ends the cycle inside W53; 2026-09-30 is before the cycle.
    let partial = |as_of| {
        one(&[Kr(1, 0.0, 10.0, 1.0)], &[], as_of).objectives[0].key_results[0].weekly_partial
    };

    let kr = |r: &Report| r.objectives[0].key_results[0].clone();
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "weights of 1e308",
            opt(heavy.objectives[0].progress),
            "0.75",
        ),
        (
            "span of 2e308: progress",
            kr(&wide).progress.to_string(),
            "0.5",
        ),
        ("span of 2e308: ratio", kr(&wide).ratio.to_string(), "0.5"),
        (
            "span of 2e308: shown",
            text::percent(Some(kr(&wide).progress)),
            "50%",
        ),
        (
            "0.999 as a percent",
            text::percent(Some(kr(&almost).progress)),
            "99%",
        ),
        (
            "0.999 is not done",
            kr(&almost).status.to_string(),
            "on-track",
        ),
        (
            "0.999 as a score",
            text::score(almost.objectives[0].score.unwrap()),
            "0.99",
        ),
        (
            "0.999 committed",
            format!("{:?}", almost.objectives[0].succeeded),
            "Some(false)",
        ),
        (
            "0.999 as a bar",
            text::bar(kr(&almost).progress, 10),
            "█████████░",
        ),
        (
            "0.125 in report",
            text::percent(Some(kr(&eighth).progress)),
            "13%",
        ),
        ("0.125 in score", text::score(kr(&eighth).score), "0.13"),
        ("grade later: score", kr(&before).score.to_string(), "0.4"),
        (
            "grade later: grade",
            format!("{:?}", kr(&before).grade),
            "None",
        ),
        (
            "grade later: said",
            opt(kr(&before).graded_later.map(|_| 1.0)),
            "1",
        ),
        ("grade in time: score", kr(&after).score.to_string(), "0.9"),
        (
            "grade in time: later",
            format!("{:?}", kr(&after).graded_later),
            "None",
        ),
        ("last partial week counts", opt(kr(&last).velocity), "0.25"),
        (
            "week in progress does not",
            opt(kr(&day_before_end).velocity),
            "0.05",
        ),
        // W40 (Mon 09-28) to W53 (Mon 12-28), long after the cycle: 14 weeks, no more.
        (
            "weeks of 2026-Q4",
            crate::progress::weekly::completed_weeks(
                &Cycle::builtin("2026-Q4").unwrap(),
                d("2027-06-01"),
            )
            .len()
            .to_string(),
            "14",
        ),
        ("pace when done", opt(kr(&last).required_pace), "0"),
        (
            "pace with no weeks left",
            opt(kr(&stuck).required_pace),
            "null",
        ),
        (
            "stale before the cycle",
            kr(&early).stale.to_string(),
            "false",
        ),
        (
            "stale after the cycle",
            kr(&late).stale.to_string(),
            "false",
        ),
        (
            "stale during the cycle",
            kr(&during).stale.to_string(),
            "true",
        ),
        ("summary progress", opt(tree.summary.progress), "0.7"),
        (
            "week in progress",
            partial("2026-11-18").to_string(),
            "true",
        ),
        (
            "week ended on Sunday",
            partial("2026-11-22").to_string(),
            "false",
        ),
        (
            "cycle ended mid-week",
            partial("2026-12-31").to_string(),
            "false",
        ),
        (
            "before the cycle",
            partial("2026-09-30").to_string(),
            "false",
        ),
    ];
    let failures: Vec<String> = cases
        .iter()
        .filter(|(_, got, want)| got != want)
        .map(|(point, got, want)| format!("{point}: got {got}, want {want}"))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

mod extremes;
