//! Team files are other people's commits. Each test here is an attack a teammate could
//! commit (or a slip anyone makes), run the way the victim runs okr: `git pull && okr
//! sync`. None of them may write or read outside the team folder, put words in someone
//! else's mouth, or break the next sync.

use std::path::{Path, PathBuf};

use crate::harness::{Env, command};

/// A team directory `team/` with `okr.toml` and an `okrs/` folder, in the env's temp dir.
fn team(env: &Env) -> PathBuf {
    let root = env.dir.path().join("team");
    std::fs::create_dir_all(root.join("okrs")).unwrap();
    std::fs::write(root.join("okr.toml"), "[team]\nfiles = \"okrs\"\n").unwrap();
    root
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// `okr ARGS` run inside `dir`, as `user`; (exit code, stdout, stderr).
fn run_in(env: &Env, dir: &Path, user: &str, args: &[&str]) -> (i32, String, String) {
    let out = command(&env.db(), "2026-11-23", user, args)
        .current_dir(dir)
        .output()
        .expect("run okr");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Runs `okr sync` in `dir`; it must fail with one sentence and change nothing in the
/// database. Returns stderr.
fn sync_refused(env: &Env, dir: &Path) -> String {
    let before = env.dump();
    let (code, stdout, stderr) = run_in(env, dir, "alice", &["sync"]);
    assert_eq!(code, 2, "sync should be refused: {stdout}{stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.lines().count() <= 2, "{stderr}");
    assert_eq!(before, env.dump(), "a refused sync changed the database");
    stderr
}

fn sync_ok(env: &Env, dir: &Path, user: &str) -> String {
    let (code, stdout, stderr) = run_in(env, dir, user, &["sync"]);
    assert_eq!(code, 0, "sync failed: {stderr}");
    stdout
}

const QUARTER: &str = "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Make reports instant\"\nowner = \"platform\"\n\n  [[objective.kr]]\n  title = \"Cut p95 from 800 ms to 200 ms\"\n  start = 800\n  target = 200\n  unit = \"ms\"\n";

#[cfg(unix)]
#[test]
fn a_link_committed_at_the_temporary_path_overwrites_nothing() {
    let env = Env::init();
    let root = team(&env);
    let bashrc = env.dir.path().join("home/.bashrc");
    write(&bashrc, "# my shell\n");
    // Mallory commits a link where okr used to write its temporary file, and a title
    // that would run in a shell.
    std::os::unix::fs::symlink(&bashrc, root.join("okrs/2026-Q4.toml.okr-tmp")).unwrap();
    write(
        &root.join("okrs/2026-Q4.toml"),
        "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"$(touch /tmp/pwned)\"\n",
    );
    let out = sync_ok(&env, &root, "alice");
    assert!(out.contains("Wrote okrs/2026-Q4.toml"), "{out}");
    assert_eq!(read(&bashrc), "# my shell\n");
    assert!(read(&root.join("okrs/2026-Q4.toml")).contains("title = \"$(touch /tmp/pwned)\""));

    // A link at the file itself is refused, not followed.
    std::fs::remove_file(root.join("okrs/2026-Q4.toml")).unwrap();
    std::os::unix::fs::symlink(&bashrc, root.join("okrs/2026-Q4.toml")).unwrap();
    let err = sync_refused(&env, &root);
    assert!(err.contains("outside"), "{err}");
    let (code, _, err) = run_in(&env, &root, "alice", &["export"]);
    assert_eq!(code, 2);
    assert!(err.contains("outside"), "{err}");
    assert_eq!(read(&bashrc), "# my shell\n");
}

#[test]
fn cycle_names_cannot_climb_out_of_the_team_folder() {
    let env = Env::init();
    let root = team(&env);
    for name in [
        "../../home/.config/okr/config",
        "/tmp/okr-attack",
        ".",
        "a\\u0000b",
        "two/parts",
    ] {
        let file = root.join("okrs/evil.toml");
        write(
            &file,
            &format!(
                "cycle = \"{name}\"\nstart = 2026-10-01\nend = 2026-12-31\n\n[[objective]]\ntitle = \"Take over\"\n"
            ),
        );
        let err = sync_refused(&env, &root);
        assert!(
            err.starts_with(&format!("error: {}:1:9: cycle name", file.display())),
            "{name}: {err}"
        );
    }
    assert!(!env.dir.path().join("home").exists());
    assert!(!Path::new("/tmp/okr-attack.toml").exists());
    // The CLI refuses the same names.
    env.refuses(&[
        "cycle",
        "add",
        "../escape",
        "--start",
        "2026-10-01",
        "--end",
        "2026-12-31",
    ]);
}

#[cfg(unix)]
#[test]
fn export_never_writes_through_a_linked_folder_or_outside_the_team() {
    let env = Env::init();
    let root = team(&env);
    env.ok(&["objective", "add", "Make reports instant"]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Cut p95 from 800 to 200 ms",
        "--start",
        "800",
        "--target",
        "200",
    ]);
    env.ok(&["checkin", "@k1", "500"]);
    let elsewhere = env.dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, root.join("okrs/checkins")).unwrap();
    let (code, _, err) = run_in(&env, &root, "alice", &["export"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("okrs/checkins` is a symbolic link"), "{err}");
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);

    // `files` in a committed okr.toml must stay inside the team directory.
    for files in ["/tmp", "../..", "okrs/../../x"] {
        write(
            &root.join("okr.toml"),
            &format!("[team]\nfiles = \"{files}\"\n"),
        );
        let (code, _, err) = run_in(&env, &root, "alice", &["export"]);
        assert_eq!(code, 2, "{files}: {err}");
        assert!(
            err.starts_with(&format!(
                "error: {}:2:9: `files`",
                root.join("okr.toml").display()
            )),
            "{files}: {err}"
        );
    }
}

#[cfg(unix)]
#[test]
fn import_never_reads_a_link_that_leaves_the_team_folder() {
    let env = Env::init();
    let root = team(&env);
    let secret = env.dir.path().join("secret.toml");
    write(&secret, QUARTER);
    std::os::unix::fs::symlink(&secret, root.join("okrs/stolen.toml")).unwrap();
    let err = sync_refused(&env, &root);
    assert!(err.contains("outside"), "{err}");
    env.refuses(&["import", root.join("okrs").to_str().unwrap()]);

    // A link that stays inside is read, once.
    std::fs::remove_file(root.join("okrs/stolen.toml")).unwrap();
    write(&root.join("okrs/2026-Q4.toml"), QUARTER);
    std::os::unix::fs::symlink(
        root.join("okrs/2026-Q4.toml"),
        root.join("okrs/current.toml"),
    )
    .unwrap();
    assert_eq!(
        env.ok(&["import", root.join("okrs").to_str().unwrap()]),
        "Imported 1 file: objectives 1 added; key results 1 added\n"
    );
}

#[test]
fn a_checkin_file_cannot_speak_for_someone_else() {
    let env = Env::init();
    let root = team(&env);
    write(&root.join("okrs/2026-Q4.toml"), QUARTER);
    let forged = root.join("okrs/checkins/2026-Q4/mallory.toml");
    write(
        &forged,
        "author = \"tester\"\n\n[[checkin]]\nkr = \"Cut p95 from 800 ms to 200 ms\"\ndate = 2026-11-20\nvalue = 200\n",
    );
    let err = sync_refused(&env, &root);
    assert_eq!(
        err,
        format!(
            "error: {}:1:10: this check-in file is named `mallory` but says its author is `tester`: a check-in file holds only its own author's check-ins\nhint: name the file after its author (`tester.toml`), or correct `author`\n",
            forged.display()
        )
    );
    // Nor can one entry in a person's own file claim another author.
    write(
        &forged,
        "author = \"mallory\"\n\n[[checkin]]\nkr = \"Cut p95 from 800 ms to 200 ms\"\ndate = 2026-11-20\nvalue = 200\nauthor = \"tester\"\n",
    );
    let err = sync_refused(&env, &root);
    assert!(
        err.contains(":7:10: this check-in names `tester` as its author"),
        "{err}"
    );
    // Lint in CI catches it before it is merged.
    let (code, _, err) = run_in(&env, &root, "alice", &["lint", "okrs"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn hand_written_files_named_any_way_sync_forever() {
    let env = Env::init();
    let root = team(&env);
    write(
        &root.join("okrs/goals.toml"),
        &format!("# Our goals, by hand\n{QUARTER}"),
    );
    write(
        &root.join("okrs/checkins/2026-Q4/bob.toml"),
        "author = \"Bob Smith\"\n\n[[checkin]]\nkr = \"Cut p95 from 800 ms to 200 ms\"\ndate = 2026-11-20\nvalue = 500\n",
    );
    let first = sync_ok(&env, &root, "alice");
    assert_eq!(
        first,
        "Imported 2 files: objectives 1 added; key results 1 added; check-ins 1 added\n\
         Wrote okrs/goals.toml\nWrote okrs/.gitattributes\nWrote okrs/checkins/.gitattributes\nWrote okrs/checkins/2026-Q4/bob.toml\n"
    );
    let snapshot = |root: &Path| -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = walk(&root.join("okrs"))
            .into_iter()
            .map(|p| (p.display().to_string(), read(&p)))
            .collect();
        files.sort();
        files
    };
    let (files, db) = (snapshot(&root), env.dump());
    for _ in 0..2 {
        assert_eq!(
            sync_ok(&env, &root, "alice"),
            "Nothing to import: the database already holds everything in 2 files.\n\
             Unchanged okrs/goals.toml\nUnchanged okrs/checkins/2026-Q4/bob.toml\n"
        );
        assert_eq!(snapshot(&root), files, "a later sync changed the files");
        assert_eq!(env.dump(), db, "a later sync changed the database");
    }
    // Ids were filled in where the entries came from: no twin files.
    assert!(read(&root.join("okrs/goals.toml")).starts_with("# Our goals, by hand\ncycle"));
    assert!(!root.join("okrs/2026-Q4.toml").exists());
    assert!(!root.join("okrs/checkins/2026-Q4/Bob_Smith.toml").exists());
}

#[test]
fn twins_left_by_an_older_okr_are_recognised_as_the_same_entries() {
    let env = Env::init();
    let root = team(&env);
    // An older okr exported the hand-written files into twins named after the cycle
    // and the author, with ids filled in.
    write(&root.join("okrs/goals.toml"), QUARTER);
    write(
        &root.join("okrs/checkins/2026-Q4/bob.toml"),
        "author = \"Bob Smith\"\n\n[[checkin]]\nkr = \"Cut p95 from 800 ms to 200 ms\"\ndate = 2026-11-20\nvalue = 500\n",
    );
    sync_ok(&env, &root, "alice");
    let goals = read(&root.join("okrs/goals.toml"));
    let bob = read(&root.join("okrs/checkins/2026-Q4/bob.toml"));
    write(&root.join("okrs/2026-Q4.toml"), &goals);
    write(&root.join("okrs/checkins/2026-Q4/Bob_Smith.toml"), &bob);
    write(&root.join("okrs/goals.toml"), QUARTER);
    write(
        &root.join("okrs/checkins/2026-Q4/bob.toml"),
        "author = \"Bob Smith\"\n\n[[checkin]]\nkr = \"Cut p95 from 800 ms to 200 ms\"\ndate = 2026-11-20\nvalue = 500\n",
    );
    // A teammate with a fresh database syncs: one objective, one check-in, no error.
    let other = Env::init();
    let (code, out, err) = run_in(&other, &root, "carol", &["sync"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(
            "Imported 4 files: objectives 1 added; key results 1 added; check-ins 1 added\n"
        ),
        "{out}"
    );
    let (_, again, _) = run_in(&other, &root, "carol", &["sync"]);
    assert!(again.starts_with("Nothing to import"), "{again}");
    assert!(!again.contains("Wrote"), "{again}");

    // Twins that contradict each other are named, both places.
    write(
        &root.join("okrs/2026-Q4.toml"),
        &goals.replace("owner = \"platform\"", "owner = \"mallory\""),
    );
    let err = sync_refused(&other, &root);
    assert!(err.contains("and the two disagree on `owner`"), "{err}");
}

#[test]
fn odd_author_names_get_files_every_teammate_reads() {
    let env = Env::init();
    let root = team(&env);
    write(&root.join("okrs/2026-Q4.toml"), QUARTER);
    sync_ok(&env, &root, "lead");
    for (user, value) in [
        ("okr", "600"),
        ("..", "550"),
        ("李伟", "500"),
        ("Bob Smith", "450"),
    ] {
        let db = env.dir.path().join(format!("{}.db", value));
        let me = command(&db, "2026-11-23", user, &["init", "-q"])
            .output()
            .unwrap();
        assert!(me.status.success());
        let run = |args: &[&str]| {
            let out = command(&db, "2026-11-23", user, args)
                .current_dir(&root)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{user}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        run(&["import", "-q"]);
        run(&["checkin", "@k1", value, "-q"]);
        run(&["export", "-q"]);
    }
    // Four files, each named safely inside the cycle's folder, and everyone's check-ins
    // come back in through a fresh sync.
    let mut names: Vec<String> = std::fs::read_dir(root.join("okrs/checkins/2026-Q4"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(names.contains(&"okr.toml".to_string()), "{names:?}");
    assert!(names.iter().all(|n| !n.starts_with('.')), "{names:?}");
    let out = sync_ok(&env, &root, "lead");
    assert!(out.contains("check-ins 4 added"), "{out}");

    // A name no file system takes is refused with a sentence, not a broken sync.
    let long = root.join("okrs/checkins/2026-Q4/long.toml");
    write(
        &long,
        &format!("author = \"long {}\"\n", "x".repeat(10_000)),
    );
    let err = sync_refused(&env, &root);
    assert!(err.contains("is longer than 100 characters"), "{err}");
    assert!(err.len() < 400, "the error repeats the whole name: {err}");
}

#[test]
fn values_the_cli_refuses_are_refused_in_files_too() {
    let env = Env::init();
    let root = team(&env);
    write(&root.join("okrs/2026-Q4.toml"), QUARTER);
    sync_ok(&env, &root, "alice");
    let file = root.join("okrs/checkins/2026-Q4/alice.toml");
    for (date, expected) in [
        (
            "9999-12-31",
            "check-in date 9999-12-31 is in the future (today is 2026-11-23)",
        ),
        (
            "2025-06-01",
            "check-in date 2025-06-01 is outside the key result's cycle 2026-Q4 (2026-10-01 to 2026-12-31)",
        ),
    ] {
        write(
            &file,
            &format!(
                "author = \"alice\"\n\n[[checkin]]\nkr = \"Cut p95 from 800 ms to 200 ms\"\ndate = {date}\nvalue = 500\n"
            ),
        );
        let err = sync_refused(&env, &root);
        assert!(
            err.starts_with(&format!("error: {}:5:8: {expected}", file.display())),
            "{err}"
        );
    }
    std::fs::remove_file(&file).unwrap();
    let err = env.refuses(&["checkin", "@k1", "500", "--date", "2025-06-01"]);
    assert!(
        err.contains("outside the key result's cycle 2026-Q4"),
        "{err}"
    );
}

#[test]
fn csv_never_hands_a_spreadsheet_a_formula() {
    let env = Env::init();
    env.ok(&[
        "objective",
        "add",
        "=HYPERLINK(\"http://evil.example\",\"open me\")",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "@SUM(1+1) users from 0 to 10",
        "--target",
        "10",
    ]);
    env.ok(&["checkin", "@k1", "4"]);
    for args in [
        &["report", "--format", "csv"][..],
        &["objective", "list", "--format", "csv"],
        &["kr", "list", "--format", "csv"],
    ] {
        let csv = env.ok(args);
        for line in csv.lines() {
            for cell in line.split(',') {
                let cell = cell.trim_start_matches('"');
                assert!(
                    !cell.starts_with(['=', '@', '+']),
                    "`okr {}` wrote a formula cell: {line}",
                    args.join(" ")
                );
            }
        }
        assert!(
            csv.contains("'=HYPERLINK") || csv.contains("'@SUM"),
            "{csv}"
        );
    }
}

#[test]
fn read_only_commands_never_create_or_convert_a_database() {
    let env = Env::new();
    std::fs::write(env.db(), "").unwrap();
    let out = env.cmd(&["report"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: `{}` is an empty file, not an okr database\nhint: run `okr init` to set it up\n",
            env.db().display()
        )
    );
    assert_eq!(std::fs::metadata(env.db()).unwrap().len(), 0);

    let foreign = env.dir.path().join("firefox.sqlite");
    let conn = rusqlite::Connection::open(&foreign).unwrap();
    conn.execute_batch("CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x');")
        .unwrap();
    drop(conn);
    let before = std::fs::read(&foreign).unwrap();
    for args in [
        &["--db", foreign.to_str().unwrap(), "objective", "list"][..],
        &["--db", foreign.to_str().unwrap(), "init"],
    ] {
        let out = env.cmd(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("is not an okr database"));
    }
    assert_eq!(std::fs::read(&foreign).unwrap(), before);

    // `okr init` turns the empty file into a whole database.
    env.ok(&["init"]);
    env.ok(&["report"]);
}

#[cfg(unix)]
#[test]
fn init_is_whole_private_and_cleans_up_after_a_killed_run() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let db = env.dir.path().join("data/okr/okr.db");
    let folder = db.parent().unwrap();
    std::fs::create_dir_all(folder).unwrap();
    // What a killed `okr init` leaves: its half-set-up temporary file, now stale.
    let stale = folder.join(".okr.db-init-XXXX");
    std::fs::write(&stale, "half").unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();

    let out = command(&db, "2026-11-23", "alice", &["init"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&db), 0o600);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let journal: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(journal, "wal");
    drop(conn);
    let left: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".okr"))
        .collect();
    assert!(left.is_empty(), "{left:?}");

    // A new folder for the database is private.
    let fresh = env.dir.path().join("new/okr.db");
    let out = command(&fresh, "2026-11-23", "alice", &["init"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(mode(fresh.parent().unwrap()), 0o700);
    assert_eq!(mode(&fresh), 0o600);
}

#[cfg(unix)]
#[test]
fn export_keeps_a_private_file_private_and_sweeps_stale_temporary_files() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::init();
    let root = team(&env);
    let file = root.join("okrs/2026-Q4.toml");
    write(&file, QUARTER);
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let stale = root.join("okrs/.okr-tmp-abc123.tmp");
    write(&stale, "half a file");
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    sync_ok(&env, &root, "alice");
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert!(read(&file).contains("id = "));
    assert!(!stale.exists());
}

/// Every file below `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
