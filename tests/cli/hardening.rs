//! The conventions people expect of a shell tool: nothing from data runs on the
//! terminal, the database is private, settings say where they come from, a manual page,
//! a pager, a prompt snippet.

use std::path::Path;
use std::process::Command;

use crate::harness::{Env, json};

/// An objective and key result whose titles a teammate filled with escape sequences
/// and a bidi override, as a team file carries them.
fn hostile() -> Env {
    let env = Env::init();
    let file = env.dir.path().join("evil.toml");
    std::fs::write(
        &file,
        "cycle = \"2026-Q4\"\n\n[[objective]]\ntitle = \"Ship \\u001B]0;pwned\\u0007\\u001B[2J it\"\nowner = \"mallory\"\n\n  [[objective.kr]]\n  title = \"Reach 10 \\u001B]52;c;aGk=\\u0007 users \\u202Eesrever\"\n  target = 10\n",
    )
    .unwrap();
    env.ok(&["import", file.to_str().unwrap()]);
    env.ok(&["checkin", "@k1", "4", "--note", "\u{1b}[31mred\u{1b}[0m"]);
    env
}

/// Every escape in `text` is a colour code (SGR), and no bidi override is left.
fn only_colour_codes(text: &str) -> bool {
    let mut rest = text;
    while let Some(i) = rest.find('\u{1b}') {
        let after = &rest[i + 1..];
        let Some(body) = after.strip_prefix('[') else {
            return false;
        };
        let params = body
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b';')
            .count();
        if body.as_bytes().get(params) != Some(&b'm') {
            return false;
        }
        rest = &body[params + 1..];
    }
    !text.contains(['\u{7}', '\u{202e}'])
}

#[test]
fn escape_sequences_from_team_files_never_reach_the_terminal() {
    let env = hostile();
    for args in [
        &["report"][..],
        &["report", "--tree"],
        &["report", "--week"],
        &["report", "--format", "markdown"],
        &["report", "--tree", "--format", "markdown"],
        &["score"],
        &["score", "--explain"],
        &["objective", "list"],
        &["objective", "show", "@o1"],
        &["kr", "list"],
        &["kr", "show", "@k1"],
        &["checkin", "list", "@k1"],
        &["cycle", "list"],
    ] {
        let out = env.ok(args);
        assert!(
            !out.contains(['\u{1b}', '\u{7}', '\u{202e}']),
            "`okr {}` printed a raw control character:\n{out}",
            args.join(" ")
        );
        assert!(
            args[0] == "cycle" || out.contains("\\u{1b}") || out.contains("\\u{202e}"),
            "`okr {}` dropped the characters instead of showing them escaped:\n{out}",
            args.join(" ")
        );
        // With colour forced on, okr's own colour codes are the only escapes.
        let coloured = env.ok(&[args, &["--color", "always"]].concat());
        assert!(
            only_colour_codes(&coloured),
            "`okr {} --color always` let an escape through:\n{coloured:?}",
            args.join(" ")
        );
    }
    // JSON and CSV stay exact: they escape by their own rules.
    let report = json(&env.ok(&["report", "--format", "json"]));
    assert_eq!(
        report["objectives"][0]["title"],
        "Ship \u{1b}]0;pwned\u{7}\u{1b}[2J it"
    );
    assert!(
        env.ok(&["kr", "list", "--format", "csv"])
            .contains('\u{1b}')
    );
    // Errors and confirmations quote titles: escaped too.
    let err = env.refuses(&["objective", "rm", "@o1", "--with-checkins"]);
    assert!(
        !err.contains('\u{1b}') && err.contains("\\u{1b}]0;pwned"),
        "{err}"
    );
    // Lint keeps the text as written but says what is in it.
    let lint = env.cmd(&["lint"]).output().unwrap();
    let lint = String::from_utf8(lint.stdout).unwrap();
    assert!(lint.contains("specific/control-characters"), "{lint}");
}

#[cfg(unix)]
#[test]
fn the_database_is_private_and_a_loose_one_is_tightened_with_a_note() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let data = env.dir.path().join("xdg-data");
    let okr = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_okr"))
            .args(args)
            .env_remove("OKR_DB")
            .env_remove("RUST_BACKTRACE")
            .env("XDG_DATA_HOME", &data)
            .env("HOME", env.dir.path())
            .env("OKR_CONFIG", env.dir.path().join("none.toml"))
            .env("OKR_TODAY", "2026-11-23")
            .env("OKR_USER", "alice")
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    };
    assert!(okr(&["init"]).status.success());
    let db = data.join("okr/okr.db");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!((mode(&db), mode(db.parent().unwrap())), (0o600, 0o700));

    // Loosened by hand (or by an older okr): tightened on the next use, with a note.
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(db.parent().unwrap(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = okr(&["report"]);
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("note: made"), "{stderr}");
    assert_eq!((mode(&db), mode(db.parent().unwrap())), (0o600, 0o700));
    let again = okr(&["report"]);
    assert!(again.stderr.is_empty(), "the note repeats");

    // Made read-only by its owner: others lose what they had, the owner gains nothing.
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    assert!(okr(&["report"]).status.success());
    assert_eq!(mode(&db), 0o400, "a read-only database was made writable");
}

