//! Property: database → export → import into an empty database → export gives the same
//! bytes, for any objectives, key results, check-ins, changes of target and weight, and
//! reflections a user can create.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use super::Ctx;
use super::export::{Target, export};
use super::import::{import, scan};
use super::krs::AddKr;
use super::objectives::AddObjective;
use crate::model::{Confidence, KrKind, Level, ObjectiveKind, ValueInput};
use crate::store::Store;

/// A check-in to record: author index, day of the cycle, value, confidence, note.
type Planned = (usize, u64, f64, Option<i64>, Option<String>);

/// A change of measure: author index, day of the cycle it takes effect, a new target
/// (as a factor of the old), a new weight, a reason.
type Changed = (usize, u64, Option<f64>, Option<f64>, Option<String>);

#[derive(Debug, Clone)]
struct Kr {
    kind: KrKind,
    start: f64,
    target: f64,
    weight: f64,
    checkins: Vec<Planned>,
    changes: Vec<Changed>,
}

#[derive(Debug, Clone)]
struct Obj {
    title: String,
    level: Level,
    kind: ObjectiveKind,
    parent: Option<usize>,
    krs: Vec<Kr>,
    /// Author index, topic index, text.
    reflections: Vec<(usize, usize, String)>,
}

fn title() -> impl Strategy<Value = String> {
    "[A-Za-z0-9 \"'#=%\\[\\]\\\\客户满意度]{1,24}"
        .prop_filter("not blank", |s| !s.trim().is_empty())
}

fn kr() -> impl Strategy<Value = Kr> {
    let checkin = (
        0usize..3,
        0u64..92,
        -1e6..1e6f64,
        proptest::option::of(0i64..=10),
        proptest::option::of("[a-z 为什么\"]{0,12}"),
    );
    (
        0u8..3,
        -1e4..1e4f64,
        -1e4..1e4f64,
        0.1..5.0f64,
        prop::collection::vec(checkin, 0..4),
        prop::collection::vec(
            (
                0usize..3,
                0u64..92,
                proptest::option::of(0.5..3.0f64),
                proptest::option::of(0.1..5.0f64),
                proptest::option::of("[a-z 因为\"]{1,12}"),
            ),
            0..3,
        ),
    )
        .prop_map(|(k, start, target, weight, checkins, changes)| {
            let kind = [KrKind::Metric, KrKind::Boolean, KrKind::Threshold][k as usize];
            let target = if kind == KrKind::Metric && start == target {
                start + 1.0
            } else {
                target
            };
            Kr {
                kind,
                start,
                target,
                weight,
                checkins,
                changes,
            }
        })
}

fn plan() -> impl Strategy<Value = Vec<Obj>> {
    prop::collection::vec(
        (
            title(),
            0u8..3,
            any::<bool>(),
            any::<prop::sample::Index>(),
            prop::collection::vec(kr(), 0..4),
            prop::collection::vec((0usize..3, 0usize..4, "[a-z学][a-z 学到了\"#]{0,16}"), 0..3),
        ),
        1..5,
    )
    .prop_map(|items| {
        let mut out: Vec<Obj> = Vec::new();
        for (i, (t, l, committed, parent, krs, reflections)) in items.into_iter().enumerate() {
            let level = [Level::Company, Level::Team, Level::Personal][l as usize];
            // Align to an earlier objective at the same level or above, if any.
            let candidates: Vec<usize> = (0..i)
                .filter(|&j| level.can_align_to(out[j].level))
                .collect();
            let parent =
                (!candidates.is_empty()).then(|| candidates[parent.index(candidates.len())]);
            let kind = if committed {
                ObjectiveKind::Committed
            } else {
                ObjectiveKind::Aspirational
            };
            out.push(Obj {
                title: format!("{t} {i}"),
                level,
                kind,
                parent,
                krs,
                reflections,
            });
        }
        out
    })
}

