//! `okr export --format csv`: a cycle's objectives and key results as a spreadsheet,
//! one row per key result, that `okr import` reads back unchanged.

use std::collections::HashMap;

use crate::Result;
use crate::exchange::sheet::{self, Form, Row};
use crate::model::{KeyResult, KrKind, Objective, ObjectiveId};
use crate::ops::Ctx;
use crate::store::{self, Store};

/// The spreadsheet of `cycle` (default: the current one), only `owner`'s objectives if
/// given, in `form`.
pub fn sheet(
    store: &mut Store,
    ctx: &Ctx,
    (cycle, owner): (Option<&str>, Option<&str>),
    form: Form,
) -> Result<Vec<u8>> {
    let (objectives, krs, keys) = store.read(|tx| {
        let (_, scope) = super::scope_of(tx, ctx, (cycle, owner))?;
        Ok((
            store::objectives::list(tx, &scope)?,
            store::krs::list(tx, &scope)?,
            store::exchange::objective_keys(tx)?,
        ))
    })?;
    // A parent is named by its title where no other objective has it, else by its id.
    let mut titles: HashMap<&str, usize> = HashMap::new();
    for k in &keys {
        *titles.entry(k.title.as_str()).or_default() += 1;
    }
    let parent_name: HashMap<ObjectiveId, &str> = keys
        .iter()
        .map(|k| {
            let unique = titles.get(k.title.as_str()) == Some(&1);
            (
                k.id,
                if unique {
                    k.title.as_str()
                } else {
                    k.uid.as_str()
                },
            )
        })
        .collect();
    let mut krs_of: HashMap<ObjectiveId, Vec<&KeyResult>> = HashMap::new();
    for k in &krs {
        krs_of.entry(k.objective).or_default().push(k);
    }
    let mut rows = Vec::new();
    for o in &objectives {
        let parent = o
            .parent
            .and_then(|p| parent_name.get(&p).copied())
            .unwrap_or("");
        let of = krs_of.remove(&o.id).unwrap_or_default();
        // The objective's owner is its first row's: a row of its own when its first key
        // result is someone else's.
        if of.first().is_none_or(|k| k.owner != o.owner) {
            rows.push(objective_row(o, parent));
        }
        for k in of {
            rows.push(kr_row(o, parent, k));
        }
    }
    Ok(sheet::write(&rows, form))
}

/// The header alone, for a team to fill in.
pub fn template(form: Form) -> Vec<u8> {
    sheet::write(&[], form)
}

fn objective_row<'a>(o: &'a Objective, parent: &'a str) -> Row<'a> {
    Row {
        cycle: &o.cycle,
        level: o.level.as_str(),
        owner: &o.owner,
        objective: &o.title,
        parent,
        ..Row::default()
    }
}

fn kr_row<'a>(o: &'a Objective, parent: &'a str, k: &'a KeyResult) -> Row<'a> {
    let measured = k.kind != KrKind::Boolean;
    Row {
        owner: &k.owner,
        key_result: &k.title,
        kind: k.kind.as_str(),
        start: measured.then_some(k.start),
        target: measured.then_some(k.target),
        unit: &k.unit,
        weight: Some(k.weight),
        keep: k.keep.map(|k| k.as_str()),
        due: k.due,
        ..objective_row(o, parent)
    }
}
