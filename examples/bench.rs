//! On-demand benchmark at organisation scale: 10,000 objectives, 50,000 key results and
//! 1,000,000 check-ins in one database, then the everyday commands timed against it.
//!
//! ```text
//! cargo run --release --example bench -- [PATH]   # default: a temp file
//! ```
//!
//! It measures; it asserts nothing. Numbers are printed for the reader to judge.

use std::time::Instant;

use chrono::{Days, NaiveDate};
use okr::model::{Cycle, KrKind, Level, NewKeyResult, NewObjective, ObjectiveId, ObjectiveKind};
use okr::ops::{self, Ctx};
use okr::store::checkins::NewCheckIn;
use okr::store::{self, Scope, Store};

const OBJECTIVES: usize = 10_000;
const KRS_PER_OBJECTIVE: usize = 5;
const CHECKINS_PER_KR: usize = 20;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = std::env::args()
        .nth(1)
        .map_or_else(|| dir.path().join("bench.db"), Into::into);
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).ok_or("date")?;
    let cycle = Cycle::quarter_of(today);
    let ctx = Ctx {
        today,
        user: "owner-0".into(),
        thresholds: Default::default(),
    };

    let (mut store, _) = Store::init(&path)?;
    let t = Instant::now();
    store.write(|tx| {
        for o in 0..OBJECTIVES {
            let level = [Level::Company, Level::Team, Level::Personal][(o * 7 / OBJECTIVES).min(2)];
            let parent = (o >= 10).then(|| ObjectiveId((o / 10) as i64 + 1));
            let obj = store::objectives::insert(
                tx,
                &NewObjective {
                    title: format!("Objective number {o}"),
                    description: None,
                    cycle: cycle.name.clone(),
                    level,
                    owner: format!("owner-{}", o % 500),
                    kind: ObjectiveKind::Aspirational,
                    parent,
                },
            )?;
            for k in 0..KRS_PER_OBJECTIVE {
                let (new, m) = NewKeyResult {
                    objective: obj.id,
                    title: format!("Reach {} of something", 100 * (k + 1)),
                    kind: KrKind::Metric,
                    start: Some(0.0),
                    target: Some(100.0 * (k + 1) as f64),
                    unit: "units".into(),
                    weight: 1.0,
                    owner: None,
                    keep: None,
                    due: None,
                }
                .validate()?;
                let kr = store::krs::insert(tx, &new, &m)?;
                for c in 0..CHECKINS_PER_KR {
                    store::checkins::insert(
                        tx,
                        &NewCheckIn {
                            kr: kr.id,
                            value: (c * (k + 1) * 4) as f64,
                            date: cycle.start + Days::new((c * 3) as u64),
                            confidence: Some(7),
                            note: None,
                            author: obj.owner.clone(),
                        },
                    )?;
                }
            }
        }
        Ok(())
    })?;
    println!(
        "seeded {OBJECTIVES} objectives, {} key results, {} check-ins in {:.1?}",
        OBJECTIVES * KRS_PER_OBJECTIVE,
        OBJECTIVES * KRS_PER_OBJECTIVE * CHECKINS_PER_KR,
        t.elapsed()
    );

    let time = |name: &str, f: &mut dyn FnMut() -> okr::Result<usize>| -> okr::Result<()> {
        let t = Instant::now();
        let n = f()?;
        println!("{name:<40} {:>10.1?}  ({n} rows)", t.elapsed());
        Ok(())
    };
    let mut store = Store::open(&path)?;
    let all = Scope::cycle(&cycle.name);
    time("report (whole cycle)", &mut || {
        ops::report::report(&mut store, &ctx, &Default::default()).map(|r| r.summary.key_results)
    })?;
    let mine = ops::report::Request {
        owner: Some("owner-7".into()),
        ..Default::default()
    };
    time("report --owner (one person)", &mut || {
        ops::report::report(&mut store, &ctx, &mine).map(|r| r.summary.key_results)
    })?;
    time("objective list", &mut || {
        ops::objectives::list(&mut store, &ctx, &all).map(|r| r.len())
    })?;
    time("kr list", &mut || {
        ops::krs::list(&mut store, &ctx, &all).map(|r| r.len())
    })?;
    time("objective show 5000", &mut || {
        ops::objectives::show(&mut store, &ctx, "5000").map(|s| s.key_results.len())
    })?;
    time("checkin list (50 newest)", &mut || {
        ops::checkins::list(&mut store, None, None, Some(50)).map(|r| r.len())
    })?;
    time("checkin 25000 +1", &mut || {
        let r = ops::checkins::Record {
            kr: "25000".into(),
            value: okr::model::ValueInput::Change(1.0),
            date: None,
            confidence: None,
            note: None,
        };
        ops::checkins::record(&mut store, &ctx, r).map(|_| 1)
    })?;
    Ok(())
}
