//! The whole cycle: targets change with reasons and reports honour the date, every
//! change is in the log, and any of them can be taken back.

use crate::harness::{Env, json};

/// One objective with one key result from 0 to 100, and 40 on 2026-10-20.
fn quarter() -> Env {
    let env = Env::init();
    env.ok(&[
        "objective",
        "add",
        "Win back churned customers",
        "--level",
        "team",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Win back 100 customers",
        "--target",
        "100",
    ]);
    env.ok(&["checkin", "@k1", "40", "--date", "2026-10-20"]);
    env
}

/// The market shrinks: from 2026-11-01 the target is 50, with the reason.
fn halve_the_target(env: &Env) {
    env.ok(&[
        "kr",
        "edit",
        "@k1",
        "--target",
        "50",
        "--date",
        "2026-11-01",
        "--reason",
        "half the segment was sold to a competitor",
    ]);
}

#[test]
fn a_target_changed_mid_cycle_counts_from_its_day() {
    let env = quarter();
    halve_the_target(&env);

    // Before the change the old target holds: 40 of 100. After it, 40 of 50.
    let progress = |as_of: &str| {
        let r = json(&env.ok(&["report", "--as-of", as_of, "--format", "json"]));
        r["objectives"][0]["key_results"][0].clone()
    };
    let before = progress("2026-10-25");
    assert_eq!(
        (before["progress"].as_f64(), before["target"].as_f64()),
        (Some(0.4), Some(100.0))
    );
    assert_eq!(before["changes"], serde_json::json!([]));
    let after = progress("2026-11-15");
    assert_eq!(
        (after["progress"].as_f64(), after["target"].as_f64()),
        (Some(0.8), Some(50.0))
    );
    assert_eq!(after["original"]["target"], 100.0);
    assert_eq!(after["changes"][0]["from"], "2026-11-01");
    assert_eq!(
        after["changes"][0]["reason"],
        "half the segment was sold to a competitor"
    );

    // The table marks the key result and says where to look.
    let table = env.ok(&["report", "--as-of", "2026-11-15"]);
    assert!(table.contains("40 → 50*"), "{table}");
    assert!(
        table.contains(&env.expand("* target changed during the cycle ({k1})")),
        "{table}"
    );
    assert!(!env.ok(&["report", "--as-of", "2026-10-25"]).contains('*'));

    // Who moved this target, and why?
    let log = env.ok(&["log", "--kr", "@k1"]);
    let line = log.lines().nth(1).unwrap();
    assert!(line.contains("alice"), "{line}");
    assert!(line.contains("target 100 → 50 from 2026-11-01"), "{line}");
    assert!(line.contains("half the segment was sold"), "{line}");

    // The final score uses the target in force at the cycle's end.
    let score = json(&env.ok(&["score", "--as-of", "2026-12-31", "--format", "json"]));
    assert_eq!(score["objectives"][0]["key_results"][0]["score"], 0.8);
}

