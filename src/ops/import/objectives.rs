//! Importing objectives files: each objective by id, else by title within its cycle
//! (the file wins for every field it states, unless it was changed here since the last
//! export), its key results, and where it came from for aligning it afterwards.

use std::collections::{BTreeSet, HashMap};

use rusqlite::Transaction;
use toml::Spanned;

use super::krs::put_kr;
use super::twins::{Seen, Stated};
use super::{Summary, checked_uid, history, name};
use crate::Result;
use crate::exchange::files::{ObjectivesFile, Source, date_of};
use crate::exchange::{TeamFile, stable_uid};
use crate::model::{Cycle, KrId, Level, ObjectiveId, ObjectiveKind, State};
use crate::ops::Ctx;
use crate::store;
use crate::store::exchange::{Change, ObjectiveFields, ObjectiveKey, Origins};

/// Where an objective came from, for errors about it.
pub(super) struct Placed<'a> {
    pub src: &'a Source,
    pub uid: String,
    pub id: ObjectiveId,
    pub level: Level,
    pub title: String,
    pub parent: Option<&'a Spanned<String>>,
    /// Its cycle, and the objectives it supports across teams, as the file names them.
    pub cycle: String,
    pub supports: Option<&'a Vec<Spanned<String>>>,
    /// What the upsert of its fields did; a new parent turns `Unchanged` into `Updated`.
    pub change: Change,
    /// Changed here since the last export: its parent stays too.
    pub kept: bool,
}

/// What the objectives files placed: each objective (to align it next), and every key
/// result by id and by title (for the check-ins that name them).
#[derive(Default)]
pub(super) struct Placing<'a> {
    pub placed: Vec<Placed<'a>>,
    pub kr_uids: HashMap<String, KrId>,
    pub kr_titles: HashMap<String, Vec<String>>,
}

