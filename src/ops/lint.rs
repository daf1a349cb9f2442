//! `okr lint`: SMART validation of team files or of the database.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{Ctx, cycles};
use crate::Result;
use crate::exchange::files::Source;
use crate::exchange::team::Team;
use crate::model::Cycle;
use crate::smart::{self, Finding, LintConfig, Severity};
use crate::store::{self, Scope, Store};

/// Findings, and the file texts they point into.
#[derive(Debug, Clone, Default)]
pub struct Linted {
    pub sources: Vec<Source>,
    pub findings: Vec<Finding>,
}

impl Linted {
    /// The exit code: 1 on errors (and on warnings when they are denied), else 0.
    pub fn failed(&self, deny_warnings: bool) -> bool {
        self.findings.iter().any(|f| {
            f.severity == Severity::Error || (deny_warnings && f.severity == Severity::Warning)
        })
    }
}

/// Lints team files. Each file follows the lint settings of its team (the nearest
/// `okr.toml` above it), over the user's.
pub fn files(ctx: &Ctx, paths: &[PathBuf], user: &LintConfig) -> Result<Linted> {
    let parsed = super::import::read(paths)?;
    let (sources, subjects) = smart::input::from_files(&parsed, &|name| Cycle::builtin(name))?;
    let mut teams: HashMap<PathBuf, LintConfig> = HashMap::new();
    let mut per_source: Vec<LintConfig> = Vec::with_capacity(sources.len());
    for src in &sources {
        let dir = src.path.parent().map(Path::to_path_buf).unwrap_or_default();
        let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
        let config = match Team::find(&dir) {
            Some(root) => match teams.get(&root) {
                Some(c) => c.clone(),
                None => {
                    let team = Team::load(&root)?;
                    let origin = root
                        .join(crate::exchange::team::MARKER)
                        .display()
                        .to_string();
                    let c = match &team.config.lint {
                        Some(t) => user
                            .clone()
                            .merged(LintConfig::from_table(t, &format!("`{origin}`"))?),
                        None => user.clone(),
                    };
                    teams.insert(root, c.clone());
                    c
                }
            },
            None => user.clone(),
        };
        per_source.push(config);
    }
    let pick = |s: &smart::input::Subject| {
        s.at.as_ref()
            .and_then(|l| per_source.get(l.source))
            .cloned()
            .unwrap_or_else(|| user.clone())
    };
    let findings = smart::check(&subjects, &pick, ctx.today);
    Ok(Linted { sources, findings })
}

/// Lints the database: one cycle (the current quarter by default) or every cycle.
pub fn database(
    store: &mut Store,
    ctx: &Ctx,
    cycle: Option<&str>,
    config: &LintConfig,
) -> Result<Linted> {
    let path = store.path().to_path_buf();
    let subjects = store.read(|tx| {
        let scope = match cycle {
            Some(c) if c.eq_ignore_ascii_case("all") => Scope::default(),
            other => Scope::cycle(&cycles::resolve_or_current(tx, other, ctx.today)?.name),
        };
        // The check-ins on two cores, as a report reads them, while the rest loads.
        let (checkins, (objectives, krs, parents, custom, tasks)) =
            store::history::read_sharing(tx, &path, &scope, ctx.today, |tx| {
                let objectives = store::objectives::list(tx, &scope)?;
                let krs = store::krs::by_objective(tx, &scope)?;
                let parents: HashMap<_, _> = store::objectives::parents(tx, &scope)?
                    .into_iter()
                    .map(|(id, p)| (id, p.cycle))
                    .collect();
                let custom = store::cycles::list(tx)?;
                let tasks: Vec<crate::model::Task> =
                    store::tasks::list(tx, &scope, None, crate::model::TaskState::All)?
                        .into_iter()
                        .map(|l| l.task)
                        .collect();
                Ok((objectives, krs, parents, custom, tasks))
            })?;
        let resolve = |name: &str| {
            Cycle::builtin(name).or_else(|| custom.iter().find(|c| c.name == name).cloned())
        };
        Ok(smart::input::from_database(
            &objectives,
            &krs,
            &checkins,
            &parents,
            tasks,
            &resolve,
        ))
    })?;
    let findings = smart::check(&subjects, &|_| config.clone(), ctx.today);
    Ok(Linted {
        sources: Vec::new(),
        findings,
    })
}