#[test]
fn changes_need_a_day_in_the_cycle_and_a_reason_when_the_team_says_so() {
    let env = quarter();
    assert_eq!(
        env.refuses(&[
            "kr",
            "edit",
            "@k1",
            "--target",
            "50",
            "--date",
            "2026-09-20"
        ]),
        "error: change date 2026-09-20 is outside the key result's cycle 2026-Q4 (2026-10-01 to 2026-12-31)\n\
         hint: a change holds from a day within the cycle\n"
    );
    assert_eq!(
        env.refuses(&[
            "kr",
            "edit",
            "@k1",
            "--target",
            "50",
            "--date",
            "2026-11-30"
        ]),
        "error: change date 2026-11-30 is in the future (today is 2026-11-23)\n"
    );
    // After the quarter a change must say from when it holds.
    let late = crate::harness::command(
        &env.db(),
        "2027-01-05",
        "alice",
        &["kr", "edit", "@k1", "--target", "50"],
    )
    .output()
    .unwrap();
    assert_eq!(late.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&late.stderr).contains("which ended 2026-12-31"));

    let config = env.dir.path().join("config.toml");
    std::fs::write(&config, "require_reason = true\n").unwrap();
    let strict = |args: &[&str]| {
        let out = env.cmd(args).env("OKR_CONFIG", &config).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let before = env.dump();
    assert_eq!(
        strict(&["kr", "edit", "@k1", "--target", "50"]),
        (
            Some(2),
            "error: this change needs a reason: the config says `require_reason = true`\n\
             hint: pass `--reason \"why\"`\n"
                .to_string()
        )
    );
    assert_eq!(
        strict(&["objective", "edit", "@o1", "--title", "Win them back"]).0,
        Some(2)
    );
    assert_eq!(before, env.dump(), "a refused change changed nothing");
    assert_eq!(
        strict(&[
            "kr",
            "edit",
            "@k1",
            "--target",
            "50",
            "--reason",
            "smaller market"
        ])
        .0,
        Some(0)
    );
}

#[test]
fn undo_takes_back_every_kind_of_change() {
    let env = quarter();
    let dir = env.dir.path().to_path_buf();
    let team_file = dir.join("2026-Q4.toml");
    std::fs::write(
        &team_file,
        "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Imported\"\n\n[[objective.kr]]\ntitle = \"Ship 3 things\"\ntarget = 3\n",
    )
    .unwrap();
    let import = team_file.to_str().unwrap();
    let steps: &[&[&str]] = &[
        &["objective", "add", "Another objective"],
        &[
            "kr",
            "add",
            "@o1",
            "Hold churn at most 2%",
            "--kind",
            "threshold",
            "--keep",
            "at-most",
            "--target",
            "2",
            "--unit",
            "%",
        ],
        &[
            "checkin",
            "@k1",
            "55",
            "--confidence",
            "7",
            "--note",
            "a good week",
        ],
        &["checkin", "@k1", "+5"],
        &[
            "kr", "edit", "@k1", "--target", "80", "--reason", "new data",
        ],
        &[
            "kr",
            "edit",
            "@k1",
            "--target",
            "90",
            "--weight",
            "2",
            "--date",
            "2026-11-02",
            "--reason",
            "again",
        ],
        &[
            "kr",
            "edit",
            "@k1",
            "--title",
            "Win back 90 customers",
            "--unit",
            "customers",
        ],
        &[
            "objective",
            "edit",
            "@o1",
            "--title",
            "Win them back",
            "--reason",
            "clearer",
        ],
        &[
            "score",
            "set",
            "@k1",
            "0.6",
            "--note",
            "half of them came back for a month",
        ],
        &["score", "clear", "@k1"],
        &["objective", "archive", "@o1"],
        &["objective", "edit", "@o1", "--state", "active"],
        &[
            "cycle",
            "add",
            "winter",
            "--start",
            "2026-12-01",
            "--end",
            "2027-02-28",
        ],
        &["checkin", "undo", "--yes"],
        &["kr", "rm", "@k1", "--with-checkins", "--yes"],
        &["objective", "rm", "@o1", "--with-checkins", "--yes"],
        &["import", import],
    ];
    for step in steps {
        let before = env.data();
        env.ok(step);
        assert_ne!(
            before,
            env.data(),
            "`okr {}` changed nothing",
            step.join(" ")
        );
        let said = env.ok(&["undo", "--yes"]);
        assert!(said.starts_with("Undid #"), "{said}");
        assert_eq!(
            before,
            env.data(),
            "`okr undo` after `okr {}`",
            step.join(" ")
        );
        // Do it again for real, so that the next step builds on it.
        env.ok(step);
    }
    // The log has every step, each undo, and each step again.
    let log = json(&env.ok(&["log", "--format", "json"]));
    let kinds: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.iter().filter(|k| **k == "undo").count(), steps.len());
    for kind in ["add", "checkin", "edit", "grade", "archive", "rm", "import"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }

    // Undo walks back through what is left, newest first, and stops with a sentence.
    loop {
        let out = env.cmd(&["undo", "--yes"]).output().unwrap();
        if out.status.code() == Some(2) {
            assert_eq!(
                String::from_utf8_lossy(&out.stderr),
                "error: there is nothing to undo: the log has no operation left to take back\n"
            );
            break;
        }
        assert!(out.status.success());
    }
    assert_eq!(
        env.data(),
        Env::init().data(),
        "everything undone is an empty database"
    );
    env.refuses(&["undo", "--yes"]);
}

