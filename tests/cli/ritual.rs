//! The Friday check-in, driven in a real terminal (a pty): `okr checkin` alone walks my
//! key results due this week, and Ctrl-C halfway keeps what was recorded.

use std::process::Stdio;

use rexpect::session::{Options, PtySession, spawn_with_options};

use super::harness::{Env, command, json};

/// Alice's quarter: three key results of hers (one checked in last week with a note),
/// one of Bob's.
fn quarter() -> Env {
    let env = Env::init();
    let october = env.on("2026-10-05");
    october.ok(&["objective", "add", "Make reports instant"]);
    october.ok(&[
        "kr",
        "add",
        "@o1",
        "Cut p95 report time from 800 ms to 200 ms",
        "--unit",
        "ms",
    ]);
    october.ok(&[
        "kr",
        "add",
        "@o1",
        "Interview 12 users",
        "--target",
        "12",
        "--unit",
        "users",
    ]);
    october.ok(&[
        "kr",
        "add",
        "@o1",
        "Ship the new index",
        "--kind",
        "boolean",
    ]);
    october.ok(&[
        "kr",
        "add",
        "@o1",
        "Theirs: 5 new teams",
        "--target",
        "5",
        "--owner",
        "bob",
    ]);
    env.ok(&[
        "checkin",
        "@k1",
        "650",
        "-c",
        "8",
        "-n",
        "query cache",
        "--date",
        "-4d",
    ]);
    env
}

/// The pty's text read back as UTF-8 (the session reads it byte by byte).
fn utf8(text: String) -> String {
    let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// `okr ARGS` in a terminal of its own.
fn terminal(env: &Env, args: &[&str]) -> PtySession {
    let mut cmd = command(&env.db(), "2026-11-23", "alice", args);
    cmd.stdin(Stdio::inherit()).env("TERM", "xterm");
    spawn_with_options(
        cmd,
        Options::new()
            .timeout_ms(Some(20_000))
            .strip_ansi_escape_codes(true),
    )
    .expect("a pty")
}

#[test]
fn the_friday_checkin_walks_my_key_results_and_ends_with_a_summary() {
    let env = quarter();
    let mut t = terminal(&env, &["checkin"]);
    t.exp_string("3 key results to check in").unwrap();

    t.exp_string(&env.expand("[1/3] {k1} Cut p95 report time from 800 ms to 200 ms"))
        .unwrap();
    let standing = utf8(t.exp_string("value").unwrap());
    assert!(
        standing.contains(
            "now 650 ms → target 200 ms · 25% · confidence 8 · last 2026-11-19: \"query cache\""
        ),
        "{standing}"
    );
    t.send_line("-50").unwrap();
    t.exp_string("confidence").unwrap();
    t.send_line("7").unwrap();
    t.exp_string("note").unwrap();
    t.send_line("index on date").unwrap();
    let recorded = utf8(
        t.exp_string(&env.expand("[2/3] {k2} Interview 12 users"))
            .unwrap(),
    );
    assert!(
        recorded.contains("recorded: 650 ms → 600 ms, progress 33%"),
        "{recorded}"
    );
    t.exp_string("no check-in yet").unwrap();
    t.exp_string("value").unwrap();
    t.send_line("").unwrap();

    t.exp_string(&env.expand("[3/3] {k3} Ship the new index"))
        .unwrap();
    t.exp_string("value").unwrap();
    // A typo is caught at the prompt and asked again.
    t.send_line("1,5").unwrap();
    t.exp_string("ambiguous").unwrap();
    t.send_line("done").unwrap();
    t.exp_string("confidence").unwrap();
    t.send_line("").unwrap();
    t.exp_string("note").unwrap();
    t.send_line("").unwrap();

    let summary = utf8(t.exp_eof().unwrap());
    let summary: Vec<&str> = summary
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        summary[summary.len() - 4..],
        [
            "Check-ins by alice, 2026-11-23: 2 recorded, 1 skipped".to_string(),
            env.expand("- {k1} Cut p95 report time from 800 ms to 200 ms: 650 ms → 600 ms (33%), confidence 7 — index on date"),
            env.expand("- {k3} Ship the new index: not done → done (100%)"),
            env.expand("- {k2} Interview 12 users: skipped"),
        ]
    );

    let list = env.ok(&["checkin", "list", "--format", "csv"]);
    assert_eq!(
        list.lines().count(),
        4,
        "three check-ins and a header: {list}"
    );
    // Nothing due any more but the skipped one.
    let mut again = terminal(&env, &["checkin"]);
    again.exp_string("1 key result to check in").unwrap();
    again
        .exp_string(&env.expand("[1/1] {k2} Interview 12 users"))
        .unwrap();
}

