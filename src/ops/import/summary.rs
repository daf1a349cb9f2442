//! What an import did, counted per kind of entry.

use serde::Serialize;
use std::collections::BTreeSet;

use crate::store::exchange::Change;

/// What an import changed (or, with `--dry-run`, would change).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    pub files: usize,
    pub cycles: Counts,
    pub objectives: Counts,
    pub key_results: Counts,
    pub checkins: Counts,
    pub reflections: Counts,
    pub initiatives: Counts,
    /// Links across teams (only ever added).
    pub links: Counts,
    /// What was kept because it was changed here since the last export: `K3 "title"`.
    pub kept: Vec<String>,
    /// Files skipped because their bytes are what this database last read or wrote.
    pub unchanged_files: usize,
    /// The cycles of the objectives files, read or skipped: what `okr sync` writes back.
    #[serde(skip)]
    pub objective_cycles: BTreeSet<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Changed here since the last export, and kept although the file says otherwise.
    pub kept: usize,
}

impl Counts {
    pub(super) fn count(&mut self, c: Change) {
        match c {
            Change::Added => self.added += 1,
            Change::Updated => self.updated += 1,
            Change::Unchanged => self.unchanged += 1,
            Change::Kept => self.kept += 1,
        }
    }
}

impl Summary {
    /// `imported 3 files: 1 objective added, 12 check-ins added`, for the log.
    pub fn line(&self) -> String {
        let mut parts = Vec::new();
        for (what, c) in [
            ("cycle(s)", self.cycles),
            ("objective(s)", self.objectives),
            ("key result(s)", self.key_results),
            ("check-in(s)", self.checkins),
            ("reflection(s)", self.reflections),
            ("initiative(s)", self.initiatives),
            ("link(s)", self.links),
        ] {
            if c.added > 0 {
                parts.push(format!("{} {what} added", c.added));
            }
            if c.updated > 0 {
                parts.push(format!("{} {what} updated", c.updated));
            }
        }
        format!("imported {} file(s): {}", self.files, parts.join(", "))
    }

    pub fn changed(&self) -> bool {
        [
            self.cycles,
            self.objectives,
            self.key_results,
            self.checkins,
            self.reflections,
            self.initiatives,
            self.links,
        ]
        .iter()
        .any(|c| c.added + c.updated > 0)
    }

    pub(super) fn keep(&mut self, c: Change, what: impl FnOnce() -> String) {
        if c == Change::Kept {
            self.kept.push(what());
        }
    }
}
