//! `okr kr …`: add, list, show, edit, rm.

use chrono::NaiveDate;

use super::{Ctx, KrShow, KrView, ObjectiveRef};
use crate::model::{Keep, KeyResult, KrKind, NewKeyResult, Revision};
use crate::smart::stated;
use crate::store::{self, Scope, Store};
use crate::{Error, Result};

#[derive(Debug, Clone)]
pub struct AddKr {
    pub objective: String,
    pub title: String,
    pub kind: KrKind,
    pub start: Option<f64>,
    pub target: Option<f64>,
    pub unit: Option<String>,
    pub weight: Option<f64>,
    pub owner: Option<String>,
    pub keep: Option<Keep>,
    pub due: Option<NaiveDate>,
    /// The day it is added (today).
    pub created: NaiveDate,
}

/// A key result added, and the start and target taken from its title (when the title
/// said `from 800 to 200` and the flags left them out).
#[derive(Debug, Clone, PartialEq)]
pub struct Added {
    pub kr: KeyResult,
    pub from_title: Option<(f64, f64)>,
}

pub fn add(store: &mut Store, ctx: &Ctx, req: AddKr) -> Result<Added> {
    // What the title states wins over nothing; what contradicts it is refused.
    let mut from_title = None;
    let (mut start, mut target) = (req.start, req.target);
    if req.kind == KrKind::Metric
        && let Some((from, to)) = stated::read(&req.title).from_to
        && start.is_none()
        && target.is_none_or(|t| t == to)
    {
        (start, target) = (Some(from), Some(to));
        from_title = Some((from, to));
    }
    if let Some(d) = stated::check(&req.title, req.kind, start, target, req.keep) {
        return Err(Error::invalid_with_hint(
            format!("{}; nothing added", d.message),
            format!("{} (`--start N`, `--target N`, `--keep`)", d.hint),
        ));
    }
    store.write(&ctx.head("add", None), |tx| {
        let objective = store::objectives::resolve(tx, &req.objective)?;
        let (new, measure) = NewKeyResult {
            objective,
            title: req.title,
            kind: req.kind,
            start,
            target,
            unit: req.unit.unwrap_or_default(),
            weight: req.weight.unwrap_or(1.0),
            owner: req.owner,
            keep: req.keep,
            due: req.due,
        }
        .validate()?;
        let kr = store::krs::insert(tx, &new, &measure, req.created)?;
        let summary = format!("added {} \"{}\" to {}", kr.id, kr.title, kr.objective);
        Ok((Added { kr, from_title }, summary))
    })
}

/// Key results in scope with their current values today.
pub fn list(store: &mut Store, ctx: &Ctx, scope: &Scope) -> Result<Vec<KrView>> {
    let path = store.path().to_path_buf();
    store.read(|tx| {
        let scope = &super::cycles::canonical(tx, scope)?;
        let (latest, krs) = store::checkins::latest_sharing(tx, &path, scope, ctx.today, |tx| {
            store::krs::list(tx, scope)
        })?;
        Ok(KrView::build(krs, latest))
    })
}

