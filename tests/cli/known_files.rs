//! An organisation's team folder is read again at every `git pull && okr sync`, so okr
//! remembers what each file held (a hash of its bytes) and reads only what changed.
//! Each story changes files the way git or a person does, and checks that what changed
//! is read, what did not is skipped, and nothing is ever missed.

use std::path::{Path, PathBuf};

use crate::harness::Env;

const OBJECTIVES: &str = "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Make reports instant\"\nowner = \"platform\"\n\n  [[objective.kr]]\n  title = \"Cut p95 from 800 ms to 200 ms\"\n  start = 800\n  target = 200\n  unit = \"ms\"\n";

/// An author's file in format 1, as an older okr wrote it: one check-in of the key
/// result, with an id made from the author's name.
fn author_file(author: &str, value: u32) -> String {
    let id: String = format!(
        "{:0>32}",
        author
            .bytes()
            .map(|b| format!("{:x}", b % 16))
            .collect::<String>()
    )
    .chars()
    .rev()
    .take(32)
    .collect();
    format!(
        "author = \"{author}\"\n\n[[checkin]]\nid = \"{id}\"\nkr = \"Cut p95 from 800 ms to 200 ms\"\ndate = 2026-11-20\nvalue = {value}\n"
    )
}

/// A team folder with the objectives file and `authors`' files, each with one check-in.
fn folder(env: &Env, authors: &[(&str, u32)]) -> PathBuf {
    let dir = env.dir.path().join("okrs");
    write(&dir.join("2026-Q4.toml"), OBJECTIVES);
    for (author, value) in authors {
        let file = dir.join("checkins/2026-Q4").join(format!("{author}.toml"));
        write(&file, &author_file(author, *value));
    }
    dir
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{text}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Every check-in in the database: author and value.
fn values(env: &Env) -> Vec<(String, f64)> {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mut stmt = conn
        .prepare("SELECT author, value FROM checkin ORDER BY author, value")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// The files the database remembers, relative to `dir`.
fn known(env: &Env, dir: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let root = std::fs::canonicalize(dir).unwrap();
    let mut stmt = conn
        .prepare("SELECT path FROM known_file ORDER BY path")
        .unwrap();
    stmt.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|p| {
            Path::new(&p.unwrap())
                .strip_prefix(&root)
                .unwrap()
                .display()
                .to_string()
        })
        .collect()
}

#[test]
fn what_changed_is_read_and_what_did_not_is_skipped() {
    let env = Env::init();
    let dir = folder(&env, &[("alice", 600), ("bob", 500), ("carol", 700)]);
    let d = dir.to_str().unwrap();
    assert_eq!(
        env.ok(&["import", d]),
        "Imported 4 files: objectives 1 added; key results 1 added; check-ins 3 added\n"
    );
    assert_eq!(
        env.ok(&["import", d]),
        "Nothing to import: the database already holds everything in 4 files.\n"
    );

    // Edited: bob corrects his value. Only his file is read.
    let bob = dir.join("checkins/2026-Q4/bob.toml");
    edit(&bob, "value = 500", "value = 450");
    assert_eq!(
        env.ok(&["import", d]),
        "Imported 1 file (3 unchanged): check-ins 1 updated\n"
    );

    // Changed behind okr's back: the same length and the same modification time. A hash
    // of the bytes sees it; a timestamp would not.
    let carol = dir.join("checkins/2026-Q4/carol.toml");
    let modified = std::fs::metadata(&carol).unwrap().modified().unwrap();
    edit(&carol, "value = 700", "value = 710");
    std::fs::File::options()
        .write(true)
        .open(&carol)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_eq!(
        env.ok(&["import", d]),
        "Imported 1 file (3 unchanged): check-ins 1 updated\n"
    );

    // Replaced whole (a checkout of another version of the file): read.
    let alice = dir.join("checkins/2026-Q4/alice.toml");
    write(
        &alice,
        &format!(
            "{}\n[[checkin]]\nkr = \"Cut p95 from 800 ms to 200 ms\"\ndate = 2026-11-22\nvalue = 550\n",
            author_file("alice", 600)
        ),
    );
    assert_eq!(
        env.ok(&["import", d]),
        "Imported 1 file (3 unchanged): check-ins 1 added\n"
    );

    // Renamed (moved to another folder): read under its new name, the old one forgotten.
    let moved = dir.join("archive/bob.toml");
    std::fs::create_dir_all(moved.parent().unwrap()).unwrap();
    std::fs::rename(&bob, &moved).unwrap();
    assert_eq!(
        env.ok(&["import", d]),
        "Nothing to import: the database already holds everything in 4 files (1 read, 3 unchanged since okr last saw them).\n"
    );
    let remembered = known(&env, &dir);
    assert!(
        remembered.contains(&"archive/bob.toml".to_string()),
        "{remembered:?}"
    );
    assert!(
        !remembered.contains(&"checkins/2026-Q4/bob.toml".to_string()),
        "{remembered:?}"
    );

    // Deleted: nothing to read; the database keeps what it had (import never deletes),
    // and forgets the file, so that it is read again if it comes back.
    std::fs::remove_file(&carol).unwrap();
    assert_eq!(
        env.ok(&["import", d]),
        "Nothing to import: the database already holds everything in 3 files.\n"
    );
    assert!(!known(&env, &dir).contains(&"checkins/2026-Q4/carol.toml".to_string()));
    write(&carol, &author_file("carol", 720));
    assert_eq!(
        env.ok(&["import", d]),
        "Imported 1 file (3 unchanged): check-ins 1 updated\n"
    );

    // Every value as the files say now, whichever files were skipped on the way.
    assert_eq!(
        values(&env),
        vec![
            ("alice".to_string(), 550.0),
            ("alice".to_string(), 600.0),
            ("bob".to_string(), 450.0),
            ("carol".to_string(), 720.0),
        ]
    );

    // An undo may take back what an import brought: every file is read again after one.
    env.ok(&["undo", "--yes"]);
    assert_eq!(known(&env, &dir), Vec::<String>::new());
    assert_eq!(
        env.ok(&["import", d]),
        "Imported 4 files: check-ins 1 updated\n"
    );
}

#[test]
fn a_corrupt_file_among_hundreds_is_named_and_nothing_is_imported() {
    let env = Env::init();
    let authors: Vec<(String, u32)> = (0..300)
        .map(|i| (format!("user-{i:03}"), 500 + i))
        .collect();
    let named: Vec<(&str, u32)> = authors.iter().map(|(a, v)| (a.as_str(), *v)).collect();
    let dir = folder(&env, &named);
    let d = dir.to_str().unwrap();
    let bad = dir.join("checkins/2026-Q4/user-217.toml");
    edit(&bad, "value = 717", "value = = 717");
    let err = env.refuses(&["import", d]);
    assert!(
        err.starts_with(&format!("error: {}:7:9: ", bad.display())),
        "{err}"
    );
    // Fixed, it imports whole; broken again later, the check-ins read before it in the
    // same import are taken back too.
    edit(&bad, "value = = 717", "value = 717");
    env.ok(&["import", d]);
    assert_eq!(values(&env).len(), 300);
    edit(
        &dir.join("checkins/2026-Q4/user-010.toml"),
        "value = 510",
        "value = 511",
    );
    edit(&bad, "value = 717", "value = x");
    let err = env.refuses(&["import", d]);
    assert!(err.contains("user-217.toml:7:9: "), "{err}");
    assert!(values(&env).contains(&("user-010".to_string(), 510.0)));
}

#[test]
fn export_rewrites_only_the_files_whose_content_changes() {
    let env = Env::init();
    let dir = folder(&env, &[("alice", 600), ("bob", 500)]);
    let d = dir.to_str().unwrap();
    env.ok(&["import", d]);
    env.ok(&["export", "--cycle", "2026-Q4", "--out", d]);
    let bob = dir.join("checkins/2026-Q4/bob.toml");
    let objectives = dir.join("2026-Q4.toml");
    let stamp = |p: &Path| {
        (
            std::fs::read(p).unwrap(),
            std::fs::metadata(p).unwrap().modified().unwrap(),
        )
    };
    let (bob_before, objectives_before) = (stamp(&bob), stamp(&objectives));
    std::thread::sleep(std::time::Duration::from_millis(20));
    // alice checks in: her file changes, bob's and the objectives file keep their bytes
    // and their modification times.
    env.ok(&["checkin", "@k1", "520", "--date", "2026-11-23"]);
    let out = env.ok(&["export", "--cycle", "2026-Q4", "--out", d]);
    assert!(out.contains("Wrote") && out.contains("alice.toml"), "{out}");
    assert!(
        out.contains("Unchanged") && out.contains("bob.toml"),
        "{out}"
    );
    assert_eq!(stamp(&bob), bob_before);
    assert_eq!(stamp(&objectives), objectives_before);
    // A title changed here: the objectives file is written again, with it.
    env.ok(&[
        "objective",
        "edit",
        "@o1",
        "--title",
        "Make every report instant",
    ]);
    env.ok(&["export", "--cycle", "2026-Q4", "--out", d]);
    let text = std::fs::read_to_string(&objectives).unwrap();
    assert!(text.contains("Make every report instant"), "{text}");
}

#[test]
fn a_newcomers_first_import_holds_each_twin_once_and_names_twins_that_disagree() {
    // A newcomer's first sync loads check-ins without indexes and builds them after;
    // a check-in that a union merge left twice must still be held once.
    let env = Env::init();
    let dir = folder(&env, &[("ann", 700), ("bob", 650)]);
    let ann = dir.join("checkins/2026-Q4/ann.toml");
    let entry = author_file("ann", 700);
    let entry = &entry[entry.find("[[checkin]]").unwrap()..];
    let twice = format!("{}\n{entry}", std::fs::read_to_string(&ann).unwrap());
    std::fs::write(&ann, &twice).unwrap();
    let d = dir.to_str().unwrap();
    env.ok(&["import", d]);
    assert_eq!(
        values(&env),
        [("ann".to_string(), 700.0), ("bob".to_string(), 650.0)]
    );

    // The same id saying two things is refused in a first import too, naming both
    // lines, and the database keeps nothing of it.
    let newcomer = Env::init();
    std::fs::write(&ann, twice.replacen("value = 700", "value = 710", 1)).unwrap();
    let err = newcomer.refuses(&["import", d]);
    assert!(
        err.contains("ann.toml:10:6:") && err.contains("ann.toml:4, and the two disagree"),
        "{err}"
    );
    std::fs::write(&ann, &twice).unwrap();
    newcomer.ok(&["import", d]);
    assert_eq!(values(&newcomer), values(&env));
    newcomer.ok(&["checkin", "@k1", "600", "--date", "2026-11-23"]);
    assert_eq!(values(&newcomer).len(), 3);
}
