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

mod checkins;
mod parents;

pub(crate) use checkins::checkin_fields;
pub use checkins::checkin_uid;
use checkins::put_checkins;
use parents::link_parents;

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;

use rusqlite::Transaction;
use serde::Serialize;
use toml::Spanned;

use super::Ctx;
use crate::exchange::files::{self, ObjectivesFile, Source, date_of};
use crate::exchange::{TeamFile, safe, stable_uid};
use crate::model::{
    Cycle, Keep, KrKind, Level, Measure, ObjectiveId, ObjectiveKind, State, Uid, naming,
};
use crate::store::exchange::{Change, KrFields, ObjectiveFields};
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

/// Parses every `.toml` file under `paths` (files or folders), and checks that each
/// check-in file is named after its author.
pub fn read(paths: &[PathBuf]) -> Result<Vec<TeamFile>> {
    let mut out = Vec::new();
    for p in paths {
        for f in files::collect(p)? {
            let file = files::parse_file(&f)?;
            if let TeamFile::Checkins(src, c) = &file {
                check_authors(src, c)?;
            }
            out.push(file);
        }
    }
    Ok(out)
}

/// A check-in file holds its author's words only, and its name says whose they are:
/// `mallory.toml` cannot speak for `tester`, and no entry in it can name another
/// author. The file may be named after the whole name or one word of it (`bob.toml`
/// for "Bob Smith").
fn check_authors(src: &Source, file: &files::CheckinsFile) -> Result<()> {
    let author = &file.author;
    let name = crate::model::clean_owner(author.get_ref())
        .map_err(|err| src.error(&author.span(), err))?;
    for entry in &file.checkin {
        if let Some(a) = &entry.get_ref().author
            && a.get_ref().trim() != name
        {
            return Err(src.error(
                &a.span(),
                format!(
                    "this check-in names `{}` as its author, but the file is `{}`'s: a check-in file holds only its own author's check-ins",
                    naming::shorten(a.get_ref()),
                    naming::shorten(&name)
                ),
            ));
        }
    }
    let stem = src
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if safe::names_author(&stem, &name) {
        return Ok(());
    }
    Err(src.error_with_hint(
        &author.span(),
        format!(
            "this check-in file is named `{}` but says its author is `{}`: a check-in file holds only its own author's check-ins",
            naming::shorten(&stem),
            naming::shorten(&name)
        ),
        format!(
            "name the file after its author (`{}.toml`), or correct `author`",
            safe::file_stem(&name)
        ),
    ))
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
    let mut stated: HashMap<String, Stated> = HashMap::new();
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

/// The place `uid` was first seen in this import, if it was: a second place holds a
/// twin, which is fine as long as it says the same thing.
fn twin_of<'a>(
    seen: &mut Seen<'a>,
    src: &'a Source,
    at: &Range<usize>,
    uid: &str,
) -> Option<(&'a Source, usize)> {
    match seen.entry(uid.to_string()) {
        std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
        std::collections::hash_map::Entry::Vacant(v) => {
            v.insert((src, at.start));
            None
        }
    }
}

/// Two entries with one id that disagree (on `field`, where known).
fn conflict(
    first: (&Source, usize),
    src: &Source,
    at: &Range<usize>,
    uid: &str,
    what: &str,
    field: Option<&str>,
) -> Error {
    let (first, offset) = first;
    let line = first.pos(&(offset..offset)).line;
    let on = field.map(|f| format!(" on `{f}`")).unwrap_or_default();
    src.error_with_hint(
        at,
        format!(
            "{what} id `{uid}` is also at {}:{line}, and the two disagree{on}",
            first.path.display()
        ),
        "one id is one entry: keep one of them, or make them say the same",
    )
}

/// What an objective entry states; what it leaves out takes the default.
#[derive(Debug, Clone, Default)]
struct Stated {
    title: Option<String>,
    description: Option<String>,
    level: Option<Level>,
    owner: Option<String>,
    kind: Option<ObjectiveKind>,
    state: Option<State>,
}

impl Stated {
    /// Both entries' statements, or the name of the first field they contradict on.
    fn merge(self, other: &Stated) -> std::result::Result<Stated, &'static str> {
        fn one<T: PartialEq + Clone>(
            a: Option<T>,
            b: &Option<T>,
            field: &'static str,
        ) -> std::result::Result<Option<T>, &'static str> {
            match (a, b) {
                (Some(a), Some(b)) if a != *b => Err(field),
                (a, b) => Ok(a.or_else(|| b.clone())),
            }
        }
        Ok(Stated {
            title: one(self.title, &other.title, "title")?,
            description: one(self.description, &other.description, "description")?,
            level: one(self.level, &other.level, "level")?,
            owner: one(self.owner, &other.owner, "owner")?,
            kind: one(self.kind, &other.kind, "kind")?,
            state: one(self.state, &other.state, "state")?,
        })
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
    let at = e.id.as_ref().map_or(entry.span(), Spanned::span);
    let twin = twin_of(seen, src, &at, &uid);
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
    match twin {
        // The same key result in two files: the second must say what the first did.
        Some(first) if change != Change::Unchanged => {
            Err(conflict(first, src, &at, &uid, "key result", None))
        }
        Some(_) => Ok((uid, id, Change::Unchanged)),
        None => Ok((uid, id, change)),
    }
}