fn build(store: &mut Store, plan: &[Obj]) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    let authors = ["ann", "bob", "李伟"];
    for (i, o) in plan.iter().enumerate() {
        let ctx = Ctx::at(today, authors[i % 3]);
        let parent = o
            .parent
            .map(|p| crate::store::names::of_row(store, "objective", p as i64 + 1));
        let objective = super::objectives::add(
            store,
            &ctx,
            AddObjective {
                title: o.title.clone(),
                cycle: Some("2026-Q4".into()),
                level: Some(o.level),
                kind: Some(o.kind),
                parent,
                ..Default::default()
            },
        )
        .unwrap();
        for (j, k) in o.krs.iter().enumerate() {
            let (start, target) = match k.kind {
                KrKind::Boolean => (None, None),
                _ => (Some(k.start), Some(k.target)),
            };
            let added = super::krs::add(
                store,
                &ctx,
                AddKr {
                    objective: objective.id.to_string(),
                    title: format!("KR {j} of {}", o.title),
                    kind: k.kind,
                    start,
                    target,
                    unit: Some("units".into()),
                    weight: Some(k.weight),
                    owner: None,
                    keep: None,
                    due: None,
                    created: chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
                },
            )
            .unwrap();
            for (a, day, value, confidence, note) in &k.checkins {
                let value = if k.kind == KrKind::Boolean {
                    value.abs().min(1.0).round()
                } else {
                    *value
                };
                let ctx = Ctx {
                    user: authors[*a].into(),
                    ..ctx.clone()
                };
                super::checkins::record(
                    store,
                    &ctx,
                    super::checkins::Record {
                        kr: added.kr.id.to_string(),
                        value: ValueInput::Absolute(value),
                        date: Some(NaiveDate::from_ymd_opt(2026, 10, 1).unwrap() + Days::new(*day)),
                        confidence: confidence.map(|c| Confidence::new(c).unwrap()),
                        note: note.clone(),
                        // Random values, some far from start and target.
                        sure: true,
                    },
                )
                .unwrap();
            }
            for (a, day, factor, weight, reason) in &k.changes {
                let ctx = Ctx {
                    user: authors[*a].into(),
                    ..ctx.clone()
                };
                let target = factor
                    .filter(|_| k.kind != KrKind::Boolean)
                    .map(|f| k.target * f);
                // A change the key result's kind or title does not allow is refused, as
                // from the command line; what is recorded must travel.
                let _ = super::krs::edit(
                    store,
                    &ctx,
                    &added.kr.id.to_string(),
                    super::krs::EditKr {
                        target,
                        weight: *weight,
                        reason: reason.clone(),
                        from: Some(NaiveDate::from_ymd_opt(2026, 10, 1).unwrap() + Days::new(*day)),
                        ..Default::default()
                    },
                );
            }
        }
        for (a, topic, text) in &o.reflections {
            let ctx = Ctx {
                user: authors[*a].into(),
                ..ctx.clone()
            };
            let topic = crate::store::reflections::Topic::ALL[*topic]
                .parse()
                .unwrap();
            super::review::note(store, &ctx, &objective.id.to_string(), topic, text).unwrap();
        }
    }
}

fn files(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = crate::exchange::files::collect(dir)
        .unwrap()
        .into_iter()
        .map(|p| {
            (
                p.strip_prefix(dir).unwrap().display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn export_import_export_gives_the_same_bytes(plan in plan()) {
        let ctx = Ctx::at(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(), "ann");
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let mut first = Store::in_memory().unwrap();
        build(&mut first, &plan);
        export(&mut first, &ctx, (Some("2026-Q4"), None), &Target::Dir(a.path().to_path_buf()), &mut |_, _| {}).unwrap();
        // Exporting twice gives the same bytes.
        let once = files(a.path());
        export(&mut first, &ctx, (Some("2026-Q4"), None), &Target::Dir(a.path().to_path_buf()), &mut |_, _| {}).unwrap();
        prop_assert_eq!(&once, &files(a.path()));

        let mut second = Store::in_memory().unwrap();
        let parsed = scan(&[a.path().to_path_buf()]).unwrap();
        import(&mut second, &ctx, &parsed, false, &mut |_, _| {}).unwrap();
        export(&mut second, &ctx, (Some("2026-Q4"), None), &Target::Dir(b.path().to_path_buf()), &mut |_, _| {}).unwrap();
        prop_assert_eq!(once, files(b.path()));

        // Importing the same files again changes nothing: skipped as known, and read
        // whole once the database has forgotten them.
        let again = import(&mut second, &ctx, &parsed, false, &mut |_, _| {}).unwrap();
        prop_assert!(!again.changed(), "{:?}", again);
        prop_assert_eq!(again.unchanged_files, again.files);
        second.write(&ctx.head("test", None), |tx| {
            crate::store::known::forget_all(tx)?;
            Ok(((), String::new()))
        }).unwrap();
        let read_whole = import(&mut second, &ctx, &parsed, false, &mut |_, _| {}).unwrap();
        prop_assert!(!read_whole.changed(), "{:?}", read_whole);
        prop_assert_eq!(read_whole.unchanged_files, 0);

        // The history and the reflections arrived whole (the bytes above say they are
        // the same; this says they are there).
        let history = |s: &mut Store| {
            s.read(|tx| {
                let scope = crate::store::Scope::default();
                let revisions: Vec<_> = crate::store::measures::list(tx, &scope)?
                    .into_iter()
                    .map(|r| (r.from, r.start, r.target, r.weight, r.reason, r.author))
                    .collect();
                Ok((revisions, crate::store::exchange::reflection_rows(tx, &scope)?))
            })
            .unwrap()
        };
        let (mut was, mut now) = (history(&mut first), history(&mut second));
        for h in [&mut was, &mut now] {
            h.0.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
            h.1.sort_by(|a, b| a.uid.cmp(&b.uid));
        }
        prop_assert_eq!(was, now);
    }
}
