//! Key results worked out on two threads against each worked out alone.

use super::edge_tests::{Kr, objective, report};
use super::figures::KrReport;
use crate::model::{Objective, ObjectiveKind};

/// At an organisation's scale the key results are worked out on two threads: each
/// must come out as it does alone, in its objective's place.
#[test]
fn two_threads_give_every_key_result_what_it_gets_alone() {
    let objectives: Vec<Objective> = (1..=600)
        .map(|i| objective(i, None, ObjectiveKind::Committed))
        .collect();
    let krs: Vec<Kr> = (0..3000)
        .map(|i| Kr(i / 5 + 1, 0.0, 100.0 + f64::from(i as u16 % 7), 1.0))
        .collect();
    let dates = [
        "2026-10-05",
        "2026-10-20",
        "2026-11-02",
        "2026-11-16",
        "2026-11-21",
    ];
    let checkins: Vec<(i64, &str, f64)> = (0..15000)
        .map(|i| (i % 3000 + 1, dates[(i as usize * 7) % 5], (i % 97) as f64))
        .collect();
    let whole = report(objectives, &krs, &checkins, &[], "2026-11-23");
    assert_eq!(whole.summary.key_results, 3000);
    for (n, o) in whole.objectives.iter().enumerate() {
        let first = n as i64 * 5 + 1;
        let mine: Vec<(i64, &str, f64)> = checkins
            .iter()
            .filter(|c| (first..first + 5).contains(&c.0))
            .map(|&(kr, date, value)| (kr - first + 1, date, value))
            .collect();
        let alone = report(
            vec![objective(1, None, ObjectiveKind::Committed)],
            &krs[n * 5..n * 5 + 5]
                .iter()
                .map(|k| Kr(1, k.1, k.2, k.3))
                .collect::<Vec<_>>(),
            &mine,
            &[],
            "2026-11-23",
        );
        let figures = |k: &KrReport| {
            (
                k.progress,
                k.weekly.clone(),
                k.velocity,
                k.score,
                k.stale,
                k.week_delta,
            )
        };
        let got: Vec<_> = o.key_results.iter().map(figures).collect();
        let want: Vec<_> = alone.objectives[0]
            .key_results
            .iter()
            .map(figures)
            .collect();
        assert_eq!(got, want, "objective {}", o.id);
        assert_eq!(o.progress, alone.objectives[0].progress);
    }
}
