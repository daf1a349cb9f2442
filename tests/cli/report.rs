//! Reports and scores on a fixed scenario whose figures can be checked by hand.
//!
//! 2026-Q4, as of 2026-11-15: day 46 of 92, so 0.5 of the cycle is expected.
//! - O1 company (ceo, committed)
//!   - K1 grow 0 → 100: 10 (Oct 9), 30 (Oct 23), 50 (Nov 13), 60 (Nov 16), 90 (Nov 20)
//!   - K2 cut 800 → 200 ms, weight 2: 500 (Nov 10), a decreasing metric at 0.5
//! - O2 team (li, aligned to O1)
//!   - K3 keep renewals at least 90%, starting at 93: 88 (Nov 14), broken, 0
//!   - K4 milestone: done (Nov 2)
//! - O3 personal (bob, aligned to O2)
//!   - K5 interview 0 → 10 users: no check-ins, stale

use insta_cmd::assert_cmd_snapshot;

use crate::harness::{Env, json};

fn scenario() -> Env {
    let env = Env::init();
    let ceo = env.as_user("ceo");
    ceo.ok(&[
        "objective",
        "add",
        "Win the enterprise market",
        "--level",
        "company",
        "--kind",
        "committed",
        "--cycle",
        "2026-Q4",
    ]);
    ceo.ok(&[
        "kr",
        "add",
        "@o1",
        "Grow enterprise accounts from 0 to 100",
        "--target",
        "100",
        "--unit",
        "accounts",
    ]);
    ceo.ok(&[
        "kr",
        "add",
        "@o1",
        "Cut p95 report time from 800 ms to 200 ms",
        "--start",
        "800",
        "--target",
        "200",
        "--unit",
        "ms",
        "--weight",
        "2",
    ]);
    let li = env.as_user("li");
    li.ok(&[
        "objective",
        "add",
        "留住华东区客户",
        "--level",
        "team",
        "--parent",
        "@o1",
    ]);
    li.ok(&[
        "kr",
        "add",
        "@o2",
        "续约率保持在 90% 以上",
        "--kind",
        "threshold",
        "--start",
        "93",
        "--target",
        "90",
        "--unit",
        "%",
    ]);
    li.ok(&[
        "kr",
        "add",
        "@o2",
        "Publish the renewal playbook",
        "--kind",
        "boolean",
    ]);
    let bob = env.as_user("bob");
    bob.ok(&[
        "objective",
        "add",
        "Learn why customers leave",
        "--parent",
        "@o2",
    ]);
    bob.ok(&[
        "kr",
        "add",
        "@o3",
        "Interview 10 churned customers",
        "--target",
        "10",
        "--unit",
        "users",
    ]);

    for (date, value) in [
        ("2026-10-09", "10"),
        ("2026-10-23", "30"),
        ("2026-11-13", "50"),
        ("2026-11-16", "60"),
        ("2026-11-20", "90"),
    ] {
        ceo.ok(&["checkin", "@k1", value, "--date", date, "--confidence", "7"]);
    }
    ceo.ok(&[
        "checkin",
        "@k2",
        "500",
        "--date",
        "2026-11-10",
        "--confidence",
        "6",
        "--note",
        "query cache",
    ]);
    li.ok(&[
        "checkin",
        "@k3",
        "88",
        "--date",
        "2026-11-14",
        "--confidence",
        "4",
        "--note",
        "两家客户未续约",
    ]);
    li.ok(&["checkin", "@k4", "done", "--date", "2026-11-02"]);
    env
}

fn filters(env: &Env) -> Vec<(String, String)> {
    env.filters()
}

#[test]
fn every_format_of_the_report() {
    let env = scenario();
    let f = filters(&env);
    let f: Vec<(&str, &str)> = f.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    insta::with_settings!({ filters => f }, {
        for format in ["table", "markdown", "csv"] {
            assert_cmd_snapshot!(format!("report_{format}"), env.cmd(&["report", "--as-of", "2026-11-15", "--format", format]));
            assert_cmd_snapshot!(format!("tree_{format}"), env.cmd(&["report", "--tree", "--as-of", "2026-11-15", "--format", format]));
            assert_cmd_snapshot!(format!("week_{format}"), env.cmd(&["report", "--week", "--as-of", "2026-11-15", "--format", format]));
        }
        assert_cmd_snapshot!("report_json", env.cmd(&["report", "--as-of", "2026-11-15", "--format", "json"]));
    });
}

