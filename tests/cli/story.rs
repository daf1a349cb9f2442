//! A quarter as a user lives it: init, cycles, objectives on three levels, key results
//! of every kind, check-ins by flags, by change and backfilled, then list and show.

use insta_cmd::assert_cmd_snapshot;

use crate::harness::{Env, json};

#[test]
fn a_quarter_from_init_to_show() {
    let env = Env::new();
    let filters = env.filters();
    let filters: Vec<(&str, &str)> = filters
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();

    // init creates the database and says where; a second run keeps everything.
    assert_eq!(
        env.ok(&["init"]),
        format!("Created the okr database at {}\n", env.db().display())
    );

    // Quarters need no setup; a custom cycle across the year end is added by name.
    env.ok(&[
        "cycle",
        "add",
        "winter",
        "--start",
        "2026-12-01",
        "--end",
        "2027-02-28",
    ]);
    let show = json(&env.ok(&["cycle", "show", "winter", "--format", "json"]));
    assert_eq!(
        (
            show["start"].as_str(),
            show["end"].as_str(),
            show["days"].as_i64()
        ),
        (Some("2026-12-01"), Some("2027-02-28"), Some(90))
    );

    // Objectives on three levels, aligned personal → team → company.
    env.as_user("ceo").ok(&[
        "objective",
        "add",
        "Become the tool engineers choose",
        "--level",
        "company",
        "--kind",
        "committed",
    ]);
    env.as_user("li").ok(&[
        "objective",
        "add",
        "赢得华东区企业客户",
        "--level",
        "team",
        "--parent",
        "@o1",
    ]);
    env.ok(&[
        "objective",
        "add",
        "Make check-ins take seconds",
        "--parent",
        "@o2",
        "--description",
        "Friday, in a shell",
    ]);
    env.ok(&[
        "objective",
        "add",
        "Plan the winter push",
        "--cycle",
        "winter",
        "--level",
        "team",
    ]);

    // Key results of each kind: increasing, decreasing, boolean, threshold.
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Grow weekly active teams from 120 to 500",
        "--start",
        "120",
        "--target",
        "500",
        "--unit",
        "teams",
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
        "--weight",
        "2",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o2",
        "企业客户从 12 家增加到 30 家",
        "--start",
        "12",
        "--target",
        "30",
        "--unit",
        "家",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o2",
        "续约率保持在 90% 以上",
        "--kind",
        "threshold",
        "--target",
        "90",
        "--start",
        "93",
        "--unit",
        "%",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o3",
        "Ship interactive KR picking",
        "--kind",
        "boolean",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o3",
        "Cut median check-in time from 40 s to 5 s",
        "--start",
        "40",
        "--target",
        "5",
        "--unit",
        "s",
        "--owner",
        "bob",
    ]);

    // Check-ins: by flags, backfilled, and as a change from the current value.
    env.as_user("ceo").ok(&[
        "checkin",
        "@k1",
        "200",
        "--date",
        "2026-11-02",
        "--confidence",
        "6",
    ]);
    env.as_user("ceo").ok(&[
        "checkin",
        "@k1",
        "+110",
        "--confidence",
        "7",
        "--note",
        "two new enterprise pilots",
    ]);
    env.as_user("ceo")
        .ok(&["checkin", "@k2", "3.5", "-c", "5", "--date", "friday"]);
    env.as_user("li")
        .ok(&["checkin", "@k3", "21", "--date", "-1w"]);
    env.as_user("li").ok(&[
        "checkin",
        "@k4",
        "88",
        "--date",
        "yesterday",
        "--note",
        "两家客户未续约",
    ]);
    env.ok(&["checkin", "@k5", "done"]);
    let out = env
        .as_user("bob")
        .ok(&["checkin", "@k6", "-10", "--confidence", "8"]);
    assert_eq!(
        out,
        env.expand("Checked in 2026-11-23 on key result {k6} (Cut median check-in time from 40 s to 5 s): 40 s → 30 s, progress 29%, confidence 8\n")
    );

    // Backfilling an earlier date does not change the current value.
    env.as_user("ceo")
        .ok(&["checkin", "@k1", "150", "--date", "2026-10-15"]);

    // Lists and shows, as tables…
    insta::with_settings!({ filters => filters.clone() }, {
        assert_cmd_snapshot!("objective_list", env.cmd(&["objective", "list"]));
        assert_cmd_snapshot!("objective_show", env.cmd(&["objective", "show", "@o1"]));
        assert_cmd_snapshot!("kr_list", env.cmd(&["kr", "list"]));
        assert_cmd_snapshot!("kr_show", env.cmd(&["kr", "show", "@k1"]));
        assert_cmd_snapshot!("checkin_list", env.cmd(&["checkin", "list"]));
        assert_cmd_snapshot!("cycle_list", env.cmd(&["cycle", "list"]));
    });

    // …and as JSON, read back as data.
    let objectives = json(&env.ok(&["objective", "list", "--cycle", "all", "--format", "json"]));
    let titles: Vec<&str> = objectives
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Become the tool engineers choose",
            "赢得华东区企业客户",
            "Make check-ins take seconds",
            "Plan the winter push"
        ]
    );
    assert_eq!(objectives[2]["parent"], env.name("@o2").as_str());
    assert_eq!(objectives[2]["owner"], "alice");
    assert_eq!(objectives[1]["level"], "team");

    let show = json(&env.ok(&["objective", "show", "@o1", "--format", "json"]));
    let krs = show["key_results"].as_array().unwrap();
    // Grow 120 → 500, now 310: (310 − 120) / 380 = 0.5.
    assert_eq!(
        (krs[0]["current"].as_f64(), krs[0]["progress"].as_f64()),
        (Some(310.0), Some(0.5))
    );
    // Cut churn 5 → 2, now 3.5: a decreasing metric half-way is 0.5.
    assert_eq!(
        (krs[1]["current"].as_f64(), krs[1]["progress"].as_f64()),
        (Some(3.5), Some(0.5))
    );
    assert_eq!(show["progress"].as_f64(), Some(0.5));
    assert_eq!(show["children"][0]["id"], env.name("@o2").as_str());
    assert!(show["uid"].as_str().unwrap().len() == 32);

    let kr4 = json(&env.ok(&["kr", "show", "@k4", "--format", "json"]));
    assert_eq!(
        (kr4["keep"].as_str(), kr4["progress"].as_f64()),
        (Some("at-least"), Some(0.0)),
        "88% broke the 90% threshold"
    );
    let kr5 = json(&env.ok(&["kr", "show", "@k5", "--format", "json"]));
    assert_eq!(kr5["progress"].as_f64(), Some(1.0));

    // A uid's hex prefix works wherever a name does.
    let uid = show["uid"].as_str().unwrap();
    let by_prefix = json(&env.ok(&["objective", "show", &uid[..10], "--format", "json"]));
    assert_eq!(by_prefix["id"], env.name("@o1").as_str());

    // Undo removes the check-in recorded last, and only that.
    let undone = env.ok(&["checkin", "undo", "--yes"]);
    assert_eq!(
        undone,
        env.expand("Removed the check-in of 150 teams on key result {k1} (Grow weekly active teams from 120 to 500) dated 2026-10-15 by ceo\n")
    );
    let history = json(&env.ok(&["checkin", "list", "@k1", "--format", "json"]));
    assert_eq!(history.as_array().unwrap().len(), 2);

    // Closing, archiving and editing.
    env.ok(&["objective", "close", "@o3"]);
    env.ok(&[
        "objective",
        "edit",
        "@o4",
        "--title",
        "Plan the winter push well",
        "--state",
        "archived",
    ]);
    let listed = json(&env.ok(&["objective", "list", "--state", "done", "--format", "json"]));
    assert_eq!(listed.as_array().unwrap().len(), 1);

    // A second init keeps every row and says so.
    assert_eq!(
        env.ok(&["init"]),
        format!(
            "The okr database at {} already exists; kept 4 objective(s), 6 key result(s) and 7 check-in(s)\n",
            env.db().display()
        )
    );
}

