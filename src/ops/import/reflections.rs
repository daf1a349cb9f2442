//! Importing reflections (复盘) from authors' files: like check-ins, matched by id, added
//! or updated, never deleted; each names its objective by id or exact title.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Transaction;
use toml::Spanned;

use super::{Seen, Summary, checked_uid, resolve_ref};
use crate::Result;
use crate::exchange::files::{self, Source, date_of};
use crate::exchange::stable_uid;
use crate::model::ObjectiveId;
use crate::store;
use crate::store::exchange::{Change, ReflectionRow};
use crate::store::reflections::Topic;

/// A reflection entry's fields, checked, with its id (derived when written without one).
pub(crate) struct ReflectionFields {
    pub uid: String,
    pub date: NaiveDate,
    pub topic: Topic,
    pub text: String,
}

/// Reads one reflection entry of `author`'s file; import and export both use it, so a
/// hand-written reflection gets the same derived id on both sides.
pub(crate) fn reflection_fields(
    src: &Source,
    e: &files::ReflectionEntry,
    author: &str,
) -> Result<ReflectionFields> {
    let date = date_of(src, &e.date)?;
    let topic = match &e.topic {
        Some(t) => t
            .get_ref()
            .parse()
            .map_err(|err| src.error(&t.span(), err))?,
        None => Topic::Note,
    };
    let text = e.text.get_ref().trim().to_string();
    if text.is_empty() {
        return Err(src.error(&e.text.span(), "a reflection needs some text"));
    }
    let uid = match &e.id {
        Some(id) => checked_uid(src, id)?,
        None => stable_uid(&[
            "reflection",
            e.objective.get_ref().trim(),
            author,
            &date.to_string(),
            topic.as_str(),
            &text,
        ]),
    };
    Ok(ReflectionFields {
        uid,
        date,
        topic,
        text,
    })
}

/// Every objective by uid and by exact title: the files' and the database's.
pub(super) struct Objectives {
    pub ids: HashMap<String, ObjectiveId>,
    pub titles: HashMap<String, Vec<String>>,
}

impl Objectives {
    pub fn new(
        db: &[store::exchange::ObjectiveKey],
        placed: &[super::objectives::Placed<'_>],
    ) -> Objectives {
        let mut ids = HashMap::new();
        let mut titles: HashMap<String, Vec<String>> = HashMap::new();
        let keys = db
            .iter()
            .map(|o| (&o.uid, o.id, &o.title))
            .chain(placed.iter().map(|p| (&p.uid, p.id, &p.title)));
        for (uid, id, title) in keys {
            ids.insert(uid.clone(), id);
            titles.entry(title.clone()).or_default().push(uid.clone());
        }
        for uids in titles.values_mut() {
            uids.sort();
            uids.dedup();
        }
        Objectives { ids, titles }
    }
}

/// Checks the reflections of `author`'s file and resolves the objectives they name.
pub(super) fn prepare(
    objectives: &Objectives,
    src: &Source,
    author: &str,
    entries: &[Spanned<files::ReflectionEntry>],
    seen: &Seen,
    today: NaiveDate,
) -> Result<Vec<Prepared>> {
    let mut out = Vec::with_capacity(entries.len());
    for entry in entries {
        let e = entry.get_ref();
        let (objective_uid, objective) = resolve_ref(
            seen,
            src,
            &e.objective,
            "objective",
            &objectives.ids,
            &objectives.titles,
        )?;
        let f = reflection_fields(src, e, author)?;
        if today.succ_opt().is_some_and(|tomorrow| f.date > tomorrow) {
            return Err(src.error(
                &e.date.span(),
                format!(
                    "reflection date {} is in the future (today is {today})",
                    f.date
                ),
            ));
        }
        out.push(Prepared {
            at: e.id.as_ref().map_or(entry.span(), Spanned::span),
            objective,
            row: ReflectionRow {
                uid: f.uid,
                objective_uid,
                date: f.date,
                author: author.to_string(),
                topic: f.topic.as_str().to_string(),
                text: f.text,
            },
        });
    }
    Ok(out)
}

/// A reflection checked and resolved, ready to write.
pub(super) struct Prepared {
    objective: ObjectiveId,
    row: ReflectionRow,
    at: std::ops::Range<usize>,
}

/// Writes prepared reflections; the database's are loaded once, by id.
pub(super) struct Reflections<'l> {
    existing: HashMap<String, ReflectionRow>,
    local: &'l store::synced::Local,
}

impl<'l> Reflections<'l> {
    pub fn new(tx: &Transaction<'_>, local: &'l store::synced::Local) -> Result<Reflections<'l>> {
        let existing = store::exchange::reflection_rows(tx, &store::Scope::default())?
            .into_iter()
            .map(|r| (r.uid.clone(), r))
            .collect();
        Ok(Reflections { existing, local })
    }

    /// Adds or updates prepared reflections of the file `src` (number `file`).
    pub fn write(
        &mut self,
        tx: &Transaction<'_>,
        (src, file, seen): (&Source, u32, &Seen),
        prepared: Vec<Prepared>,
        summary: &mut Summary,
    ) -> Result<()> {
        for Prepared { objective, row, at } in prepared {
            let twin = seen.twin_of(file, &row.uid);
            let change = match self.existing.get(&row.uid) {
                Some(old) if *old == row => Change::Unchanged,
                Some(_) if self.local.reflections.contains(&row.uid) => Change::Kept,
                Some(_) => Change::Updated,
                None => Change::Added,
            };
            if let Some(first) = twin {
                if change != Change::Unchanged {
                    return Err(seen.conflict(first, src, &at, &row.uid, "reflection", None));
                }
                continue;
            }
            if matches!(change, Change::Added | Change::Updated) {
                store::exchange::put_reflection(tx, objective, &row, change == Change::Updated)?;
                summary.reflections.count(change);
                self.existing.insert(row.uid.clone(), row);
                continue;
            }
            summary.reflections.count(change);
            summary.keep(change, || {
                format!("reflection of {} on {}", row.author, row.date)
            });
        }
        Ok(())
    }
}
