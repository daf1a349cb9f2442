//! Importing a key result: its fields (the file wins, unless it was changed here since
//! the last export), its carry link, its history and its source.

use std::collections::HashMap;

use rusqlite::Transaction;
use toml::Spanned;

use super::{Seen, checked_uid, history, name};
use crate::Result;
use crate::exchange::files::{self, Source, date_of};
use crate::exchange::stable_uid;
use crate::model::{Cycle, Keep, KrKind, Measure, ObjectiveId};
use crate::store;
use crate::store::exchange::{Change, KrFields, Origins};

/// Adds or updates one key result of `objective` (its id, uid and owner).
pub(super) fn put_kr(
    tx: &Transaction<'_>,
    (src, file): (&Source, u32),
    entry: &Spanned<files::KrEntry>,
    (objective, objective_uid, objective_owner): (ObjectiveId, &str, &str),
    (kr_index, histories, cycle): (
        &HashMap<(&str, &str), &str>,
        &mut history::Histories,
        &Cycle,
    ),
    (seen, local): (&mut Seen, &store::synced::Local),
) -> Result<(String, crate::model::KrId, Change)> {
    let e = entry.get_ref();
    let title = crate::model::clean_title(e.title.get_ref(), "key result")
        .map_err(|err| src.error(&e.title.span(), err))?;
    let uid = match &e.id {
        Some(id) => checked_uid(src, id)?,
        None => kr_index
            .get(&(objective_uid, title.as_str()))
            .map(|u| u.to_string())
            .unwrap_or_else(|| stable_uid(&["kr", objective_uid, &title])),
    };
    let twin = seen.twin_of(file, &uid);
    // What a spreadsheet leaves blank stays as the database has it.
    let held = match src.is_table() {
        true => store::exchange::kr_held(tx, &uid)?,
        false => None,
    };
    let held = held.as_ref();
    let kind: KrKind = name(src, e.kind.as_ref())?
        .or(held.map(|h| h.kind))
        .unwrap_or(KrKind::Metric);
    // Its start, target and direction, where it keeps its kind.
    let same = held.filter(|h| h.kind == kind);
    let keep: Option<Keep> = name(src, e.keep.as_ref())?.or(same.and_then(|h| h.keep));
    let at = e.target.as_ref().map_or(entry.span(), Spanned::span);
    let m = Measure::new(
        kind,
        e.start
            .as_ref()
            .map(|s| *s.get_ref())
            .or(same.map(|h| h.start)),
        e.target
            .as_ref()
            .map(|t| *t.get_ref())
            .or(same.map(|h| h.target)),
        e.weight
            .as_ref()
            .map(|w| *w.get_ref())
            .or(held.map(|h| h.weight))
            .unwrap_or(1.0),
        keep,
    )
    .map_err(|err| src.error(&at, err))?;
    let owner = match &e.owner {
        Some(o) => {
            Some(crate::model::clean_owner(o.get_ref()).map_err(|err| src.error(&o.span(), err))?)
        }
        None => held.and_then(|h| h.owner.clone()),
    }
    .filter(|o| o != objective_owner);
    let unit = match (&e.unit, held) {
        (Some(u), _) => u.trim().to_string(),
        (None, Some(h)) => h.unit.clone(),
        (None, None) => String::new(),
    };
    let due = match (&e.due, held) {
        (Some(d), _) => Some(date_of(src, d)?),
        (None, h) => h.and_then(|h| h.due),
    };
    let fields = KrFields {
        objective,
        title,
        kind: m.kind,
        start: m.start,
        target: m.target,
        unit,
        weight: m.weight,
        owner,
        keep: m.keep,
        due,
    };
    let kept = local.krs.contains(&uid);
    let (id, mut change) = store::exchange::upsert_kr(tx, &uid, &fields, kept)?;
    let owner = fields.owner.as_deref().unwrap_or(objective_owner);
    let history = if kept {
        // Its history changed here, or its fields: both stay as they are.
        let changed = histories.differs(src, e, id, (&m, owner, cycle))?;
        if changed {
            change = Change::Kept;
        }
        false
    } else {
        histories.put(tx, src, e, id, (&m, owner, cycle))?
    };
    if let Some(o) = e.origin.as_ref().filter(|_| !kept) {
        let origin = checked_uid(src, o)?;
        change = change.or(store::exchange::set_origin(
            tx,
            Origins::KeyResult,
            id.0,
            Some(&origin),
        )?);
    }
    // A spreadsheet has no sources: a key result's stays.
    if !kept && !src.is_table() {
        let source = e.source.as_ref().map(|s| source_of(src, s)).transpose()?;
        change = change.or(store::sources::set(tx, id, source.as_ref())?);
    }
    change = change.or(history);
    match twin {
        // The same key result in two files: the second must say what the first did.
        Some(first) if !matches!(change, Change::Unchanged | Change::Kept) => {
            Err(seen.conflict(first, src, &at, &uid, "key result", None))
        }
        Some(_) => Ok((uid, id, Change::Unchanged)),
        None => Ok((uid, id, change)),
    }
}

/// A key result's `source` as the file gives it: stored, never trusted by coming in.
fn source_of(src: &Source, entry: &Spanned<files::SourceEntry>) -> Result<store::sources::Source> {
    let e = entry.get_ref();
    let source = store::sources::Source {
        command: e.command.get_ref().clone(),
        json_path: e.json_path.as_ref().map(|p| p.get_ref().clone()),
    };
    crate::ops::pull::check(&source).map_err(|err| {
        let at = match (&e.json_path, source.command.trim().is_empty()) {
            (_, true) => e.command.span(),
            (Some(p), false) => p.span(),
            (None, false) => entry.span(),
        };
        src.error(&at, err)
    })?;
    Ok(source)
}
