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

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;

use rusqlite::Transaction;
use serde::Serialize;
use toml::Spanned;

use super::Ctx;
use crate::exchange::files::{self, ObjectivesFile, Source, date_of};
use crate::exchange::{TeamFile, stable_uid};
use crate::model::{Cycle, Keep, KrKind, Level, Measure, ObjectiveId, ObjectiveKind, State, Uid};
use crate::store::exchange::{Change, CheckinRow, KrFields, ObjectiveFields};
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
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl Counts {
    fn count(&mut self, c: Change) {
        match c {
            Change::Added => self.added += 1,
            Change::Updated => self.updated += 1,
            Change::Unchanged => self.unchanged += 1,
        }
    }
}

impl Summary {
    pub fn changed(&self) -> bool {
        [
            self.cycles,
            self.objectives,
            self.key_results,
            self.checkins,
        ]
        .iter()
        .any(|c| c.added + c.updated > 0)
    }
}

/// The uid of a hand-written check-in: derived from the fields as written.
pub fn checkin_uid(
    kr: &str,
    author: &str,
    date: chrono::NaiveDate,
    value: f64,
    note: Option<&str>,
) -> String {
    stable_uid(&[
        "checkin",
        kr,
        author,
        &date.to_string(),
        &value.to_string(),
        note.unwrap_or(""),
    ])
}

/// A check-in entry's fields, checked, with its id (derived when written without one).
pub(crate) struct EntryFields {
    pub uid: String,
    pub date: chrono::NaiveDate,
    pub value: f64,
    pub confidence: Option<u8>,
    pub note: Option<String>,
}

/// Reads one check-in entry of `author`'s file. Import and export both use this, so a
/// hand-written check-in gets the same derived id on both sides.
pub(crate) fn checkin_fields(
    src: &Source,
    e: &files::CheckinEntry,
    author: &str,
) -> Result<EntryFields> {
    let date = date_of(src, &e.date)?;
    let value = *e.value.get_ref();
    if !value.is_finite() {
        return Err(src.error(
            &e.value.span(),
            format!("value must be a finite number, not `{value}`"),
        ));
    }
    let confidence = match &e.confidence {
        Some(c) => Some(
            crate::model::Confidence::new(*c.get_ref())
                .map_err(|err| src.error(&c.span(), err))?
                .get(),
        ),
        None => None,
    };
    let note = e
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string);
    let uid = match &e.id {
        Some(id) => checked_uid(src, id)?,
        None => checkin_uid(e.kr.get_ref().trim(), author, date, value, note.as_deref()),
    };
    Ok(EntryFields {
        uid,
        date,
        value,
        confidence,
        note,
    })
}

