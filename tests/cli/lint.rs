//! `okr lint` as CI runs it: exit codes, formats, and settings from the team.

use std::process::Output;

use insta_cmd::assert_cmd_snapshot;

use crate::harness::{Env, json};

fn lint(env: &Env, args: &[&str]) -> Output {
    let mut cmd = env.cmd(&[&["lint"], args].concat());
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.output().expect("run okr lint")
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("utf-8")
}

#[test]
fn the_bad_example_trips_every_rule_and_the_good_one_passes_silently() {
    let env = Env::new();
    let rules: Vec<String> = text(&lint(&env, &["--rules"]).stdout)
        .lines()
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    assert_eq!(rules.len(), 26);

    let bad = lint(&env, &["examples/bad.toml"]);
    assert_eq!(bad.status.code(), Some(1));
    let out = text(&bad.stdout);
    // Initiatives live in the database: the `execution/` rules read them there.
    for rule in rules.iter().filter(|r| !r.starts_with("execution/")) {
        assert!(
            out.contains(&format!("[{rule}]: ")),
            "`{rule}` missing from:\n{out}"
        );
    }
    assert!(
        out.ends_with("okr lint: 9 errors, 15 warnings, 4 notes\n"),
        "{out}"
    );

    let good = lint(&env, &["examples/good.toml"]);
    assert_eq!(
        (good.status.code(), text(&good.stdout), text(&good.stderr)),
        (Some(0), String::new(), String::new())
    );
}

#[test]
fn human_output_reads_like_a_compiler() {
    let env = Env::new();
    let mut cmd = env.cmd(&["lint", "examples/bad.toml"]);
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    assert_cmd_snapshot!("lint_bad_human", cmd);
}

#[test]
fn github_annotations_point_at_file_line_and_column() {
    let env = Env::new();
    let out = lint(&env, &["examples/bad.toml", "--format", "github"]);
    assert_eq!(out.status.code(), Some(1));
    let lines = text(&out.stdout);
    let first = lines.lines().next().unwrap();
    assert_eq!(
        first,
        "::error file=examples/bad.toml,line=7,col=9,endColumn=17,title=relevant/no-key-results::objective `Growth` has no key results (help: add 3 to 5 key results that would show the objective is met)"
    );
    assert!(lines.contains("::warning file=examples/bad.toml,line=12,col=16,endColumn=17,title=relevant/objective-is-metric::"), "{lines}");
    assert!(
        lines.contains("::notice file=examples/bad.toml,"),
        "{lines}"
    );
    assert!(
        lines.lines().all(|l| l.starts_with("::error ")
            || l.starts_with("::warning ")
            || l.starts_with("::notice ")),
        "{lines}"
    );
    // Not for other commands.
    env.refuses(&["report", "--format", "github"]);
}

#[test]
fn json_findings_are_data() {
    let env = Env::new();
    let out = lint(&env, &["examples/bad.toml", "--format", "json"]);
    let findings = json(&text(&out.stdout));
    let findings = findings.as_array().unwrap();
    assert_eq!(findings.len(), 28);
    let vague = findings
        .iter()
        .find(|f| f["rule"] == "specific/vague")
        .unwrap();
    assert_eq!(
        (
            vague["severity"].as_str(),
            vague["line"].as_u64(),
            vague["column"].as_u64()
        ),
        (Some("warning"), Some(18), Some(11))
    );
    assert_eq!(
        json(&text(
            &lint(&env, &["examples/good.toml", "--format", "json"]).stdout
        )),
        serde_json::json!([])
    );
}

