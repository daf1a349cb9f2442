//! Team files in git: two people check in on their own clones, commit, merge without
//! a conflict, and everyone ends up with every check-in exactly once.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::harness::{Env, TODAY, command, json};

/// A person with their own database, working in their own clone.
pub struct Member {
    pub user: &'static str,
    pub db: PathBuf,
    pub repo: PathBuf,
}

impl Member {
    pub fn okr(&self, args: &[&str]) -> String {
        let out = command(&self.db, TODAY, self.user, args)
            .current_dir(&self.repo)
            .output()
            .expect("run okr");
        assert!(
            out.status.success(),
            "{}: okr {}: {}",
            self.user,
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    pub fn git(&self, args: &[&str]) -> String {
        git(&self.repo, self.user, args)
    }

    /// `text` with `{k1}`, `{o2}`, `{t3}` as this member's okr names them.
    pub fn expand(&self, text: &str) -> String {
        crate::harness::expand(&self.db, text)
    }

    /// The name this member's okr shows for `@k1`, `@o2`, `@t3`.
    pub fn name(&self, at: &str) -> String {
        crate::harness::named(&self.db, at)
    }
}

pub fn git(dir: &Path, user: &str, args: &[&str]) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "pull.rebase=false",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", user)
        .env("GIT_AUTHOR_EMAIL", format!("{user}@example.com"))
        .env("GIT_COMMITTER_NAME", user)
        .env("GIT_COMMITTER_EMAIL", format!("{user}@example.com"))
        .output()
        .expect("run git");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "git {} failed:\n{text}",
        args.join(" ")
    );
    text
}

/// A team repository: the lead publishes a quarter (one objective, two key results);
/// `join` clones it for someone and syncs.
pub struct Team {
    pub root: PathBuf,
    pub origin: PathBuf,
    pub lead: Member,
}

impl Team {
    pub fn publish(env: &Env) -> Team {
        let root = env.dir.path().to_path_buf();
        let origin = root.join("origin.git");
        std::fs::create_dir(&origin).unwrap();
        git(&origin, "admin", &["init", "-q", "--bare"]);

        let lead = Member {
            user: "lead",
            db: root.join("lead.db"),
            repo: root.join("lead"),
        };
        std::fs::create_dir(&lead.repo).unwrap();
        lead.git(&["init", "-q"]);
        std::fs::write(
            lead.repo.join("okr.toml"),
            "[team]\nname = \"platform\"\nfiles = \"okrs\"\n",
        )
        .unwrap();
        lead.okr(&["init", "-q"]);
        lead.okr(&[
            "objective",
            "add",
            "Make reports instant",
            "--level",
            "team",
        ]);
        lead.okr(&[
            "kr",
            "add",
            "@o1",
            "Cut p95 from 800 ms to 200 ms",
            "--start",
            "800",
            "--target",
            "200",
        ]);
        lead.okr(&[
            "kr",
            "add",
            "@o1",
            "Grow import speed from 10 to 100 k/s",
            "--start",
            "10",
            "--target",
            "100",
        ]);
        lead.okr(&["export"]);
        lead.git(&["add", "-A"]);
        lead.git(&["commit", "-q", "-m", "Q4 OKRs"]);
        lead.git(&["remote", "add", "origin", origin.to_str().unwrap()]);
        lead.git(&["push", "-q", "origin", "main"]);
        Team { root, origin, lead }
    }

    /// Someone clones the team repository, makes a database and syncs.
    pub fn join(&self, user: &'static str) -> Member {
        self.join_at(user, user)
    }

    /// Like [`Team::join`], in a clone and database named `place` (one person's second
    /// machine).
    pub fn join_at(&self, place: &str, user: &'static str) -> Member {
        let m = Member {
            user,
            db: self.root.join(format!("{place}.db")),
            repo: self.root.join(place),
        };
        git(
            &self.root,
            user,
            &[
                "clone",
                "-q",
                self.origin.to_str().unwrap(),
                m.repo.to_str().unwrap(),
            ],
        );
        m.okr(&["init", "-q"]);
        m.okr(&["sync", "-q"]);
        m
    }

    /// Each member syncs and commits; the first pushes, the others pull (a merge, which
    /// must not conflict) and push; then everyone, the lead too, pulls.
    pub fn sync_all(&self, members: &[&Member], message: &str) {
        for m in members {
            m.okr(&["sync", "-q"]);
            m.git(&["add", "-A"]);
            m.git(&["commit", "-q", "-m", &format!("{} {message}", m.user)]);
        }
        for (i, m) in members.iter().enumerate() {
            if i > 0 {
                let merge = m.git(&["pull", "--no-edit", "origin", "main"]);
                assert!(!merge.contains("CONFLICT"), "{merge}");
            }
            m.git(&["push", "-q", "origin", "main"]);
        }
        for m in members.iter().copied().chain([&self.lead]) {
            m.git(&["pull", "-q", "--no-edit", "origin", "main"]);
        }
    }
}

