//! The rules checked on two threads against one.

use super::*;
use crate::model::{Cycle, ObjectiveKind};

/// 300 objectives of 40 owners (so each has more than five), with a vague key
/// result and a quantified one each.
fn organisation() -> Vec<Subject> {
    let text = |value: String| Text { value, at: None };
    (0..300)
        .map(|i| Subject {
            label: format!("objective {i}"),
            title: text(format!("Delight customers {i}")),
            cycle_name: "2026-Q4".into(),
            cycle: Cycle::builtin("2026-Q4"),
            level: Level::Team,
            owner: format!("owner-{}", i % 40),
            kind: ObjectiveKind::Aspirational,
            has_parent: i % 3 == 0,
            parent_cycle: None,
            allow: Vec::new(),
            cycle_has_initiatives: false,
            krs: ["Improve onboarding", "Raise NPS from 30 to 45"]
                .iter()
                .map(|t| KrSubject {
                    label: format!("key result {i}"),
                    title: text(t.to_string()),
                    kind: KrKind::Metric,
                    start: None,
                    target: None,
                    target_at: None,
                    due: None,
                    checkins: Vec::new(),
                    measure: None,
                    initiatives: None,
                    at: None,
                })
                .collect(),
            at: None,
        })
        .collect()
}

#[test]
fn checked_on_two_threads_the_findings_are_those_of_one_in_the_same_order() {
    let subjects = organisation();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let config = |_: &Subject| LintConfig::default();
    let one = check_in(&subjects, &config, today, false);
    assert_eq!(check_in(&subjects, &config, today, true), one);
    // Each owner's sixth objective carries the finding, between its own findings
    // and its key results'.
    let too_many: Vec<usize> = one
        .iter()
        .enumerate()
        .filter(|(_, f)| f.rule == "focus/too-many-objectives")
        .map(|(i, _)| i)
        .collect();
    assert_eq!(too_many.len(), 40);
    for &i in &too_many {
        assert!(one[i].subject.starts_with("objective "));
        assert!(one[i + 1].subject.starts_with("key result "));
    }
}