#[test]
fn warnings_fail_only_when_denied_and_settings_come_from_the_team() {
    let env = Env::new();
    let team = env.dir.path().join("team");
    std::fs::create_dir_all(team.join("okrs")).unwrap();
    let file = team.join("okrs/2026-Q4.toml");
    std::fs::write(
        &file,
        "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Win the enterprise market\"\nlevel = \"company\"\n\n\
         [[objective.kr]]\ntitle = \"Grow accounts from 10 to 50\"\nstart = 10\ntarget = 50\n\n\
         [[objective.kr]]\ntitle = \"Cut churn from 5% to 2%\"\nstart = 5\ntarget = 2\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    // Two key results: a warning. It is printed, and fails only with --deny warnings.
    let out = lint(&env, &[path]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("warning[focus/kr-count]"));
    assert_eq!(
        lint(&env, &[path, "--deny", "warnings"]).status.code(),
        Some(1)
    );

    // The user makes it an error; the team's okr.toml allows it, and the team wins.
    let config = env.dir.path().join("user.toml");
    std::fs::write(&config, "[lint]\n\"focus/kr-count\" = \"error\"\n").unwrap();
    let mut cmd = env.cmd(&["lint", path]);
    cmd.env("OKR_CONFIG", &config);
    assert_eq!(
        cmd.output().unwrap().status.code(),
        Some(1),
        "the user's setting applies"
    );
    std::fs::write(
        team.join("okr.toml"),
        "[lint]\n\"focus/kr-count\" = \"allow\"\n",
    )
    .unwrap();
    let mut cmd = env.cmd(&["lint", path, "--deny", "warnings"]);
    cmd.env("OKR_CONFIG", &config);
    let out = cmd.output().unwrap();
    assert_eq!(
        (out.status.code(), text(&out.stdout)),
        (Some(0), String::new()),
        "the team's setting wins"
    );

    // An objective can allow a rule for itself.
    std::fs::remove_file(team.join("okr.toml")).unwrap();
    let allowed = std::fs::read_to_string(&file).unwrap().replace(
        "level = \"company\"\n",
        "level = \"company\"\nlint.allow = [\"focus/kr-count\"]\n",
    );
    std::fs::write(&file, allowed).unwrap();
    let out = lint(&env, &[path, "--deny", "warnings"]);
    assert_eq!(
        (out.status.code(), text(&out.stdout)),
        (Some(0), String::new())
    );
}

#[test]
fn the_database_is_linted_without_a_path() {
    let env = Env::init();
    env.ok(&[
        "objective",
        "add",
        "Win the enterprise market",
        "--level",
        "company",
    ]);
    let out = lint(&env, &[]);
    assert_eq!(out.status.code(), Some(1));
    let shown = text(&out.stdout);
    assert!(shown.starts_with(&env.expand("error[relevant/no-key-results]: objective `Win the enterprise market` has no key results\n  --> objective {o1}\n")), "{shown}");
    for (kr, start, target) in [
        ("Grow accounts from 10 to 50", "10", "50"),
        ("Cut churn from 5% to 2%", "5", "2"),
        ("Raise NPS from 31 to 45", "31", "45"),
    ] {
        env.ok(&["kr", "add", "@o1", kr, "--start", start, "--target", target]);
    }
    let out = lint(&env, &[]);
    assert_eq!(
        (out.status.code(), text(&out.stdout)),
        (Some(0), String::new())
    );
}

#[test]
fn unreadable_input_exits_2() {
    let env = Env::new();
    let bad = env.dir.path().join("broken.toml");
    std::fs::write(&bad, "cycle = \"2026-Q4\"\n[[objective]\n").unwrap();
    let err = env.refuses(&["lint", bad.to_str().unwrap()]);
    assert!(
        err.starts_with(&format!("error: {}:2:", bad.display())),
        "{err}"
    );
    env.refuses(&["lint", "no/such/file.toml"]);
    let unknown = env.dir.path().join("allow.toml");
    std::fs::write(&unknown, "cycle = \"2026-Q4\"\n[[objective]]\ntitle = \"Grow the market share\"\nlint.allow = [\"no/such-rule\"]\n").unwrap();
    let err = env.refuses(&["lint", unknown.to_str().unwrap()]);
    assert!(
        err.contains(":4:15: unknown lint rule `no/such-rule`"),
        "{err}"
    );
}