#[test]
fn config_shows_every_setting_and_where_it_came_from() {
    let env = Env::init();
    let config = env.dir.path().join("config.toml");
    std::fs::write(
        &config,
        "user = \"from-config\"\nformat = \"markdown\"\n[status]\nat_risk = 0.05\noff_track = 0.2\n[lint]\n\"focus/kr-count\" = \"note\"\n\"outcome/activity\" = \"allow\"\n",
    )
    .unwrap();
    let team = env.dir.path().join("team");
    std::fs::create_dir(&team).unwrap();
    std::fs::write(
        team.join("okr.toml"),
        "[team]\nfiles = \"goals\"\n[lint]\n\"focus/kr-count\" = \"error\"\n",
    )
    .unwrap();
    let out = env
        .cmd(&["config", "--format", "json"])
        .env("OKR_CONFIG", &config)
        .env_remove("OKR_USER")
        .current_dir(&team)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = json(&String::from_utf8(out.stdout).unwrap());
    let get = |name: &str| -> (String, String) {
        let row = rows
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name)
            .unwrap_or_else(|| panic!("no `{name}` in {rows}"));
        (
            row["value"].as_str().unwrap().to_string(),
            row["source"].as_str().unwrap().to_string(),
        )
    };
    let user_file = format!("user config {}", config.display());
    let team_file = format!("team {}", team.join("okr.toml").display());
    assert_eq!(get("user"), ("from-config".into(), user_file.clone()));
    assert_eq!(get("format"), ("json".into(), "flag --format".into()));
    assert_eq!(
        get("today"),
        ("2026-11-23".into(), "environment OKR_TODAY".into())
    );
    assert_eq!(get("db").1, "environment OKR_DB");
    assert_eq!(get("status.at_risk"), ("0.05".into(), user_file.clone()));
    assert_eq!(
        get("lint.focus/kr-count"),
        ("error".into(), team_file.clone())
    );
    assert_eq!(get("lint.outcome/activity"), ("allow".into(), user_file));
    assert_eq!(
        get("lint.specific/vague"),
        ("warning".into(), "default".into())
    );
    assert_eq!(get("team.files").1, team_file);
    assert!(get("team.files").0.ends_with("team/goals"));

    let paths = env.ok(&["config", "path"]);
    assert!(
        paths.contains("user config") && paths.contains("database"),
        "{paths}"
    );

    // A broken config file is named with line and column.
    std::fs::write(&config, "user = \"a\"\n[status]\nat_risk = \"high\"\n").unwrap();
    let out = env
        .cmd(&["config"])
        .env("OKR_CONFIG", &config)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains(&format!("{}:3:11", config.display())), "{err}");
}

#[test]
fn committed_man_pages_match_the_cli() {
    let env = Env::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let fresh = env.dir.path().join("man");
    env.ok(&["man", "--out", fresh.to_str().unwrap()]);
    let list = |d: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(
        list(&fresh),
        list(&dir),
        "man/ lists other pages than the CLI has"
    );
    for name in list(&fresh) {
        assert!(
            std::fs::read(fresh.join(&name)).unwrap() == std::fs::read(dir.join(&name)).unwrap(),
            "man/{name} is out of date with the CLI; regenerate with\n  cargo run -q -- man --out man"
        );
    }
    let page = env.ok(&["man", "report"]);
    assert!(page.contains(".TH okr-report 1"), "{page}");
    env.refuses(&["man", "nonsense"]);
}

#[test]
fn long_output_goes_through_the_pager_only_on_a_terminal() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: no `script` to give okr a terminal");
        return;
    }
    let env = hostile();
    let paged = env.dir.path().join("paged.txt");
    let pager = format!("cat > {}", paged.display());
    let in_terminal = |extra: &str| {
        let cmd = format!("{} report{extra}", env!("CARGO_BIN_EXE_okr"));
        Command::new("script")
            .args(["-qec", &cmd, "/dev/null"])
            .env("OKR_DB", env.db())
            .env("OKR_TODAY", "2026-11-23")
            .env("OKR_USER", "alice")
            .env("OKR_CONFIG", env.dir.path().join("none.toml"))
            .env("NO_COLOR", "1")
            .env("OKR_PAGER", &pager)
            .env_remove("RUST_BACKTRACE")
            .output()
            .unwrap()
    };
    assert!(in_terminal("").status.success());
    let text = std::fs::read_to_string(&paged).unwrap();
    assert!(text.contains("Reach 10"), "{text}");
    assert!(
        !text.contains('\u{1b}'),
        "the pager got raw escapes: {text:?}"
    );
    std::fs::remove_file(&paged).unwrap();
    assert!(in_terminal(" --no-pager").status.success());
    assert!(!paged.exists(), "--no-pager still paged");
    // Piped, as in cron: never paged.
    let piped = env
        .cmd(&["report"])
        .env("OKR_PAGER", &pager)
        .output()
        .unwrap();
    assert!(piped.status.success() && !paged.exists());
}

#[test]
fn the_prompt_counts_my_stale_key_results() {
    let env = Env::init();
    // Planned at the start of the quarter.
    let october = env.on("2026-10-05");
    october.ok(&["objective", "add", "Make reports instant"]);
    for title in [
        "Reach 5 pilots",
        "Sign 5 partners",
        "Publish 5 case studies",
    ] {
        october.ok(&["kr", "add", "@o1", title, "--target", "5"]);
    }
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
    env.ok(&["checkin", "@k1", "2", "--date", "-10d"]);
    assert_eq!(env.ok(&["prompt"]), "okr:3!");
    env.ok(&["checkin", "@k1", "3"]);
    env.ok(&["checkin", "@k2", "3", "--date", "-6d"]);
    assert_eq!(env.ok(&["prompt", "--space"]), "okr:1! ");
    env.ok(&["checkin", "@k3", "1"]);
    assert_eq!(env.ok(&["prompt"]), "");
    // A key result added this week is not stale yet; a week later it is.
    env.ok(&["kr", "add", "@o1", "Reach 5 more pilots", "--target", "5"]);
    assert_eq!(env.ok(&["prompt"]), "");
    assert_eq!(env.on("2026-11-30").ok(&["prompt"]), "okr:4!");
    // No database: a prompt stays quiet.
    assert_eq!(Env::new().ok(&["prompt"]), "");
}
