//! What a team file holds, as serde reads it: every value that a complaint may point
//! at is `Spanned`, so that errors name `file:line:col`.

use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectivesFile {
    pub format: Option<Spanned<i64>>,
    /// The cycle of every objective in the file that does not name its own.
    pub cycle: Option<Spanned<String>>,
    /// Custom cycles carry their dates; built-in ones (`2026-Q4`) need none.
    pub start: Option<Spanned<toml::value::Datetime>>,
    pub end: Option<Spanned<toml::value::Datetime>>,
    #[serde(default)]
    pub objective: Vec<Spanned<ObjectiveEntry>>,
    /// Check-ins kept in the objectives file itself (each names its `author`): handy
    /// for one person's file. Teams use one check-in file per author instead.
    #[serde(default)]
    pub checkin: Vec<Spanned<CheckinEntry>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectiveEntry {
    pub id: Option<Spanned<String>>,
    pub title: Spanned<String>,
    /// Overrides the file's `cycle` for this objective.
    pub cycle: Option<Spanned<String>>,
    pub description: Option<String>,
    pub level: Option<Spanned<String>>,
    pub owner: Option<Spanned<String>>,
    pub kind: Option<Spanned<String>>,
    pub state: Option<Spanned<String>>,
    /// The parent's id, or its exact title.
    pub parent: Option<Spanned<String>>,
    /// Lint rules this objective allows for itself.
    pub lint: Option<LintAllow>,
    /// The id of the objective this one was carried from (`okr cycle carry`).
    pub origin: Option<Spanned<String>>,
    /// Other teams' objectives of the cycle it contributes to: ids or exact titles
    /// (format 3).
    pub supports: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    pub kr: Vec<Spanned<KrEntry>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LintAllow {
    #[serde(default)]
    pub allow: Vec<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KrEntry {
    pub id: Option<Spanned<String>>,
    pub title: Spanned<String>,
    pub kind: Option<Spanned<String>>,
    pub start: Option<Spanned<f64>>,
    pub target: Option<Spanned<f64>>,
    pub unit: Option<String>,
    pub weight: Option<Spanned<f64>>,
    pub owner: Option<Spanned<String>>,
    pub keep: Option<Spanned<String>>,
    pub due: Option<Spanned<toml::value::Datetime>>,
    /// The id of the key result this one was carried from.
    pub origin: Option<Spanned<String>>,
    /// The start, target and weight planned before the first `change`.
    pub plan: Option<Spanned<PlanEntry>>,
    /// Changes of start, target or weight, each in force from its date.
    #[serde(default)]
    pub change: Vec<Spanned<ChangeEntry>>,
    /// Initiatives under it (format 3).
    #[serde(default)]
    pub task: Vec<Spanned<TaskEntry>>,
    /// The shell command that prints its value (format 4). Never run until the user
    /// trusts it (`okr trust`).
    pub source: Option<Spanned<SourceEntry>>,
}

/// Where a key result's value comes from: `source = { command = "…", json_path = "…" }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub command: Spanned<String>,
    pub json_path: Option<Spanned<String>>,
}

/// An initiative under a key result: the work that should move it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskEntry {
    pub id: Option<Spanned<String>>,
    pub title: Spanned<String>,
    /// Default: the key result's owner.
    pub owner: Option<Spanned<String>>,
    pub due: Option<Spanned<toml::value::Datetime>>,
    /// The day it was ticked off; left out while it is open.
    pub done: Option<Spanned<toml::value::Datetime>>,
    /// The day it was named; default the day it is imported.
    pub created: Option<Spanned<toml::value::Datetime>>,
}

/// A key result's measure as first planned. A field left out is the key result's own.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanEntry {
    pub start: Option<Spanned<f64>>,
    pub target: Option<Spanned<f64>>,
    pub weight: Option<Spanned<f64>>,
    /// Who planned it; default the key result's owner.
    pub author: Option<Spanned<String>>,
}

/// A change of a key result's measure, in force from `date`. A field left out keeps the
/// value in force before.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeEntry {
    pub date: Spanned<toml::value::Datetime>,
    pub start: Option<Spanned<f64>>,
    pub target: Option<Spanned<f64>>,
    pub weight: Option<Spanned<f64>>,
    pub reason: Option<String>,
    pub author: Spanned<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckinsFile {
    pub format: Option<Spanned<i64>>,
    pub cycle: Option<Spanned<String>>,
    pub author: Spanned<String>,
    #[serde(default)]
    pub checkin: Vec<Spanned<CheckinEntry>>,
    /// The author's reflections on objectives (`okr review note`).
    #[serde(default)]
    pub reflection: Vec<Spanned<ReflectionEntry>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReflectionEntry {
    pub id: Option<Spanned<String>>,
    /// The objective's id, or its exact title.
    pub objective: Spanned<String>,
    pub date: Spanned<toml::value::Datetime>,
    /// went-well | went-badly | learned | note; default note.
    pub topic: Option<Spanned<String>>,
    pub text: Spanned<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckinEntry {
    pub id: Option<Spanned<String>>,
    /// The key result's id, or its exact title.
    pub kr: Spanned<String>,
    pub date: Spanned<toml::value::Datetime>,
    pub value: Spanned<f64>,
    pub confidence: Option<Spanned<i64>>,
    pub note: Option<String>,
    /// Only in an objectives file; a check-in file names its author once.
    pub author: Option<Spanned<String>>,
}
