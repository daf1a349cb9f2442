//! Aligning imported objectives: each `parent` is an id, or an exact title (in the
//! files first, then in the database); alignment runs upwards and never in a circle.

use std::collections::HashMap;

use rusqlite::Transaction;
use toml::Spanned;

use super::Summary;
use super::objectives::Placed;
use crate::Result;
use crate::model::{Level, ObjectiveId};
use crate::store;
use crate::store::exchange::Change;

/// Resolves each `parent`: an id, else the exact title of an objective in the files,
/// else in the database. Alignment must run upwards and never in a circle.
pub(super) fn link_parents(
    tx: &Transaction<'_>,
    placed: &[Placed<'_>],
    db: &[store::exchange::ObjectiveKey],
    summary: &mut Summary,
) -> Result<()> {
    let by_uid: HashMap<&str, ObjectiveId> = db
        .iter()
        .map(|o| (o.uid.as_str(), o.id))
        .chain(placed.iter().map(|p| (p.uid.as_str(), p.id)))
        .collect();
    // Titles in the files first; the database's only when no file has the title.
    let mut file_titles: HashMap<&str, Vec<ObjectiveId>> = HashMap::new();
    for q in placed {
        file_titles.entry(q.title.as_str()).or_default().push(q.id);
    }
    let mut db_titles: HashMap<&str, Vec<ObjectiveId>> = HashMap::new();
    for o in db {
        db_titles.entry(o.title.as_str()).or_default().push(o.id);
    }
    // Every objective's level, read once (a parent may be in the files or only here).
    let levels: HashMap<ObjectiveId, Level> = tx
        .prepare("SELECT id, level FROM objective")?
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
        .filter_map(|row| match row {
            Ok((id, level)) => level.parse().ok().map(|l| Ok((ObjectiveId::row(id), l))),
            Err(e) => Some(Err(e)),
        })
        .collect::<rusqlite::Result<_>>()?;
    for p in placed.iter().filter(|p| !p.kept) {
        let parent = match p.parent {
            None => None,
            Some(reference) => {
                let r = reference.get_ref().trim();
                let by_title = file_titles
                    .get(r)
                    .or_else(|| db_titles.get(r))
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                let id = match (by_uid.get(r.to_ascii_lowercase().as_str()), by_title) {
                    (Some(id), _) | (None, [id]) => *id,
                    (None, []) => {
                        return Err(p.src.error(
                            &reference.span(),
                            format!("unknown parent `{r}`: no objective has this id or title"),
                        ));
                    }
                    (None, _) => {
                        return Err(p.src.error(
                            &reference.span(),
                            format!("parent `{r}` is ambiguous: several objectives have this title; use its id"),
                        ));
                    }
                };
                // Every objective is in `levels`: those in the files are placed by now.
                if levels.get(&id).is_some_and(|l| !p.level.can_align_to(*l)) {
                    let parent = store::objectives::get(tx, id)?;
                    return Err(p.src.error(
                        &reference.span(),
                        format!(
                            "a {} objective cannot align to the {} objective `{}`",
                            p.level, parent.level, parent.title
                        ),
                    ));
                }
                Some(id)
            }
        };
        let moved = store::exchange::set_parent(tx, p.id, parent)?;
        summary
            .objectives
            .count(if moved && p.change == Change::Unchanged {
                Change::Updated
            } else {
                p.change
            });
    }
    for p in placed.iter().filter(|p| p.kept) {
        summary.objectives.count(p.change);
    }
    // Every objective's parent, read once: walking up from each placed objective is then
    // a few lookups, not a query each.
    let parent_of: HashMap<ObjectiveId, ObjectiveId> = tx
        .prepare("SELECT id, parent_id FROM objective WHERE parent_id IS NOT NULL")?
        .query_map([], |r| {
            Ok((ObjectiveId::row(r.get(0)?), ObjectiveId::row(r.get(1)?)))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for p in placed {
        let mut at = p.id;
        let mut circle = false;
        for _ in 0..=parent_of.len() {
            match parent_of.get(&at) {
                Some(&up) if up == p.id => {
                    circle = true;
                    break;
                }
                Some(&up) => at = up,
                None => break,
            }
        }
        if circle {
            let at = p.parent.map_or(0..0, Spanned::span);
            return Err(p.src.error(
                &at,
                format!(
                    "objective `{}` would align to itself through its parents",
                    p.title
                ),
            ));
        }
    }
    Ok(())
}