#[test]
fn two_clones_merge_their_checkins_without_conflict() {
    let env = Env::new();
    let team = Team::publish(&env);
    let lead = &team.lead;
    let clone = |user| team.join(user);
    let ann = clone("ann");
    let bob = clone("bob");

    // Both check in to the same KR on the same day; ann also to the other KR.
    ann.okr(&["checkin", "@k1", "700", "--note", "query cache"]);
    ann.okr(&["checkin", "@k2", "20"]);
    bob.okr(&[
        "checkin",
        "@k1",
        "650",
        "--date",
        "yesterday",
        "--note",
        "index on date",
    ]);
    bob.okr(&["checkin", "@k1", "640", "--note", "same day as ann"]);

    for m in [&ann, &bob] {
        m.okr(&["sync", "-q"]);
        m.git(&["add", "-A"]);
        m.git(&["commit", "-q", "-m", &format!("{} checks in", m.user)]);
    }
    ann.git(&["push", "-q", "origin", "main"]);
    let merge = bob.git(&["pull", "--no-edit", "origin", "main"]);
    assert!(!merge.contains("CONFLICT"), "{merge}");
    bob.git(&["push", "-q", "origin", "main"]);
    ann.git(&["pull", "-q", "--no-edit", "origin", "main"]);

    // Everyone imports the merged tree and sees every check-in exactly once.
    for m in [&ann, &bob, lead] {
        if m.user == "lead" {
            m.git(&["pull", "-q", "--no-edit", "origin", "main"]);
        }
        m.okr(&["import", "-q"]);
        m.okr(&["import", "-q"]);
        let all = json(&m.okr(&["checkin", "list", "--format", "json"]));
        let mut seen: Vec<(String, f64)> = all
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["author"].as_str().unwrap().to_string(),
                    c["value"].as_f64().unwrap(),
                )
            })
            .collect();
        seen.sort_by(|a, b| a.partial_cmp(b).unwrap());
        assert_eq!(
            seen,
            [
                ("ann".into(), 20.0),
                ("ann".into(), 700.0),
                ("bob".into(), 640.0),
                ("bob".into(), 650.0)
            ],
            "{}'s database",
            m.user
        );
    }
    // A sync after the merge changes nothing: the tree is already what okr would write.
    ann.okr(&["sync", "-q"]);
    assert_eq!(ann.git(&["status", "--porcelain"]), "");
}

