//! Initiatives (`okr task`): the work a team names under its key results, ticked off
//! week by week, in the lists, the report, the week and lint.

use crate::harness::{Env, json};

/// Platform's objective with two key results, started on 2026-10-01.
fn team() -> Env {
    let env = Env::init();
    let lead = env.as_user("platform");
    lead.ok(&[
        "objective",
        "add",
        "Make reports instant",
        "--level",
        "team",
        "--cycle",
        "2026-Q4",
    ]);
    lead.ok(&[
        "kr",
        "add",
        "@o1",
        "Cut p95 report time from 800 ms to 200 ms",
        "--unit",
        "ms",
    ]);
    lead.ok(&[
        "kr",
        "add",
        "@o1",
        "Raise import speed from 10 to 100 k/s",
        "--unit",
        "k/s",
    ]);
    env
}

#[test]
fn a_team_names_initiatives_and_ticks_them_off_over_two_weeks() {
    let env = team();
    let lead = env.as_user("platform");
    // Monday of week 47: the work is named; the owner defaults to the key result's.
    let monday = env.on("2026-11-16");
    let added = monday.ok(&[
        "task",
        "add",
        "@k1",
        "Index the check-ins by date",
        "--due",
        "2026-11-20",
    ]);
    assert_eq!(
        added,
        env.expand("Added initiative {t1} under {k1}: Index the check-ins by date (owner platform, due 2026-11-20)\n")
    );
    monday.ok(&[
        "task",
        "add",
        "@k1",
        "Profile the report",
        "--owner",
        "bob",
        "--due",
        "2026-11-27",
    ]);
    monday.ok(&["task", "add", "@k2", "把导入改成批量写入"]);
    let mine = lead.ok(&["task", "list", "--owner", "me"]);
    assert!(
        mine.contains(&env.expand("{t1}  Index the check-ins by date"))
            && mine.contains("把导入改成批量写入"),
        "{mine}"
    );
    assert!(!mine.contains("Profile the report"), "{mine}");

    // Thursday: the first is done. The week's report says so.
    env.on("2026-11-19").ok(&["task", "done", "@t1"]);
    let week = env.on("2026-11-22").ok(&["report", "--week"]);
    let done_at = week.find("Initiatives done this week").expect(&week);
    assert!(
        week[done_at..].contains(&env.expand("{t1}  Index the check-ins by date")),
        "{week}"
    );
    assert!(
        week.contains("Overdue initiatives\nNone overdue."),
        "{week}"
    );

    // The next week bob's is late, then done; the list shows who did what when.
    let late = env.on("2026-11-30").ok(&["report", "--week"]);
    let overdue_at = late.find("Overdue initiatives").expect(&late);
    assert!(
        late[overdue_at..].contains(&env.expand("{t2}  Profile the report")),
        "{late}"
    );
    env.as_user("bob")
        .on("2026-12-01")
        .ok(&["task", "done", "@t2"]);
    let all = env
        .on("2026-12-01")
        .ok(&["task", "list", "--state", "all", "--format", "json"]);
    let states: Vec<(String, Option<String>, bool)> = json(&all)
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let done = t["done"].as_str().map(str::to_string);
            (
                t["id"].as_str().unwrap().to_string(),
                done,
                t["overdue"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        states,
        vec![
            (env.name("@t3"), None, false),
            (env.name("@t1"), Some("2026-11-19".into()), false),
            (env.name("@t2"), Some("2026-12-01".into()), false)
        ]
    );

    // The report counts them per key result, and as of a past day tells what was done then.
    let table = env.on("2026-12-01").ok(&["report"]);
    assert!(table.contains("tasks 2/2"), "{table}");
    assert!(table.contains("tasks 0/1"), "{table}");
    let then =
        json(
            &env.on("2026-12-01")
                .ok(&["report", "--as-of", "2026-11-20", "--format", "json"]),
        );
    let k1 = &then["objectives"][0]["key_results"][0]["initiatives"];
    let done: Vec<Option<&str>> = k1
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["done"].as_str())
        .collect();
    assert_eq!(done, [None, Some("2026-11-19")], "{k1}");

    // Shown under the key result, and in the log, where a tick can be undone.
    let shown = lead.ok(&["kr", "show", "@k1"]);
    assert!(
        shown.contains("Initiatives") && shown.contains("done 2026-11-19"),
        "{shown}"
    );
    let log = lead.ok(&["log", "-n", "1"]);
    assert!(
        log.contains(&env.expand("{t2} \"Profile the report\" done")),
        "{log}"
    );
    lead.ok(&["undo", "--yes"]);
    let open = lead.ok(&["task", "list"]);
    assert!(
        open.contains(&env.expand("{t2}  Profile the report")),
        "{open}"
    );
}

#[test]
fn a_wrong_initiative_is_one_sentence_and_nothing_changes() {
    let env = team();
    env.ok(&["task", "add", "@k1", "Index the check-ins by date"]);
    for (args, says) in [
        (
            &["task", "done", "qqqqqq"][..],
            "no initiative matches `qqqqqq`",
        ),
        (
            &["task", "add", "@k1", "Profile", "--due", "someday"],
            "`someday` is not a date",
        ),
        (
            &["task", "add", "@k1", "   "],
            "initiative title must not be empty",
        ),
        (
            &["task", "add", "7", "Profile"],
            "`7` is a number from an older okr",
        ),
        (
            &["task", "reopen", "@t1"],
            &env.expand("initiative {t1} is already open"),
        ),
        (&["task", "edit", "@t1"], "nothing to change"),
        (
            &["task", "rm", "@t1"],
            "needs confirmation, and there is no terminal to ask",
        ),
    ] {
        let err = env.refuses(args);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    env.ok(&["task", "done", "@t1"]);
    let err = env.refuses(&["task", "done", "@t1"]);
    assert!(err.contains("already done on 2026-11-23"), "{err}");
    env.ok(&["task", "rm", "@t1", "--yes"]);
    assert_eq!(
        env.ok(&["task", "list", "--state", "all"]),
        "No initiatives.\n"
    );
}

#[test]
fn lint_reads_the_work_under_the_key_results() {
    let env = team();
    // Only the first key result has work named; it is overdue, and the second has none
    // although the cycle is seven weeks in.
    env.on("2026-10-05").ok(&[
        "task",
        "add",
        "@k1",
        "Index the check-ins by date",
        "--due",
        "2026-10-30",
    ]);
    let out = env.cmd(&["lint"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(&env.expand("[execution/overdue-initiative]: initiative {t1} `Index the check-ins by date` (platform) was due 2026-10-30 and is still open")), "{text}");
    assert!(
        text.contains(&env.expand("key result {k2}")) && text.contains("[execution/no-initiative]"),
        "{text}"
    );
    assert!(
        !text.contains("key result 1: note[execution/no-initiative]"),
        "{text}"
    );
    // The key result reaches its target while the work stays open.
    env.ok(&["checkin", "@k1", "200"]);
    env.ok(&["task", "edit", "@t1", "--no-due"]);
    let text = String::from_utf8(env.cmd(&["lint"]).output().unwrap().stdout).unwrap();
    assert!(
        text.contains(&env.expand("[execution/open-under-done]: initiative {t1}")),
        "{text}"
    );
    assert!(!text.contains("overdue-initiative"), "{text}");
}
