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

/// The location of a byte range inside a located text value (after its opening quote).
fn narrow(t: &Text, r: std::ops::Range<usize>) -> Option<Loc> {
    let at = t.at.as_ref()?;
    let start = at.span.start + 1 + r.start;
    Some(Loc {
        source: at.source,
        span: start..start + (r.end - r.start),
    })
}

#[path = "kr_rules.rs"]
mod kr;
use kr::kr_rules;

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