/// Parses every `.toml` file under `paths` (files or folders).
pub fn read(paths: &[PathBuf]) -> Result<Vec<TeamFile>> {
    let mut out = Vec::new();
    for p in paths {
        for f in files::collect(p)? {
            out.push(files::parse_file(&f)?);
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
    store.write_or_rollback(!dry_run, |tx| apply(tx, ctx, parsed, tick))
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
    let mut kr_uids: HashMap<String, crate::model::KrId> = HashMap::new();
    let mut kr_titles: HashMap<String, Vec<String>> = HashMap::new();
    let db_krs = store::exchange::kr_keys(tx)?;
    let kr_index: HashMap<(&str, &str), &str> = db_krs
        .iter()
        .map(|k| ((k.objective_uid.as_str(), k.title.as_str()), k.uid.as_str()))
        .collect();

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
            no_duplicate(&mut seen, src, &at, &uid, "objective")?;
            let fields = ObjectiveFields {
                description: e
                    .description
                    .as_deref()
                    .map(str::trim)
                    .filter(|d| !d.is_empty())
                    .map(str::to_string),
                cycle: cycle.name.clone(),
                level: name(src, e.level.as_ref())?.unwrap_or(Level::Team),
                owner: match &e.owner {
                    Some(o) => crate::model::clean_owner(o.get_ref())
                        .map_err(|err| src.error(&o.span(), err))?,
                    None => ctx.user.clone(),
                },
                kind: name(src, e.kind.as_ref())?.unwrap_or(ObjectiveKind::Aspirational),
                state: name(src, e.state.as_ref())?.unwrap_or(State::Active),
                title: title.clone(),
            };
            let (id, change) = store::exchange::upsert_objective(tx, &uid, &fields)?;
            for kr in &e.kr {
                let owner = fields.owner.as_str();
                let (kr_uid, kr_id, change) =
                    put_kr(tx, src, kr, (id, &uid, owner), &kr_index, &mut seen)?;
                summary.key_results.count(change);
                kr_titles
                    .entry(kr.get_ref().title.get_ref().trim().to_string())
                    .or_default()
                    .push(kr_uid.clone());
                kr_uids.insert(kr_uid, kr_id);
            }
            placed.push(Placed {
                src,
                uid,
                id,
                level: fields.level,
                title,
                parent: e.parent.as_ref(),
                change,
            });
        }
    }
    link_parents(tx, &placed, &db_objectives, &mut summary)?;
    put_checkins(
        tx,
        parsed,
        (&kr_uids, &kr_titles),
        &mut seen,
        &mut summary,
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

/// Where each id was first seen: its file and byte offset. Lines are computed only for
/// an error, so that importing a large file stays linear.
type Seen<'a> = HashMap<String, (&'a Source, usize)>;

fn no_duplicate<'a>(
    seen: &mut Seen<'a>,
    src: &'a Source,
    at: &Range<usize>,
    uid: &str,
    what: &str,
) -> Result<()> {
    if let Some((first, offset)) = seen.insert(uid.to_string(), (src, at.start)) {
        let line = first.pos(&(offset..offset)).line;
        return Err(src.error(
            at,
            format!(
                "duplicate {what} id `{uid}` (first at {}:{line})",
                first.path.display()
            ),
        ));
    }
    Ok(())
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

/// A file's check-ins: its source, the file's author (check-in files name it once),
/// and the entries.
type CheckinSource<'a> = (
    &'a Source,
    Option<&'a Spanned<String>>,
    &'a [Spanned<files::CheckinEntry>],
);

/// Adds or updates one key result of `objective` (its id, uid and owner).
fn put_kr<'a>(
    tx: &Transaction<'_>,
    src: &'a Source,
    entry: &Spanned<files::KrEntry>,
    (objective, objective_uid, objective_owner): (ObjectiveId, &str, &str),
    kr_index: &HashMap<(&str, &str), &str>,
    seen: &mut Seen<'a>,
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
    no_duplicate(
        seen,
        src,
        &e.id.as_ref().map_or(entry.span(), Spanned::span),
        &uid,
        "key result",
    )?;
    let kind: KrKind = name(src, e.kind.as_ref())?.unwrap_or(KrKind::Metric);
    let keep: Option<Keep> = name(src, e.keep.as_ref())?;
    let at = e.target.as_ref().map_or(entry.span(), Spanned::span);
    let m = Measure::new(
        kind,
        e.start.as_ref().map(|s| *s.get_ref()),
        e.target.as_ref().map(|t| *t.get_ref()),
        e.weight.as_ref().map_or(1.0, |w| *w.get_ref()),
        keep,
    )
    .map_err(|err| src.error(&at, err))?;
    let owner = match &e.owner {
        Some(o) => {
            Some(crate::model::clean_owner(o.get_ref()).map_err(|err| src.error(&o.span(), err))?)
        }
        None => None,
    }
    .filter(|o| o != objective_owner);
    let fields = KrFields {
        objective,
        title,
        kind: m.kind,
        start: m.start,
        target: m.target,
        unit: e.unit.as_deref().unwrap_or("").trim().to_string(),
        weight: m.weight,
        owner,
        keep: m.keep,
        due: e.due.as_ref().map(|d| date_of(src, d)).transpose()?,
    };
    let (id, change) = store::exchange::upsert_kr(tx, &uid, &fields)?;
    Ok((uid, id, change))
}