#[test]
fn removing_needs_yes_and_never_silently_loses_history() {
    let env = Env::init();
    env.ok(&["objective", "add", "Company goal", "--level", "company"]);
    env.ok(&[
        "objective",
        "add",
        "Team goal",
        "--level",
        "team",
        "--parent",
        "@o1",
    ]);
    env.ok(&["kr", "add", "@o2", "Reach 10 customers", "--target", "10"]);
    env.ok(&["checkin", "@k1", "3"]);

    let err = env.refuses(&["objective", "rm", "@o1", "--yes"]);
    assert!(
        err.contains(&env.expand("1 objective(s) align to objective {o1}")),
        "{err}"
    );
    let err = env.refuses(&["objective", "rm", "@o2", "--yes"]);
    assert!(err.starts_with(&env.expand("error: objective {o2} has 1 check-in(s) that would be deleted with it\nhint: keep the history with `okr objective archive {o2}`")), "{err}");
    env.ok(&["objective", "add", "Side goal"]);
    let err = env.refuses(&["objective", "rm", "@o3"]);
    assert_eq!(
        err,
        env.expand("error: deleting objective {o3} (`Side goal`) and its 0 key result(s) needs confirmation, and there is no terminal to ask\nhint: pass `--yes` to go ahead\n")
    );

    let said =
        env.expand("Deleted objective {o2} (Team goal) with 1 key result(s) and 1 check-in(s)\n");
    let out = env.ok(&["objective", "rm", "@o2", "--with-checkins", "--yes"]);
    assert_eq!(out, said);
    let o3 = env.name("@o3");
    env.ok(&["objective", "rm", "@o1", "--yes"]);
    env.ok(&["objective", "rm", &o3, "--yes"]);
    assert_eq!(env.ok(&["objective", "list", "--format", "json"]), "[]\n");
}

#[test]
fn the_demo_runs_in_a_scratch_database() {
    let env = Env::new();
    let out = env.ok(&["demo"]);
    assert!(out.contains("赢得华东区企业客户"), "{out}");
    assert!(
        !env.db().exists(),
        "the demo must not create the user's database"
    );
    let saved = env.dir.path().join("sample.db");
    env.ok(&["demo", "--save", saved.to_str().unwrap()]);
    let listed = json(&env.ok(&[
        "--db",
        saved.to_str().unwrap(),
        "objective",
        "list",
        "--format",
        "json",
    ]));
    assert_eq!(listed.as_array().unwrap().len(), 4);
}

#[test]
fn a_closed_pipe_exits_quietly() {
    let env = Env::new();
    let mut child = env
        .cmd(&["demo"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
