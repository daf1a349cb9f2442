//! `okr import`: team files into the database, idempotent and all-or-nothing.
//!
//! Every file is read and hashed first; a file whose bytes are what this database last
//! read or wrote there is skipped (`store::known`): the database holds what it says.
//! The others are applied in one transaction: objectives files first, then authors'
//! files as a stream (parsed on a second thread, one file at a time, so that memory
//! stays flat however many check-ins a team has). Any error rolls it all back. Rules
//! when file and database disagree:
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

use checkins::KrIndex;
pub(crate) use checkins::checkin_fields;
pub use checkins::checkin_uid;
use krs::put_kr;
use parents::link_parents;
pub(crate) use reflections::reflection_fields;
use reflections::{Objectives, Reflections};
use twins::{Seen, Stated};

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use rusqlite::Transaction;
use serde::Serialize;
use toml::Spanned;

use super::Ctx;
use crate::exchange::files::{self, ObjectivesFile, Source, date_of};
use crate::exchange::{TeamFile, stable_uid};
use crate::model::{Cycle, Level, ObjectiveId, ObjectiveKind, State, Uid};
use crate::store::exchange::{Change, ObjectiveFields, Origins};
use crate::store::known::{self, Kind, Known};
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
    /// Files skipped because their bytes are what this database last read or wrote.
    pub unchanged_files: usize,
    /// The cycles of the objectives files, read or skipped: what `okr sync` writes back.
    #[serde(skip)]
    pub objective_cycles: BTreeSet<String>,
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
/// check-in file is named after its author: what `okr lint` reads.
pub fn read(paths: &[PathBuf]) -> Result<Vec<TeamFile>> {
    let mut out = Vec::new();
    for p in paths {
        for f in files::collect(p)? {
            out.push(parse_checked(&f)?);
        }
    }
    Ok(out)
}

/// One file, parsed, with an author's file checked against its name.
fn parse_checked(path: &Path) -> Result<TeamFile> {
    let file = files::parse_file(path)?;
    if let TeamFile::Checkins(src, c) = &file {
        authors::check(src, c)?;
    }
    Ok(file)
}

/// A team file found by [`scan`]: where, what its bytes hash to, and what it is.
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    /// Its canonical path: how [`store::known`] names it.
    key: String,
    hash: String,
    kind: Kind,
    /// Whose an author's file is, from its head.
    author: Option<String>,
    len: u64,
}

/// The files an import reads, and the folders they were found in.
#[derive(Debug, Clone, Default)]
pub struct Scanned {
    pub files: Vec<Found>,
    /// Canonical folders scanned whole: a known file below one that is gone was deleted
    /// or renamed, and is forgotten.
    folders: Vec<String>,
}

impl Scanned {
    /// The bytes of the authors' files that `known` does not hold as they are: what an
    /// import will parse, for a progress bar.
    pub fn checkin_bytes(&self) -> u64 {
        self.files
            .iter()
            .filter(|f| f.kind == Kind::Checkins)
            .map(|f| f.len)
            .sum()
    }
}

/// Finds every `.toml` file under `paths` (files or folders) and hashes its bytes, on
/// two threads. Nothing is parsed yet: unchanged files never are.
pub fn scan(paths: &[PathBuf]) -> Result<Scanned> {
    let mut found = Vec::new();
    let mut folders = Vec::new();
    for p in paths {
        if std::fs::metadata(p).is_ok_and(|m| m.is_dir())
            && let Ok(c) = std::fs::canonicalize(p)
        {
            folders.push(c.to_string_lossy().into_owned());
        }
        found.extend(files::collect(p)?);
    }
    let hashed =
        |paths: &[PathBuf]| -> Result<Vec<Found>> { paths.iter().map(|p| hash_file(p)).collect() };
    let half = found.len().div_ceil(2);
    let (a, b) = found.split_at(half);
    let files = std::thread::scope(|s| {
        let second = s.spawn(|| hashed(b));
        let mut first = hashed(a)?;
        let second = second
            .join()
            .unwrap_or_else(|_| Err(crate::Error::invalid("reading the team files failed")))?;
        first.extend(second);
        Ok::<_, crate::Error>(first)
    })?;
    Ok(Scanned { files, folders })
}

