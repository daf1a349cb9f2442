//! On-demand benchmark at organisation scale: 10,000 objectives, 50,000 key results and
//! 1,000,000 check-ins in one database, then the everyday commands timed against it.
//!
//! ```text
//! cargo build --release && cargo run --release --example bench -- [PATH]   # PATH: a new file (default: a temp file)
//! ```
//!
//! It measures; it asserts nothing. Where `sqlite3` is installed (`apt-get install
//! sqlite3`), each command is also timed against a floor: sqlite3 doing the same work on
//! the same file in the same run (reading the rows a report reads, writing the check-ins
//! an export writes as CSV, loading that CSV with its unique index as an import does).
//! The ratio is the number to quote: these machines are noisy, ratios are not. For team
//! files it prints each ratio next to the one the project holds itself to (export 2x,
//! first import 3x, an import with nothing or little changed 0.1x), and each import's
//! peak memory (imports run in a child process: `bench --import DB DIR`). With the `okr`
//! binary built, it also runs the reports, `lint` and the lists as people and cron do,
//! output included (`bench --measure okr ARGS…` reports each one's peak memory),
//! against sqlite3 scanning the check-ins up to the as-of date, measured right beside
//! each command (the two interleaved, three runs each, the best of each: the machine's
//! load drifts, and a floor taken minutes earlier is not the same floor), and `okr
//! --version` against a static hello-world built with the toolchain at hand (`true`
//! without one); `bench --startup` measures only that.

mod startup;

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use okr::model::{Cycle, KrKind, Level, NewKeyResult, NewObjective, ObjectiveId, ObjectiveKind};
use okr::ops::{self, Ctx};
use okr::store::checkins::NewCheckIn;
use okr::store::{self, Scope, Store};