pub fn show(store: &mut Store, ctx: &Ctx, typed: &str) -> Result<KrShow> {
    store.read(|tx| {
        let id = store::krs::resolve(tx, typed)?;
        let scope = Scope::kr(id);
        let kr = KrView::build(
            store::krs::list(tx, &scope)?,
            store::checkins::latest(tx, &scope, ctx.today)?,
        )
        .pop()
        .ok_or_else(|| Error::NotFound {
            kind: "key result",
            query: typed.to_string(),
        })?;
        let objective = ObjectiveRef::from(&store::objectives::get(tx, kr.kr.objective)?);
        let mut checkins = store::checkins::recent(tx, &scope, None)?;
        checkins.reverse();
        let tasks = store::tasks::list(tx, &scope, None, crate::model::TaskState::All)?;
        Ok(KrShow {
            kr,
            objective,
            checkins,
            initiatives: super::tasks::views(tasks, ctx.today),
        })
    })
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditKr {
    pub title: Option<String>,
    pub kind: Option<KrKind>,
    pub start: Option<f64>,
    pub target: Option<f64>,
    pub unit: Option<String>,
    pub weight: Option<f64>,
    pub owner: Option<String>,
    pub keep: Option<Keep>,
    /// `Some(None)` clears the due date.
    pub due: Option<Option<NaiveDate>>,
    /// Moves the key result to another objective.
    pub objective: Option<String>,
    /// The user agreed to a change of kind that drops values (see [`KeyResult::dropped_by`]).
    pub drop_values: bool,
    /// Why (kept in the log and, for a start, target or weight, in the history).
    pub reason: Option<String>,
    /// The day a new start, target or weight takes effect (default today).
    pub from: Option<NaiveDate>,
}

/// `okr kr edit`. A new start, target or weight is a revision in force from `req.from`
/// (default today), with its reason: reports as of earlier dates keep the old values.
/// Before its cycle starts a key result is still a plan, and a change rewrites it.
pub fn edit(store: &mut Store, ctx: &Ctx, typed: &str, req: EditKr) -> Result<KeyResult> {
    let reason = req
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    store.write(&ctx.head("edit", reason), |tx| {
        let id = store::krs::resolve(tx, typed)?;
        let mut kr = store::krs::get(tx, id)?;
        let before = kr.clone();
        let measured = req.start.is_some() || req.target.is_some() || req.weight.is_some();
        let from = revision_day(tx, ctx, &kr, req.from, measured)?;
        let title_given = req.title.is_some();
        let shape_changes = req.kind.is_some()
            || title_given
            || req.start.is_some()
            || req.target.is_some()
            || req.keep.is_some();
        if let Some(k) = req.kind
            && k != kr.kind
        {
            if let Some(lost) = kr.dropped_by(k).filter(|_| !req.drop_values) {
                return Err(Error::invalid_with_hint(
                    format!(
                        "making key result {} a {k} drops {lost}; nothing changed",
                        kr.id
                    ),
                    "pass `--yes` to change it anyway",
                ));
            }
            kr.kind = k;
            kr.keep = None;
            if k == KrKind::Boolean {
                (kr.start, kr.target) = (0.0, 1.0);
            }
        }
        if let Some(t) = req.title {
            kr.title = t;
        }
        if let Some(s) = req.start {
            kr.start = s;
        }
        if let Some(t) = req.target {
            kr.target = t;
        }
        if let Some(u) = req.unit {
            kr.unit = u;
        }
        if let Some(w) = req.weight {
            kr.weight = w;
        }
        if let Some(o) = req.owner {
            kr.owner = o;
        }
        if let Some(k) = req.keep {
            kr.keep = Some(k);
        }
        if let Some(d) = req.due {
            kr.due = d;
        }
        if let Some(o) = req.objective {
            kr.objective = store::objectives::resolve(tx, &o)?;
        }
        kr.validate()?;
        // A title that states the old start and target states the new ones, in its own
        // words ("from 120 to 500" becomes "from 120 to 400"), unless a title was given.
        if !title_given
            && kr.kind == KrKind::Metric
            && (kr.start, kr.target) != (before.start, before.target)
            && stated::read(&kr.title).from_to == Some((before.start, before.target))
        {
            let n = crate::model::format_number;
            if let Some(t) = stated::with_range(&kr.title, &n(kr.start), Some(&n(kr.target))) {
                kr.title = t;
            }
        }
        if shape_changes
            && let Some(d) =
                stated::check(&kr.title, kr.kind, Some(kr.start), Some(kr.target), kr.keep)
        {
            return Err(Error::invalid_with_hint(
                format!("{}; nothing changed", d.message),
                format!("{} (`--start N`, `--target N`, `--keep`)", d.hint),
            ));
        }
        let mut history = store::measures::list(tx, &Scope::kr(id))?;
        if kr.kind != before.kind && !history.is_empty() {
            // Measured anew: the old history would read the new kind with old numbers.
            store::measures::clear(tx, id)?;
            history.clear();
        }
        let mut note = String::new();
        if let Some(day) = from.filter(|_| {
            (kr.start, kr.target, kr.weight) != (before.start, before.target, before.weight)
                && kr.kind == before.kind
        }) {
            let original = Revision {
                kr: id,
                from: None,
                start: before.start,
                target: before.target,
                weight: before.weight,
                reason: None,
                author: before.owner.clone(),
            };
            if history.is_empty() {
                store::measures::set(tx, &original)?;
                history.push(original.clone());
            }
            // The fields not given keep the values in force on that day.
            let base = crate::model::in_force(&history, day).unwrap_or(&original);
            let rev = Revision {
                kr: id,
                from: Some(day),
                start: req.start.unwrap_or(base.start),
                target: req.target.unwrap_or(base.target),
                weight: req.weight.unwrap_or(base.weight),
                reason: reason.map(str::to_string),
                author: ctx.user.clone(),
            };
            crate::model::Measure::new(
                kr.kind,
                Some(rev.start),
                Some(rev.target),
                rev.weight,
                kr.keep,
            )?;
            store::measures::set(tx, &rev)?;
            let history = store::measures::list(tx, &Scope::kr(id))?;
            // What is in force now is the latest revision.
            if let Some(now) = history.last() {
                (kr.start, kr.target, kr.weight) = (now.start, now.target, now.weight);
                if now.from != Some(day) {
                    note = format!(
                        " (a later change from {} stays in force)",
                        now.from.map_or_else(String::new, |d| d.to_string())
                    );
                }
            }
            note = format!(" from {day}{note}");
        }
        store::krs::update(tx, &kr)?;
        let after = store::krs::get(tx, id)?;
        let n = crate::model::format_number;
        let due = |d: Option<NaiveDate>| d.map_or_else(|| "none".into(), |d| d.to_string());
        let keep = |k: Option<Keep>| k.map_or_else(|| "none".into(), |k| k.to_string());
        let summary = super::changes(
            &format!("{id} \"{}\"", before.title),
            &[
                ("title", before.title.clone(), after.title.clone()),
                ("kind", before.kind.to_string(), after.kind.to_string()),
                (
                    "start",
                    n(before.start),
                    n(req.start.unwrap_or(after.start)),
                ),
                (
                    "target",
                    n(before.target),
                    n(req.target.unwrap_or(after.target)),
                ),
                (
                    "weight",
                    n(before.weight),
                    n(req.weight.unwrap_or(after.weight)),
                ),
                ("unit", before.unit.clone(), after.unit.clone()),
                ("owner", before.owner.clone(), after.owner.clone()),
                ("keep", keep(before.keep), keep(after.keep)),
                ("due", due(before.due), due(after.due)),
                (
                    "objective",
                    before.objective.to_string(),
                    after.objective.to_string(),
                ),
            ],
        ) + &note;
        Ok((after, summary))
    })
}

/// The day a change of start, target or weight takes effect, or `None` when it
/// rewrites the plan (before the cycle starts, with no `--date`). A day in the future
/// or outside the key result's cycle is refused.
fn revision_day(
    tx: &rusqlite::Connection,
    ctx: &Ctx,
    kr: &KeyResult,
    from: Option<NaiveDate>,
    measured: bool,
) -> Result<Option<NaiveDate>> {
    let objective = store::objectives::get(tx, kr.objective)?;
    let cycle = super::cycles::resolve(tx, &objective.cycle)?;
    let Some(day) = from else {
        if !measured || ctx.today < cycle.start {
            return Ok(None);
        }
        if ctx.today > cycle.end {
            return Err(Error::invalid_with_hint(
                format!(
                    "key result {} is in {}, which ended {}: say from which day the change holds",
                    kr.id, cycle.name, cycle.end
                ),
                format!(
                    "pass `--date YYYY-MM-DD`, a day from {} to {}",
                    cycle.start, cycle.end
                ),
            ));
        }
        return Ok(Some(ctx.today));
    };
    if !measured {
        return Err(Error::invalid_with_hint(
            "`--date` says when a new start, target or weight takes effect, and none was given",
            "add `--target N`, `--start N` or `--weight W`",
        ));
    }
    if day > ctx.today {
        return Err(Error::invalid(format!(
            "change date {day} is in the future (today is {})",
            ctx.today
        )));
    }
    if !cycle.contains(day) {
        return Err(Error::invalid_with_hint(
            format!(
                "change date {day} is outside the key result's cycle {} ({} to {})",
                cycle.name, cycle.start, cycle.end
            ),
            "a change holds from a day within the cycle",
        ));
    }
    Ok(Some(day))
}

/// Removes a key result; refuses to delete its check-ins unless `with_checkins`.
pub fn remove(
    store: &mut Store,
    ctx: &Ctx,
    typed: &str,
    with_checkins: bool,
) -> Result<(KeyResult, i64)> {
    store.write(&ctx.head("rm", None), |tx| {
        let id = store::krs::resolve(tx, typed)?;
        let kr = store::krs::get(tx, id)?;
        let n = store::krs::checkin_count(tx, id)?;
        if n > 0 && !with_checkins {
            return Err(Error::invalid_with_hint(
                format!("key result {id} has {n} check-in(s) that would be deleted with it"),
                "pass `--with-checkins` to delete them too",
            ));
        }
        store::krs::delete(tx, id)?;
        let summary = format!("removed {id} \"{}\" with {n} check-in(s)", kr.title);
        Ok(((kr, n), summary))
    })
}
