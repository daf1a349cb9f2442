//! Bad input: one sentence (and a hint where there is an obvious next step), exit code
//! 2, and a database exactly as it was. `Env::refuses` checks all three.

use crate::harness::{Env, json};

/// A database with a company objective (1), a team objective (2) aligned to it, and a
/// key result (1) with one check-in.
fn seeded() -> Env {
    let env = Env::init();
    env.ok(&["objective", "add", "Win the market", "--level", "company"]);
    env.ok(&[
        "objective",
        "add",
        "Ship the platform",
        "--level",
        "team",
        "--parent",
        "@o1",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o2",
        "Reach 100 paying teams",
        "--target",
        "100",
    ]);
    env.ok(&["checkin", "@k1", "10"]);
    env
}

#[test]
fn no_database_yet() {
    let env = Env::new();
    let err = env.refuses(&["objective", "list"]);
    assert_eq!(
        err,
        format!(
            "error: no okr database at `{}`\nhint: run `okr init` first\n",
            env.db().display()
        )
    );
}

#[test]
fn unknown_ids() {
    let env = seeded();
    assert_eq!(
        env.refuses(&["checkin", "qqqqqq", "5"]),
        "error: no key result matches `qqqqqq`\nhint: run `okr kr list` to see the ids\n"
    );
    assert_eq!(
        env.refuses(&["objective", "show", "zz-top"]),
        "error: no objective matches `zz-top`\nhint: run `okr objective list` to see the ids\n"
    );
    assert_eq!(
        env.refuses(&["kr", "add", "7", "Reach 5", "--target", "5"]),
        "error: `7` is a number from an older okr; numbers differed from clone to clone, so okr no longer takes them\n\
         hint: ids are letters now, the same in every clone; `okr objective list` shows them\n"
    );
}

#[test]
fn an_ambiguous_short_id_lists_the_candidates() {
    let env = seeded();
    // Give the two objectives uids that share a prefix, as can happen by chance.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "UPDATE objective SET uid = 'abcd0000000000000000000000000001' WHERE id = 1;
         UPDATE objective SET uid = 'abcd0000000000000000000000000002' WHERE id = 2;",
    )
    .unwrap();
    drop(conn);
    let err = env.refuses(&["objective", "close", "abcd"]);
    assert_eq!(
        err,
        "error: objective id `abcd` is ambiguous: it matches abcd0000000000000000000000000001 (objective “Win the market”), \
         abcd0000000000000000000000000002 (objective “Ship the platform”)\n\
         hint: type more letters of the id\n"
    );
    env.ok(&["objective", "close", "abcd0000000000000000000000000002"]);
}

#[test]
fn values_that_are_not_finite_numbers() {
    let env = seeded();
    assert_eq!(
        env.refuses(&["checkin", "@k1", "lots"]),
        "error: value `lots` is not a number\n"
    );
    assert_eq!(
        env.refuses(&["checkin", "@k1", "NaN"]),
        "error: value must be a finite number, not `NaN`\n"
    );
    assert_eq!(
        env.refuses(&["checkin", "@k1", "+inf"]),
        "error: value must be a finite number, not `+inf`\n"
    );
    assert_eq!(
        env.refuses(&["kr", "add", "@o1", "Reach it", "--target", "nan"]),
        "error: target must be a finite number, not `nan`\n"
    );
    assert_eq!(
        env.refuses(&["kr", "edit", "@k1", "--weight", "0"]),
        "error: weight must be above 0 and at most 1000000, not `0`\n"
    );
}

#[test]
fn values_and_weights_beyond_a_sane_range() {
    let env = seeded();
    let out_of_range = "is out of range: okr takes values from -1e15 to 1e15\n\
                        hint: count in a larger unit (thousands, millions, 万, 亿)\n";
    assert_eq!(
        env.refuses(&["checkin", "@k1", "1e21"]),
        format!("error: value `1e21` {out_of_range}")
    );
    assert_eq!(
        env.refuses(&[
            "kr",
            "add",
            "@o1",
            "Reach it",
            "--start=-1e308",
            "--target",
            "1e308"
        ]),
        format!("error: start `-1e308` {out_of_range}")
    );
    assert_eq!(
        env.refuses(&["kr", "edit", "@k1", "--weight", "1e308"]),
        "error: weight must be above 0 and at most 1000000, not `1e308`\n"
    );
    // A change that would carry the value past the range is refused like a typed one.
    env.ok(&["checkin", "@k1", "=-1e15", "--yes"]);
    assert!(
        env.refuses(&["checkin", "@k1", "-1"])
            .contains("out of range")
    );
    // The edges themselves are fine.
    env.ok(&[
        "kr", "edit", "@k1", "--weight", "1000000", "--target", "1e15",
    ]);
}