/// Resolves each `parent`: an id, else the exact title of an objective in the files,
/// else in the database. Alignment must run upwards and never in a circle.
fn link_parents(
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
    for p in placed {
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
                let parent = store::objectives::get(tx, id)?;
                if !p.level.can_align_to(parent.level) {
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
    for p in placed {
        let chain = store::objectives::lineage(tx, p.id)?;
        if chain.iter().skip(1).any(|x| *x == p.id) {
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

fn put_checkins<'a>(
    tx: &Transaction<'_>,
    parsed: &'a [TeamFile],
    (kr_uids, kr_titles): (
        &HashMap<String, crate::model::KrId>,
        &HashMap<String, Vec<String>>,
    ),
    seen: &mut Seen<'a>,
    summary: &mut Summary,
    tick: &mut dyn FnMut(usize, usize),
) -> Result<()> {
    // Check-in files name their author once; an objectives file's check-ins each name theirs.
    let files: Vec<CheckinSource<'_>> = parsed
        .iter()
        .map(|f| match f {
            TeamFile::Checkins(s, c) => (s, Some(&c.author), c.checkin.as_slice()),
            TeamFile::Objectives(s, o) => (s, None, o.checkin.as_slice()),
        })
        .filter(|(_, _, entries)| !entries.is_empty())
        .collect();
    let total: usize = files.iter().map(|(_, _, entries)| entries.len()).sum();
    if total == 0 {
        return Ok(());
    }
    // Every key result by id and by title: the files' and the database's.
    let mut ids: HashMap<String, crate::model::KrId> = kr_uids.clone();
    let mut titles: HashMap<String, Vec<String>> = kr_titles.clone();
    for k in store::exchange::kr_keys(tx)? {
        titles.entry(k.title).or_default().push(k.uid.clone());
        ids.entry(k.uid).or_insert(k.id);
    }
    for uids in titles.values_mut() {
        uids.sort();
        uids.dedup();
    }
    let mut existing = store::exchange::checkins_by_uid(tx)?;
    let mut done = 0;
    for (src, file_author, entries) in files {
        for entry in entries {
            let e = entry.get_ref();
            let author = match (file_author, &e.author) {
                (Some(a), _) | (None, Some(a)) => crate::model::clean_owner(a.get_ref())
                    .map_err(|err| src.error(&a.span(), err))?,
                (None, None) => {
                    return Err(src.error(
                        &entry.span(),
                        "a check-in in an objectives file needs an `author`",
                    ));
                }
            };
            let r = e.kr.get_ref().trim();
            let (kr_uid, kr_id) = resolve_kr(src, &e.kr, r, &ids, &titles)?;
            let EntryFields {
                uid,
                date,
                value,
                confidence,
                note,
            } = checkin_fields(src, e, &author)?;
            no_duplicate(
                seen,
                src,
                &e.id.as_ref().map_or(entry.span(), Spanned::span),
                &uid,
                "check-in",
            )?;
            let row = CheckinRow {
                uid: uid.clone(),
                kr_uid,
                date,
                value,
                confidence,
                note,
                author: author.clone(),
            };
            let change = match existing.get(&uid) {
                Some(old) if *old == row => Change::Unchanged,
                Some(_) => Change::Updated,
                None => Change::Added,
            };
            if change != Change::Unchanged {
                store::exchange::put_checkin(tx, kr_id, &row, change == Change::Updated)?;
                existing.insert(uid, row);
            }
            summary.checkins.count(change);
            done += 1;
            if done % 10_000 == 0 || done == total {
                tick(done, total);
            }
        }
    }
    Ok(())
}

/// A check-in's key result: an id, else an exact title unique among the files' and the
/// database's key results.
fn resolve_kr(
    src: &Source,
    at: &Spanned<String>,
    r: &str,
    ids: &HashMap<String, crate::model::KrId>,
    titles: &HashMap<String, Vec<String>>,
) -> Result<(String, crate::model::KrId)> {
    let lower = r.to_ascii_lowercase();
    if let Some(id) = ids.get(&lower) {
        return Ok((lower, *id));
    }
    match titles.get(r).map(Vec::as_slice).unwrap_or_default() {
        [one] => ids
            .get(one)
            .map(|id| (one.clone(), *id))
            .ok_or_else(|| src.error(&at.span(), format!("unknown key result `{r}`"))),
        [] => Err(src.error(
            &at.span(),
            format!("unknown key result `{r}`: no key result has this id or title"),
        )),
        _ => Err(src.error(
            &at.span(),
            format!("key result `{r}` is ambiguous: several have this title; use its id"),
        )),
    }
}
