//! The completion scripts committed under `completions/` match the CLI.

use crate::harness::Env;

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
        let generated = env.ok(&["completions", shell]);
        let committed = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        assert!(
            generated == committed,
            "completions/{file} is out of date with the CLI; regenerate it with\n  \
             cargo run -q -- completions {shell} > completions/{file}"
        );
    }
}