#[test]
fn start_equal_to_target() {
    let env = seeded();
    let err = env.refuses(&[
        "kr",
        "add",
        "@o1",
        "Keep NPS at 40",
        "--start",
        "40",
        "--target",
        "40",
    ]);
    assert_eq!(
        err,
        "error: start and target are both `40`: there is nothing to measure\n\
         hint: set a target different from the start, or use `--kind threshold` to hold a value\n"
    );
    env.refuses(&["kr", "edit", "@k1", "--start", "100"]);
}

#[test]
fn dates_and_confidence() {
    let env = seeded();
    assert_eq!(
        env.refuses(&["checkin", "@k1", "12", "--date", "2026-02-30"]),
        "error: `2026-02-30` is not a date\nhint: use YYYY-MM-DD, `today`, `yesterday`, a weekday name, `last friday`, `-3d`, `-2w` or `-1m`\n"
    );
    env.refuses(&["checkin", "@k1", "12", "--date", "next tuesday"]);
    assert_eq!(
        env.refuses(&["checkin", "@k1", "12", "--confidence", "11"]),
        "error: confidence must be between 0 and 10, not `11`\n"
    );
    env.refuses(&["checkin", "@k1", "12", "--confidence", "high"]);
    let err = env.refuses(&["checkin", "@k1", "12", "--date", "2026-12-01"]);
    assert!(
        err.starts_with("error: check-in date 2026-12-01 is in the future (today is 2026-11-23)"),
        "{err}"
    );
}

#[test]
fn missing_arguments_without_a_terminal() {
    let env = seeded();
    assert_eq!(
        env.refuses(&["checkin"]),
        "error: which key result? none was given, and there is no terminal to ask\n\
         hint: pass it first: `okr checkin <KR> <VALUE>`; `okr kr list` shows the ids\n"
    );
    let k1 = env.name("@k1");
    assert_eq!(
        env.refuses(&["checkin", &k1]),
        format!(
            "error: no value given for key result `{k1}`, and there is no terminal to ask\n\
             hint: pass it after the key result: `okr checkin {k1} <VALUE>` (or `+N` for a change)\n"
        )
    );
    env.refuses(&["checkin", "undo"]);
}

#[test]
fn circular_and_downward_alignment() {
    let env = seeded();
    env.ok(&[
        "objective",
        "add",
        "Sub-team goal",
        "--level",
        "team",
        "--parent",
        "@o2",
    ]);
    assert_eq!(
        env.refuses(&["objective", "edit", "@o2", "--parent", "@o3"]),
        env.expand(
            "error: aligning objective {o2} under {o3} would make a circle: {o2} → {o3} → {o2}\n"
        )
    );
    env.refuses(&["objective", "edit", "@o1", "--parent", "@o1"]);
    assert_eq!(
        env.refuses(&[
            "objective",
            "add",
            "Company thing",
            "--level",
            "company",
            "--parent",
            "@o2"
        ]),
        env.expand(
            "error: a company objective cannot align to team objective {o2} (`Ship the platform`)\n\
             hint: alignment runs upwards: personal → team → company\n"
        )
    );
}

#[test]
fn other_refusals() {
    let env = seeded();
    env.refuses(&["objective", "add", "   "]);
    env.refuses(&["objective", "add", "Goal", "--cycle", "2026-Q5"]);
    env.refuses(&[
        "cycle",
        "add",
        "2026-Q1",
        "--start",
        "2026-01-01",
        "--end",
        "2026-03-31",
    ]);
    env.refuses(&[
        "cycle",
        "add",
        "backwards",
        "--start",
        "2026-03-01",
        "--end",
        "2026-01-31",
    ]);
    env.refuses(&[
        "kr", "add", "@o1", "Launch", "--kind", "boolean", "--target", "5",
    ]);
    env.refuses(&["kr", "rm", "@k1", "--yes"]);
    env.refuses(&["objective", "edit", "@o1"]);
    // clap's own usage errors exit 2 too.
    env.refuses(&["objective", "add", "Goal", "--level", "department"]);
    env.refuses(&["frobnicate"]);
}