#[test]
fn the_json_report_holds_the_exact_figures() {
    let env = scenario();
    let r = json(&env.ok(&["report", "--as-of", "2026-11-15", "--format", "json"]));
    assert_eq!(r["expected"], 0.5, "2026-11-15 in 2026-Q4 is 46/92");
    let o1 = &r["objectives"][0];
    let k1 = &o1["key_results"][0];
    let k2 = &o1["key_results"][1];
    assert_eq!(
        (k1["current"].as_f64(), k1["progress"].as_f64()),
        (Some(50.0), Some(0.5)),
        "later check-ins are ignored"
    );
    assert_eq!(
        (k2["current"].as_f64(), k2["progress"].as_f64()),
        (Some(500.0), Some(0.5)),
        "800 → 200 at 500 is 0.5"
    );
    assert_eq!(o1["progress"], 0.5);
    assert_eq!(o1["status"], "on-track");
    assert_eq!(o1["succeeded"], false, "a committed objective needs 1.0");
    let o2 = &r["objectives"][1];
    assert_eq!(
        o2["key_results"][0]["progress"], 0.0,
        "88% broke the 90% threshold"
    );
    assert_eq!(o2["key_results"][1]["status"], "done");
    assert_eq!(o2["progress"], 0.5);
    let k5 = &r["objectives"][2]["key_results"][0];
    assert_eq!(
        (k5["current"].as_f64(), k5["stale"].as_bool()),
        (Some(0.0), Some(true))
    );
    // Rolled up: O3 0; O2 = mean(0.5, 0) = 0.25; O1 = mean(0.5, 0.25) = 0.375.
    assert_eq!(r["objectives"][2]["rollup"], 0.0);
    assert_eq!(r["objectives"][1]["rollup"], 0.25);
    assert_eq!(r["objectives"][0]["rollup"], 0.375);
    // Velocity of K1 over W43..W46: (0.2 + 0 + 0 + 0.2) / 4.
    assert!((k1["velocity"].as_f64().unwrap() - 0.1).abs() < 1e-12);
    for field in [
        "id",
        "title",
        "owner",
        "level",
        "cycle",
        "start",
        "target",
        "current",
        "unit",
        "progress",
        "expected",
        "status",
        "confidence",
        "velocity",
        "projection",
        "score",
    ] {
        assert!(o1.get(field).is_some(), "objective lacks `{field}`");
        assert!(k1.get(field).is_some(), "key result lacks `{field}`");
    }

    // As of a later day, the later check-in counts.
    let later = json(&env.ok(&["report", "--as-of", "2026-11-20", "--format", "json"]));
    assert_eq!(later["objectives"][0]["key_results"][0]["progress"], 0.9);
}

