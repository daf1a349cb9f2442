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
            "@o1",
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
            "@o1",
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
    let said = env.ok(&["objective", "link", "@o3", "--supports", "@o2"]);
    assert_eq!(
        said,
        env.expand(
            "{o3} 让客户第一周就上手 now supports {o2} Close the big eastern accounts (sales)\n"
        )
    );

    let tree = env.ok(&["report", "--tree"]);
    let lines: Vec<&str> = tree
        .lines()
        .filter(|l| l.contains(&env.expand("{o3}")) || l.contains('↔'))
        .collect();
    assert_eq!(lines.len(), 2, "{tree}");
    assert!(
        lines[0].starts_with(&env.expand("{o3}  └─ 让客户第一周就上手")),
        "{tree}"
    );
    assert!(
        lines[1]
            .trim_start()
            .starts_with(&env.expand("↔ supports {o2} Close the big eastern accounts (sales)")),
        "{tree}"
    );

    let report = json(&env.ok(&["report", "--format", "json"]));
    let supports = &report["objectives"][2]["supports"];
    assert_eq!(
        (supports[0]["id"].as_str(), supports[0]["owner"].as_str()),
        (Some(env.name("@o2").as_str()), Some("sales"))
    );
    assert_eq!(report["objectives"][1]["supports"], json("[]"));

    let sales = env.ok(&["objective", "show", "@o2"]);
    assert!(
        sales
            .contains(&env.expand("↔ supported across by {o3} 让客户第一周就上手 (team, support)")),
        "{sales}"
    );
    let support = json(&env.ok(&["objective", "show", "@o3", "--format", "json"]));
    assert_eq!(
        support["supports"][0]["title"],
        "Close the big eastern accounts"
    );

    let page = env.ok(&["report", "--format", "html"]);
    assert!(
        page.contains(&env.expand("↔ supports <a href=\"#{o2}\">")),
        "the page shows it too"
    );

    // In the log, and undone like any change.
    assert!(
        env.ok(&["log", "-n", "1"])
            .contains(&env.expand("{o3} supports {o2}"))
    );
    env.ok(&["undo", "--yes"]);
    assert!(!env.ok(&["report", "--tree"]).contains('↔'));
}

#[test]
fn a_link_that_makes_no_sense_is_refused() {
    let env = company();
    env.ok(&["objective", "link", "@o3", "--supports", "@o2"]);
    for (args, says) in [
        (
            &["objective", "link", "@o2", "--supports", "@o2"][..],
            env.expand("{o2} cannot support itself"),
        ),
        (
            &["objective", "link", "@o4", "--supports", "@o2"],
            env.expand("{o4} is in 2027-Q1 and {o2} in 2026-Q4"),
        ),
        (
            &["objective", "link", "@o2", "--supports", "@o3"],
            "linking back would make a loop".to_string(),
        ),
        (
            &["objective", "link", "@o2", "--supports", "@o1"],
            env.expand("{o1} is already {o2}'s parent"),
        ),
        (
            &["objective", "link", "@o3", "--supports", "@o2"],
            env.expand("{o3} already supports {o2}"),
        ),
        (
            &["objective", "link", "@o3", "--supports", "qqqqqq"],
            "no objective matches `qqqqqq`".to_string(),
        ),
        (
            &["objective", "unlink", "@o2", "--supports", "@o3"],
            env.expand("{o2} does not support {o3}"),
        ),
        (
            &["objective", "edit", "@o3", "--cycle", "2027-Q1"],
            env.expand("{o3} is linked to objectives of 2026-Q4"),
        ),
    ] {
        let err = env.refuses(args);
        assert!(err.contains(&says), "{args:?}: {err}");
    }
    // Deleting an objective takes its links with it.
    env.ok(&["objective", "rm", "@o3", "--yes"]);
    assert!(!env.ok(&["objective", "show", "@o2"]).contains('↔'));
}
