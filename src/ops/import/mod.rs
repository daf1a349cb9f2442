//! `okr import`: team files into the database, idempotent and all-or-nothing.
//!
//! Every file is parsed and every reference resolved before anything is written; then
//! one transaction applies it all. Rules when file and database disagree:
//!
//! - objectives and key results: the file wins for every field it states (it is what
//!   the team reviewed); entries are matched by `id`, else by title (objectives within
//!   their cycle, key results within their objective);
//! - entries without an `id` get one derived from what identifies them, so everyone
//!   importing the same hand-written file gets the same ids;
//! - check-ins: matched by `id`; new ones are added, changed ones updated;
//! - deletions: import never deletes. What is missing from a file stays in the
//!   database; to retire an objective for everyone, set `state = "archived"`.

mod authors;
mod checkins;
mod history;
mod krs;
mod parents;
mod reflections;
mod twins;

pub(crate) use checkins::checkin_fields;
pub use checkins::checkin_uid;
use checkins::put_checkins;
use krs::put_kr;
use parents::link_parents;
pub(crate) use reflections::reflection_fields;
use reflections::{Objectives, put_reflections};
use twins::{Seen, Stated, conflict, twin_of};

use std::collections::HashMap;
use std::path::PathBuf;

use rusqlite::Transaction;
use serde::Serialize;
use toml::Spanned;

use super::Ctx;
use crate::exchange::files::{self, ObjectivesFile, Source, date_of};
use crate::exchange::{TeamFile, stable_uid};
use crate::model::{Cycle, Level, ObjectiveId, ObjectiveKind, State, Uid};
use crate::store::exchange::{Change, ObjectiveFields, Origins};
use crate::store::{self, Store};
use crate::{Error, Result};

/// What an import changed (or, with `--dry-run`, would change).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    pub files: usize,
    pub cycles: Counts,
    pub objectives: Counts,
    pub key_results: Counts,
    pub checkins: Counts,
    pub reflections: Counts,
    /// What was kept because it was changed here since the last export: `K3 "title"`.
    pub kept: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Changed here since the last export, and kept although the file says otherwise.
    pub kept: usize,
}

impl Counts {
    fn count(&mut self, c: Change) {
        match c {
            Change::Added => self.added += 1,
            Change::Updated => self.updated += 1,
            Change::Unchanged => self.unchanged += 1,
            Change::Kept => self.kept += 1,
        }
    }
}

impl Summary {
    /// `imported 3 files: 1 objective added, 12 check-ins added`, for the log.
    pub fn line(&self) -> String {
        let mut parts = Vec::new();
        for (what, c) in [
            ("cycle(s)", self.cycles),
            ("objective(s)", self.objectives),
            ("key result(s)", self.key_results),
            ("check-in(s)", self.checkins),
            ("reflection(s)", self.reflections),
        ] {
            if c.added > 0 {
                parts.push(format!("{} {what} added", c.added));
            }
            if c.updated > 0 {
                parts.push(format!("{} {what} updated", c.updated));
            }
        }
        format!("imported {} file(s): {}", self.files, parts.join(", "))
    }

    pub fn changed(&self) -> bool {
        [
            self.cycles,
            self.objectives,
            self.key_results,
            self.checkins,
            self.reflections,
        ]
        .iter()
        .any(|c| c.added + c.updated > 0)
    }

    pub(super) fn keep(&mut self, c: Change, what: impl FnOnce() -> String) {
        if c == Change::Kept {
            self.kept.push(what());
        }
    }
}

/// Parses every `.toml` file under `paths` (files or folders), and checks that each
/// check-in file is named after its author.
pub fn read(paths: &[PathBuf]) -> Result<Vec<TeamFile>> {
    let mut out = Vec::new();
    for p in paths {
        for f in files::collect(p)? {
            let file = files::parse_file(&f)?;
            if let TeamFile::Checkins(src, c) = &file {
                authors::check(src, c)?;
            }
            out.push(file);
        }
    }
    Ok(out)
}

/// Imports parsed files. `tick` is called with how many check-ins are done, for a
/// progress bar.
pub fn import(
    store: &mut Store,
    ctx: &Ctx,
    parsed: &[TeamFile],
    dry_run: bool,
    tick: &mut dyn FnMut(usize, usize),
) -> Result<Summary> {
    store.write_or_rollback(!dry_run, &ctx.head("import", None), |tx| {
        let s = apply(tx, ctx, parsed, tick)?;
        let summary = if s.changed() { s.line() } else { String::new() };
        Ok((s, summary))
    })
}

/// Where an objective came from, for errors about it.
struct Placed<'a> {
    src: &'a Source,
    uid: String,
    id: ObjectiveId,
    level: Level,
    title: String,
    parent: Option<&'a Spanned<String>>,
    /// What the upsert of its fields did; a new parent turns `Unchanged` into `Updated`.
    change: Change,
    /// Changed here since the last export: its parent stays too.
    kept: bool,
}

