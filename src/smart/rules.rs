//! The rules themselves, each a few lines over a [`Subject`].

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use super::input::{KrSubject, Subject, Text};
use super::{Finding, LintConfig, Loc, quantity, text};
use crate::model::{KrKind, Level, format_number};
use crate::progress::{self, weekly};

/// Objectives per owner and cycle before `focus/too-many-objectives`.
const MAX_OBJECTIVES: usize = 5;

struct Out<'a> {
    config: &'a LintConfig,
    allow: &'a [String],
    findings: Vec<Finding>,
}

impl Out<'_> {
    fn push(
        &mut self,
        rule: &'static str,
        subject: &str,
        at: Option<Loc>,
        message: String,
        suggestion: Option<&str>,
    ) {
        if self.allow.iter().any(|a| a == rule) {
            return;
        }
        if let Some(severity) = self.config.severity(rule) {
            self.findings.push(Finding {
                rule,
                severity,
                message,
                suggestion: suggestion.map(str::to_string),
                subject: subject.to_string(),
                at,
            });
        }
    }
}

/// Checks every subject; findings come in subject order, then rule order. `config`
/// gives the settings that apply to a subject (its team's, for a team file).
///
/// Each subject's own rules are checked on two threads for a long list (a database
/// of 10,000 objectives); the one rule across subjects, objectives per owner, after.
pub fn check(
    subjects: &[Subject],
    config: &(dyn Fn(&Subject) -> LintConfig + Sync),
    today: NaiveDate,
) -> Vec<Finding> {
    check_in(subjects, config, today, subjects.len() >= 256)
}

/// [`check`], on two threads if `parallel`.
fn check_in(
    subjects: &[Subject],
    config: &(dyn Fn(&Subject) -> LintConfig + Sync),
    today: NaiveDate,
    parallel: bool,
) -> Vec<Finding> {
    let own = |s: &Subject| {
        let settings = config(s);
        let mut out = Out {
            config: &settings,
            allow: &s.allow,
            findings: Vec::new(),
        };
        objective_rules(s, &mut out);
        // Where the objective's findings end and its key results' begin.
        let split = out.findings.len();
        for k in &s.krs {
            kr_rules(s, k, today, &mut out);
        }
        (out.findings, split)
    };
    let checked = crate::threads::map(parallel, subjects, own);
    let mut findings = Vec::new();
    let mut per_owner: HashMap<(&str, &str), usize> = HashMap::new();
    for (s, (mut own, split)) in subjects.iter().zip(checked) {
        let kr_findings = own.split_off(split);
        findings.extend(own);
        let n = per_owner
            .entry((s.owner.as_str(), s.cycle_name.as_str()))
            .or_default();
        *n += 1;
        if *n == MAX_OBJECTIVES + 1 {
            let settings = config(s);
            let mut out = Out {
                config: &settings,
                allow: &s.allow,
                findings: Vec::new(),
            };
            out.push(
                "focus/too-many-objectives",
                &s.label,
                s.title.at.clone(),
                format!(
                    "`{}` has more than {MAX_OBJECTIVES} objectives in {}",
                    s.owner, s.cycle_name
                ),
                Some("focus: keep at most five objectives per owner and cycle"),
            );
            findings.extend(out.findings);
        }
        findings.extend(kr_findings);
    }
    findings
}

