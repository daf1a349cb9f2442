//! SMART validation: rules with stable ids (like clippy lints), each with a default
//! severity that config can change, checked against objectives from the database or
//! from team files alike (both are first turned into [`input::Subject`]s).

pub mod config;
pub mod input;
pub mod quantity;
mod rules;
pub mod stated;
mod text;

use std::ops::Range;

use serde::Serialize;

pub use config::LintConfig;
pub use rules::check;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A rule: its stable id, default severity and what it checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
}

const fn rule(id: &'static str, severity: Severity, summary: &'static str) -> Rule {
    Rule {
        id,
        severity,
        summary,
    }
}

use Severity::{Error, Note, Warning};

/// Every rule, in the order findings are reported within one objective.
pub const RULES: &[Rule] = &[
    rule(
        "specific/control-characters",
        Warning,
        "a title with control or invisible characters (escape sequences, bidi overrides)",
    ),
    rule(
        "time-bound/no-cycle",
        Error,
        "an objective whose cycle is unknown",
    ),
    rule(
        "time-bound/due-after-cycle",
        Error,
        "a key result due after its cycle ends",
    ),
    rule(
        "relevant/no-key-results",
        Error,
        "an objective with no key results",
    ),
    rule(
        "relevant/not-aligned",
        Note,
        "a team or personal objective not aligned to a parent",
    ),
    rule(
        "relevant/parent-other-cycle",
        Warning,
        "an objective aligned to a parent in another cycle",
    ),
    rule(
        "relevant/objective-is-metric",
        Warning,
        "an objective that is itself a metric",
    ),
    rule(
        "specific/title-too-short",
        Warning,
        "an objective title too short to say what and why",
    ),
    rule(
        "specific/title-too-long",
        Warning,
        "an objective title too long to remember",
    ),
    rule(
        "focus/kr-count",
        Warning,
        "fewer than 3 or more than 5 key results",
    ),
    rule(
        "focus/too-many-objectives",
        Warning,
        "more than 5 objectives for one owner in one cycle",
    ),
    rule(
        "achievable/sandbagging",
        Note,
        "every key result started with confidence 9 or more",
    ),
    rule(
        "measurable/no-quantity",
        Error,
        "a key result with no target and no quantity in its text",
    ),
    rule(
        "measurable/unclear-quantity",
        Note,
        "a key result whose only measure is a word without a number (all, every, most, 所有)",
    ),
    rule(
        "measurable/target-only-in-text",
        Warning,
        "a number in the text but no target to compute progress",
    ),
    rule(
        "measurable/title-disagrees",
        Error,
        "a key result whose start, target or direction contradicts its title",
    ),
    rule(
        "measurable/no-baseline",
        Note,
        "a metric key result without a start value",
    ),
    rule(
        "specific/vague",
        Warning,
        "a vague verb (improve, optimize, 提升, 优化) with no measure",
    ),
    rule(
        "achievable/start-equals-target",
        Error,
        "start and target are the same",
    ),
    rule(
        "achievable/already-met",
        Warning,
        "a key result already at its target when the cycle begins",
    ),
    rule(
        "achievable/beyond-pace",
        Warning,
        "a target far beyond the pace shown so far",
    ),
    rule(
        "achievable/low-confidence",
        Warning,
        "latest confidence below 3",
    ),
    rule(
        "outcome/activity",
        Warning,
        "a key result that only names an activity, not its effect",
    ),
    rule(
        "execution/no-initiative",
        Note,
        "a key result with no initiative three weeks into a cycle where initiatives are named",
    ),
    rule(
        "execution/overdue-initiative",
        Warning,
        "an open initiative past its due day",
    ),
    rule(
        "execution/open-under-done",
        Note,
        "an open initiative under a key result that is already done",
    ),
];

pub fn rule_by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// Where a finding points: a span in one of the sources being linted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loc {
    pub source: usize,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub suggestion: Option<String>,
    /// What it is about, for findings without a file: `objective 3`, `key result 7`.
    pub subject: String,
    pub at: Option<Loc>,
}
