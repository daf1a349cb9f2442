//! Key results that update themselves: a source command per key result, `okr pull` from
//! cron, and `okr trust` for commands that came in a teammate's file.

use crate::harness::Env;

/// `okr ARGS`: (exit code, stdout, stderr).
fn run(env: &Env, args: &[&str]) -> (i32, String, String) {
    let out = env.cmd(args).output().expect("run okr");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// An objective with key results 1 (NPS 30 → 50), 2 (active teams, in teams) and 3 (a
/// milestone).
fn quarter() -> Env {
    let env = Env::init();
    env.ok(&["objective", "add", "Customers recommend us"]);
    env.ok(&["kr", "add", "@o1", "Raise NPS from 30 to 50"]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Grow weekly active teams from 100 to 500",
        "--unit",
        "teams",
    ]);
    env.ok(&["kr", "add", "@o1", "Publish the API", "--kind", "boolean"]);
    env
}

/// The check-ins of key result `kr` as `okr kr show --format json` gives them: (value,
/// author, note).
fn checkins(env: &Env, kr: &str) -> Vec<(f64, String, String)> {
    let shown: serde_json::Value =
        serde_json::from_str(&env.ok(&["kr", "show", kr, "--format", "json"])).unwrap();
    shown["checkins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["value"].as_f64().unwrap(),
                c["author"].as_str().unwrap().to_string(),
                c["note"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn a_source_that_prints_42_is_checked_in_once_a_day() {
    let env = quarter();
    let said = env.ok(&["kr", "source", "@k1", "--command", "echo 42"]);
    assert_eq!(
        said,
        env.expand("Key result {k1} (Raise NPS from 30 to 50) now reads `echo 42`\n")
    );
    assert_eq!(env.ok(&["kr", "source", "@k1"]), "`echo 42`\n");
    assert_eq!(
        env.ok(&["pull"]),
        env.expand("{k1} \"Raise NPS from 30 to 50\": checked in 30 → 42\n")
    );
    assert_eq!(
        checkins(&env, "@k1"),
        vec![(42.0, "pull".into(), "pulled from `echo 42`".into())]
    );
    // Cron runs it again the same day: nothing new, nothing recorded twice.
    assert_eq!(
        env.ok(&["pull"]),
        env.expand("{k1} \"Raise NPS from 30 to 50\": 42 again, already checked in today\n")
    );
    assert_eq!(checkins(&env, "@k1").len(), 1);
    // The next day's value is a new check-in, and `okr undo` takes a pull back.
    env.ok(&["kr", "source", "@k1", "--command", "echo 45"]);
    env.on("2026-11-24").ok(&["pull"]);
    assert_eq!(checkins(&env, "@k1").len(), 2);
    env.on("2026-11-24").ok(&["undo", "--yes"]);
    assert_eq!(checkins(&env, "@k1").len(), 1);
}

#[test]
fn a_json_source_is_read_at_its_path_and_a_dry_run_records_nothing() {
    let env = quarter();
    env.ok(&[
        "kr",
        "source",
        "@k1",
        "--command",
        r#"printf '{"nps": 47, "n": 812}'"#,
        "--json-path",
        "$.nps",
    ]);
    let dry = env.ok(&["pull", "--dry-run"]);
    assert_eq!(
        dry,
        env.expand("{k1} \"Raise NPS from 30 to 50\": would check in 30 → 47\nDry run: nothing was recorded.\n")
    );
    assert!(checkins(&env, "@k1").is_empty());
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["pull", "--format", "json"])).unwrap();
    assert_eq!(json[0]["outcome"], "recorded");
    assert_eq!(json[0]["value"], 47.0);
    assert_eq!(checkins(&env, "@k1")[0].0, 47.0);
}

#[test]
fn a_failing_and_a_hanging_source_are_named_and_the_others_still_recorded() {
    let env = quarter();
    env.ok(&["kr", "source", "@k1", "--command", "echo 44"]);
    env.ok(&[
        "kr",
        "source",
        "@k2",
        "--command",
        "echo 'no route to host' >&2; exit 7",
    ]);
    env.ok(&["kr", "source", "@k3", "--command", "sleep 20; echo 1"]);
    let (code, stdout, stderr) = run(&env, &["pull", "--timeout", "0.5"]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        stdout,
        env.expand("{k1} \"Raise NPS from 30 to 50\": checked in 30 → 44\n")
    );
    assert_eq!(
        stderr,
        env.expand("error: {k2} \"Grow weekly active teams from 100 to 500\": `echo 'no route to host' >&2; exit 7` failed (exit status 7): no route to host\n\
         error: {k3} \"Publish the API\": `sleep 20; echo 1` timed out after 0.5 s\n")
    );
    assert_eq!(checkins(&env, "@k1").len(), 1);
    assert!(checkins(&env, "@k2").is_empty());
}

#[test]
fn a_source_that_prints_no_number_fails_with_what_it_printed() {
    let env = quarter();
    env.ok(&["kr", "source", "@k2", "--command", "echo 140 users"]);
    env.ok(&["kr", "source", "@k3", "--command", "echo 5"]);
    let (code, stdout, stderr) = run(&env, &["pull"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        env.expand("error: {k2} \"Grow weekly active teams from 100 to 500\": `echo 140 users` printed `140 users`, in `users`, but the key result counts `teams`\n\
         error: {k3} \"Publish the API\": `echo 5` printed 5, but key result {k3} is a milestone: its value is 0 or 1, not `5`\n")
    );
    env.ok(&["kr", "source", "@k2", "--command", "echo OK"]);
    let (code, _, stderr) = run(&env, &["pull", "--kr", "@k2"]);
    assert_eq!(code, 1);
    assert!(
        stderr.ends_with("`echo OK` printed `OK`, which is not a number\n"),
        "{stderr}"
    );
}

#[test]
fn bad_sources_and_pulls_are_refused_with_a_sentence() {
    let env = quarter();
    let empty = env.refuses(&["kr", "source", "@k1", "--command", " "]);
    assert!(
        empty.starts_with("error: a source's command is empty\nhint: "),
        "{empty}"
    );
    let path = env.refuses(&[
        "kr",
        "source",
        "@k1",
        "--command",
        "echo {}",
        "--json-path",
        "a..b",
    ]);
    assert!(
        path.starts_with("error: `a..b` is not a JSON path okr reads\n"),
        "{path}"
    );
    let none = env.refuses(&["pull", "--kr", "@k1"]);
    assert_eq!(
        none,
        env.expand("error: key result {k1} has no source\nhint: give it one: `okr kr source {k1} --command \"…\"`\n")
    );
    let timeout = env.refuses(&["pull", "--timeout", "0"]);
    assert!(
        timeout.starts_with("error: timeout `0` is not"),
        "{timeout}"
    );
}

/// A team folder holding one objectives file whose key result carries `command`.
fn team_file(env: &Env, command: &str) -> std::path::PathBuf {
    let dir = env.dir.path().join("team");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("2026-Q4.toml");
    let text = format!(
        "format = 4\ncycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Customers recommend us\"\n\n\
         [[objective.kr]]\ntitle = \"Raise NPS from 30 to 50\"\nstart = 30\ntarget = 50\n\
         source = {{ command = '{command}' }}\n"
    );
    std::fs::write(&file, text).unwrap();
    file
}

#[test]
fn a_teammates_command_runs_only_once_trusted_and_again_after_it_changes() {
    let env = Env::init();
    let ran = env.dir.path().join("ran");
    let marker = ran.display().to_string();
    let file = team_file(&env, &format!("touch {marker}; echo 41"));
    env.ok(&["import", file.to_str().unwrap()]);

    // Not trusted: listed, not run, and pull exits 1 for cron to notice.
    let (code, stdout, stderr) = run(&env, &["pull"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(
        stderr.contains("came from a team file and is not trusted yet; not run"),
        "{stderr}"
    );
    assert!(stderr.ends_with("hint: see what they run and trust them with `okr trust`\n"));
    assert!(!ran.exists(), "an untrusted command ran");
    // Without a terminal, trust needs --yes, and trusts nothing without it.
    let refused = env.refuses(&["trust"]);
    assert_eq!(
        refused,
        "error: 1 command(s) from team files wait for trust, and there is no terminal to ask\n\
         hint: run `okr trust` in a terminal to read each one, or `okr trust --yes` to trust them all\n"
    );
    let shown = env.ok(&["trust", "--yes"]);
    assert_eq!(
        shown,
        format!(
            "`touch {marker}; echo 41`\n  the source of {} \"Raise NPS from 30 to 50\"\nTrusted 1 command(s)\n",
            env.name("@k1")
        )
    );
    env.ok(&["pull"]);
    assert!(ran.exists());
    assert_eq!(checkins(&env, "@k1")[0].0, 41.0);

    // A commit changes the command: it is not run until trusted again.
    std::fs::remove_file(&ran).unwrap();
    team_file(&env, &format!("touch {marker}; echo 43"));
    env.ok(&["import", file.to_str().unwrap()]);
    let (code, _, _) = run(&env, &["pull"]);
    assert_eq!(code, 1);
    assert!(!ran.exists(), "a changed command ran without trust");
    let again = env.ok(&["trust", "--yes"]);
    assert!(again.contains("echo 43`\n"), "{again}");
    env.ok(&["pull"]);
    assert!(ran.exists());
    assert_eq!(
        checkins(&env, "@k1")
            .iter()
            .map(|c| c.0)
            .collect::<Vec<_>>(),
        [41.0, 43.0]
    );
    assert_eq!(env.ok(&["trust"]), "Every source's command is trusted.\n");
}

#[test]
fn an_exported_source_is_shared_in_format_4_and_trusted_only_by_its_author() {
    let env = quarter();
    env.ok(&[
        "kr",
        "source",
        "@k1",
        "--command",
        "echo 42",
        "--json-path",
        "$.x",
    ]);
    let dir = env.dir.path().join("okrs");
    env.ok(&["export", "--out", dir.to_str().unwrap()]);
    let text = std::fs::read_to_string(dir.join("2026-Q4.toml")).unwrap();
    assert!(text.contains("\nformat = 4\n"), "{text}");
    assert!(
        text.contains("\nsource = { command = \"echo 42\", json_path = \"$.x\" }\n"),
        "{text}"
    );
    // Exporting again changes nothing; importing it back changes nothing either.
    env.ok(&["export", "--out", dir.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(dir.join("2026-Q4.toml")).unwrap(),
        text
    );
    env.ok(&["import", dir.to_str().unwrap()]);
    assert_eq!(env.ok(&["trust"]), "Every source's command is trusted.\n");
    // A teammate imports it: theirs to trust.
    let bob = Env::init();
    bob.ok(&["import", dir.to_str().unwrap()]);
    let waiting = bob.refuses(&["trust"]);
    assert!(
        waiting.starts_with("error: 1 command(s) from team files wait"),
        "{waiting}"
    );
}

#[test]
fn a_file_with_an_empty_source_command_is_refused_where_it_says_so() {
    let env = Env::init();
    let file = team_file(&env, " ");
    let said = env.refuses(&["import", file.to_str().unwrap()]);
    assert!(
        said.starts_with(&format!(
            "error: {}:11:22: a source's command is empty",
            file.display()
        )),
        "{said}"
    );
}