#[test]
fn cron_gets_the_same_bytes_every_time_without_a_terminal() {
    let env = scenario();
    let args = [
        "report",
        "--week",
        "--format",
        "markdown",
        "--as-of",
        "2026-11-16",
    ];
    let first = env.cmd(&args).output().unwrap();
    assert!(first.status.success());
    assert!(first.stderr.is_empty());
    let text = String::from_utf8(first.stdout.clone()).unwrap();
    assert!(!text.contains('\x1b'), "no escape codes in cron output");
    assert!(
        text.starts_with(
            "# OKR week: Week 2026-W47 (2026-11-16 .. 2026-11-22) in 2026-Q4, as of 2026-11-16\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(&env.expand("| 2026-11-16 | {k1} |")),
        "{text}"
    );
    assert!(
        text.contains("bob, li"),
        "owners without a check-in: {text}"
    );
    // Even with colour allowed, output that is not a terminal stays plain.
    let mut cmd = env.cmd(&args);
    cmd.env_remove("NO_COLOR");
    let second = cmd.output().unwrap();
    assert_eq!(first.stdout, second.stdout, "byte-identical");
    for format in ["table", "json", "csv"] {
        let a = env.ok(&["report", "--as-of", "2026-11-16", "--format", format]);
        assert_eq!(
            a,
            env.ok(&["report", "--as-of", "2026-11-16", "--format", format]),
            "{format}"
        );
    }
}

#[test]
fn an_empty_cycle_is_not_an_error() {
    let env = scenario();
    assert_eq!(
        env.ok(&["report", "--cycle", "2027-Q1"]),
        "2027-Q1 · as of 2026-11-23 · 0% of the cycle elapsed · 12.9 weeks left\n0 objectives, 0 key results\n\nNo objectives in 2027-Q1.\n"
    );
    let r = json(&env.ok(&["report", "--cycle", "2027-Q1", "--format", "json"]));
    assert_eq!(r["objectives"].as_array().unwrap().len(), 0);
}

#[test]
fn filters_by_owner_and_level() {
    let env = scenario();
    let r = json(&env.ok(&["report", "--owner", "li", "--format", "json"]));
    let titles: Vec<&str> = r["objectives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["留住华东区客户"]);
    let r = json(&env.ok(&["report", "--level", "personal", "--format", "json"]));
    assert_eq!(r["objectives"][0]["owner"], "bob");
}

#[test]
fn scores_with_a_hand_grade_and_the_arithmetic() {
    let env = scenario();
    // At the cycle's end the last check-in (90) counts for K1.
    env.as_user("ceo").ok(&[
        "score",
        "set",
        "@k2",
        "0.8",
        "--note",
        "the cache shipped; the last 100 ms moved to Q1",
    ]);
    let f = filters(&env);
    let f: Vec<(&str, &str)> = f.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    insta::with_settings!({ filters => f }, {
        assert_cmd_snapshot!("score_table", env.cmd(&["score", "--as-of", "2026-12-31"]));
        assert_cmd_snapshot!("score_explain", env.cmd(&["score", "--as-of", "2026-12-31", "--explain"]));
    });
    let r = json(&env.ok(&["score", "--as-of", "2026-12-31", "--format", "json"]));
    let k2 = &r["objectives"][0]["key_results"][1];
    assert_eq!(
        (k2["computed_score"].as_f64(), k2["score"].as_f64()),
        (Some(0.5), Some(0.8)),
        "the computed figure stays beside the grade"
    );
    // O1 = (1 × 0.9 + 2 × 0.8) / 3.
    let o1 = r["objectives"][0]["score"].as_f64().unwrap();
    assert!(
        (o1 - 2.5 / 3.0).abs() < 1e-9,
        "figures are rounded to 9 decimals"
    );
    assert_eq!(r["objectives"][0]["band"], "green");

    env.ok(&["score", "clear", "@k2"]);
    let r = json(&env.ok(&["score", "--as-of", "2026-12-31", "--format", "json"]));
    assert_eq!(r["objectives"][0]["key_results"][1]["score"], 0.5);

    assert_eq!(
        env.refuses(&["score", "set", "@k2", "1.5", "--note", "x"]),
        "error: a grade is a number from 0.0 to 1.0, not `1.5`\n"
    );
    assert_eq!(
        env.refuses(&["score", "set", "@k2", "0.5", "--note", "  "]),
        "error: a hand grade needs a reason\nhint: pass `--note \"why this grade\"`\n"
    );
    env.refuses(&["score", "set", "@k2", "0.5"]);
    env.refuses(&["score", "clear", "@k2"]);
}

#[test]
fn the_display_says_what_is_meant() {
    let env = scenario();
    // Mid-cycle, a score is provisional: it says where it stands so far, never "missed".
    let mid = env.ok(&["score"]);
    assert!(mid.contains("provisional"), "{mid}");
    assert!(!mid.contains("missed"), "{mid}");
    assert!(mid.contains("below 1.0 so far (committed)"), "{mid}");
    let end = env.ok(&["score", "--as-of", "2026-12-31"]);
    assert!(end.contains("missed (committed: needs 1.0)"), "{end}");

    // A threshold shows what it keeps; a reached milestone reads `done`.
    let krs = env.ok(&["kr", "list", "--format", "table"]);
    let k3 = krs.lines().find(|l| l.contains("续约率")).unwrap();
    assert!(k3.contains("≥ 90%"), "{k3}");
    let k4 = krs.lines().find(|l| l.contains("playbook")).unwrap();
    assert!(k4.contains("not done") && k4.contains(" done "), "{k4}");
    assert!(env.ok(&["kr", "show", "@k3"]).contains("target     ≥ 90%"));

    // The tree's status is the rolled-up one: O1 is on track on its own, at risk with
    // its team below it.
    let r = json(&env.ok(&["report", "--format", "json"]));
    let o1 = &r["objectives"][0];
    assert_eq!(
        (o1["status"].as_str(), o1["rollup_status"].as_str()),
        (Some("on-track"), Some("at-risk"))
    );
    let tree = env.ok(&["report", "--tree"]);
    let line = tree
        .lines()
        .find(|l| l.starts_with(&env.expand("{o1}")))
        .unwrap();
    assert!(line.ends_with("at-risk"), "{line}");

    // Confidence is the same number in the report and in the list: a check-in without
    // one keeps the last stated.
    env.as_user("li").ok(&["checkin", "@k3", "89"]);
    let list = json(&env.ok(&["kr", "list", "--format", "json"]));
    let report = json(&env.ok(&["report", "--format", "json"]));
    assert_eq!(list[2]["confidence"], 4);
    assert_eq!(report["objectives"][1]["key_results"][0]["confidence"], 4);

    // A key result added this week is not stale yet; a week later, without a
    // check-in, it is.
    env.as_user("bob")
        .ok(&["kr", "add", "@o3", "Read 20 exit surveys", "--target", "20"]);
    let stale = |text: &str| -> Vec<bool> {
        json(text)["objectives"][2]["key_results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["stale"].as_bool().unwrap())
            .collect()
    };
    assert_eq!(
        stale(&env.ok(&["report", "--format", "json"])),
        [false, false]
    );
    let week_later = env.on("2026-11-30").ok(&["report", "--format", "json"]);
    assert_eq!(stale(&week_later), [true, true]);
}

#[test]
fn a_grade_counts_from_the_day_it_was_set() {
    let env = scenario();
    // After the quarter, on 2027-01-04, K2 is graded by hand.
    env.on("2027-01-04").ok(&[
        "score",
        "set",
        "@k2",
        "0.8",
        "--note",
        "the cache shipped late",
    ]);

    // The quarter's last day did not know the grade: the computed 0.5 counts there,
    // and the score says that a grade came later.
    let end = env.on("2027-01-04").ok(&["score", "--as-of", "2026-12-31"]);
    let k2 = end
        .lines()
        .find(|l| l.contains(&env.expand("{k2}")))
        .unwrap();
    assert!(k2.contains("0.50") && k2.contains("later"), "{k2}");
    assert!(k2.contains("graded on 2027-01-04, after this date"), "{k2}");
    let explain = env
        .on("2027-01-04")
        .ok(&["score", "--as-of", "2026-12-31", "--explain"]);
    assert!(
        explain.contains(
            "graded by hand on 2027-01-04, after this date: the computed score counts here"
        ),
        "{explain}"
    );
    let r = json(
        &env.on("2027-01-04")
            .ok(&["score", "--as-of", "2026-12-31", "--format", "json"]),
    );
    let k = &r["objectives"][0]["key_results"][1];
    assert_eq!(
        (k["score"].as_f64(), &k["grade"]),
        (Some(0.5), &serde_json::Value::Null)
    );
    assert_eq!(k["graded_later"], "2027-01-04");

    // From its day on, the grade counts.
    let r = json(
        &env.on("2027-01-04")
            .ok(&["score", "--cycle", "2026-Q4", "--format", "json"]),
    );
    let k = &r["objectives"][0]["key_results"][1];
    assert_eq!(
        (k["score"].as_f64(), &k["graded_later"]),
        (Some(0.8), &serde_json::Value::Null)
    );
}

#[test]
fn not_done_is_never_shown_as_done() {
    let env = Env::init();
    env.ok(&[
        "objective",
        "add",
        "Ship every feature",
        "--kind",
        "committed",
    ]);
    env.ok(&["kr", "add", "@o1", "Ship 1000 features", "--target", "1000"]);
    env.ok(&["kr", "add", "@o1", "Count the stars", "--target", "1e15"]);
    env.ok(&["checkin", "@k1", "999", "--date", "2026-11-20"]);
    env.ok(&[
        "checkin",
        "@k2",
        "999999999999999.9",
        "--date",
        "2026-11-20",
    ]);

    // 999 of 1000 is 99%, not 100%; the table shows the typed value as typed.
    let report = env.ok(&["report", "--wide"]);
    let k1 = report.lines().find(|l| l.contains("Ship 1000")).unwrap();
    assert!(k1.contains("99%") && !k1.contains("100%"), "{k1}");
    let krs = env.ok(&["kr", "list"]);
    assert!(krs.contains("999999999999999.9"), "{krs}");

    // At the quarter's end the committed objective scores 0.99 and misses, in table
    // and CSV alike.
    let score = env.ok(&["score", "--as-of", "2026-12-31"]);
    let k1 = score.lines().find(|l| l.contains("Ship 1000")).unwrap();
    assert!(k1.contains("0.99") && !k1.contains("1.00"), "{k1}");
    let o1 = score
        .lines()
        .find(|l| l.contains(&env.expand("{o1}")))
        .unwrap();
    assert!(o1.contains("missed (committed: needs 1.0)"), "{o1}");
    let csv = env.ok(&["score", "--as-of", "2026-12-31", "--format", "csv"]);
    assert!(csv.contains(",0.999,,0.999,"), "{csv}");
}

#[test]
fn a_progress_a_hair_below_one_is_not_done_anywhere() {
    let env = Env::init();
    env.ok(&["objective", "add", "Reach everyone", "--kind", "committed"]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Reach 10000000000 people",
        "--target",
        "10000000000",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Sign 10000000000 contracts",
        "--target",
        "10000000000",
    ]);
    // 9,999,999,995 of 10,000,000,000: below 1 by 5e-10, more than float noise.
    env.ok(&["checkin", "@k1", "9999999995", "--date", "2026-11-20"]);
    env.ok(&["checkin", "@k2", "6999999995", "--date", "2026-11-20"]);
    let said = env.ok(&["checkin", "@k1", "9999999995", "--date", "2026-11-21"]);
    assert!(said.ends_with("progress 99%\n"), "{said}");
    let report = env.ok(&["report", "--wide"]);
    let k1 = report.lines().find(|l| l.contains("Reach 100")).unwrap();
    assert!(k1.contains("99%") && !k1.contains("done"), "{k1}");
    let json = json(&env.ok(&["report", "--format", "json"]));
    let k = &json["objectives"][0]["key_results"][0];
    assert_eq!(
        (
            k["progress"].as_f64(),
            k["status"].as_str(),
            k["score"].as_f64()
        ),
        (Some(0.999999999), Some("on-track"), Some(0.999999999))
    );
    assert_ne!(json["summary"]["done"], 1);
    // At the end: a committed objective at 0.99 is missed; 0.6999999995 is yellow and
    // shows as 0.69, never at the green edge.
    let score = env.ok(&["score", "--as-of", "2026-12-31"]);
    let k1 = score.lines().find(|l| l.contains("Reach 100")).unwrap();
    assert!(k1.contains("0.99") && !k1.contains("1.00"), "{k1}");
    let k2 = score.lines().find(|l| l.contains("Sign 100")).unwrap();
    assert!(k2.contains("0.69") && k2.contains("yellow"), "{k2}");
    let o1 = score
        .lines()
        .find(|l| l.contains("Reach everyone"))
        .unwrap();
    assert!(o1.contains("missed (committed: needs 1.0)"), "{o1}");
}

#[test]
fn departments_side_by_side() {
    let env = scenario();
    let by = |by: &str, format: &str| {
        env.ok(&[
            "report",
            "--by",
            by,
            "--as-of",
            "2026-11-15",
            "--format",
            format,
        ])
    };
    // Owners by name, each with the report's own figures: ceo's two key results are on
    // pace, li's renewals broke their threshold while the milestone is done, bob has
    // no check-in halfway through the cycle (off track, and stale).
    let c = json(&by("owner", "json"));
    assert_eq!(
        (c["by"].as_str(), c["expected"].as_f64()),
        (Some("owner"), Some(0.5))
    );
    let rows: Vec<(&str, u64, u64, f64, &str)> = c["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["name"].as_str().unwrap(),
                g["objectives"].as_u64().unwrap(),
                g["key_results"].as_u64().unwrap(),
                g["progress"].as_f64().unwrap(),
                g["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("bob", 1, 1, 0.0, "off-track"),
            ("ceo", 1, 2, 0.5, "on-track"),
            ("li", 1, 2, 0.5, "on-track"),
        ]
    );
    let li = &c["groups"][2];
    assert_eq!(
        (li["done"].as_u64(), li["off_track"].as_u64()),
        (Some(1), Some(1))
    );
    let bob = &c["groups"][0];
    assert_eq!(
        (bob["off_track"].as_u64(), bob["stale"].as_u64()),
        (Some(1), Some(1))
    );
    // Levels from the top down.
    let c = json(&by("level", "json"));
    let names: Vec<&str> = c["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["company", "team", "personal"]);

    let f = filters(&env);
    let f: Vec<(&str, &str)> = f.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    insta::with_settings!({ filters => f }, {
        for format in ["table", "markdown", "csv"] {
            assert_cmd_snapshot!(format!("by_owner_{format}"), env.cmd(&["report", "--by", "owner", "--as-of", "2026-11-15", "--format", format]));
        }
        assert_cmd_snapshot!("by_level_table", env.cmd(&["report", "--by", "level", "--as-of", "2026-11-15"]));
    });

    // A grouping okr does not know, or --by with another view: one sentence, exit 2.
    assert!(
        env.refuses(&["report", "--by", "team"])
            .contains("invalid value 'team'")
    );
    assert!(
        env.refuses(&["report", "--by", "owner", "--week"])
            .contains("cannot be used with")
    );
    // An empty cycle compares nothing, without an error.
    assert!(
        env.ok(&["report", "--by", "owner", "--cycle", "2027-Q1"])
            .ends_with("No objectives in 2027-Q1.\n")
    );
}

#[test]
fn scores_cycle_after_cycle() {
    let env = Env::init();
    let (ceo, li) = (env.as_user("ceo"), env.as_user("li"));
    // 2026-Q3 has ended: ceo reached 80 of 100, li 30 of 100.
    ceo.ok(&[
        "objective",
        "add",
        "Grow the base",
        "--level",
        "company",
        "--cycle",
        "2026-Q3",
    ]);
    ceo.ok(&[
        "kr",
        "add",
        "@o1",
        "Grow accounts from 0 to 100",
        "--target",
        "100",
    ]);
    ceo.ok(&["checkin", "@k1", "80", "--date", "2026-09-20"]);
    li.ok(&[
        "objective",
        "add",
        "留住华东区客户",
        "--level",
        "team",
        "--cycle",
        "2026-Q3",
    ]);
    li.ok(&[
        "kr",
        "add",
        "@o2",
        "Renew 100 contracts",
        "--start",
        "0",
        "--target",
        "100",
    ]);
    li.ok(&["checkin", "@k2", "30", "--date", "2026-09-10"]);
    // 2026-Q4 runs (today is 2026-11-23): only ceo has an objective, at 40 so far.
    ceo.ok(&[
        "objective",
        "add",
        "Win the enterprise market",
        "--level",
        "company",
        "--cycle",
        "2026-Q4",
    ]);
    ceo.ok(&[
        "kr",
        "add",
        "@o3",
        "Sign 100 enterprise accounts",
        "--start",
        "0",
        "--target",
        "100",
    ]);
    ceo.ok(&["checkin", "@k3", "40", "--date", "2026-11-10"]);

    let t = json(&env.ok(&["trend", "--format", "json"]));
    let cycles: Vec<(&str, bool, &str)> = t["cycles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap(),
                c["final"].as_bool().unwrap(),
                c["as_of"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        cycles,
        [
            ("2026-Q3", true, "2026-09-30"),
            ("2026-Q4", false, "2026-11-23")
        ]
    );
    assert_eq!(t["groups"][0]["name"], "all");
    assert_eq!(t["groups"][0]["scores"], serde_json::json!([0.55, 0.4]));

    let t = json(&env.ok(&["trend", "--by", "owner", "--format", "json"]));
    assert_eq!(
        t["groups"],
        serde_json::json!([
            {"name": "ceo", "scores": [0.8, 0.4]},
            {"name": "li", "scores": [0.3, null]},
        ])
    );
    let t = json(&env.ok(&["trend", "--cycles", "2026-Q4..", "--format", "json"]));
    assert_eq!(t["cycles"].as_array().unwrap().len(), 1);
    assert_eq!(t["cycles"][0]["name"], "2026-Q4");
    let t = json(&env.ok(&["trend", "--cycles", "..2026-Q3", "--format", "json"]));
    assert_eq!(t["groups"][0]["scores"], serde_json::json!([0.55]));

    let f = filters(&env);
    let f: Vec<(&str, &str)> = f.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    insta::with_settings!({ filters => f }, {
        assert_cmd_snapshot!("trend_by_owner_table", env.cmd(&["trend", "--by", "owner"]));
        assert_cmd_snapshot!("trend_markdown", env.cmd(&["trend", "--format", "markdown"]));
        assert_cmd_snapshot!("trend_by_level_csv", env.cmd(&["trend", "--by", "level", "--format", "csv"]));
    });

    // A range backwards, a cycle okr does not know: one sentence, exit 2.
    assert!(
        env.refuses(&["trend", "--cycles", "2026-Q4..2026-Q3"])
            .starts_with("error: cycle `2026-Q4` starts after `2026-Q3`")
    );
    assert!(
        env.refuses(&["trend", "--cycles", "2026-Q9"])
            .contains("2026-Q9")
    );
    assert!(
        env.refuses(&["trend", "--cycles", "a..b..c"])
            .contains("not a range of cycles")
    );
}

#[test]
fn a_threshold_never_measured_is_not_started_and_lifts_nothing() {
    let env = Env::init();
    let day5 = env.on("2026-10-05");
    day5.ok(&["objective", "add", "Win the market", "--level", "company"]);
    day5.ok(&[
        "objective",
        "add",
        "Keep it up",
        "--level",
        "team",
        "--parent",
        "@o1",
    ]);
    day5.ok(&[
        "kr",
        "add",
        "@o2",
        "Keep uptime at or above 99.9%",
        "--kind",
        "threshold",
        "--target",
        "99.9",
        "--unit",
        "%",
    ]);
    day5.ok(&[
        "kr",
        "add",
        "@o2",
        "Keep p99 at or below 2 s",
        "--kind",
        "threshold",
        "--target",
        "2",
        "--keep",
        "at-most",
        "--unit",
        "s",
    ]);
    let r = json(&day5.ok(&["report", "--tree", "--format", "json"]));
    let team = &r["objectives"][1];
    assert_eq!(team["progress"].as_f64(), Some(0.0));
    assert_eq!(team["score"].as_f64(), Some(0.0));
    for k in team["key_results"].as_array().unwrap() {
        assert_eq!(
            (k["progress"].as_f64(), k["status"].as_str()),
            (Some(0.0), Some("not-started"))
        );
    }
    assert_eq!(r["summary"]["not_started"], 2, "{}", r["summary"]);
    assert_eq!(r["objectives"][0]["rollup"].as_f64(), Some(0.0));
    let score = day5.ok(&["score"]);
    assert!(!score.contains("met so far"), "{score}");
    // Measured, it holds: done.
    day5.ok(&["checkin", "@k1", "99.95"]);
    let r = json(&day5.ok(&["report", "--format", "json"]));
    assert_eq!(r["objectives"][1]["key_results"][0]["status"], "done");
}

#[test]
fn a_grade_given_at_the_review_counts_in_the_review_the_trend_and_the_score() {
    let env = Env::init();
    let q4 = env.on("2026-11-02");
    q4.ok(&[
        "objective",
        "add",
        "Win back churned customers",
        "--level",
        "team",
    ]);
    q4.ok(&[
        "kr",
        "add",
        "@o1",
        "Win back 100 customers",
        "--target",
        "100",
    ]);
    env.on("2026-12-20").ok(&["checkin", "@k1", "30"]);
    // The team grades on 5 January, after the quarter ended.
    let jan = env.on("2027-01-05");
    jan.ok(&["score", "set", "@k1", "0.8", "--note", "the segment halved"]);
    let grade_of = |args: &[&str]| -> f64 {
        let r = json(&jan.ok(args));
        let report = if r["report"].is_object() {
            r["report"].clone()
        } else {
            r
        };
        report["objectives"][0]["key_results"][0]["score"]
            .as_f64()
            .unwrap()
    };
    assert_eq!(
        grade_of(&["score", "--cycle", "2026-Q4", "--format", "json"]),
        0.8
    );
    assert_eq!(
        grade_of(&["review", "--cycle", "2026-Q4", "--format", "json"]),
        0.8
    );
    let review = jan.ok(&["review", "--cycle", "2026-Q4"]);
    assert!(
        review.contains("0.80") && !review.contains("0.30"),
        "{review}"
    );
    let trend = json(&jan.ok(&["trend", "--cycles", "2026-Q4..2026-Q4", "--format", "json"]));
    assert_eq!(
        trend["groups"][0]["scores"][0].as_f64(),
        Some(0.8),
        "{trend}"
    );
    // As of a day before the grade, the computed score counts and says a grade came later.
    let before = json(&jan.ok(&[
        "score",
        "--cycle",
        "2026-Q4",
        "--as-of",
        "2026-12-31",
        "--format",
        "json",
    ]));
    let k = &before["objectives"][0]["key_results"][0];
    assert_eq!(
        (k["score"].as_f64(), k["graded_later"].as_str()),
        (Some(0.3), Some("2027-01-05"))
    );
}

#[test]
fn a_second_hand_grade_keeps_the_first_for_the_days_between() {
    let env = Env::init();
    env.on("2026-10-02")
        .ok(&["objective", "add", "Win back churned customers"]);
    env.on("2026-10-02").ok(&[
        "kr",
        "add",
        "@o1",
        "Win back 100 customers",
        "--target",
        "100",
    ]);
    env.on("2026-11-10").ok(&["checkin", "@k1", "40"]);
    env.on("2026-11-15").ok(&[
        "score",
        "set",
        "@k1",
        "0.7",
        "--note",
        "half the segment was sold",
    ]);
    env.on("2026-12-04").ok(&[
        "score",
        "set",
        "@k1",
        "0.3",
        "--note",
        "the rest churned too",
    ]);
    let score_on = |day: &str| -> (Option<f64>, Option<String>) {
        let r = json(
            &env.on("2026-12-08")
                .ok(&["score", "--as-of", day, "--format", "json"]),
        );
        let k = &r["objectives"][0]["key_results"][0];
        (
            k["score"].as_f64(),
            k["grade"]["note"].as_str().map(str::to_string),
        )
    };
    assert_eq!(score_on("2026-11-12"), (Some(0.4), None));
    assert_eq!(
        score_on("2026-11-20"),
        (Some(0.7), Some("half the segment was sold".into()))
    );
    assert_eq!(
        score_on("2026-12-05"),
        (Some(0.3), Some("the rest churned too".into()))
    );
    // Cleared on 12-06: from that day the computed score counts; before, the grades.
    env.on("2026-12-06").ok(&["score", "clear", "@k1"]);
    assert_eq!(score_on("2026-12-07"), (Some(0.4), None));
    assert_eq!(score_on("2026-11-20").0, Some(0.7));
    // Each is undone on its own.
    env.on("2026-12-08").ok(&["undo", "--yes"]);
    assert_eq!(score_on("2026-12-07").0, Some(0.3));
}

#[test]
fn a_backfilled_checkin_says_the_progress_on_its_own_day() {
    let env = Env::init();
    env.ok(&["objective", "add", "Grow"]);
    env.ok(&["kr", "add", "@o1", "Reach 100 teams", "--target", "100"]);
    env.ok(&["checkin", "@k1", "80"]);
    let said = env.ok(&["checkin", "@k1", "40", "--date", "2026-11-10"]);
    assert!(
        said.ends_with("0 → 40, progress 40% on that day (80% now)\n"),
        "{said}"
    );
    let r = json(&env.ok(&[
        "checkin",
        "@k1",
        "50",
        "--date",
        "2026-11-12",
        "--format",
        "json",
    ]));
    assert_eq!(
        (r["progress_on_date"].as_f64(), r["kr"]["progress"].as_f64()),
        (Some(0.5), Some(0.8))
    );
    // Today's check-in, or a backfill that is still the latest, says it once.
    let said = env.ok(&["checkin", "@k1", "90"]);
    assert!(said.ends_with("80 → 90, progress 90%\n"), "{said}");
}

#[test]
fn a_key_result_owner_sees_hers_under_anothers_objective() {
    let env = Env::init();
    env.ok(&[
        "objective",
        "add",
        "Win the market",
        "--level",
        "company",
        "--owner",
        "ceo",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Grow accounts from 10 to 50",
        "--start",
        "10",
        "--target",
        "50",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Cut churn from 5% to 2%",
        "--start",
        "5",
        "--target",
        "2",
        "--unit",
        "%",
        "--owner",
        "chen",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Sign 4 partners",
        "--target",
        "4",
        "--owner",
        "chen",
    ]);
    env.ok(&["checkin", "@k2", "3.5"]);
    // chen owns no objective, and two key results under the ceo's.
    let mine = env.ok(&["report", "--owner", "chen"]);
    assert!(!mine.contains("No objectives"), "{mine}");
    assert!(mine.contains("Win the market †"), "{mine}");
    assert!(
        mine.contains("Cut churn") && mine.contains("Sign 4") && !mine.contains("Grow accounts"),
        "{mine}"
    );
    assert!(mine.contains("† another's objective"), "{mine}");
    let json = json(&env.ok(&["report", "--owner", "chen", "--format", "json"]));
    assert_eq!(json["objectives"][0]["partial"], true);
    assert_eq!(json["summary"]["key_results"], 2);
    // The objective's own figures stay the whole objective's: (0 + 0.5 + 0) / 3.
    assert_eq!(
        json["objectives"][0]["progress"]
            .as_f64()
            .map(|p| (p * 1e6).round()),
        Some(166667.0)
    );
    // Side by side, each key result counts under its own owner.
    let by = json_of(&env, &["report", "--by", "owner", "--format", "json"]);
    let group = |name: &str| {
        by["groups"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["name"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("no group {name}: {by}"))
    };
    assert_eq!(
        (
            group("ceo")["objectives"].as_u64(),
            group("ceo")["key_results"].as_u64()
        ),
        (Some(1), Some(1))
    );
    assert_eq!(
        (
            group("chen")["objectives"].as_u64(),
            group("chen")["key_results"].as_u64()
        ),
        (Some(0), Some(2))
    );
}

fn json_of(env: &Env, args: &[&str]) -> serde_json::Value {
    json(&env.ok(args))
}

#[test]
fn an_implausible_value_is_refused_in_a_script_unless_confirmed() {
    let env = Env::init();
    env.ok(&["objective", "add", "Stay up"]);
    env.ok(&[
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
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Raise the success rate from 90% to 99%",
        "--start",
        "90",
        "--target",
        "99",
        "--unit",
        "%",
    ]);
    env.ok(&["kr", "add", "@o1", "Sign 40 customers", "--target", "40"]);
    assert_eq!(
        env.refuses(&["checkin", "@k1", "1 500"]),
        "error: 1500% is outside 0–100%, and this key result's threshold is 99.9%; is that right?\n\
         hint: if it is, pass `--yes` to check it in; nothing was recorded\n"
    );
    assert!(
        env.refuses(&["checkin", "@k2", "=-3"])
            .starts_with("error: -3% is outside 0–100%, and this key result runs from 90% to 99%")
    );
    assert!(
        env.refuses(&["checkin", "@k3", "=-2"])
            .starts_with("error: -2 is negative, and this key result runs from 0 to 40")
    );
    assert!(
        env.refuses(&["checkin", "@k3", "400000"]).starts_with(
            "error: 400000 is more than 100 times the size of this key result's numbers"
        )
    );
    // Plausible values go through as before; an implausible one that is right, with --yes.
    env.ok(&["checkin", "@k2", "95"]);
    env.ok(&["checkin", "@k3", "400"]);
    let said = env.ok(&["checkin", "@k1", "1 500", "--yes"]);
    assert!(said.contains("→ 1500%"), "{said}");
}

#[test]
fn a_target_cut_during_the_week_is_not_progress() {
    let env = Env::init();
    env.on("2026-10-05")
        .ok(&["objective", "add", "Win back customers"]);
    env.on("2026-10-05").ok(&[
        "kr",
        "add",
        "@o1",
        "Win back churned customers",
        "--target",
        "100",
    ]);
    env.on("2026-11-13").ok(&["checkin", "@k1", "40"]);
    // Monday of the week: the target is cut to 50, nothing else happens.
    env.ok(&[
        "kr",
        "edit",
        "@k1",
        "--target",
        "50",
        "--date",
        "2026-11-23",
        "--reason",
        "half the segment was sold",
    ]);
    let r = json(&env.ok(&["report", "--week", "--format", "json"]));
    let k = &r["objectives"][0]["key_results"][0];
    assert_eq!(
        (
            k["week_before"].as_f64(),
            k["progress"].as_f64(),
            k["week_delta"].as_f64(),
            k["measure_changed"].as_bool()
        ),
        (Some(0.4), Some(0.8), Some(0.0), Some(true))
    );
    let week = env.ok(&["report", "--week"]);
    assert!(week.contains("+0%*") || week.contains("0%*"), "{week}");
    assert!(week.contains("* target changed this week"), "{week}");
}
