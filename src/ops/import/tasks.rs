//! Importing what format 3 adds: initiatives under key results, and links across teams.

use std::collections::HashMap;

use rusqlite::Transaction;
use toml::Spanned;

use super::objectives::Placed;
use super::{Summary, checked_uid};
use crate::Result;
use crate::exchange::files::{self, Source, date_of};
use crate::exchange::stable_uid;
use crate::model::{KrId, ObjectiveId};
use crate::store;
use crate::store::tasks::TaskFields;

/// Adds or updates the initiatives a key result's entry states (the file wins, unless
/// one was changed here since the last export). `kr` is the key result's id and uid.
pub(super) fn put_tasks(
    tx: &Transaction<'_>,
    src: &Source,
    entry: &files::KrEntry,
    (kr, kr_uid): (KrId, &str),
    local: &store::synced::Local,
    today: chrono::NaiveDate,
    summary: &mut Summary,
) -> Result<()> {
    if entry.task.is_empty() {
        return Ok(());
    }
    let kr_owner = store::krs::get(tx, kr)?.owner;
    for t in &entry.task {
        let e = t.get_ref();
        let title = crate::model::clean_title(e.title.get_ref(), "initiative")
            .map_err(|err| src.error(&e.title.span(), err))?;
        let uid = match &e.id {
            Some(id) => checked_uid(src, id)?,
            None => store::tasks::uid_by_title(tx, kr, &title)?
                .unwrap_or_else(|| stable_uid(&["task", kr_uid, &title])),
        };
        let owner = match &e.owner {
            Some(o) => {
                crate::model::clean_owner(o.get_ref()).map_err(|err| src.error(&o.span(), err))?
            }
            None => kr_owner.clone(),
        };
        let day = |d: &Option<Spanned<toml::value::Datetime>>| {
            d.as_ref().map(|d| date_of(src, d)).transpose()
        };
        let done = day(&e.done)?;
        if let (Some(d), Some(at)) = (done, &e.done)
            && d > today.succ_opt().unwrap_or(today)
        {
            return Err(src.error(
                &at.span(),
                format!("initiative done on {d}, after tomorrow"),
            ));
        }
        let fields = TaskFields {
            kr,
            title,
            owner,
            due: day(&e.due)?,
            done,
            created: day(&e.created)?.unwrap_or(today),
        };
        let kept = local.tasks.contains(&uid);
        let (_, change) = store::tasks::upsert(tx, &uid, &fields, kept)?;
        summary.initiatives.count(change);
        summary.keep(change, || format!("initiative \"{}\"", fields.title));
    }
    Ok(())
}

/// Adds the links across teams that the placed objectives state: each an id, or the
/// exact title of an objective of the same cycle (in the files first, then here).
/// Refused, naming the place: a link to itself, to another cycle, or one that closes
/// a loop of links. Links are only ever added, as import never deletes.
pub(super) fn link_across(
    tx: &Transaction<'_>,
    placed: &[Placed<'_>],
    db: &[store::exchange::ObjectiveKey],
    today: chrono::NaiveDate,
    summary: &mut Summary,
) -> Result<()> {
    if placed.iter().all(|p| p.supports.is_none()) {
        return Ok(());
    }
    let by_uid: HashMap<&str, ObjectiveId> = db
        .iter()
        .map(|o| (o.uid.as_str(), o.id))
        .chain(placed.iter().map(|p| (p.uid.as_str(), p.id)))
        .collect();
    let mut by_title: HashMap<(&str, &str), Vec<ObjectiveId>> = HashMap::new();
    for p in placed {
        by_title
            .entry((p.cycle.as_str(), p.title.as_str()))
            .or_default()
            .push(p.id);
    }
    for o in db {
        by_title
            .entry((o.cycle.as_str(), o.title.as_str()))
            .or_default()
            .push(o.id);
    }
    for p in placed {
        for reference in p.supports.into_iter().flatten() {
            let r = reference.get_ref().trim();
            let at = reference.span();
            let mut titled = by_title
                .get(&(p.cycle.as_str(), r))
                .cloned()
                .unwrap_or_default();
            titled.dedup();
            let to = match (
                by_uid.get(r.to_ascii_lowercase().as_str()),
                titled.as_slice(),
            ) {
                (Some(id), _) | (None, [id]) => *id,
                (None, []) => {
                    return Err(p
                        .src
                        .error(&at, format!("`supports` names no objective: `{r}`")));
                }
                (None, _) => {
                    return Err(p.src.error(
                        &at,
                        format!(
                            "`supports` names more than one objective titled `{r}`: use its id"
                        ),
                    ));
                }
            };
            let target = store::objectives::get(tx, to)?;
            if to == p.id {
                return Err(p.src.error(&at, "an objective cannot support itself"));
            }
            if target.cycle != p.cycle {
                return Err(p.src.error(&at, format!("`{r}` is in {}, this objective in {}: a link joins objectives of one cycle", target.cycle, p.cycle)));
            }
            if store::links::exists(tx, p.id, to)? {
                summary.links.unchanged += 1;
                continue;
            }
            if store::links::reaches(tx, to, p.id)? {
                return Err(p.src.error(&at, format!("`{r}` already supports this objective through links: this one would make a loop")));
            }
            store::links::insert(tx, p.id, to, today)?;
            summary.links.added += 1;
        }
    }
    Ok(())
}
