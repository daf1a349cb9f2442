//! Completion: ids with their titles where an id is expected, asked of okr as the user
//! types; and the static scripts committed under `completions/` match the CLI.

use crate::harness::Env;

/// What okr answers when fish asks for completions of `words` (the last one being
/// typed).
fn complete(env: &Env, words: &[&str]) -> String {
    let mut args = vec!["--", "okr"];
    args.extend(words);
    let out = env
        .cmd(&args)
        .env("COMPLETE", "fish")
        .output()
        .expect("run okr");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn ids_complete_with_their_titles() {
    let env = Env::init();
    env.ok(&["objective", "add", "Make reports instant"]);
    env.ok(&["objective", "add", "赢得华东区企业客户", "--parent", "@o1"]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Cut p95 report time from 800 ms to 200 ms",
    ]);
    env.ok(&["kr", "add", "@o2", "企业客户从 12 家增加到 30 家"]);
    for _ in 0..9 {
        env.ok(&["kr", "add", "@o1", "Ship 1 dashboard", "--target", "1"]);
    }
    // `okr checkin <TAB>`: key results, by name, with titles as the description.
    let krs = complete(&env, &["checkin", ""]);
    assert!(
        krs.contains(&env.expand("{k1}\tCut p95 report time from 800 ms to 200 ms\n")),
        "{krs}"
    );
    assert!(
        krs.contains(&env.expand("{k2}\t企业客户从 12 家增加到 30 家\n")),
        "{krs}"
    );
    // What is typed narrows it: the first two letters of a name offer that key result
    // and only others whose names begin the same.
    let k1 = env.name("@k1");
    let typed = complete(&env, &["checkin", &k1[..2]]);
    let offered: Vec<&str> = typed
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default())
        .collect();
    assert!(offered.contains(&k1.as_str()), "{typed}");
    assert!(offered.iter().all(|n| n.starts_with(&k1[..2])), "{typed}");
    // Objectives where an objective is expected.
    let objectives = complete(&env, &["kr", "add", ""]);
    assert!(
        objectives.contains(&env.expand("{o2}\t赢得华东区企业客户\n")),
        "{objectives}"
    );
    assert!(
        complete(&env, &["objective", "add", "X", "--parent", ""])
            .contains(&env.expand("{o1}\tMake reports instant\n"))
    );
    // No database: nothing offered, nothing printed on stderr.
    let none = Env::new();
    let out = none
        .cmd(&["--", "okr", "checkin", ""])
        .env("COMPLETE", "fish")
        .output()
        .unwrap();
    assert!(out.status.success() && out.stderr.is_empty());
}

#[test]
fn the_setup_line_asks_okr_for_completions() {
    let env = Env::new();
    let bash = env.ok(&["completions", "bash"]);
    assert!(
        bash.contains("COMPLETE=\"bash\"") && bash.contains("complete -o nospace"),
        "{bash}"
    );
    let fish = env.ok(&["completions", "fish"]);
    assert!(fish.contains("COMPLETE=fish okr"), "{fish}");
}

#[test]
fn committed_completions_match_the_cli() {
    let env = Env::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        ("bash", "okr.bash"),
        ("zsh", "_okr"),
        ("fish", "okr.fish"),
        ("powershell", "_okr.ps1"),
        ("elvish", "okr.elv"),
    ] {
        let generated = env.ok(&["completions", shell, "--static"]);
        let committed = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        assert!(
            generated == committed,
            "completions/{file} is out of date with the CLI; regenerate it with\n  \
             cargo run -q -- completions {shell} --static > completions/{file}"
        );
    }
}
