//! Initiatives and links across teams in team files (format 3): through export and
//! import, by hand, and through git between two clones.

use crate::harness::{Env, json};

/// The id a member's database gives the initiative titled `title`.
fn task_id(m: &crate::team::Member, title: &str) -> String {
    let all = json(&m.okr(&["task", "list", "--state", "all", "--format", "json"]));
    let found = all.as_array().unwrap().iter().find(|t| t["title"] == title);
    found.expect(title)["id"].as_str().unwrap().to_string()
}

#[test]
fn two_clones_tick_off_different_initiatives_and_merge_without_conflict() {
    let env = Env::new();
    let team = crate::team::Team::publish(&env);
    let lead = &team.lead;
    lead.okr(&[
        "task",
        "add",
        "@k1",
        "Index the check-ins by date",
        "--due",
        "2026-11-27",
    ]);
    lead.okr(&["task", "add", "@k1", "Profile the report"]);
    lead.okr(&["task", "add", "@k2", "Batch the inserts", "--owner", "bob"]);
    lead.okr(&[
        "objective",
        "add",
        "Help sales close the big accounts",
        "--level",
        "team",
    ]);
    lead.okr(&["objective", "link", "@o2", "--supports", "@o1"]);
    lead.okr(&["sync", "-q"]);
    lead.git(&["add", "-A"]);
    lead.git(&["commit", "-q", "-m", "initiatives"]);
    lead.git(&["push", "-q", "origin", "main"]);

    // Each clone gets the initiatives and the link from the files.
    let ann = team.join("ann");
    let bob = team.join("bob");
    assert!(
        ann.okr(&["report", "--tree"])
            .contains(&ann.expand("↔ supports {o1} Make reports instant"))
    );
    // Two people tick off two initiatives of one key result, on their own clones.
    ann.okr(&[
        "task",
        "done",
        &task_id(&ann, "Index the check-ins by date"),
    ]);
    bob.okr(&["task", "done", &task_id(&bob, "Profile the report")]);
    team.sync_all(&[&ann, &bob], "ticked off");

    // Everyone ends with both done, and the third still open.
    for m in [&ann, &bob, lead] {
        m.okr(&["sync", "-q"]);
        let done = m.okr(&["task", "list", "--state", "done"]);
        assert!(
            done.contains("Index the check-ins by date") && done.contains("Profile the report"),
            "{}: {done}",
            m.user
        );
        assert!(m.okr(&["task", "list"]).contains("Batch the inserts"));
    }
    // And the files say the same in every clone: nothing left to write.
    let again = ann.okr(&["export"]);
    assert!(!again.contains("Wrote"), "{again}");
}

#[test]
fn initiatives_and_links_survive_export_and_import_into_a_fresh_database() {
    let env = Env::new();
    env.ok(&["demo", "--save", env.db().to_str().unwrap()]);
    let files = env.dir.path().join("team");
    env.ok(&["export", "--out", files.to_str().unwrap()]);
    let fresh = Env::init();
    fresh.ok(&["import", files.to_str().unwrap()]);
    let tasks = |e: &Env| {
        let list = json(&e.ok(&["task", "list", "--state", "all", "--format", "json"]));
        let mut rows: Vec<String> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                format!(
                    "{} {} {} {} {}",
                    t["uid"], t["title"], t["owner"], t["due"], t["done"]
                )
            })
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(tasks(&env), tasks(&fresh));
    assert_eq!(tasks(&fresh).len(), 3);
    let tree = |e: &Env| e.ok(&["report", "--tree"]);
    assert_eq!(tree(&env), tree(&fresh));
    // Idempotent both ways: the same files again change nothing, and the fresh
    // database writes the same bytes.
    let again = fresh.ok(&["import", files.to_str().unwrap()]);
    assert!(again.starts_with("Nothing to import"), "{again}");
    let other = fresh.dir.path().join("team");
    fresh.ok(&["export", "--out", other.to_str().unwrap()]);
    let read = |p: &std::path::Path| std::fs::read_to_string(p.join("2026-Q4.toml")).unwrap();
    assert_eq!(read(&files), read(&other));
    assert!(read(&files).starts_with("# okr team file (format 3)"));
}

#[test]
fn hand_written_initiatives_and_links_import_and_bad_ones_name_their_place() {
    let env = Env::init();
    let dir = env.dir.path().join("okrs");
    std::fs::create_dir(&dir).unwrap();
    let file = dir.join("2026-Q4.toml");
    let write = |supports: &str| {
        std::fs::write(
            &file,
            format!(
                r#"cycle = "2026-Q4"

[[objective]]
title = "Win the enterprise market"
owner = "sales"

  [[objective.kr]]
  title = "Grow accounts from 10 to 50"
  target = 50

[[objective]]
title = "让客户第一周就上手"
owner = "support"
supports = [{supports}]

  [[objective.kr]]
  title = "Cut time to first report from 5 days to 1"
  start = 5
  target = 1

  [[objective.kr.task]]
  title = "Record a setup video"
  due = 2026-11-27
  done = 2026-11-20
"#
            ),
        )
        .unwrap();
    };
    let path = file.to_str().unwrap();
    for (supports, says) in [
        (
            r#""让客户第一周就上手""#,
            "2026-Q4.toml:14:13: an objective cannot support itself",
        ),
        (
            r#""No such objective""#,
            "2026-Q4.toml:14:13: `supports` names no objective: `No such objective`",
        ),
    ] {
        write(supports);
        let err = env.refuses(&["import", path]);
        assert!(err.contains(says), "{err}");
    }
    write(r#""Win the enterprise market""#);
    let said = env.ok(&["import", path]);
    assert!(
        said.contains("initiatives 1 added") && said.contains("links 1 added"),
        "{said}"
    );
    let done = env.ok(&["task", "list", "--state", "done"]);
    assert!(
        done.contains("Record a setup video") && done.contains("support"),
        "{done}"
    );
    // Export gives the entries their ids, in place.
    env.ok(&["export", "--out", path]);
    let text = std::fs::read_to_string(&file).unwrap();
    let task_at = text.find("[[objective.kr.task]]\n  id = \"").expect(&text);
    assert!(
        text[task_at..].contains("\n  created = 2026-11-23\n"),
        "keys okr adds keep the table's indent: {text}"
    );
    assert!(
        text[task_at..].contains("title = \"Record a setup video\""),
        "{text}"
    );
    assert!(text.contains("supports = [\""), "{text}");
    assert!(env.ok(&["import", path]).starts_with("Nothing to import"));
}