fn hash_file(path: &Path) -> Result<Found> {
    let bytes = std::fs::read(path).map_err(crate::Error::io("read", path))?;
    let text = String::from_utf8_lossy(&bytes);
    let kind = files::is_checkins(&text);
    let author = kind
        .then(|| files::checkins_header(files::head_of(&text)))
        .flatten()
        .map(|h| h.author.trim().to_string());
    let key = std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned();
    Ok(Found {
        path: path.to_path_buf(),
        key,
        hash: known::hash(&bytes),
        kind: if kind {
            Kind::Checkins
        } else {
            Kind::Objectives
        },
        author,
        len: bytes.len() as u64,
    })
}

/// Authors' files this large, into a database without check-ins (a newcomer's first
/// sync): the check-ins' secondary indexes are built after the rows, in one sorted pass,
/// instead of row by row.
const BULK_BYTES: u64 = 8 << 20;

/// SQLite's page cache during an import, in KiB.
const CACHE_KIB: i64 = 64 * 1024;

/// Imports the scanned files, skipping those the database knows as they are. `tick` is
/// called with how many bytes of authors' files are done, and how many there are.
///
/// Files are skipped by group: the objectives files together, and each author's files
/// together. The same entry in two files of a group (a hand-written file and an export
/// of it) is compared whenever one of them changed, so twins that came to disagree
/// are still named.
pub fn import(
    store: &mut Store,
    ctx: &Ctx,
    scanned: &Scanned,
    dry_run: bool,
    tick: &mut dyn FnMut(u64, u64),
) -> Result<Summary> {
    let was = store.read(|tx| known::all(tx))?;
    let mut changed_groups = std::collections::HashSet::new();
    for f in &scanned.files {
        if was.get(&f.key).is_none_or(|k| k.hash != f.hash) {
            changed_groups.insert(&f.author);
        }
    }
    let skip: Vec<bool> = scanned
        .files
        .iter()
        .map(|f| !changed_groups.contains(&f.author))
        .collect();
    // Room for the check-in indexes while a large import writes them: pages that spill
    // are written out and read back, which is most of the time a small cache costs.
    store.set_cache_kib(CACHE_KIB)?;
    let unresolved = std::cell::Cell::new(false);
    let mut attempt = |skip: &[bool]| {
        store.write_or_rollback(!dry_run, &ctx.head("import", None), |tx| {
            let mut s = apply(tx, ctx, scanned, (&was, skip), &unresolved, tick)?;
            s.unchanged_files = skip.iter().filter(|s| **s).count();
            let summary = if s.changed() { s.line() } else { String::new() };
            Ok((s, summary))
        })
    };
    match attempt(&skip) {
        // A reference to something only an unchanged file holds (the database lost it
        // since: a local delete): read every file, as if none were known.
        Err(_) if skip.contains(&true) && unresolved.get() => attempt(&vec![false; skip.len()]),
        done => done,
    }
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

/// Applies the files not skipped; `unresolved` tells whether it failed on a reference
/// to something neither those files nor the database hold.
fn apply(
    tx: &Transaction<'_>,
    ctx: &Ctx,
    scanned: &Scanned,
    (was, skip): (&HashMap<String, Known>, &[bool]),
    unresolved: &std::cell::Cell<bool>,
    tick: &mut dyn FnMut(u64, u64),
) -> Result<Summary> {
    let mut seen = Seen::new(scanned.files.iter().map(|f| f.path.clone()).collect());
    let out = apply_files(tx, ctx, scanned, was, skip, &mut seen, tick);
    unresolved.set(seen.unresolved.get());
    out
}

fn apply_files(
    tx: &Transaction<'_>,
    ctx: &Ctx,
    scanned: &Scanned,
    was: &HashMap<String, Known>,
    skip: &[bool],
    seen: &mut Seen,
    tick: &mut dyn FnMut(u64, u64),
) -> Result<Summary> {
    let mut summary = Summary {
        files: scanned.files.len(),
        ..Summary::default()
    };
    // The objectives files to read, parsed here (they are few); what the others held,
    // from what the database remembers of them.
    let mut parsed: Vec<(u32, TeamFile)> = Vec::new();
    let mut cycles_read: HashMap<u32, BTreeSet<String>> = HashMap::new();
    for (i, f) in scanned.files.iter().enumerate() {
        if f.kind != Kind::Objectives {
            continue;
        }
        if skip[i] {
            summary.objective_cycles.extend(
                was.get(&f.key)
                    .map(|k| k.cycles.clone())
                    .unwrap_or_default(),
            );
        } else {
            parsed.push((i as u32, parse_checked(&f.path)?));
        }
    }
    if skip.iter().all(|s| *s) {
        // Nothing changed: nothing to load either.
        remember(tx, scanned, skip, &cycles_read)?;
        return Ok(summary);
    }
    let db_objectives = store::exchange::objective_keys(tx)?;
    let by_cycle_title: HashMap<(&str, &str), &str> = db_objectives
        .iter()
        .map(|o| ((o.cycle.as_str(), o.title.as_str()), o.uid.as_str()))
        .collect();
    let mut placed: Vec<Placed<'_>> = Vec::new();
    let mut stated: HashMap<String, Stated> = HashMap::new();
    let mut kr_uids: HashMap<String, crate::model::KrId> = HashMap::new();
    let mut kr_titles: HashMap<String, Vec<String>> = HashMap::new();
    // What placing key results needs, loaded only when an objectives file is read: a
    // pull that changed a few authors' files reads those and little else.
    let reading_objectives = !parsed.is_empty();
    let db_krs = if reading_objectives {
        store::exchange::kr_keys(tx)?
    } else {
        Vec::new()
    };
    let kr_index: HashMap<(&str, &str), &str> = db_krs
        .iter()
        .map(|k| ((k.objective_uid.as_str(), k.title.as_str()), k.uid.as_str()))
        .collect();
    let mut histories = if reading_objectives {
        history::Histories::load(tx, ctx.today)?
    } else {
        history::Histories::default()
    };
    let local = store::synced::local(tx)?;

    for (file_no, file) in &parsed {
        let TeamFile::Objectives(src, f) = file else {
            continue;
        };
        let file_cycle = match &f.cycle {
            Some(c) => Some(cycle_of(tx, src, f, c, &mut summary)?),
            None => None,
        };
        let cycles = cycles_read.entry(*file_no).or_default();
        cycles.extend(file_cycle.as_ref().map(|c| c.name.clone()));
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
                    (src, *file_no),
                    kr,
                    (id, &uid, owner),
                    (&kr_index, &mut histories, &cycle),
                    (seen, &local),
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
    link_parents(tx, &placed, &db_objectives, &mut summary).inspect_err(|_| {
        seen.unresolved.set(true);
    })?;
    let objectives = Objectives::new(&db_objectives, &placed);
    let index = KrIndex::new(tx, (&kr_uids, &kr_titles), ctx.today)?;
    let mut reflections = Reflections::new(tx, &local)?;
    let mut checkins = checkins::Writer::new(tx, &local)?;
    let paths = seen.paths.clone();
    // Check-ins kept in objectives files, each naming its author.
    for (file_no, file) in &parsed {
        if let TeamFile::Objectives(src, f) = file {
            let cycles = cycles_read.entry(*file_no).or_default();
            let prepared = index.prepare((src, *file_no), None, &f.checkin, seen, cycles)?;
            checkins.write(tx, (src, &paths), "", prepared, &mut summary)?;
        }
    }
    summary
        .objective_cycles
        .extend(cycles_read.values().flatten().cloned());
    drop(parsed);
    // Authors' files: parsed, checked and resolved on a second thread while this one
    // writes, one file at a time.
    let authors: Vec<u32> = (0..scanned.files.len() as u32)
        .filter(|&i| !skip[i as usize] && scanned.files[i as usize].kind == Kind::Checkins)
        .collect();
    let total: u64 = authors.iter().map(|&i| scanned.files[i as usize].len).sum();
    let mut done = 0;
    let bulk = total >= BULK_BYTES && store::exchange::checkins_empty(tx)?;
    if bulk {
        store::exchange::drop_checkin_indexes(tx)?;
    }
    std::thread::scope(|s| -> Result<()> {
        let (send, receive) = std::sync::mpsc::sync_channel(8);
        let (files, authors, index, objectives) = (&scanned.files, &authors, &index, &objectives);
        let today = ctx.today;
        s.spawn(move || {
            for &i in authors {
                let prepared =
                    prepare_author(&files[i as usize].path, i, index, objectives, seen, today);
                let failed = prepared.is_err();
                if send.send(prepared).is_err() || failed {
                    return;
                }
            }
        });
        for prepared in receive {
            let p = prepared?;
            reflections.write(tx, (&p.src, &paths), p.reflections, &mut summary)?;
            checkins.write(tx, (&p.src, &paths), &p.author, p.checkins, &mut summary)?;
            done += scanned.files[p.file as usize].len;
            cycles_read.insert(p.file, p.cycles);
            tick(done, total);
        }
        Ok(())
    })?;
    if bulk {
        store::exchange::create_checkin_indexes(tx)?;
    }
    remember(tx, scanned, skip, &cycles_read)?;
    Ok(summary)
}

/// An author's file, parsed, checked and resolved: what the writing thread needs.
struct AuthorFile {
    file: u32,
    src: Source,
    author: String,
    reflections: Vec<reflections::Prepared>,
    checkins: Vec<checkins::Prepared>,
    cycles: BTreeSet<String>,
}

fn prepare_author(
    path: &Path,
    file: u32,
    index: &KrIndex,
    objectives: &Objectives,
    seen: &mut Seen,
    today: chrono::NaiveDate,
) -> Result<AuthorFile> {
    let TeamFile::Checkins(src, f) = parse_checked(path)? else {
        return Err(crate::Error::invalid(format!(
            "`{}` is not a check-in file",
            path.display()
        )));
    };
    let author = crate::model::clean_owner(f.author.get_ref())
        .map_err(|err| src.error(&f.author.span(), err))?;
    let at = (&src, file);
    let reflections = reflections::prepare(objectives, at, &author, &f.reflection, seen, today)?;
    let mut cycles = BTreeSet::new();
    let checkins = index.prepare(at, Some(&author), &f.checkin, seen, &mut cycles)?;
    Ok(AuthorFile {
        file,
        src,
        author,
        reflections,
        checkins,
        cycles,
    })
}

/// Remembers what every file read holds, and forgets the known files that are gone
/// from the folders scanned (deleted, or renamed: the new name was read).
fn remember(
    tx: &Transaction<'_>,
    scanned: &Scanned,
    skip: &[bool],
    cycles_read: &HashMap<u32, BTreeSet<String>>,
) -> Result<()> {
    for (i, f) in scanned.files.iter().enumerate() {
        if skip[i] {
            continue;
        }
        let entry = Known {
            hash: f.hash.clone(),
            kind: f.kind,
            cycles: cycles_read.get(&(i as u32)).cloned().unwrap_or_default(),
            written_at: None,
        };
        known::put(tx, &f.key, &entry)?;
    }
    if scanned.folders.is_empty() {
        return Ok(());
    }
    let here: std::collections::HashSet<&str> =
        scanned.files.iter().map(|f| f.key.as_str()).collect();
    for path in known::all(tx)?.into_keys() {
        let below = scanned
            .folders
            .iter()
            .any(|d| Path::new(&path).starts_with(d) && Path::new(&path) != Path::new(d));
        if below && !here.contains(path.as_str()) {
            known::forget(tx, &path)?;
        }
    }
    Ok(())
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
    seen: &Seen,
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
    let unknown = |message: String| {
        seen.unresolved.set(true);
        Err(src.error(&at.span(), message))
    };
    match titles.get(r).map(Vec::as_slice).unwrap_or_default() {
        [one] => match ids.get(one) {
            Some(id) => Ok((one.clone(), *id)),
            None => unknown(format!("unknown {what} `{r}`")),
        },
        [] => unknown(format!(
            "unknown {what} `{r}`: no {what} has this id or title"
        )),
        _ => unknown(format!(
            "{what} `{r}` is ambiguous: several have this title; use its id"
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