fn objective_rules(s: &Subject, out: &mut Out<'_>) {
    let at = || s.title.at.clone();
    if s.cycle.is_none() {
        let message = if s.cycle_name.is_empty() {
            "the objective has no cycle, so it has no time box".to_string()
        } else {
            format!(
                "cycle `{}` is unknown, so the objective has no time box",
                s.cycle_name
            )
        };
        out.push(
            "time-bound/no-cycle",
            &s.label,
            at(),
            message,
            Some("use a quarter like 2026-Q4, or give a custom cycle `start` and `end` dates"),
        );
    }
    match s.krs.len() {
        0 => out.push(
            "relevant/no-key-results",
            &s.label,
            at(),
            format!("objective `{}` has no key results", s.title.value.trim()),
            Some("add 3 to 5 key results that would show the objective is met"),
        ),
        n if !(3..=5).contains(&n) => out.push(
            "focus/kr-count",
            &s.label,
            at(),
            format!(
                "objective has {n} key result{}; 3 to 5 keep it measurable and focused",
                if n == 1 { "" } else { "s" }
            ),
            Some(if n < 3 {
                "add key results for the other sides of the objective"
            } else {
                "keep the 3 to 5 that matter most"
            }),
        ),
        _ => {}
    }
    if s.level != Level::Company && !s.has_parent {
        out.push(
            "relevant/not-aligned",
            &s.label,
            at(),
            format!("{} objective is not aligned to a parent objective", s.level),
            Some("align it with `parent` to the team or company objective it supports"),
        );
    }
    if let Some(pc) = &s.parent_cycle
        && *pc != s.cycle_name
    {
        out.push(
            "relevant/parent-other-cycle",
            &s.label,
            at(),
            format!(
                "its parent objective is in {pc}, this one in {}",
                s.cycle_name
            ),
            Some("align to an objective of the same cycle"),
        );
    }
    if let Some(r) = quantity::find(&s.title.value) {
        out.push(
            "relevant/objective-is-metric",
            &s.label,
            narrow(&s.title, r),
            "the objective states a number; objectives are qualitative".to_string(),
            Some("say why it matters in the objective, and move the number into a key result"),
        );
    }
    control_characters(&s.title, &s.label, out);
    let words = text::words(&s.title.value);
    if words < 3 {
        out.push(
            "specific/title-too-short",
            &s.label,
            at(),
            format!("objective title has {words} word{}: too short to say what and why", if words == 1 { "" } else { "s" }),
            Some("say what you want to achieve and for whom, e.g. \"Make check-ins take seconds for every team\""),
        );
    } else if words > 20 {
        out.push(
            "specific/title-too-long",
            &s.label,
            at(),
            format!("objective title has {words} words: too long to remember"),
            Some("keep the objective to one memorable line; put details in the description"),
        );
    }
    sandbagging(s, out);
}

/// Every key result's first confidence (in the cycle's first two weeks) is 9 or more.
fn sandbagging(s: &Subject, out: &mut Out<'_>) {
    let Some(cycle) = &s.cycle else { return };
    let early = cycle
        .start
        .checked_add_days(Days::new(13))
        .unwrap_or(cycle.end);
    let firsts: Vec<Option<u8>> = s
        .krs
        .iter()
        .map(|k| {
            k.checkins
                .iter()
                .find(|c| c.confidence.is_some() && c.date <= early)
                .and_then(|c| c.confidence)
        })
        .collect();
    if !firsts.is_empty() && firsts.iter().all(|c| c.is_some_and(|c| c >= 9)) {
        out.push(
            "achievable/sandbagging",
            &s.label,
            s.title.at.clone(),
            "every key result started with confidence 9 or more: the targets may be too safe"
                .to_string(),
            Some("aim for targets you are about 50–70% sure to reach"),
        );
    }
}

/// A title with control or invisible characters: kept as written, but a terminal could
/// run them or they could make the title read other than it is.
fn control_characters(title: &super::input::Text, label: &str, out: &mut Out<'_>) {
    if let Some(c) = title
        .value
        .chars()
        .find(|c| crate::model::naming::is_unsafe_char(*c))
    {
        out.push(
            "specific/control-characters",
            label,
            title.at.clone(),
            format!(
                "the title holds a control or invisible character (`{}`)",
                c.escape_default()
            ),
            Some("remove it: okr shows it escaped, other tools may run it or hide text with it"),
        );
    }
}

