//! The history in team files: target changes with their reasons and reflections travel
//! through git like check-ins, merge without conflicts, and a change made here is never
//! taken back by the next `okr sync`.

use crate::harness::{Env, json};
use crate::team::Team;

#[test]
fn target_changes_and_reflections_travel_and_merge_without_conflict() {
    let env = Env::new();
    let team = Team::publish(&env);
    let (ann, bob) = (team.join("ann"), team.join("bob"));

    // Ann moves K1's target, Bob K2's, each with a reason; both reflect on the objective.
    ann.okr(&[
        "kr",
        "edit",
        "@k1",
        "--title",
        "Cut p95 from 800 ms to 300 ms",
        "--target",
        "300",
        "--date",
        "2026-11-02",
        "--reason",
        "the CDN contract fell through",
    ]);
    ann.okr(&[
        "review",
        "note",
        "@o1",
        "Caching paid off",
        "--topic",
        "went-well",
    ]);
    bob.okr(&[
        "kr",
        "edit",
        "@k2",
        "--title",
        "Grow import speed from 10 to 150 k/s",
        "--target",
        "150",
        "--date",
        "2026-11-09",
        "--reason",
        "the streaming parser landed early",
    ]);
    bob.okr(&[
        "review",
        "note",
        "@o1",
        "Profiling first saved weeks",
        "--topic",
        "learned",
    ]);
    team.sync_all(&[&ann, &bob], "moves a target");

    // Everyone imports the merged tree and holds both changes, with their reasons and
    // dates, and both reflections.
    for m in [&ann, &bob, &team.lead] {
        m.okr(&["import", "-q"]);
        let r = json(&m.okr(&["report", "--as-of", "2026-11-20", "--format", "json"]));
        let krs = &r["objectives"][0]["key_results"];
        let change = |k: usize| {
            let c = &krs[k]["changes"][0];
            (
                c["from"].as_str().unwrap().to_string(),
                c["target"].as_f64().unwrap(),
                c["reason"].as_str().unwrap().to_string(),
                c["author"].as_str().unwrap().to_string(),
            )
        };
        assert_eq!(
            change(0),
            (
                "2026-11-02".into(),
                300.0,
                "the CDN contract fell through".into(),
                "ann".into()
            ),
            "{}'s database",
            m.user
        );
        assert_eq!(
            change(1),
            (
                "2026-11-09".into(),
                150.0,
                "the streaming parser landed early".into(),
                "bob".into()
            )
        );
        // As of a day before Bob's change, K2's old target holds.
        let early = json(&m.okr(&["report", "--as-of", "2026-11-05", "--format", "json"]));
        assert_eq!(
            early["objectives"][0]["key_results"][1]["target"].as_f64(),
            Some(100.0)
        );
        let review = json(&m.okr(&["review", "--format", "json"]));
        let mut notes: Vec<String> = review["reflections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| format!("{}: {}", n["author"], n["text"]))
            .collect();
        notes.sort();
        assert_eq!(
            notes,
            [
                "\"ann\": \"Caching paid off\"",
                "\"bob\": \"Profiling first saved weeks\""
            ]
        );
    }

    // The files say what they hold: the objectives file is format 2 now, and each
    // reflection sits in its author's own file.
    let okrs = team.lead.repo.join("okrs");
    let objectives = std::fs::read_to_string(okrs.join("2026-Q4.toml")).unwrap();
    assert!(objectives.contains("format = 2\n"), "{objectives}");
    assert!(
        objectives.contains("reason = \"the CDN contract fell through\""),
        "{objectives}"
    );
    let anns = std::fs::read_to_string(okrs.join("checkins/2026-Q4/ann.toml")).unwrap();
    assert!(
        anns.lines().any(|l| l.starts_with("{ id = ")
            && l.ends_with(", topic = \"went-well\", text = \"Caching paid off\" },")),
        "{anns}"
    );

    // A sync after the merge changes nothing: the tree is what okr would write.
    for m in [&ann, &bob, &team.lead] {
        m.okr(&["sync", "-q"]);
        assert_eq!(m.git(&["status", "--porcelain"]), "", "{}", m.user);
    }
}

#[test]
fn sync_keeps_a_change_made_here_until_it_is_exported() {
    let env = Env::new();
    let team = Team::publish(&env);
    let ann = team.join("ann");

    // The lead renames K1 in their database and does not export yet; meanwhile Ann
    // renames K2 and pushes.
    team.lead.okr(&[
        "kr",
        "edit",
        "@k1",
        "--title",
        "Cut p95 latency from 800 ms to 200 ms",
    ]);
    ann.okr(&[
        "kr",
        "edit",
        "@k2",
        "--title",
        "Grow import throughput from 10 to 100 k/s",
    ]);
    team.sync_all(&[&ann], "renames K2");

    // The lead's sync takes Ann's change and keeps their own, and says so.
    let said = team.lead.okr(&["sync"]);
    assert!(
        said.contains("Kept your changes to key result \"Cut p95 from 800 ms to 200 ms\""),
        "{said}"
    );
    let titles = |m: &crate::team::Member| -> Vec<String> {
        json(&m.okr(&["kr", "list", "--format", "json"]))
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["title"].as_str().unwrap().to_string())
            .collect()
    };
    let both = [
        "Cut p95 latency from 800 ms to 200 ms",
        "Grow import throughput from 10 to 100 k/s",
    ];
    assert_eq!(titles(&team.lead), both);

    // Once written out, the file wins again: Ann gets the lead's title.
    team.lead.git(&["commit", "-q", "-am", "lead renames K1"]);
    team.lead.git(&["push", "-q", "origin", "main"]);
    ann.git(&["pull", "-q", "--no-edit", "origin", "main"]);
    let said = ann.okr(&["sync"]);
    assert!(!said.contains("Kept"), "{said}");
    assert_eq!(titles(&ann), both);
}

