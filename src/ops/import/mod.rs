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
mod objectives;
mod parents;
mod reflections;
mod scan;
mod summary;
mod tasks;
mod twins;

use checkins::KrIndex;
pub(crate) use checkins::checkin_fields;
pub use checkins::checkin_uid;
use objectives::{Placing, put_objectives};
use parents::link_parents;
pub(crate) use reflections::reflection_fields;
use reflections::{Objectives, Reflections};
use scan::remember;
pub use scan::{Found, Scanned, scan};
pub use summary::{Counts, Summary};
use twins::Seen;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use rusqlite::Transaction;
use toml::Spanned;

use super::Ctx;
use crate::exchange::TeamFile;
use crate::exchange::files::{self, Source};
use crate::model::Uid;
use crate::store::known::{self, Kind, Known};
use crate::store::{self, Store};
use crate::{Error, Result};

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

/// SQLite's page cache during an import, in KiB.
const CACHE_KIB: i64 = 64 * 1024;

/// Imports the scanned files, skipping those the database knows as they are. `tick` is
/// called with how many bytes of authors' files are done, and how many there are.
///
/// Files are skipped by group (see [`Scanned`]).
pub fn import(
    store: &mut Store,
    ctx: &Ctx,
    scanned: &Scanned,
    dry_run: bool,
    tick: &mut dyn FnMut(u64, u64),
) -> Result<Summary> {
    let was = store.read(|tx| known::all(tx))?;
    let skip = scanned.skips(&was);
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
    unresolved.set(seen.unresolved());
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
        remember(tx, scanned, (was, skip), &cycles_read)?;
        return Ok(summary);
    }
    let db_objectives = store::exchange::objective_keys(tx)?;
    let local = store::synced::local(tx)?;
    let Placing {
        placed,
        kr_uids,
        kr_titles,
    } = put_objectives(
        tx,
        ctx,
        &parsed,
        &db_objectives,
        (seen, &local),
        &mut summary,
        &mut cycles_read,
    )?;
    link_parents(tx, &placed, &db_objectives, &mut summary)
        .inspect_err(|_| seen.set_unresolved())?;
    tasks::link_across(tx, &placed, &db_objectives, ctx.today, &mut summary)
        .inspect_err(|_| seen.set_unresolved())?;
    let objectives = Objectives::new(&db_objectives, &placed);
    let index = KrIndex::new(tx, (&kr_uids, &kr_titles), ctx.today)?;
    let mut reflections = Reflections::new(tx, &local)?;
    let mut checkins = checkins::Writer::new(tx, &local)?;
    // Check-ins kept in objectives files, each naming its author.
    for (file_no, file) in &parsed {
        if let TeamFile::Objectives(src, f) = file {
            let cycles = cycles_read.entry(*file_no).or_default();
            let prepared = index.prepare(src, None, &f.checkin, seen, cycles)?;
            checkins.write(tx, (src, *file_no, seen), "", prepared, &mut summary)?;
        }
    }
    summary
        .objective_cycles
        .extend(cycles_read.values().flatten().cloned());
    drop(parsed);
    let read: Vec<u32> = (0..scanned.files.len() as u32)
        .filter(|&i| !skip[i as usize] && scanned.files[i as usize].kind == Kind::Checkins)
        .collect();
    authors::put_authors(
        tx,
        ctx.today,
        (scanned, &read),
        (&index, &objectives, seen),
        (&mut reflections, &mut checkins),
        (&mut summary, &mut cycles_read),
        tick,
    )?;
    remember(tx, scanned, (was, skip), &cycles_read)?;
    Ok(summary)
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
        seen.set_unresolved();
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