const OBJECTIVES: usize = 10_000;
const KRS_PER_OBJECTIVE: usize = 5;
const CHECKINS_PER_KR: usize = 20;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if let [_, flag, db, team] = args.as_slice()
        && flag == "--import"
    {
        return import_only(Path::new(db), Path::new(team));
    }
    if let [_, flag, command @ ..] = args.as_slice()
        && flag == "--measure"
    {
        return measure_only(command);
    }
    if let [_, flag] = args.as_slice()
        && flag == "--startup"
    {
        return match okr_binary()? {
            Some(okr) => startup::startup(&okr),
            None => Err("okr is not built: cargo build --release".into()),
        };
    }
    let dir = tempfile::tempdir()?;
    let path = std::env::args()
        .nth(1)
        .map_or_else(|| dir.path().join("bench.db"), Into::into);
    // Seeding into a database that has data would double it: the figures would be for
    // another scale.
    if path.exists() {
        return Err(format!(
            "{} exists: the benchmark seeds a new database; give a path that does not exist",
            path.display()
        )
        .into());
    }
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).ok_or("date")?;
    let cycle = Cycle::quarter_of(today);
    let ctx = Ctx::at(today, "owner-0");

    let (mut store, _) = Store::init(&path)?;
    let t = Instant::now();
    store.write(&ctx.head("add", None), |tx| {
        for o in 0..OBJECTIVES {
            let level = [Level::Company, Level::Team, Level::Personal][(o * 7 / OBJECTIVES).min(2)];
            let parent = (o >= 10).then(|| ObjectiveId::row((o / 10) as i64 + 1));
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

    let time = |name: &str, f: &mut dyn FnMut() -> okr::Result<usize>| -> okr::Result<Duration> {
        settle();
        let t = Instant::now();
        let n = f()?;
        let took = t.elapsed();
        println!("{name:<40} {took:>10.1?}  ({n} rows)");
        Ok(took)
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
    // An objective and a key result from the middle of the list, named as okr names them.
    let krs = ops::krs::list(&mut store, &ctx, &all)?;
    let (o5000, k25000) = (
        krs[4999 * KRS_PER_OBJECTIVE].kr.objective.to_string(),
        krs[24999].kr.id.to_string(),
    );
    time("objective show (one of 10,000)", &mut || {
        ops::objectives::show(&mut store, &ctx, &o5000).map(|s| s.key_results.len())
    })?;
    time("checkin list (50 newest)", &mut || {
        ops::checkins::list(&mut store, None, None, Some(50)).map(|r| r.0.len())
    })?;
    time("checkin +1 (one of 50,000 key results)", &mut || {
        let r = ops::checkins::Record {
            kr: k25000.clone(),
            value: okr::model::ValueInput::Change(1.0),
            date: None,
            confidence: None,
            note: None,
            sure: true,
        };
        ops::checkins::record(&mut store, &ctx, r).map(|_| 1)
    })?;

    cli_commands(&path, today)?;

    // Team files: the whole cycle exported (500 authors' files), exported again with
    // nothing changed, then imported into a new database: whole, again with nothing
    // changed, and after a pull that changed five authors' files. Each import runs in a
    // child process, which reports its peak memory.
    let team = dir.path().join("team");
    let csv = dir.path().join("floor.csv");
    let write_floor = floor(
        "writes the check-ins out",
        &format!(
            ".mode csv\n.output {}\nSELECT c.uid, k.uid, c.date, c.value, c.confidence, c.note, c.author
             FROM checkin c JOIN key_result k ON k.id = c.kr_id JOIN objective o ON o.id = k.objective_id
             WHERE o.cycle = '{q}' ORDER BY c.author, c.date, c.uid;",
            csv.display()
        ),
    );
    let target = ops::export::Target::Dir(team.clone());
    let t = time("export (whole cycle, new files)", &mut || {
        ops::export::export(&mut store, &ctx, (Some(q), None), &target, &mut |_, _| {})
            .map(|e| e.files.len())
    })?;
    ratio(t, write_floor, 2.0);
    let t = time("export again (nothing changed)", &mut || {
        ops::export::export(&mut store, &ctx, (Some(q), None), &target, &mut |_, _| {})
            .map(|e| e.files.iter().filter(|f| f.changed).count())
    })?;
    ratio(t, write_floor, 2.0);
    // sqlite3's fastest load of the same rows with their unique index: the rows first,
    // the index built after.
    let load_floor = sqlite3(
        &dir.path().join("floor.db"),
        "loads them, unique index included",
        &format!(
            "CREATE TABLE c (uid TEXT, kr TEXT, date TEXT, value REAL, confidence INT, note TEXT, author TEXT);\n.mode csv\n.import {} c\nCREATE UNIQUE INDEX c_by_uid ON c (uid);\n",
            csv.display()
        ),
    );
    let fresh = dir.path().join("fresh.db");
    Store::init(&fresh)?;
    let t = import_child(&fresh, &team, "import (whole cycle, new database)")?;
    ratio(t, load_floor, 3.0);
    let t = import_child(&fresh, &team, "import again (nothing changed)")?;
    ratio(t, load_floor, 0.1);
    let mut authors = okr::exchange::files::collect(&team.join("checkins").join(q))?;
    authors.truncate(5);
    for a in &authors {
        let text = std::fs::read_to_string(a)?;
        std::fs::write(a, text.replacen(", value = 0,", ", value = 1,", 1))?;
    }
    let t = import_child(&fresh, &team, "import after a pull (5 files changed)")?;
    ratio(t, load_floor, 0.1);
    Ok(())
}

/// Prints okr's time as a ratio to the floor, and the ratio it should stay within.
pub(crate) fn ratio(t: Duration, floor: Option<Duration>, within: f64) {
    if let Some(f) = floor {
        let r = t.as_secs_f64() / f.as_secs_f64();
        let verdict = if r <= within { "ok" } else { "OVER" };
        println!("  = {r:.2}x the floor (within {within}x: {verdict})");
    }
}

/// Runs `okr import` of `team` into `db` in a child process (this binary with
/// `--import`): its wall time, and the child's peak memory printed.
fn import_child(
    db: &Path,
    team: &Path,
    name: &str,
) -> Result<Duration, Box<dyn std::error::Error>> {
    settle();
    let t = Instant::now();
    let out = std::process::Command::new(std::env::current_exe()?)
        .arg("--import")
        .arg(db)
        .arg(team)
        .output()?;
    let took = t.elapsed();
    let said = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        return Err(format!("{name} failed: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    println!("{name:<40} {took:>10.1?}  ({})", said.trim());
    Ok(took)
}

/// The child of [`import_child`]: imports as of the cycle's end (the seeded check-ins
/// run to late November) and prints what it did and its peak memory.
fn import_only(db: &Path, team: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).ok_or("date")?;
    let ctx = Ctx::at(Cycle::quarter_of(today).end, "owner-0");
    let mut store = Store::open(db)?;
    let scanned = ops::import::scan(&[team.to_path_buf()])?;
    let s = ops::import::import(&mut store, &ctx, &scanned, false, &mut |_, _| {})?;
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|st| {
            st.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    println!(
        "{} check-ins added, {} updated, {} of {} files skipped; peak memory {peak}",
        s.checkins.added, s.checkins.updated, s.unchanged_files, s.files
    );
    Ok(())
}

/// Runs a sqlite3 shell script on `db` and prints how long it took: the floor.
fn sqlite3(db: &Path, name: &str, script: &str) -> Option<Duration> {
    match sqlite3_run(db, script) {
        Some(Ok(took)) => {
            println!("  floor: sqlite3 {name:<32} {took:>10.1?}");
            Some(took)
        }
        Some(Err(())) => {
            println!("  floor: sqlite3 failed on: {name}");
            None
        }
        None => {
            println!("  floor: sqlite3 not available");
            None
        }
    }
}

/// How long a sqlite3 shell script on `db` takes, quietly; `None` without sqlite3 or
/// when it fails.
fn sqlite3_time(db: &Path, script: &str) -> Option<Duration> {
    sqlite3_run(db, script)?.ok()
}

/// Runs a sqlite3 shell script on `db`: how long it took, `Err` if it failed, `None`
/// without sqlite3.
fn sqlite3_run(db: &Path, script: &str) -> Option<Result<Duration, ()>> {
    use std::io::Write;
    settle();
    let t = Instant::now();
    let child = std::process::Command::new("sqlite3")
        .arg(db)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn();
    let Ok(mut child) = child else {
        return None;
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(script.as_bytes());
    }
    match child.wait() {
        Ok(s) if s.success() => Some(Ok(t.elapsed())),
        _ => Some(Err(())),
    }
}

/// Writes out what earlier steps left dirty, so that no measurement pays for another's
/// writes.
fn settle() {
    let _ = std::process::Command::new("sync").status();
}

/// The commands as people and cron run them, output included: the `okr` binary in a
/// child process, against the floor of sqlite3 scanning the check-ins a report depends
/// on (count, sum and latest date of those up to the as-of date).
fn cli_commands(db: &Path, today: NaiveDate) -> Result<(), Box<dyn std::error::Error>> {
    let Some(okr) = okr_binary()? else {
        println!("okr binary not built (cargo build --release): its commands are not timed");
        return Ok(());
    };
    let okr = okr.to_string_lossy().into_owned();
    // The best of three runs, here and for each command: these machines are noisy.
    let scan = format!(
        "SELECT count(*), sum(value), max(date) FROM checkin NOT INDEXED WHERE date <= '{today}';"
    );
    let as_of = today.to_string();
    let report = |extra: &[&str]| -> Vec<String> {
        ["report", "--as-of", &as_of]
            .iter()
            .chain(extra)
            .map(|s| s.to_string())
            .collect()
    };
    let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
    for (args, within) in [
        (report(&[]), 2.0),
        (report(&["--format", "markdown"]), 2.0),
        (report(&["--format", "csv"]), 2.0),
        (report(&["--tree"]), 2.0),
        (report(&["--week"]), 2.0),
        (report(&["--format", "json"]), 3.0),
        (words("score"), 2.0),
        (words("review"), 2.0),
    ] {
        // The floor and the command in turn, three times; the best of each.
        let (mut took, mut peak, mut floor) = (Duration::MAX, 0u64, None::<Duration>);
        for _ in 0..3 {
            if let Some(f) = sqlite3_time(db, &scan) {
                floor = Some(floor.map_or(f, |best| best.min(f)));
            }
            let (t, p) = run_once(&okr, db, today, &args)?;
            took = took.min(t);
            peak = peak.max(p.parse().unwrap_or(0));
        }
        let floor_ms = floor.map_or_else(|| "–".to_string(), |f| format!("{f:.1?}"));
        println!(
            "okr {:<35} {took:>10.1?}  (peak memory {peak} kB; floor beside it {floor_ms})",
            args.join(" ")
        );
        ratio(took, floor, within);
    }
    for args in ["lint", "objective list", "kr list"] {
        let (took, peak) = run_child(&okr, db, today, &words(args))?;
        let verdict = if took.as_secs_f64() < 0.5 {
            "ok"
        } else {
            "OVER"
        };
        println!("okr {args:<35} {took:>10.1?}  (peak memory {peak} kB; under 0.5s: {verdict})");
    }
    startup::startup(Path::new(&okr))
}

/// The `okr` binary built beside this benchmark (`target/release/okr`), if it is built.
fn okr_binary() -> Result<Option<std::path::PathBuf>, Box<dyn std::error::Error>> {
    Ok(std::env::current_exe()?
        .parent()
        .and_then(Path::parent)
        .map(|d| d.join("okr"))
        .filter(|p| p.exists()))
}

/// Runs `okr ARGS` three times: the best time, and the highest peak memory in kB.
fn run_child(
    okr: &str,
    db: &Path,
    today: NaiveDate,
    args: &[String],
) -> Result<(Duration, String), Box<dyn std::error::Error>> {
    let mut best: Option<(Duration, u64)> = None;
    for _ in 0..3 {
        let (took, peak) = run_once(okr, db, today, args)?;
        let peak: u64 = peak.parse().unwrap_or(0);
        best = Some(best.map_or((took, peak), |(t, p)| (t.min(took), p.max(peak))));
    }
    let (took, peak) = best.ok_or("no run")?;
    Ok((took, peak.to_string()))
}

/// Runs `okr ARGS` through `bench --measure` (so that its peak memory is its own):
/// its time and peak memory in kB.
fn run_once(
    okr: &str,
    db: &Path,
    today: NaiveDate,
    args: &[String],
) -> Result<(Duration, String), Box<dyn std::error::Error>> {
    settle();
    let out = std::process::Command::new(std::env::current_exe()?)
        .arg("--measure")
        .arg(okr)
        .args(args)
        .env("OKR_DB", db)
        .env("OKR_TODAY", today.to_string())
        .env("NO_COLOR", "1")
        .output()?;
    let said = String::from_utf8_lossy(&out.stdout);
    let mut words = said.split_whitespace();
    match (
        words.next().and_then(|w| w.parse::<f64>().ok()),
        words.next(),
    ) {
        (Some(secs), Some(peak)) if out.status.success() => {
            Ok((Duration::from_secs_f64(secs), peak.to_string()))
        }
        _ => Err(format!(
            "okr {} failed: {}{}",
            args.join(" "),
            said,
            String::from_utf8_lossy(&out.stderr)
        )
        .into()),
    }
}

/// `bench --measure COMMAND…`: runs it with its output discarded, and prints its wall
/// time in seconds and its peak memory in kB (the only child of this process).
fn measure_only(command: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let [program, args @ ..] = command else {
        return Err("--measure needs a command".into());
    };
    let t = Instant::now();
    let status = std::process::Command::new(program)
        .args(args)
        .stdout(std::process::Stdio::null())
        .status()?;
    let took = t.elapsed();
    if !status.success() {
        return Err(format!("{program} exited with {status}").into());
    }
    // SAFETY: getrusage writes into the struct it is given, nothing else.
    let peak = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage.ru_maxrss
    };
    println!("{} {peak}", took.as_secs_f64());
    Ok(())
}