fn apply(
    tx: &Transaction<'_>,
    ctx: &Ctx,
    parsed: &[TeamFile],
    tick: &mut dyn FnMut(usize, usize),
) -> Result<Summary> {
    let mut summary = Summary {
        files: parsed.len(),
        ..Summary::default()
    };
    let db_objectives = store::exchange::objective_keys(tx)?;
    let by_cycle_title: HashMap<(&str, &str), &str> = db_objectives
        .iter()
        .map(|o| ((o.cycle.as_str(), o.title.as_str()), o.uid.as_str()))
        .collect();
    let mut placed: Vec<Placed<'_>> = Vec::new();
    let mut seen: Seen<'_> = HashMap::new();
    let mut stated: HashMap<String, Stated> = HashMap::new();
    let mut kr_uids: HashMap<String, crate::model::KrId> = HashMap::new();
    let mut kr_titles: HashMap<String, Vec<String>> = HashMap::new();
    let db_krs = store::exchange::kr_keys(tx)?;
    let kr_index: HashMap<(&str, &str), &str> = db_krs
        .iter()
        .map(|k| ((k.objective_uid.as_str(), k.title.as_str()), k.uid.as_str()))
        .collect();
    let mut histories = history::Histories::load(tx, ctx.today)?;
    let local = store::synced::local(tx)?;

    for file in parsed {
        let TeamFile::Objectives(src, f) = file else {
            continue;
        };
        let file_cycle = match &f.cycle {
            Some(c) => Some(cycle_of(tx, src, f, c, &mut summary)?),
            None => None,
        };
        for entry in &f.objective {
            let e = entry.get_ref();
            let cycle = match (&e.cycle, &file_cycle) {
                (Some(c), _) => super::cycles::resolve(tx, c.get_ref())
                    .map_err(|err| src.error(&c.span(), err))?,
                (None, Some(c)) => c.clone(),
                (None, None) => {
                    return Err(src.error(
                        &e.title.span(),
                        "this objective has no cycle: set `cycle` at the top of the file or on the objective",
                    ));
                }
            };
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
            let twin = twin_of(&mut seen, src, &at, &uid);
            if let Some(first) = twin {
                let before = stated.get(&uid).cloned().unwrap_or_default();
                said = before
                    .merge(&said)
                    .map_err(|field| conflict(first, src, &at, &uid, "objective", Some(field)))?;
            }
            stated.insert(uid.clone(), said.clone());
            let fields = ObjectiveFields {
                description: said.description,
                cycle: cycle.name.clone(),
                level: said.level.unwrap_or(Level::Team),
                owner: said.owner.unwrap_or_else(|| ctx.user.clone()),
                kind: said.kind.unwrap_or(ObjectiveKind::Aspirational),
                state: said.state.unwrap_or(State::Active),
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
                    src,
                    kr,
                    (id, &uid, owner),
                    (&kr_index, &mut histories, &cycle),
                    (&mut seen, &local),
                )?;
                summary.key_results.count(change);
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
                change,
                kept,
            });
        }
    }
    link_parents(tx, &placed, &db_objectives, &mut summary)?;
    let objectives = Objectives::new(&db_objectives, &placed);
    put_reflections(
        tx,
        parsed,
        &objectives,
        (&mut seen, &local),
        &mut summary,
        ctx.today,
    )?;
    put_checkins(
        tx,
        parsed,
        (&kr_uids, &kr_titles),
        (&mut seen, &local),
        &mut summary,
        ctx.today,
        tick,
    )?;
    Ok(summary)
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

/// An entry's reference to a key result or objective (`what`): an id, else an exact
/// title unique among the files' and the database's.
fn resolve_ref<Id: Copy>(
    src: &Source,
    at: &Spanned<String>,
    what: &str,
    ids: &HashMap<String, Id>,
    titles: &HashMap<String, Vec<String>>,
) -> Result<(String, Id)> {
    let r = at.get_ref().trim();
    let lower = r.to_ascii_lowercase();
    if let Some(id) = ids.get(&lower) {
        return Ok((lower, *id));
    }
    match titles.get(r).map(Vec::as_slice).unwrap_or_default() {
        [one] => ids
            .get(one)
            .map(|id| (one.clone(), *id))
            .ok_or_else(|| src.error(&at.span(), format!("unknown {what} `{r}`"))),
        [] => Err(src.error(
            &at.span(),
            format!("unknown {what} `{r}`: no {what} has this id or title"),
        )),
        _ => Err(src.error(
            &at.span(),
            format!("{what} `{r}` is ambiguous: several have this title; use its id"),
        )),
    }
}

fn checked_uid(src: &Source, id: &Spanned<String>) -> Result<String> {
    let s = id.get_ref().trim().to_ascii_lowercase();
    if Uid::is_valid(&s) {
        Ok(s)
    } else {
        Err(src.error(
            &id.span(),
            format!(
                "`{}` is not an okr id (32 hex digits); leave `id` out and okr fills it in",
                id.get_ref()
            ),
        ))
    }
}

fn name<T: std::str::FromStr<Err = Error>>(
    src: &Source,
    v: Option<&Spanned<String>>,
) -> Result<Option<T>> {
    v.map(|s| {
        s.get_ref()
            .parse::<T>()
            .map_err(|e| src.error(&s.span(), e))
    })
    .transpose()
}
