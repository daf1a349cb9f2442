//! `okr kr …`: add, list, show, edit, rm.

use chrono::NaiveDate;

use super::{Ctx, KrShow, KrView, ObjectiveRef};
use crate::model::{Keep, KeyResult, KrKind, NewKeyResult};
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

pub fn add(store: &mut Store, req: AddKr) -> Result<Added> {
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
    store.write(|tx| {
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
        Ok(Added {
            kr: store::krs::insert(tx, &new, &measure, req.created)?,
            from_title,
        })
    })
}

/// Key results in scope with their current values today.
pub fn list(store: &mut Store, ctx: &Ctx, scope: &Scope) -> Result<Vec<KrView>> {
    store.read(|tx| {
        let scope = &super::cycles::canonical(tx, scope)?;
        Ok(KrView::build(
            store::krs::list(tx, scope)?,
            store::checkins::latest(tx, scope, ctx.today)?,
        ))
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
        Ok(KrShow {
            kr,
            objective,
            checkins,
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
    /// The user agreed to a change of kind that drops values (see [`dropped_by`]).
    pub drop_values: bool,
}

/// What changing `kr` to `kind` would drop, in words, if anything: a milestone has no
/// start and target, a metric no `keep`.
pub fn dropped_by(kr: &KeyResult, kind: KrKind) -> Option<String> {
    if kind == kr.kind {
        return None;
    }
    let n = crate::model::format_number;
    let mut parts = Vec::new();
    if kind == KrKind::Boolean && (kr.start, kr.target) != (0.0, 1.0) {
        parts.push(format!(
            "its start {} and target {}",
            n(kr.start),
            n(kr.target)
        ));
    }
    if kr.kind == KrKind::Threshold && kr.keep == Some(Keep::AtMost) {
        parts.push("its `keep at-most`".to_string());
    }
    (!parts.is_empty()).then(|| parts.join(" and "))
}

pub fn edit(store: &mut Store, typed: &str, req: EditKr) -> Result<KeyResult> {
    store.write(|tx| {
        let id = store::krs::resolve(tx, typed)?;
        let mut kr = store::krs::get(tx, id)?;
        let shape_changes = req.kind.is_some()
            || req.title.is_some()
            || req.start.is_some()
            || req.target.is_some()
            || req.keep.is_some();
        if let Some(k) = req.kind
            && k != kr.kind
        {
            if let Some(lost) = dropped_by(&kr, k).filter(|_| !req.drop_values) {
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
        if shape_changes
            && let Some(d) =
                stated::check(&kr.title, kr.kind, Some(kr.start), Some(kr.target), kr.keep)
        {
            return Err(Error::invalid_with_hint(
                format!("{}; nothing changed", d.message),
                format!("{} (`--start N`, `--target N`, `--keep`)", d.hint),
            ));
        }
        store::krs::update(tx, &kr)?;
        store::krs::get(tx, id)
    })
}

/// Removes a key result; refuses to delete its check-ins unless `with_checkins`.
pub fn remove(store: &mut Store, typed: &str, with_checkins: bool) -> Result<(KeyResult, i64)> {
    store.write(|tx| {
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
        Ok((kr, n))
    })
}