/// Adds or updates the objectives and key results of the `parsed` objectives files (each
/// with its number), noting each file's cycles in `cycles_read`.
#[allow(clippy::too_many_arguments)]
pub(super) fn put_objectives<'a>(
    tx: &Transaction<'_>,
    ctx: &Ctx,
    parsed: &'a [(u32, TeamFile)],
    db_objectives: &[ObjectiveKey],
    (seen, local): (&mut Seen, &store::synced::Local),
    summary: &mut Summary,
    cycles_read: &mut HashMap<u32, BTreeSet<String>>,
) -> Result<Placing<'a>> {
    let by_cycle_title: HashMap<(&str, &str), &str> = db_objectives
        .iter()
        .map(|o| ((o.cycle.as_str(), o.title.as_str()), o.uid.as_str()))
        .collect();
    let mut out = Placing::default();
    if parsed.is_empty() {
        // A pull that changed a few authors' files reads those and little else.
        return Ok(out);
    }
    let Placing {
        placed,
        kr_uids,
        kr_titles,
    } = &mut out;
    let mut stated: HashMap<String, Stated> = HashMap::new();
    let db_krs = store::exchange::kr_keys(tx)?;
    let kr_index: HashMap<(&str, &str), &str> = db_krs
        .iter()
        .map(|k| ((k.objective_uid.as_str(), k.title.as_str()), k.uid.as_str()))
        .collect();
    let mut histories = history::Histories::load(tx, ctx.today)?;

    for (file_no, file) in parsed {
        let TeamFile::Objectives(src, f) = file else {
            continue;
        };
        let file_cycle = match &f.cycle {
            Some(c) => Some(cycle_of(tx, src, f, c, summary)?),
            None => None,
        };
        let cycles = cycles_read.entry(*file_no).or_default();
        cycles.extend(file_cycle.as_ref().map(|c| c.name.clone()));
        for entry in &f.objective {
            let e = entry.get_ref();
            let cycle = match (&e.cycle, &file_cycle) {
                (Some(c), _) => crate::ops::cycles::resolve(tx, c.get_ref())
                    .map_err(|err| src.error(&c.span(), err))?,
                (None, Some(c)) => c.clone(),
                (None, None) => {
                    return Err(src.error(
                        &e.title.span(),
                        "this objective has no cycle: set `cycle` at the top of the file or on the objective",
                    ));
                }
            };
            cycles.insert(cycle.name.clone());
            let title = crate::model::clean_title(e.title.get_ref(), "objective")
                .map_err(|err| src.error(&e.title.span(), err))?;
            let uid = match &e.id {
                Some(id) => checked_uid(src, id)?,
                None => by_cycle_title
                    .get(&(cycle.name.as_str(), title.as_str()))
                    .map(|u| u.to_string())
                    .unwrap_or_else(|| stable_uid(&["objective", &cycle.name, &title])),
            };
            let at = e.id.as_ref().map_or(entry.span(), Spanned::span);
            let mut said = Stated {
                title: Some(title.clone()),
                description: e
                    .description
                    .as_deref()
                    .map(str::trim)
                    .filter(|d| !d.is_empty())
                    .map(str::to_string),
                level: name(src, e.level.as_ref())?,
                owner: match &e.owner {
                    Some(o) => Some(
                        crate::model::clean_owner(o.get_ref())
                            .map_err(|err| src.error(&o.span(), err))?,
                    ),
                    None => None,
                },
                kind: name(src, e.kind.as_ref())?,
                state: name(src, e.state.as_ref())?,
            };
            // The same objective in two files (a hand-written file and an export of it):
            // one objective, as long as the two do not contradict each other.
            let twin = seen.twin_of(*file_no, &uid);
            if let Some(first) = twin {
                let before = stated.get(&uid).cloned().unwrap_or_default();
                said = before.merge(&said).map_err(|field| {
                    seen.conflict(first, src, &at, &uid, "objective", Some(field))
                })?;
            }
            stated.insert(uid.clone(), said.clone());
            // What a spreadsheet leaves blank stays as the database has it.
            let held = match src.is_table() {
                true => store::exchange::objective_held(tx, &uid)?,
                false => None,
            };
            let held = held.as_ref();
            let fields = ObjectiveFields {
                description: said
                    .description
                    .or_else(|| held.and_then(|h| h.description.clone())),
                cycle: cycle.name.clone(),
                level: said.level.or(held.map(|h| h.level)).unwrap_or(Level::Team),
                owner: said
                    .owner
                    .or_else(|| held.map(|h| h.owner.clone()))
                    .unwrap_or_else(|| ctx.user.clone()),
                kind: said
                    .kind
                    .or(held.map(|h| h.kind))
                    .unwrap_or(ObjectiveKind::Aspirational),
                state: said
                    .state
                    .or(held.map(|h| h.state))
                    .unwrap_or(State::Active),
                title: title.clone(),
            };
            let kept = local.objectives.contains(&uid);
            let (id, mut change) = store::exchange::upsert_objective(tx, &uid, &fields, kept)?;
            summary.keep(change, || format!("objective \"{title}\""));
            if let Some(o) = e.origin.as_ref().filter(|_| !kept) {
                let origin = checked_uid(src, o)?;
                change = change.or(store::exchange::set_origin(
                    tx,
                    Origins::Objective,
                    id.0,
                    Some(&origin),
                )?);
            }
            for kr in &e.kr {
                let owner = fields.owner.as_str();
                let (kr_uid, kr_id, change) = put_kr(
                    tx,
                    (src, *file_no),
                    kr,
                    (id, &uid, owner),
                    (&kr_index, &mut histories, &cycle),
                    (seen, local),
                )?;
                summary.key_results.count(change);
                super::tasks::put_tasks(
                    tx,
                    src,
                    kr.get_ref(),
                    (kr_id, &kr_uid),
                    local,
                    ctx.today,
                    summary,
                )?;
                summary.keep(change, || {
                    format!("key result \"{}\"", kr.get_ref().title.get_ref().trim())
                });
                kr_titles
                    .entry(kr.get_ref().title.get_ref().trim().to_string())
                    .or_default()
                    .push(kr_uid.clone());
                kr_uids.insert(kr_uid, kr_id);
            }
            if twin.is_some() {
                // Aligned once; the twin's parent counts when the first names none.
                if let Some(p) = placed.iter_mut().find(|p| p.uid == uid) {
                    p.level = fields.level;
                    if p.parent.is_none() && e.parent.is_some() {
                        p.src = src;
                        p.parent = e.parent.as_ref();
                    }
                    if p.supports.is_none() && e.supports.is_some() {
                        p.src = src;
                        p.supports = e.supports.as_ref();
                    }
                }
                continue;
            }
            placed.push(Placed {
                src,
                uid,
                id,
                level: fields.level,
                title,
                parent: e.parent.as_ref(),
                cycle: cycle.name.clone(),
                supports: e.supports.as_ref(),
                change,
                kept,
            });
        }
    }
    Ok(out)
}

/// The file's cycle: built in, defined by the file's `start` and `end`, or already known.
fn cycle_of(
    tx: &Transaction<'_>,
    src: &Source,
    f: &ObjectivesFile,
    name: &Spanned<String>,
    summary: &mut Summary,
) -> Result<Cycle> {
    let at = name.span();
    let name = name.get_ref();
    if let Some(c) = Cycle::builtin(name) {
        return Ok(c);
    }
    match (&f.start, &f.end) {
        (Some(s), Some(e)) => {
            let c = Cycle::custom(name, date_of(src, s)?, date_of(src, e)?).map_err(|err| src.error(&at, err))?;
            summary.cycles.count(store::exchange::put_cycle(tx, &c)?);
            Ok(c)
        }
        _ => store::cycles::get(tx, name)?.ok_or_else(|| {
            src.error(&at, format!("unknown cycle `{name}`: a custom cycle needs `start` and `end` dates in the file"))
        }),
    }
}