fn kr_rules(s: &Subject, k: &KrSubject, today: NaiveDate, out: &mut Out<'_>) {
    control_characters(&k.title, &k.label, out);
    let title = k.title.value.trim();
    let q = quantity::find(&k.title.value);
    let at = || k.title.at.clone();
    if k.target.is_none() && k.kind != KrKind::Boolean {
        if q.is_none() {
            out.push(
                "measurable/no-quantity",
                &k.label,
                at(),
                format!("key result is not quantified: `{title}`"),
                Some("state the number to reach and set `target`, e.g. \"Raise activation from 40% to 60%\""),
            );
        } else {
            out.push(
                "measurable/target-only-in-text",
                &k.label,
                at(),
                "the text states a number, but there is no `target` to compute progress from"
                    .to_string(),
                Some("add `target = N` (and `start = N`)"),
            );
        }
    }
    let keep = k.measure.as_ref().and_then(|m| m.keep);
    let disagrees = super::stated::check(&k.title.value, k.kind, k.start, k.target, keep);
    if let Some(d) = &disagrees {
        out.push(
            "measurable/title-disagrees",
            &k.label,
            at(),
            d.message.clone(),
            Some(d.hint.as_str()),
        );
    }
    if disagrees.is_none() && k.kind == KrKind::Metric && k.target.is_some() && k.start.is_none() {
        out.push(
            "measurable/no-baseline",
            &k.label,
            at(),
            "no `start` value: progress is measured from 0".to_string(),
            Some("set `start` to where the metric stands when the cycle begins"),
        );
    }
    if q.is_none() {
        if let Some(word) = text::vague_word(title) {
            out.push(
                "specific/vague",
                &k.label,
                at(),
                format!("`{word}` without a measure: by how much, from what, to what?"),
                Some("name the metric and both numbers, e.g. \"Cut p95 latency from 800 ms to 200 ms\""),
            );
        }
        if let Some(verb) = text::activity_verb(title) {
            out.push(
                "outcome/activity",
                &k.label,
                at(),
                format!("`{verb}` names an activity, not the effect it should have"),
                Some("say what changes when it is done, e.g. \"Raise trial-to-paid from 4% to 6%\" instead of \"Launch the pricing page\""),
            );
        }
    }
    if k.kind == KrKind::Metric && k.start.is_some() && k.start == k.target {
        out.push(
            "achievable/start-equals-target",
            &k.label,
            k.target_at.clone().or_else(at),
            format!(
                "start and target are both {}: there is nothing to achieve",
                format_number(k.target.unwrap_or(0.0))
            ),
            Some("set the target you want to reach, or make it a threshold to hold"),
        );
    }
    if let Some((due, due_at)) = &k.due
        && let Some(c) = s.cycle.as_ref().filter(|c| *due > c.end)
    {
        out.push(
            "time-bound/due-after-cycle",
            &k.label,
            due_at.clone().or_else(at),
            format!("due {due}, after {} ends on {}", c.name, c.end),
            Some("move the due date into the cycle, or the key result into a later cycle"),
        );
    }
    checkin_rules(s, k, today, out);
}

/// Rules that read check-ins: confidence, pace, a target met before the cycle began.
fn checkin_rules(s: &Subject, k: &KrSubject, today: NaiveDate, out: &mut Out<'_>) {
    let at = || k.title.at.clone();
    if let Some(c) = k
        .checkins
        .iter()
        .rev()
        .find_map(|c| c.confidence.map(|v| (c.date, v)))
        .filter(|(_, v)| *v < 3)
    {
        out.push(
            "achievable/low-confidence",
            &k.label,
            at(),
            format!("latest confidence is {} (on {})", c.1, c.0),
            Some("talk about what blocks it; change the plan, or the target"),
        );
    }
    let (Some(kr), Some(cycle)) = (&k.measure, &s.cycle) else {
        return;
    };
    if kr.kind == KrKind::Metric {
        let first_week = cycle
            .start
            .checked_add_days(Days::new(6))
            .unwrap_or(cycle.end);
        if let Some(c) = k
            .checkins
            .iter()
            .find(|c| c.date <= first_week && progress::kr_progress(kr, c.value).progress >= 1.0)
        {
            out.push(
                "achievable/already-met",
                &k.label,
                at(),
                format!(
                    "already at its target on {} ({}), in the cycle's first week",
                    c.date,
                    format_number(c.value)
                ),
                Some("raise the target, or pick a key result that needs work this cycle"),
            );
        }
    }
    let as_of = today.min(cycle.end);
    if weekly::completed_weeks(cycle, as_of).len() >= 3 && !k.checkins.is_empty() {
        let p = progress::progress_as_of(kr, &k.checkins, as_of).progress;
        let v = weekly::velocity(&progress::Track::new(kr, &k.checkins), cycle, as_of);
        let left = weekly::remaining_weeks(cycle, as_of);
        if let Some(proj) = weekly::projection(p, v, left).filter(|proj| p < 1.0 && *proj < 0.5) {
            out.push(
                "achievable/beyond-pace",
                &k.label,
                at(),
                format!(
                    "at the pace so far ({:+.0} points a week) it ends near {:.0}% of its target",
                    v.unwrap_or(0.0) * 100.0,
                    proj * 100.0
                ),
                Some("change the plan, or agree on a target the team can reach"),
            );
        }
    }
}

/// The location of a byte range inside a located text value (after its opening quote).
fn narrow(t: &Text, r: std::ops::Range<usize>) -> Option<Loc> {
    let at = t.at.as_ref()?;
    let start = at.span.start + 1 + r.start;
    Some(Loc {
        source: at.source,
        span: start..start + (r.end - r.start),
    })
}

#[cfg(test)]
mod tests {
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
}
