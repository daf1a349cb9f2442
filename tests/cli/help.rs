//! Help that teaches: a command's own options first and the global ones apart, an
//! Examples section, and `okr` alone showing this week.

use super::harness::Env;

#[test]
fn a_commands_help_shows_its_own_options_first_then_the_global_ones() {
    let env = Env::new();
    let help = env.ok(&["checkin", "--help"]);
    let own = help.find("\nOptions:\n").expect("an Options section");
    let global = help
        .find("\nGlobal options:\n")
        .expect("a Global options section");
    let examples = help.find("\nExamples:\n").expect("an Examples section");
    assert!(own < global && global < examples, "{help}");
    assert!(help[own..global].contains("--confidence"), "{help}");
    assert!(!help[own..global].contains("--db"), "{help}");
    assert!(help[global..examples].contains("--db"), "{help}");
    assert!(help.contains("okr checkin oqsw +3"), "{help}");
}

#[test]
fn okr_alone_shows_this_week() {
    let env = Env::new();
    // No database yet: where to start, and no error.
    let welcome = env.ok(&[]);
    assert!(welcome.contains("No database yet"), "{welcome}");
    assert!(
        welcome.contains("`okr init`") && welcome.contains("`okr demo`"),
        "{welcome}"
    );
    assert!(!env.db().exists(), "nothing is created");

    env.ok(&["init"]);
    env.ok(&["objective", "add", "Make reports instant"]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Cut p95 from 800 ms to 200 ms",
        "--unit",
        "ms",
    ]);
    env.ok(&["checkin", "@k1", "600"]);
    assert_eq!(env.ok(&[]), env.ok(&["report", "--week"]));
}

#[test]
fn color_always_wins_over_no_color_as_flags_win_over_the_environment() {
    let env = Env::init();
    env.ok(&["objective", "add", "Make reports instant"]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Cut p95 from 800 ms to 200 ms",
        "--unit",
        "ms",
    ]);
    // The harness sets NO_COLOR=1.
    assert!(!env.ok(&["report"]).contains('\u{1b}'));
    assert!(env.ok(&["report", "--color", "always"]).contains("\u{1b}["));
}
