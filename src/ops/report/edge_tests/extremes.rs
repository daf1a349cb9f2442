//! Extreme magnitudes through a whole report: whatever a hand-edited database holds,
//! no progress field leaves [0, 1] and no figure is NaN or infinite.

use proptest::prelude::*;

use super::{Kr, d, one};
use crate::render::text;

/// Any finite magnitude, from the subnormal to the largest, of either sign.
fn extreme() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1e15..1e15f64,
        prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO,
        Just(f64::MAX),
        Just(f64::MIN),
        Just(f64::MIN_POSITIVE),
    ]
}

fn weight() -> impl Strategy<Value = f64> {
    prop_oneof![1e-300..1e6f64, Just(f64::MAX), prop::num::f64::POSITIVE]
}

fn in_unit(v: f64) -> bool {
    (0.0..=1.0).contains(&v)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever a hand-edited database holds, every progress field of a report is a
    /// number in [0, 1] and every other figure is finite: no NaN, no infinity.
    #[test]
    fn no_progress_field_leaves_zero_to_one(
        krs in prop::collection::vec((extreme(), extreme(), weight()), 1..4),
        values in prop::collection::vec(extreme(), 0..4),
        as_of in 0i64..140,
    ) {
        let krs: Vec<Kr> = krs
            .into_iter()
            .filter(|(s, t, _)| s != t)
            .map(|(s, t, w)| Kr(1, s, t, w))
            .collect();
        let dates = ["2026-10-05", "2026-10-20", "2026-11-10", "2026-12-28"];
        let checkins: Vec<(i64, &str, f64)> = values
            .iter()
            .enumerate()
            .map(|(i, v)| (1 + (i % krs.len().max(1)) as i64, dates[i % dates.len()], *v))
            .collect();
        let as_of = (d("2026-09-20") + chrono::Days::new(as_of as u64)).to_string();
        let r = one(&krs, &checkins, &as_of);
        let o = &r.objectives[0];
        for p in [o.progress, o.rollup, o.projection, o.score, r.summary.progress].into_iter().flatten() {
            prop_assert!(in_unit(p), "objective figure {p}");
        }
        for k in &o.key_results {
            for p in [k.progress, k.computed_score, k.score, k.week_before, k.expected] {
                prop_assert!(in_unit(p), "key result figure {p}");
            }
            for p in k.weekly.iter().chain(&k.projection) {
                prop_assert!(in_unit(*p), "weekly or projection {p}");
            }
            for v in [k.ratio, k.week_delta].into_iter().chain(k.velocity).chain(k.required_pace) {
                prop_assert!(v.is_finite(), "figure {v}");
            }
            let shown = text::percent(Some(k.progress));
            prop_assert!(!shown.contains("inf") && !shown.contains("NaN"), "{shown}");
            // Below 1 at the 9 decimals status judges (docs/math.md), never shown as done.
            let done = crate::model::figure(k.progress) >= 1.0;
            prop_assert!(done || shown != "100%", "{} shown as {shown}", k.progress);
            prop_assert_eq!(done, k.status == crate::progress::Status::Done);
        }
    }
}