#[test]
fn an_import_is_undone_whole() {
    let env = quarter();
    env.ok(&["checkin", "@k1", "45"]);
    let out = env.dir.path().join("team");
    env.ok(&["export", "--out", out.to_str().unwrap()]);
    let other = Env::init();
    other.ok(&["import", out.to_str().unwrap()]);
    assert!(other.ok(&["kr", "list"]).contains("Win back 100 customers"));
    let log = other.ok(&["log"]);
    assert!(log.contains("imported"), "{log}");
    assert!(other.ok(&["undo", "--yes"]).contains("imported"));
    assert_eq!(other.data(), Env::init().data());
    // Importing the same files again with nothing changed adds nothing to the log.
    other.ok(&["import", out.to_str().unwrap()]);
    let entries = json(&other.ok(&["log", "--format", "json"]))
        .as_array()
        .unwrap()
        .len();
    other.ok(&["import", out.to_str().unwrap()]);
    assert_eq!(
        json(&other.ok(&["log", "--format", "json"]))
            .as_array()
            .unwrap()
            .len(),
        entries
    );
}

#[test]
fn the_log_filters_by_key_result_objective_and_day() {
    let env = quarter();
    env.ok(&["objective", "add", "Something else"]);
    env.ok(&["kr", "add", "@o2", "Write 3 posts", "--target", "3"]);
    env.on("2026-11-24").ok(&["checkin", "@k2", "1"]);
    let ids = |args: &[&str]| -> Vec<i64> {
        json(&env.ok(&[&["log", "--format", "json"], args].concat()))
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&["--kr", "@k1"]), [3, 2]);
    assert_eq!(ids(&["--objective", "@o2"]), [6, 5, 4]);
    assert_eq!(ids(&["--since", "2026-11-24"]), [6]);
    assert_eq!(ids(&["--limit", "2"]), [6, 5]);
    let table = env.ok(&["log", "--limit", "2"]);
    assert!(table.ends_with("… 4 more; --limit 0 for all\n"), "{table}");
}