#[test]
fn ctrl_c_halfway_keeps_what_was_recorded_and_gives_the_terminal_back() {
    let env = quarter();
    let mut t = terminal(&env, &["checkin"]);
    t.exp_string(&env.expand("[1/3] {k1}")).unwrap();
    t.exp_string("value").unwrap();
    t.send_line("+30").unwrap();
    t.exp_string("confidence").unwrap();
    t.send_line("6").unwrap();
    t.exp_string("note").unwrap();
    t.send_line("").unwrap();
    t.exp_string("recorded").unwrap();
    t.exp_string(&env.expand("[2/3] {k2}")).unwrap();
    t.exp_string("value").unwrap();
    t.send("1").unwrap();
    t.flush().unwrap();
    t.send_control('c').unwrap();
    let rest = t.exp_eof().unwrap();
    assert!(!rest.contains("panicked"), "{rest}");

    // K1's check-in is kept; the half-typed K2 is not.
    let list = env.ok(&["checkin", "list", "--format", "csv"]);
    assert!(list.contains(",680,"), "{list}");
    assert_eq!(list.lines().count(), 3, "{list}");

    // The terminal is back as it was: a new session starts cleanly where it stopped.
    let mut again = terminal(&env, &["checkin"]);
    again.exp_string("2 key results to check in").unwrap();
    again
        .exp_string(&env.expand("[1/2] {k2} Interview 12 users"))
        .unwrap();
}

#[test]
fn a_target_change_in_a_terminal_asks_why_and_the_log_keeps_the_answer() {
    let env = quarter();
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Grow weekly active teams",
        "--target",
        "40",
    ]);
    let mut t = terminal(
        &env,
        &[
            "kr",
            "edit",
            "@k5",
            "--target",
            "30",
            "--date",
            "2026-11-02",
        ],
    );
    t.exp_string("Why this change? (Enter to skip)").unwrap();
    t.send_line("two teams merged").unwrap();
    t.exp_string(&env.expand("Updated key result {k5}"))
        .unwrap();
    t.exp_eof().unwrap();

    let log = json(&env.ok(&["log", "--kr", "@k5", "--limit", "1", "--format", "json"]));
    assert_eq!(log[0]["reason"], "two teams merged");
    let r = json(&env.ok(&["report", "--format", "json"]));
    let kr = &r["objectives"][0]["key_results"][4];
    assert_eq!(kr["changes"][0]["reason"], "two teams merged");
    assert_eq!(kr["changes"][0]["from"], "2026-11-02");
}

#[test]
fn the_review_in_a_terminal_asks_what_went_well_and_what_was_learned() {
    let env = quarter();
    let mut t = terminal(&env, &["review", "--cycle", "2026-Q4"]);
    t.exp_string(&env.expand("{o1} Make reports instant"))
        .unwrap();
    t.exp_string("What went well? (Enter skips)").unwrap();
    t.send_line("The query cache paid off").unwrap();
    t.exp_string("What did not go well? (Enter skips)").unwrap();
    t.send_line("").unwrap();
    t.exp_string("What was learned? (Enter skips)").unwrap();
    t.send_line("Profile before optimising").unwrap();
    // Then the review itself, with what was just said.
    let review = utf8(t.exp_eof().unwrap());
    assert!(
        review.contains("Went well (alice, 2026-11-23): The query cache paid off"),
        "{review}"
    );
    assert!(
        review.contains("Learned (alice, 2026-11-23): Profile before optimising"),
        "{review}"
    );

    let r = json(&env.ok(&["review", "--format", "json"]));
    let topics: Vec<&str> = r["reflections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["topic"].as_str().unwrap())
        .collect();
    assert_eq!(topics, ["went-well", "learned"]);

    // Asked once: the next review in a terminal goes straight to the document.
    let mut again = terminal(&env, &["review", "--cycle", "2026-Q4"]);
    let text = utf8(again.exp_eof().unwrap());
    assert!(!text.contains("What went well?"), "{text}");
    assert!(text.contains("Reflections:"), "{text}");
}

#[test]
fn an_implausible_value_typed_in_a_terminal_is_asked_about() {
    let env = quarter();
    // A negative time on a key result from 800 ms to 200 ms: a slip, most likely.
    let mut t = terminal(&env, &["checkin", &env.name("@k1"), "=-150"]);
    t.exp_string("-150 ms is negative").unwrap();
    t.exp_string("check it in all the same?").unwrap();
    t.send_line("n").unwrap();
    t.exp_eof().unwrap();
    let before = env.ok(&["checkin", "list", "@k1", "--format", "json"]);
    assert!(!before.contains("-150"), "{before}");
    let mut t = terminal(&env, &["checkin", &env.name("@k1"), "=-150"]);
    t.exp_string("check it in all the same?").unwrap();
    t.send_line("y").unwrap();
    t.exp_string("progress").unwrap();
    t.exp_eof().unwrap();
    let after = env.ok(&["checkin", "list", "@k1", "--format", "json"]);
    assert!(after.contains("-150"), "{after}");
}
