//! `okr report` and `okr score`: load what a cycle needs in a handful of set-based
//! queries (one per table), then compute every figure with [`figures::build`].

pub mod by;
pub mod figures;
mod kr;
mod rollup;

#[cfg(test)]
pub(crate) mod edge_tests;
#[cfg(test)]
mod kr_tests;

use std::collections::HashSet;

use chrono::NaiveDate;
use rusqlite::Connection;

pub use figures::{Dot, KrReport, ObjectiveReport, Report};

use super::{Ctx, cycles};
use crate::model::{Grade, Level, State};
use crate::progress::score::check_grade;
use crate::store::history::History;
use crate::store::{self, Scope, Store};
use crate::{Error, Result};

/// What to report on.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// [default: the quarter containing `as_of`]
    pub cycle: Option<String>,
    pub owner: Option<String>,
    pub level: Option<Level>,
    /// [default: today]
    pub as_of: Option<NaiveDate>,
    /// Load the week's check-ins whole, notes and authors: for `--week` and JSON.
    pub week: bool,
    /// Each key result's check-ins with their progress ([`KrReport::dots`]): for charts.
    pub dots: bool,
    /// Hand grades set up to this day count [default: the as-of date]. The final view of
    /// an ended cycle (review, trend) passes today: teams grade after the quarter ends.
    pub grades_until: Option<NaiveDate>,
}

/// Loads the cycle's active and done objectives (archived ones are left out), their key
/// results, grades and check-ins up to the as-of date, and computes the report.
///
/// The check-ins, a million at an organisation's scale, are read on two cores while the
/// rest loads ([`store::history::read_sharing`]).
pub fn report(store: &mut Store, ctx: &Ctx, req: &Request) -> Result<Report> {
    let as_of = req.as_of.unwrap_or(ctx.today);
    let path = store.path().to_path_buf();
    let loaded = store.read(|tx| {
        let cycle = cycles::resolve_or_current(tx, req.cycle.as_deref(), as_of)?;
        // Key results follow their objective, whoever owns them; an owner's report also
        // holds the objectives of others under which the owner has key results.
        let scope = Scope {
            cycle: Some(cycle.name.clone()),
            involves: req.owner.clone(),
            level: req.level,
            ..Scope::default()
        };
        // The key results, 50,000 at an organisation's scale, load on the helper
        // connection while this one loads the objectives and the rest.
        let krs_of = |tx: &Connection| store::krs::by_objective(tx, &scope);
        let (history, mut krs, (mut loaded, count)) =
            store::history::read_sharing_with(tx, &path, &scope, as_of, krs_of, |tx| {
                let mut objectives = store::objectives::list(tx, &scope)?;
                let count = objectives.len();
                objectives.retain(|o| o.state != State::Archived);
                let monday = crate::progress::weekly::Week::of(as_of).monday;
                let week = match req.week {
                    true => Some(store::checkins::between(tx, &scope, (monday, as_of))?),
                    false => None,
                };
                let tasks = store::tasks::list(tx, &scope, None, crate::model::TaskState::All)?;
                let loaded = figures::Loaded {
                    cycle: cycle.clone(),
                    as_of,
                    thresholds: ctx.thresholds,
                    objectives,
                    krs: Vec::new(),
                    history: History::default(),
                    dots: req.dots,
                    week,
                    grades: store::grades::list(tx, &scope)?,
                    graded_by: req.grades_until.map_or(as_of, |d| d.max(as_of)),
                    only_owner: req.owner.clone(),
                    revisions: store::measures::list(tx, &scope)?,
                    tasks: tasks.into_iter().map(|l| l.task).collect(),
                    links: store::links::from_scope(tx, &scope)?,
                };
                Ok((loaded, count))
            })?;
        // Archived objectives were left out: so are their key results and all of theirs.
        if loaded.objectives.len() < count {
            let kept: HashSet<_> = loaded.objectives.iter().map(|o| o.id).collect();
            krs.retain(|k| kept.contains(&k.objective));
            let kr_ids: HashSet<_> = krs.iter().map(|k| k.id).collect();
            if let Some(week) = &mut loaded.week {
                week.retain(|c| kr_ids.contains(&c.kr));
            }
            loaded.grades.retain(|g| kr_ids.contains(&g.kr));
            loaded.tasks.retain(|t| kr_ids.contains(&t.kr));
            loaded.revisions.retain(|r| kr_ids.contains(&r.kr));
        }
        Ok(figures::Loaded {
            history,
            krs,
            ..loaded
        })
    })?;
    Ok(figures::build(loaded))
}

/// `okr score set KR GRADE --note TEXT`: a hand grade that then counts as the score.
pub fn set_grade(store: &mut Store, ctx: &Ctx, kr: &str, grade: f64, note: &str) -> Result<Grade> {
    let grade = check_grade(grade)?;
    let note = note.trim();
    if note.is_empty() {
        return Err(Error::invalid_with_hint(
            "a hand grade needs a reason",
            "pass `--note \"why this grade\"`",
        ));
    }
    store.write(&ctx.head("grade", None), |tx| {
        let id = store::krs::resolve(tx, kr)?;
        let g = Grade {
            kr: id,
            grade,
            cleared: false,
            note: note.to_string(),
            author: ctx.user.clone(),
            date: ctx.today,
        };
        store::grades::set(tx, &g)?;
        let summary = format!(
            "graded {id} {}: {}",
            crate::render::text::score(g.grade),
            g.note
        );
        Ok((g, summary))
    })
}

/// Removes a hand grade, so the computed score counts again.
pub fn clear_grade(store: &mut Store, ctx: &Ctx, kr: &str) -> Result<bool> {
    store.write(&ctx.head("grade", None), |tx| {
        let id = store::krs::resolve(tx, kr)?;
        let cleared = store::grades::clear(tx, id, &ctx.user, ctx.today)?;
        let summary = if cleared {
            format!("cleared the hand grade of {id}")
        } else {
            String::new()
        };
        Ok((cleared, summary))
    })
}