#[test]
fn the_quarter_ends_with_a_review_and_carries_over() {
    let env = quarter();
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Publish the win-back playbook",
        "--kind",
        "boolean",
    ]);
    env.ok(&["checkin", "@k2", "done"]);
    halve_the_target(&env);
    env.ok(&[
        "review",
        "note",
        "@o1",
        "Calling within a week of churn works",
        "--topic",
        "learned",
    ]);
    env.ok(&[
        "review",
        "note",
        "@o1",
        "We started late",
        "--topic",
        "went-badly",
    ]);
    let jan = |args: &[&str]| env.on("2027-01-04").ok(args);

    // The review in markdown: final scores, the original target beside the final one
    // with the reason of the change, and the reflections.
    let md = jan(&["review", "--cycle", "2026-Q4", "--format", "markdown"]);
    insta::assert_snapshot!("review_markdown", md);
    let r = json(&jan(&["review", "--cycle", "2026-Q4", "--format", "json"]));
    assert_eq!(r["final"], true);
    assert_eq!(r["reflections"].as_array().unwrap().len(), 2);

    // Carry: K1 is unfinished (40 of 50), the playbook is done and stays behind.
    let dry = jan(&["cycle", "carry", "2026-Q4", "2027-Q1", "--dry-run"]);
    assert!(
        dry.contains("Would carry 1 objective(s) and 1 key result(s)"),
        "{dry}"
    );
    let said = jan(&["cycle", "carry", "2026-Q4", "2027-Q1"]);
    assert!(said.contains(&env.expand("Carried {o1} → {o2}")), "{said}");
    let krs = json(&jan(&["kr", "list", "--format", "json"]));
    assert_eq!(krs.as_array().unwrap().len(), 1);
    assert_eq!(
        (krs[0]["start"].as_f64(), krs[0]["target"].as_f64()),
        (Some(40.0), Some(50.0))
    );
    assert!(
        jan(&["objective", "show", "@o2"])
            .contains(&env.expand("carried from {o1} Win back churned customers (2026-Q4)"))
    );
    assert!(
        jan(&["review", "--format", "markdown"])
            .contains(&env.expand("Carried from {o1} (Win back churned customers) in 2026-Q4."))
    );

    // The whole review travels through team files: exported, imported into someone
    // else's database, it reads the same there, and so does the carry link.
    let folder = env.dir.path().join("team");
    for c in ["2026-Q4", "2027-Q1"] {
        jan(&["export", "--cycle", c, "--out", folder.to_str().unwrap()]);
    }
    let other = Env::new();
    let theirs = other.on("2027-01-04");
    theirs.ok(&["init"]);
    theirs.ok(&["import", folder.to_str().unwrap()]);
    assert_eq!(
        theirs.ok(&["review", "--cycle", "2026-Q4", "--format", "markdown"]),
        md
    );
    assert!(
        theirs
            .ok(&["objective", "show", "@o2"])
            .contains(&env.expand("carried from {o1} Win back churned customers (2026-Q4)"))
    );

    // Twice adds nothing; undo takes the carry back whole.
    let again = jan(&["cycle", "carry", "2026-Q4", "2027-Q1"]);
    assert!(
        again.contains(
            "Carried 0 objective(s) and 0 key result(s) from 2026-Q4 to 2027-Q1 (1 carried before)"
        ),
        "{again}"
    );
    assert!(jan(&["undo", "--yes"]).contains("carried 1 objective(s)"));
    assert_eq!(
        json(&jan(&["kr", "list", "--format", "json"])),
        serde_json::json!([])
    );
}

#[test]
fn the_end_of_a_quarter_refuses_what_makes_no_sense() {
    let env = quarter();
    assert_eq!(
        env.refuses(&["cycle", "carry", "2026-Q4", "2026Q4"]),
        "error: cannot carry 2026-Q4 into itself\nhint: name the next cycle: `okr cycle carry 2026-Q4 2027-Q1`\n"
    );
    let err = env.refuses(&["cycle", "carry", "2026-Q4", "next-quarter"]);
    assert!(
        err.starts_with("error: unknown cycle `next-quarter`"),
        "{err}"
    );
    assert_eq!(
        env.refuses(&["review", "note", "@o1", "  "]),
        "error: a reflection needs some text\nhint: say what went well, what did not, or what was learned\n"
    );
    env.refuses(&["review", "note", "qqqqqq", "Lost"]);
}

