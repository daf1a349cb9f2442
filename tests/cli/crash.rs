//! `kill -9` at any moment: `okr import` and `okr export` leave the database and the
//! files as they were before, or as they are after, never in between.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::harness::{Env, command};

const CHECKINS: usize = 8_000;

/// A team folder with one key result and a check-in file of `CHECKINS` entries.
fn big_team_folder(env: &Env) -> std::path::PathBuf {
    let okrs = env.dir.path().join("okrs");
    std::fs::create_dir_all(okrs.join("checkins/2026-Q4")).unwrap();
    std::fs::write(
        okrs.join("2026-Q4.toml"),
        "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Survive a crash\"\n\n  [[objective.kr]]\n  title = \"Grow from 0 to 100000\"\n  target = 100000\n",
    )
    .unwrap();
    let mut text = String::from("author = \"alice\"\ncycle = \"2026-Q4\"\n");
    for i in 0..CHECKINS {
        text.push_str(&format!(
            "\n[[checkin]]\nid = \"{:032x}\"\nkr = \"Grow from 0 to 100000\"\ndate = 2026-11-{:02}\nvalue = {i}\n",
            i + 1,
            1 + i % 20
        ));
    }
    std::fs::write(okrs.join("checkins/2026-Q4/alice.toml"), text).unwrap();
    okrs
}

/// A consistent copy of a database (whatever its WAL holds).
fn copy_db(from: &Path, to: &Path) {
    let _ = std::fs::remove_file(to);
    rusqlite::Connection::open(from)
        .unwrap()
        .execute("VACUUM INTO ?1", [to.to_str().unwrap()])
        .unwrap();
}

fn count(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    conn.query_row("SELECT count(*) FROM checkin", [], |r| r.get(0))
        .unwrap()
}

/// Runs `okr ARGS` on `db` and kills it after `after`; returns whether it finished first.
fn run_and_kill(db: &Path, dir: &Path, args: &[&str], after: Duration) -> bool {
    let mut child = command(db, "2026-11-23", "alice", args)
        .current_dir(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(after);
    let finished = child.try_wait().unwrap().is_some();
    let _ = child.kill();
    let _ = child.wait();
    finished
}

#[test]
fn a_killed_import_leaves_the_database_before_or_after() {
    let env = Env::init();
    let okrs = big_team_folder(&env);
    let base = env.dir.path().join("base.db");
    copy_db(&env.db(), &base);
    // How long a whole import takes here, to spread the kills over it.
    let start = Instant::now();
    env.ok(&["import", okrs.to_str().unwrap()]);
    let whole = start.elapsed();
    assert_eq!(count(&env.db()), CHECKINS as i64);
    for i in 0..6u32 {
        let db = env.dir.path().join(format!("kill-{i}.db"));
        copy_db(&base, &db);
        run_and_kill(
            &db,
            env.dir.path(),
            &["import", okrs.to_str().unwrap()],
            whole * i / 5,
        );
        let n = count(&db);
        assert!(
            n == 0 || n == CHECKINS as i64,
            "kill {i}: {n} check-ins, half an import"
        );
    }
}

#[test]
fn a_killed_export_leaves_each_file_before_or_after() {
    let env = Env::init();
    let okrs = big_team_folder(&env);
    env.ok(&["import", okrs.to_str().unwrap()]);
    let team = env.dir.path();
    std::fs::write(team.join("okr.toml"), "[team]\nfiles = \"okrs\"\n").unwrap();
    // Before: the files as imported. After: what an export of one more check-in writes.
    let before = std::fs::read(okrs.join("checkins/2026-Q4/alice.toml")).unwrap();
    env.ok(&["checkin", "@k1", "99999"]);
    let reference = env.dir.path().join("reference");
    env.ok(&["export", "--out", reference.to_str().unwrap()]);
    let after = std::fs::read(reference.join("checkins/2026-Q4/alice.toml")).unwrap();
    assert_ne!(before, after);
    let start = Instant::now();
    env.ok(&[
        "export",
        "--out",
        env.dir.path().join("timing").to_str().unwrap(),
    ]);
    let whole = start.elapsed();
    for i in 0..6u32 {
        std::fs::write(okrs.join("checkins/2026-Q4/alice.toml"), &before).unwrap();
        run_and_kill(&env.db(), team, &["export"], whole * i / 5);
        let now = std::fs::read(okrs.join("checkins/2026-Q4/alice.toml")).unwrap();
        assert!(
            now == before || now == after,
            "kill {i}: a half-written file"
        );
    }
}
