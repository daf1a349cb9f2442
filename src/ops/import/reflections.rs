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
    pub fn new(db: &[store::exchange::ObjectiveKey], placed: &[super::Placed<'_>]) -> Objectives {
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

/// Reflections as they are imported: the objectives they may name, and the database's
/// reflections by id.
pub(super) struct Reflections<'o> {
    objectives: &'o Objectives,
    existing: HashMap<String, ReflectionRow>,
}

impl<'o> Reflections<'o> {
    pub fn new(tx: &Transaction<'_>, objectives: &'o Objectives) -> Result<Reflections<'o>> {
        let existing = store::exchange::reflection_rows(tx, &store::Scope::default())?
            .into_iter()
            .map(|r| (r.uid.clone(), r))
            .collect();
        Ok(Reflections {
            objectives,
            existing,
        })
    }

    /// Adds or updates the reflections of `author`'s file (its source and number).
    #[allow(clippy::too_many_arguments)]
    pub fn put(
        &mut self,
        tx: &Transaction<'_>,
        (src, file): (&Source, u32),
        author: &str,
        entries: &[Spanned<files::ReflectionEntry>],
        seen: &mut Seen,
        local: &store::synced::Local,
        summary: &mut Summary,
        today: NaiveDate,
    ) -> Result<()> {
        for entry in entries {
            let e = entry.get_ref();
            let (objective_uid, objective) = resolve_ref(
                seen,
                src,
                &e.objective,
                "objective",
                &self.objectives.ids,
                &self.objectives.titles,
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
            let at = e.id.as_ref().map_or(entry.span(), Spanned::span);
            let twin = seen.twin_of(file, &f.uid);
            let row = ReflectionRow {
                uid: f.uid.clone(),
                objective_uid,
                date: f.date,
                author: author.to_string(),
                topic: f.topic.as_str().to_string(),
                text: f.text,
            };
            let change = match self.existing.get(&f.uid) {
                Some(old) if *old == row => Change::Unchanged,
                Some(_) if local.reflections.contains(&f.uid) => Change::Kept,
                Some(_) => Change::Updated,
                None => Change::Added,
            };
            if let Some(first) = twin {
                if change != Change::Unchanged {
                    return Err(seen.conflict(first, src, &at, &f.uid, "reflection", None));
                }
                continue;
            }
            if matches!(change, Change::Added | Change::Updated) {
                store::exchange::put_reflection(tx, objective, &row, change == Change::Updated)?;
                self.existing.insert(f.uid, row);
            }
            summary.reflections.count(change);
            summary.keep(change, || format!("reflection of {} on {}", author, f.date));
        }
        Ok(())
    }
}