/// The ordinary slips that used to store a wrong number without a word: each is refused
/// with a sentence (exit 2) and nothing is stored.
#[test]
fn slips_that_would_store_a_wrong_number_are_refused() {
    let env = Env::init();
    env.ok(&["objective", "add", "Make reports instant"]);

    // The title says 800 → 200; the fields would make it 0 → 200, "done" at 300.
    let err = env.refuses(&[
        "kr",
        "add",
        "@o1",
        "Cut cost from 800 to 200",
        "--start",
        "0",
        "--target",
        "200",
    ]);
    assert!(err.contains("the title says from 800 to 200"), "{err}");
    let err = env.refuses(&["kr", "add", "@o1", "Cut cost to 200", "--target", "200"]);
    assert!(
        err.contains("the title says the number should go down"),
        "{err}"
    );
    let err = env.refuses(&["kr", "add", "@o1", "从 5% 降到 2%", "--target", "50"]);
    assert!(err.contains("from 5 to 2"), "{err}");
    let err = env.refuses(&[
        "kr",
        "add",
        "@o1",
        "Keep p95 below 8 ms",
        "--kind",
        "threshold",
        "--target",
        "8",
    ]);
    assert!(err.contains("keeps the value at-least"), "{err}");
    // Left out, the start is taken from the title, and okr says so.
    let out = env.ok(&[
        "kr",
        "add",
        "@o1",
        "Cut cost from 800 to 200",
        "--target",
        "200",
    ]);
    assert!(
        out.contains("(800 → 200)") && out.contains("taken from the title"),
        "{out}"
    );
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Cut p95 from 620 ms to 200 ms",
        "--start",
        "620",
        "--target",
        "200",
        "--unit",
        "ms",
    ]);
    env.ok(&["kr", "add", "@o1", "Ship the picker", "--kind", "boolean"]);

    // `done` is for milestones only.
    let err = env.refuses(&["checkin", "@k2", "done"]);
    assert!(err.contains("`done` and `yes` are for milestones"), "{err}");
    env.ok(&["checkin", "@k3", "done"]);

    // A decimal comma is not silently a thousands separator.
    for ambiguous in ["1,5", "1.000,5"] {
        let err = env.refuses(&["checkin", "@k1", ambiguous]);
        assert!(err.contains("is ambiguous"), "{ambiguous}: {err}");
    }
    env.ok(&["checkin", "@k1", "1,500"]);
    env.ok(&["checkin", "@k1", "1 400"]);
    let last = crate::harness::json(&env.ok(&["checkin", "list", "@k1", "--format", "json"]));
    assert_eq!(last[0]["value"], 1400.0);

    // A check-in outside the key result's cycle.
    let err = env.refuses(&["checkin", "@k1", "700", "--date", "2025-06-01"]);
    assert!(
        err.contains("outside the key result's cycle 2026-Q4"),
        "{err}"
    );

    // A change of kind that drops values needs a yes, and says what it drops.
    let err = env.refuses(&["kr", "edit", "@k2", "--kind", "boolean"]);
    assert!(err.contains("drops its start 620 and target 200"), "{err}");
    env.ok(&["kr", "edit", "@k2", "--kind", "boolean", "--yes"]);
    // And an edit cannot make the fields contradict a title given with it; without
    // one, the numbers the title states move with the fields.
    let title = json(&env.ok(&["kr", "show", "@k1", "--format", "json"]))["title"]
        .as_str()
        .unwrap()
        .to_string();
    let err = env.refuses(&["kr", "edit", "@k1", "--start", "0", "--title", &title]);
    assert!(err.contains("the title says from 800 to 200"), "{err}");
    let said = env.ok(&["kr", "edit", "@k1", "--start", "900"]);
    assert!(said.contains(&title.replace("800", "900")), "{said}");
}

#[test]
fn an_error_says_its_cause_once() {
    let env = Env::new();
    let file = env.dir.path().join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    let db = file.join("okr.db");
    let out = crate::harness::command(&db, crate::harness::TODAY, "alice", &["init"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err.matches("Not a directory").count(),
        1,
        "the cause is printed more than once: {err}"
    );
}
