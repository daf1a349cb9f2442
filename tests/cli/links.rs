//! Links across teams (横向协同): support's objective serves sales' objective, besides
//! each one's parent in the alignment tree.

use crate::harness::{Env, json};

/// A company objective with sales' and support's objectives under it, and one of
/// next quarter.
fn company() -> Env {
    let env = Env::init();
    let add =
        |who: &str, args: &[&str]| env.as_user(who).ok(&[&["objective", "add"], args].concat());
    add(
        "ceo",
        &[
            "Win the enterprise market",
            "--level",
            "company",
            "--cycle",
            "2026-Q4",
        ],
    );
    add(
        "sales",
        &[
            "Close the big eastern accounts",
            "--level",
            "team",
            "--parent",
            "1",
            "--cycle",
            "2026-Q4",
        ],
    );
    add(
        "support",
        &[
            "让客户第一周就上手",
            "--level",
            "team",
            "--parent",
            "1",
            "--cycle",
            "2026-Q4",
        ],
    );
    add(
        "sales",
        &[
            "Open the western region",
            "--level",
            "team",
            "--cycle",
            "2027-Q1",
        ],
    );
    env
}

#[test]
fn a_link_across_teams_shows_in_the_tree_and_both_objectives() {
    let env = company();
    let said = env.ok(&["objective", "link", "3", "--supports", "O2"]);
    assert_eq!(
        said,
        "O3 让客户第一周就上手 now supports O2 Close the big eastern accounts (sales)\n"
    );

    let tree = env.ok(&["report", "--tree"]);
    let lines: Vec<&str> = tree
        .lines()
        .filter(|l| l.contains("O3") || l.contains('↔'))
        .collect();
    assert_eq!(lines.len(), 2, "{tree}");
    assert!(lines[0].starts_with("O3  └─ 让客户第一周就上手"), "{tree}");
    assert!(
        lines[1]
            .trim_start()
            .starts_with("↔ supports O2 Close the big eastern accounts (sales)"),
        "{tree}"
    );

    let report = json(&env.ok(&["report", "--format", "json"]));
    let supports = &report["objectives"][2]["supports"];
    assert_eq!(
        (supports[0]["id"].as_u64(), supports[0]["owner"].as_str()),
        (Some(2), Some("sales"))
    );
    assert_eq!(report["objectives"][1]["supports"], json("[]"));

    let sales = env.ok(&["objective", "show", "2"]);
    assert!(
        sales.contains("↔ supported across by 3 让客户第一周就上手 (team, support)"),
        "{sales}"
    );
    let support = json(&env.ok(&["objective", "show", "3", "--format", "json"]));
    assert_eq!(
        support["supports"][0]["title"],
        "Close the big eastern accounts"
    );

    let page = env.ok(&["report", "--format", "html"]);
    assert!(
        page.contains("↔ supports <a href=\"#O2\">"),
        "the page shows it too"
    );

    // In the log, and undone like any change.
    assert!(env.ok(&["log", "-n", "1"]).contains("O3 supports O2"));
    env.ok(&["undo", "--yes"]);
    assert!(!env.ok(&["report", "--tree"]).contains('↔'));
}

#[test]
fn a_link_that_makes_no_sense_is_refused() {
    let env = company();
    env.ok(&["objective", "link", "3", "--supports", "2"]);
    for (args, says) in [
        (
            &["objective", "link", "2", "--supports", "2"][..],
            "O2 cannot support itself",
        ),
        (
            &["objective", "link", "4", "--supports", "2"],
            "O4 is in 2027-Q1 and O2 in 2026-Q4",
        ),
        (
            &["objective", "link", "2", "--supports", "3"],
            "linking back would make a loop",
        ),
        (
            &["objective", "link", "2", "--supports", "1"],
            "O1 is already O2's parent",
        ),
        (
            &["objective", "link", "3", "--supports", "2"],
            "O3 already supports O2",
        ),
        (
            &["objective", "link", "3", "--supports", "9"],
            "no objective matches `9`",
        ),
        (
            &["objective", "unlink", "2", "--supports", "3"],
            "O2 does not support O3",
        ),
        (
            &["objective", "edit", "3", "--cycle", "2027-Q1"],
            "O3 is linked to objectives of 2026-Q4",
        ),
    ] {
        let err = env.refuses(args);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    // Deleting an objective takes its links with it.
    env.ok(&["objective", "rm", "3", "--yes"]);
    assert!(!env.ok(&["objective", "show", "2"]).contains('↔'));
}
