//! Key results from public OKRs written by others (`tests/lint_table/`), labelled by
//! hand before okr read them: how often okr reads them as a coach would.
//!
//! Labels: `q` the text states a quantity; `n` it states none; `a` its only quantity
//! is a word without a number ("all", "every", "most", "所有"), which okr should flag
//! as unsure (a note), not guess.

use super::*;

const TABLE: &str = include_str!("../../../tests/lint_table/key_results.tsv");

struct Case<'a> {
    label: &'a str,
    source: &'a str,
    text: &'a str,
}

fn cases() -> Vec<Case<'static>> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut f = l.splitn(3, '\t');
            let (Some(label), Some(source), Some(text)) = (f.next(), f.next(), f.next()) else {
                panic!("a table line needs label, source and text: {l:?}");
            };
            assert!(matches!(label, "q" | "n" | "a"), "unknown label in {l:?}");
            Case {
                label,
                source,
                text,
            }
        })
        .collect()
}

fn verdict(text: &str) -> &'static str {
    match read(text) {
        Reading::Stated(_) => "q",
        Reading::Unsure(_) => "a",
        Reading::None => "n",
    }
}

fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| matches!(c as u32, 0x4E00..=0x9FFF))
}

/// Right out of all, as "right/all (percent)".
fn share(cases: &[&Case], right: impl Fn(&Case) -> bool) -> String {
    let n = cases.iter().filter(|c| right(c)).count();
    let pct = if cases.is_empty() {
        100.0
    } else {
        n as f64 * 100.0 / cases.len() as f64
    };
    format!("{n}/{} ({pct:.1}%)", cases.len())
}

#[test]
fn accuracy_on_key_results_written_by_others() {
    let cases = cases();
    let all: Vec<&Case> = cases.iter().collect();
    let right = |c: &Case| verdict(c.text) == c.label;
    let mut report = vec![format!("all: {}", share(&all, right))];
    let (zh, en): (Vec<&Case>, Vec<&Case>) = all.iter().partition(|c| is_chinese(c.text));
    report.push(format!("English: {}", share(&en, right)));
    report.push(format!("Chinese: {}", share(&zh, right)));
    let mut sources: Vec<&str> = cases.iter().map(|c| c.source).collect();
    sources.sort_unstable();
    sources.dedup();
    for s in &sources {
        let of: Vec<&Case> = all.iter().copied().filter(|c| c.source == *s).collect();
        report.push(format!("{s}: {}", share(&of, right)));
    }
    let wrong: Vec<String> = all
        .iter()
        .filter(|c| !right(c))
        .map(|c| format!("  {} read as {}: {}", c.label, verdict(c.text), c.text))
        .collect();
    // Printed for `cargo test -- --nocapture` and for the README's figure.
    println!("{}\n{}", report.join("\n"), wrong.join("\n"));
    let n_right = all.iter().filter(|c| right(c)).count();
    assert!(
        n_right * 100 >= all.len() * 99,
        "below 99%:\n{}\n{}",
        report.join("\n"),
        wrong.join("\n")
    );
}
