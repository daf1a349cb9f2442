//! On-demand benchmark at organisation scale: 10,000 objectives, 50,000 key results and
//! 1,000,000 check-ins in one database, then the everyday commands timed against it.
//!
//! ```text
//! cargo run --release --example bench -- [PATH]   # default: a temp file
//! ```
//!
//! It measures; it asserts nothing. Where `sqlite3` is installed (`apt-get install
//! sqlite3`), each command is also timed against a floor: sqlite3 doing the same work on
//! the same file in the same run (reading the rows a report reads, writing the check-ins
//! an export writes, loading them in one transaction as an import does). The ratio is
//! the number to quote: these machines are noisy, ratios are not.

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
    let ctx = Ctx::at(today, "owner-0");

    let (mut store, _) = Store::init(&path)?;
    let t = Instant::now();
    store.write(&ctx.head("add", None), |tx| {
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
                let kr = store::krs::insert(tx, &new, &m, cycle.start)?;
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
        Ok(((), "seeded the benchmark".to_string()))
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
    let q = &cycle.name;
    let report_floor = format!(
        "SELECT k.id, k.start, k.target, k.weight, c.date, c.value FROM checkin c
         JOIN key_result k ON k.id = c.kr_id JOIN objective o ON o.id = k.objective_id
         WHERE o.cycle = '{q}' ORDER BY c.kr_id, c.date, c.id;"
    );
    let floor = |name: &str, script: &str| sqlite3(&path, name, script);
    floor("reads the same rows", &report_floor);
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
    floor(
        "latest value per key result",
        &format!(
            "SELECT k.*, (SELECT value FROM checkin c WHERE c.kr_id = k.id ORDER BY date DESC, id DESC LIMIT 1)
             FROM key_result k JOIN objective o ON o.id = k.objective_id WHERE o.cycle = '{q}';"
        ),
    );
    time("kr list", &mut || {
        ops::krs::list(&mut store, &ctx, &all).map(|r| r.len())
    })?;
    time("objective show 5000", &mut || {
        ops::objectives::show(&mut store, &ctx, "5000").map(|s| s.key_results.len())
    })?;
    time("checkin list (50 newest)", &mut || {
        ops::checkins::list(&mut store, None, None, Some(50)).map(|r| r.0.len())
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

    // Team files: the whole cycle exported (500 authors' files), exported again with
    // nothing changed, and imported into a new database.
    let team = dir.path().join("team");
    let csv = dir.path().join("floor.csv");
    floor(
        "writes the check-ins out",
        &format!(
            ".mode csv\n.output {}\nSELECT c.uid, k.uid, c.date, c.value, c.confidence, c.note, c.author
             FROM checkin c JOIN key_result k ON k.id = c.kr_id JOIN objective o ON o.id = k.objective_id
             WHERE o.cycle = '{q}' ORDER BY c.author, c.date, c.uid;",
            csv.display()
        ),
    );
    let target = ops::export::Target::Dir(team.clone());
    time("export (whole cycle, new files)", &mut || {
        ops::export::export(&mut store, &ctx, Some(q), None, &target).map(|e| e.files.len())
    })?;
    time("export again (nothing changed)", &mut || {
        ops::export::export(&mut store, &ctx, Some(q), None, &target)
            .map(|e| e.files.iter().filter(|f| f.changed).count())
    })?;
    let fresh = dir.path().join("fresh.db");
    let floor_db = dir.path().join("floor.db");
    sqlite3(
        &floor_db,
        "loads them in one transaction",
        &format!(
            "CREATE TABLE c (uid TEXT PRIMARY KEY, kr TEXT, date TEXT, value REAL, confidence INT, note TEXT, author TEXT);\n.mode csv\n.import {} c\n",
            csv.display()
        ),
    );
    let (mut new_store, _) = Store::init(&fresh)?;
    // The seeded check-ins run to late November: import them as of the cycle's end,
    // when none of them is in the future.
    let at_end = Ctx {
        today: cycle.end,
        ..ctx.clone()
    };
    time("import (whole cycle, new database)", &mut || {
        let scanned = ops::import::scan(std::slice::from_ref(&team))?;
        ops::import::import(&mut new_store, &at_end, &scanned, false, &mut |_, _| {})
            .map(|s| s.checkins.added)
    })?;
    Ok(())
}

/// Runs a sqlite3 shell script on `db` and prints how long it took: the floor.
fn sqlite3(db: &std::path::Path, name: &str, script: &str) {
    use std::io::Write;
    let t = Instant::now();
    let child = std::process::Command::new("sqlite3")
        .arg(db)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn();
    let Ok(mut child) = child else {
        println!("  floor: sqlite3 not available");
        return;
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(script.as_bytes());
    }
    match child.wait() {
        Ok(s) if s.success() => println!("  floor: sqlite3 {name:<32} {:>10.1?}", t.elapsed()),
        _ => println!("  floor: sqlite3 failed on: {name}"),
    }
}