#[test]
fn carry_keeps_every_kind_and_aligns_to_the_nearest_carried_ancestor() {
    let env = Env::init();
    let q4 = env.on("2026-10-05");
    q4.ok(&[
        "objective",
        "add",
        "Win the enterprise market",
        "--level",
        "company",
    ]);
    q4.ok(&[
        "kr",
        "add",
        "@o1",
        "Grow accounts from 10 to 50",
        "--start",
        "10",
        "--target",
        "50",
    ]);
    q4.ok(&[
        "kr",
        "add",
        "@o1",
        "Keep uptime at or above 99.9%",
        "--kind",
        "threshold",
        "--target",
        "99.9",
        "--unit",
        "%",
    ]);
    q4.ok(&[
        "objective",
        "add",
        "Ship the connector",
        "--level",
        "team",
        "--parent",
        "@o1",
    ]);
    q4.ok(&[
        "kr",
        "add",
        "@o2",
        "Ship the connector to 3 customers",
        "--target",
        "3",
    ]);
    q4.ok(&[
        "objective",
        "add",
        "Make onboarding take one day",
        "--level",
        "personal",
        "--parent",
        "@o2",
    ]);
    q4.ok(&[
        "kr",
        "add",
        "@o3",
        "Cut onboarding from 5 days to 1",
        "--start",
        "5",
        "--target",
        "1",
    ]);
    let dec = env.on("2026-12-20");
    dec.ok(&["checkin", "@k1", "30"]);
    dec.ok(&["checkin", "@k2", "99.95"]);
    dec.ok(&["checkin", "@k3", "3"]);
    dec.ok(&["checkin", "@k4", "3"]);
    let (o1, o2) = (env.name("@o1"), env.name("@o2"));
    let jan = env.on("2027-01-04");
    let said = jan.ok(&["cycle", "carry", "2026-Q4", "2027-Q1"]);
    // The team objective is done and stays; the personal one aligns to the company's copy.
    assert!(
        said.contains("Carried 2 objective(s) and 3 key result(s)"),
        "{said}"
    );
    assert!(
        said.contains(&format!("its parent {o2} was not carried")),
        "{said}"
    );
    let krs = json(&jan.ok(&["kr", "list", "--cycle", "2027-Q1", "--format", "json"]));
    let titles: Vec<&str> = krs
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["title"].as_str().unwrap())
        .collect();
    assert!(
        titles.contains(&"Keep uptime at or above 99.9%"),
        "{titles:?}"
    );
    // Starting from its final value, a title that states its start says so.
    assert!(
        titles.contains(&"Grow accounts from 30 to 50"),
        "{titles:?}"
    );
    let objectives = json(&jan.ok(&[
        "objective",
        "list",
        "--cycle",
        "2027-Q1",
        "--format",
        "json",
    ]));
    let company = objectives[0]["id"].as_str().unwrap().to_string();
    assert_ne!(company, o1);
    assert_eq!(objectives[1]["parent"].as_str(), Some(company.as_str()));
    // The carried cycle has no lint error.
    let lint = env.on("2027-01-04").ok(&["lint", "--cycle", "2027-Q1"]);
    assert!(!lint.contains("error["), "{lint}");
}

#[test]
fn a_target_change_moves_the_numbers_its_title_states() {
    let env = Env::init();
    env.on("2026-10-05")
        .ok(&["objective", "add", "Win the market"]);
    env.on("2026-10-05").ok(&[
        "kr",
        "add",
        "@o1",
        "Grow enterprise accounts from 120 to 500",
        "--start",
        "120",
        "--target",
        "500",
    ]);
    env.on("2026-10-05").ok(&[
        "kr",
        "add",
        "@o1",
        "客户投诉从 120 件减少到 30 件",
        "--start",
        "120",
        "--target",
        "30",
    ]);
    let said = env.ok(&[
        "kr",
        "edit",
        "@k1",
        "--target",
        "400",
        "--date",
        "2026-11-01",
        "--reason",
        "two pilots moved to Q1",
    ]);
    assert_eq!(
        said,
        env.expand("Updated key result {k1}: Grow enterprise accounts from 120 to 400\n")
    );
    let said = env.ok(&["kr", "edit", "@k2", "--target", "40"]);
    assert!(said.contains("客户投诉从 120 件减少到 40 件"), "{said}");
    // A title given with the change is the one kept.
    env.ok(&[
        "kr",
        "edit",
        "@k1",
        "--target",
        "450",
        "--title",
        "Grow enterprise accounts to 450",
    ]);
    let lint = env.cmd(&["lint"]).output().unwrap();
    let lint = String::from_utf8(lint.stdout).unwrap();
    assert!(!lint.contains("title-disagrees"), "{lint}");
}