#[test]
fn a_history_that_does_not_add_up_is_refused_with_its_place() {
    let env = Env::init();
    let dir = env.dir.path().join("okrs");
    std::fs::create_dir(&dir).unwrap();
    let file = dir.join("2026-Q4.toml");
    let kr = |extra: &str| {
        format!(
            "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Win back churned customers\"\n\n\
             [[objective.kr]]\ntitle = \"Win back customers\"\ntarget = 50\n{extra}"
        )
    };
    let change = |date: &str, target: &str| {
        format!(
            "\n[[objective.kr.change]]\ndate = {date}\ntarget = {target}\nreason = \"smaller market\"\nauthor = \"alice\"\n"
        )
    };
    let plan = "plan = { target = 100 }\n";
    let cases = [
        (
            kr(&format!("{plan}{}", change("2026-09-15", "50"))),
            "2026-Q4.toml:12:8: change date 2026-09-15 is outside the key result's cycle 2026-Q4 (2026-10-01 to 2026-12-31)\n",
        ),
        (
            kr(&format!("{plan}{}", change("2026-11-01", "60"))),
            "2026-Q4.toml:8:10: this key result's target is 50, but its latest change makes it 60 from 2026-11-01\nhint: record the new target as a `[[objective.kr.change]]` with its date and reason, or set `target = 60`\n",
        ),
        (
            kr(&change("2026-11-01", "50")),
            "2026-Q4.toml:10:1: a key result with changes needs its `plan`: the values before the first change\nhint: add `plan = { start = …, target = …, weight = … }` to the key result\n",
        ),
        (
            kr(&format!(
                "{plan}{}{}",
                change("2026-11-01", "70"),
                change("2026-11-01", "50")
            )),
            "2026-Q4.toml:18:8: two changes of this key result on 2026-11-01; one day has one change\n",
        ),
        (
            format!("format = 5\n{}", kr("")),
            "2026-Q4.toml:1:10: format 5 is not one this okr reads (it reads formats 1 to 4)\nhint: a newer okr wrote this file: upgrade okr to read it\n",
        ),
    ];
    for (text, want) in cases {
        std::fs::write(&file, &text).unwrap();
        let err = env.refuses(&["import", dir.to_str().unwrap()]);
        let err = err.replace(&format!("{}/", dir.display()), "");
        assert_eq!(err, format!("error: {want}"), "{text}");
    }

    // A reflection names an objective that exists, in the author's own file.
    std::fs::write(&file, kr("")).unwrap();
    let mine = dir.join("checkins/2026-Q4");
    std::fs::create_dir_all(&mine).unwrap();
    std::fs::write(
        mine.join("alice.toml"),
        "author = \"alice\"\n\n[[reflection]]\nobjective = \"Win the market\"\ndate = 2026-11-20\ntext = \"Too late\"\n",
    )
    .unwrap();
    let err = env.refuses(&["import", dir.to_str().unwrap()]);
    assert!(
        err.ends_with(
            "alice.toml:4:13: unknown objective `Win the market`: no objective has this id or title\n"
        ),
        "{err}"
    );
}

#[test]
fn an_edit_undone_after_it_was_exported_stays_undone_through_sync() {
    let env = Env::init();
    let team = env.dir.path().join("team");
    std::fs::create_dir(&team).unwrap();
    std::fs::write(team.join("okr.toml"), "[team]\n").unwrap();
    let me = crate::team::Member {
        user: "alice",
        db: env.db(),
        repo: team.clone(),
    };
    let okr = |args: &[&str]| me.okr(args);
    okr(&["objective", "add", "Win back churned customers"]);
    okr(&["sync", "-q"]);
    okr(&[
        "objective",
        "edit",
        "@o1",
        "--title",
        "Win back lost customers",
    ]);
    okr(&["sync", "-q"]);
    okr(&["undo", "--yes"]);

    // The file still has the edit; the undo is the newer change, and sync keeps it.
    let said = okr(&["sync"]);
    assert!(
        said.contains("Kept your changes to objective \"Win back lost customers\""),
        "{said}"
    );
    let file = std::fs::read_to_string(team.join("okrs/2026-Q4.toml")).unwrap();
    assert!(
        file.contains("title = \"Win back churned customers\""),
        "{file}"
    );
    // Undoing an import is different: the files still say it, so it comes back.
    std::fs::write(
        team.join("okrs/2026-Q4.toml"),
        file.replace("Win back churned customers", "Keep our customers"),
    )
    .unwrap();
    assert!(okr(&["import"]).contains("objectives 1 updated"));
    okr(&["undo", "--yes"]);
    assert!(okr(&["import"]).contains("objectives 1 updated"));
}
