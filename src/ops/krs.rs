//! `okr kr …`: add, list, show, edit, rm.

use chrono::NaiveDate;

use super::{Ctx, KrShow, KrView, ObjectiveRef};
use crate::model::{Keep, KeyResult, KrKind, NewKeyResult};
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
}

pub fn add(store: &mut Store, req: AddKr) -> Result<KeyResult> {
    store.write(|tx| {
        let objective = store::objectives::resolve(tx, &req.objective)?;
        let (new, measure) = NewKeyResult {
            objective,
            title: req.title,
            kind: req.kind,
            start: req.start,
            target: req.target,
            unit: req.unit.unwrap_or_default(),
            weight: req.weight.unwrap_or(1.0),
            owner: req.owner,
            keep: req.keep,
            due: req.due,
        }
        .validate()?;
        store::krs::insert(tx, &new, &measure)
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
}

pub fn edit(store: &mut Store, typed: &str, req: EditKr) -> Result<KeyResult> {
    store.write(|tx| {
        let id = store::krs::resolve(tx, typed)?;
        let mut kr = store::krs::get(tx, id)?;
        if let Some(k) = req.kind
            && k != kr.kind
        {
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