#[test]
fn a_hand_written_file_imports_and_gets_its_ids_back_with_its_comments() {
    let env = Env::init();
    let file = env.dir.path().join("2026-Q4.toml");
    let hand = r#"# Our Q4, written by hand.
cycle = "2026-Q4"

[[objective]]
title = "Win the enterprise market"   # the big one
level = "company"
owner = "ceo"

  [[objective.kr]]
  title = "Grow accounts from 10 to 50"
  start = 10
  target = 50

[[objective]]
title = "留住华东区客户"
parent = "Win the enterprise market"

  # health, not growth
  [[objective.kr]]
  title = "续约率保持在 90% 以上"
  kind = "threshold"
  target = 90
"#;
    std::fs::write(&file, hand).unwrap();
    let path = file.to_str().unwrap();
    assert_eq!(
        env.ok(&["import", path, "--dry-run"]),
        "Would import 1 file: objectives 2 added; key results 2 added (dry run: nothing changed)\n"
    );
    assert_eq!(env.dump(), Env::init().dump(), "a dry run changes nothing");
    assert_eq!(
        env.ok(&["import", path]),
        "Imported 1 file: objectives 2 added; key results 2 added\n"
    );
    assert_eq!(
        env.ok(&["import", path]),
        "Nothing to import: the database already holds everything in 1 file.\n"
    );
    let team = json(&env.ok(&["objective", "show", "@o2", "--format", "json"]));
    assert_eq!(
        (
            team["parent_objective"]["id"].as_str(),
            team["level"].as_str(),
            team["owner"].as_str()
        ),
        (Some(env.name("@o1").as_str()), Some("team"), Some("alice"))
    );

    env.ok(&["export", "--out", path]);
    let written = std::fs::read_to_string(&file).unwrap();
    let uid = |n: &str| {
        json(&env.ok(&["objective", "show", n, "--format", "json"]))["uid"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let kr_uid = json(&env.ok(&["kr", "show", "@k1", "--format", "json"]))["uid"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        written.starts_with("# Our Q4, written by hand.\ncycle = \"2026-Q4\"\n"),
        "{written}"
    );
    assert!(
        written.contains(&format!(
            "[[objective]]\nid = \"{}\"\ntitle = \"Win the enterprise market\"   # the big one\n",
            uid("@o1")
        )),
        "{written}"
    );
    assert!(
        written.contains(&format!(
            "  [[objective.kr]]\n  id = \"{kr_uid}\"\n  title = \"Grow accounts from 10 to 50\"\n"
        )),
        "{written}"
    );
    assert!(
        written.contains("  # health, not growth\n  [[objective.kr]]\n"),
        "{written}"
    );
    assert!(
        written.contains(&format!("parent = \"{}\"", uid("@o1"))),
        "{written}"
    );
    // Exporting again changes nothing, and the filled-in file imports as the same data.
    env.ok(&["export", "--out", path]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), written);
    assert_eq!(
        env.ok(&["import", path]),
        "Nothing to import: the database already holds everything in 1 file.\n"
    );
}

#[test]
fn the_file_wins_on_import_and_nothing_is_deleted() {
    let env = Env::init();
    env.ok(&["objective", "add", "Ship it", "--level", "team"]);
    env.ok(&["kr", "add", "@o1", "Reach 10 teams", "--target", "10"]);
    env.ok(&["objective", "add", "Only in this database"]);
    let out = env.dir.path().join("okrs");
    env.ok(&["export", "--out", out.to_str().unwrap()]);
    let file = out.join("2026-Q4.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let edited = text.replace("target = 10", "target = 12").replace(
        "title = \"Only in this database\"\n",
        "title = \"Only in this database\"\nstate = \"archived\"\n",
    );
    std::fs::write(&file, &edited).unwrap();
    // Someone removes the second objective from the file entirely: import keeps it.
    assert_eq!(
        env.ok(&["import", out.to_str().unwrap()]),
        "Imported 1 file: objectives 1 updated; key results 1 updated\n"
    );
    assert_eq!(
        json(&env.ok(&["kr", "show", "@k1", "--format", "json"]))["target"],
        12.0
    );
    assert_eq!(
        json(&env.ok(&["objective", "show", "@o2", "--format", "json"]))["state"],
        "archived"
    );
}

#[test]
fn bad_files_name_file_line_and_column_and_change_nothing() {
    let env = Env::init();
    env.ok(&["objective", "add", "Existing", "--level", "team"]);
    let dir = env.dir.path();
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    let syntax = write(
        "syntax.toml",
        "cycle = \"2026-Q4\"\n[[objective]\ntitle = \"x\"\n",
    );
    let err = env.refuses(&["import", &syntax]);
    assert!(err.starts_with(&format!("error: {syntax}:2:")), "{err}");

    let wrong_type = write(
        "type.toml",
        "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Grow\"\n\n[[objective.kr]]\ntitle = \"Reach ten\"\ntarget = \"ten\"\n",
    );
    let err = env.refuses(&["import", &wrong_type]);
    assert!(
        err.starts_with(&format!("error: {wrong_type}:8:10: ")),
        "{err}"
    );

    let unknown_kr = write(
        "alice.toml",
        "author = \"alice\"\n\n[[checkin]]\nkr = \"Reach a million\"\ndate = 2026-11-20\nvalue = 3\n",
    );
    assert_eq!(
        env.refuses(&["import", &unknown_kr]),
        format!(
            "error: {unknown_kr}:4:6: unknown key result `Reach a million`: no key result has this id or title\n"
        )
    );

    let id = "0123456789abcdef0123456789abcdef";
    let duplicate = write(
        "dup.toml",
        &format!(
            "cycle = \"2026-Q4\"\n\n[[objective]]\nid = \"{id}\"\ntitle = \"One\"\n\n[[objective]]\nid = \"{id}\"\ntitle = \"Two\"\n"
        ),
    );
    assert_eq!(
        env.refuses(&["import", &duplicate]),
        format!(
            "error: {duplicate}:8:6: objective id `{id}` is also at {duplicate}:4, and the two disagree on `title`\nhint: one id is one entry: keep one of them, or make them say the same\n"
        )
    );

    // Numbers beyond the sane range are refused in a file as on the command line.
    let huge = write(
        "huge.toml",
        "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Grow\"\n\n[[objective.kr]]\ntitle = \"Reach a lot\"\ntarget = 1e21\n",
    );
    let err = env.refuses(&["import", &huge]);
    assert!(
        err.starts_with(&format!(
            "error: {huge}:8:10: target `1e21` is out of range"
        )),
        "{err}"
    );
    let heavy = write(
        "heavy.toml",
        "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Grow\"\n\n[[objective.kr]]\ntitle = \"Reach ten\"\ntarget = 10\nweight = 1e308\n",
    );
    let err = env.refuses(&["import", &heavy]);
    assert!(
        err.contains("weight must be above 0 and at most 1000000"),
        "{err}"
    );

    // A good file next to a bad one: the whole import is refused.
    let good = write(
        "good.toml",
        "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Fine\"\n",
    );
    env.refuses(&["import", &good, &unknown_kr]);
    env.refuses(&["import", &dir.join("missing.toml").to_string_lossy()]);
    env.refuses(&["export"]);
}

#[cfg(unix)]
#[test]
fn a_folder_with_a_link_loop_is_read_once() {
    let env = Env::init();
    let okrs = env.dir.path().join("okrs");
    std::fs::create_dir_all(&okrs).unwrap();
    std::fs::write(
        okrs.join("2026-Q4.toml"),
        "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Stay finite\"\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(&okrs, okrs.join("loop")).unwrap();
    assert_eq!(
        env.ok(&["import", okrs.to_str().unwrap()]),
        "Imported 1 file: objectives 1 added\n"
    );
}

#[test]
fn one_author_on_two_machines_merges_without_conflict() {
    let env = Env::new();
    let team = Team::publish(&env);
    // Ann checks in from her laptop, and a cron job on a server checks in for her too.
    let laptop = team.join_at("ann-laptop", "ann");
    let server = team.join_at("ann-server", "ann");
    laptop.okr(&["checkin", "@k1", "700", "--note", "query cache"]);
    server.okr(&["checkin", "@k2", "20", "--note", "nightly import job"]);
    // Both write the same file, checkins/2026-Q4/ann.toml: one line per check-in and
    // git's union merge (okr writes the .gitattributes) take both.
    team.sync_all(&[&laptop, &server], "checks in");
    let attributes =
        std::fs::read_to_string(laptop.repo.join("okrs/checkins/.gitattributes")).unwrap();
    assert_eq!(attributes, "*.toml merge=union\n");
    for m in [&laptop, &server, &team.lead] {
        m.okr(&["import", "-q"]);
        let notes: Vec<String> = json(&m.okr(&["checkin", "list", "--format", "json"]))
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["note"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(notes.len(), 2, "{notes:?}");
    }

    // Both machines change the same check-in, each its own way: the merge keeps both
    // lines, and import names both rather than pick one.
    let file = "okrs/checkins/2026-Q4/ann.toml";
    for (m, value) in [(&laptop, "710"), (&server, "690")] {
        m.okr(&["sync", "-q"]);
        let path = m.repo.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &path,
            text.replace("value = 700,", &format!("value = {value},")),
        )
        .unwrap();
        m.git(&["commit", "-q", "-am", "fix the value"]);
    }
    laptop.git(&["push", "-q", "origin", "main"]);
    let merge = server.git(&["pull", "--no-edit", "origin", "main"]);
    assert!(!merge.contains("CONFLICT"), "{merge}");
    let out = command(&server.db, TODAY, "ann", &["import"])
        .current_dir(&server.repo)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<usize> = std::fs::read_to_string(server.repo.join(file))
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("value = 710,") || l.contains("value = 690,"))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(lines.len(), 2, "both lines are in the merged file");
    assert!(
        err.contains(&format!("ann.toml:{}:8: check-in id `", lines[1]))
            && err.contains(&format!(
                "is also at {}:{}",
                server.repo.join(file).display(),
                lines[0]
            ))
            && err.contains("and the two disagree"),
        "{err}"
    );
    // Export will not pick one either; deleting the wrong line settles it.
    let out = command(&server.db, TODAY, "ann", &["export"])
        .current_dir(&server.repo)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!("is also at line {}", lines[0])),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = server.repo.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let wrong = text.lines().find(|l| l.contains("value = 690,")).unwrap();
    std::fs::write(&path, text.replace(&format!("{wrong}\n"), "")).unwrap();
    server.okr(&["sync", "-q"]);
    let values: Vec<f64> = json(&server.okr(&["checkin", "list", "@k1", "--format", "json"]))
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_f64().unwrap())
        .collect();
    assert_eq!(values, [710.0]);
}
