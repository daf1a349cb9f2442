//! Authors' files on export: each author's check-ins and reflections back to the files
//! of theirs that hold them (the union, by id, of file and database), new ones to their
//! home file; and the `.gitattributes` that has git merge them line by line.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::layout::{self, Layout};
use super::{Remember, Written, write_if_changed};
use crate::Result;
use crate::exchange::authors::{self as write, CheckinOut, ReflectionOut};
use crate::exchange::files::{self, TeamFile};
use crate::exchange::safe;
use crate::model::{Cycle, naming};
use crate::store;
use crate::store::known::{Kind, Known};

/// One of an author's files: its text before, and its check-ins and reflections by id.
struct AuthorFile<'a> {
    path: PathBuf,
    cycle: Option<String>,
    existing: Option<String>,
    entries: HashMap<String, CheckinOut<'a>>,
    reflections: HashMap<String, ReflectionOut>,
}

impl AuthorFile<'_> {
    fn read(path: &Path, cycle: Option<String>, author: &str) -> Result<Self> {
        let existing = safe::read_regular(path)?;
        let (entries, reflections) = match &existing {
            Some(t) => file_entries(path, t, author)?,
            None => Default::default(),
        };
        Ok(AuthorFile {
            path: path.to_path_buf(),
            cycle,
            existing,
            entries,
            reflections,
        })
    }

    /// An author's one file of the cycle, as this database last read or wrote it: all it
    /// holds is in the database (or was deleted here since), so it is written from the
    /// database alone, unread. `None` when the file is not exactly as known.
    fn known(path: &Path, cycle: &str, known: &Known) -> Result<Option<Self>> {
        let Some(existing) = safe::read_regular(path)? else {
            return Ok(None);
        };
        let same = known.hash == store::known::hash(existing.as_bytes())
            && known.cycles.iter().all(|c| c == cycle);
        Ok(same.then(|| AuthorFile {
            path: path.to_path_buf(),
            cycle: Some(cycle.to_string()),
            existing: Some(existing),
            entries: HashMap::new(),
            reflections: HashMap::new(),
        }))
    }

    /// Whether the file holds nothing to merge with: new, or known as it is.
    fn blank(&self) -> bool {
        self.entries.is_empty() && self.reflections.is_empty()
    }
}

/// What one author wrote in the cycle.
#[derive(Default)]
struct Authored<'a> {
    checkins: &'a [store::exchange::CheckinRow],
    reflections: Vec<&'a store::exchange::ReflectionRow>,
}

/// Each author's check-ins and reflections back to the files of theirs that hold them;
/// new ones to their home file in `checkins/<cycle>/`. An author whose one file is as
/// this database last saw it gets it written from the database without reading it.
/// `tick` is told how many authors are done, of how many.
#[allow(clippy::too_many_arguments)]
pub(super) fn write_checkins(
    root: &Path,
    layout: &Layout,
    dir: &Path,
    cycle: &Cycle,
    (checkins, reflections): (
        &store::exchange::CheckinsByAuthor,
        &[store::exchange::ReflectionRow],
    ),
    was: &HashMap<String, Known>,
    remember: &mut Remember,
    tick: &mut dyn FnMut(u64, u64),
) -> Result<Vec<Written>> {
    let mut by_author: BTreeMap<&str, Authored<'_>> = BTreeMap::new();
    for (author, rows) in &checkins.by_author {
        by_author.entry(author.as_str()).or_default().checkins = rows;
    }
    for r in reflections {
        by_author
            .entry(r.author.as_str())
            .or_default()
            .reflections
            .push(r);
    }
    let mut written = Vec::new();
    // Objectives files merge by identity, through okr as git's merge driver (the
    // driver itself is set up in each clone's own git config by `okr sync`).
    // Said when written; not listed among the team's files otherwise.
    let objectives = root.join(".gitattributes");
    written.extend(
        Some(write_gitattributes(
            root,
            &objectives,
            write::GITATTRIBUTES_OBJECTIVES,
        )?)
        .filter(|w| w.changed),
    );
    if !by_author.is_empty() {
        let checkins = dir.parent().unwrap_or(dir).join(".gitattributes");
        written.extend(
            Some(write_gitattributes(root, &checkins, write::GITATTRIBUTES)?).filter(|w| w.changed),
        );
    }
    let out = |r| checkin_out(&checkins.kr_uids, r);
    let total = by_author.len() as u64;
    for (n, (author, authored)) in by_author.into_iter().enumerate() {
        tick(n as u64, total);
        let home = layout.checkins_home(dir, author, &cycle.name);
        let holders = layout.checkins_of(author, &cycle.name);
        let known = match holders.as_slice() {
            [one] if one.path == home => match was.get(&store::known::key_of(&home)) {
                Some(k) => AuthorFile::known(&home, &cycle.name, k)?,
                None => None,
            },
            _ => None,
        };
        let fast = known.is_some();
        let mut files_of = match known {
            Some(f) => vec![f],
            None => holders
                .into_iter()
                .map(|f| AuthorFile::read(&f.path, f.cycle.clone(), author))
                .collect::<Result<Vec<_>>>()?,
        };
        if !files_of.iter().any(|f| f.path == home) {
            files_of.push(AuthorFile::read(&home, Some(cycle.name.clone()), author)?);
        }
        let reflection_out = |r: &store::exchange::ReflectionRow| ReflectionOut {
            uid: r.uid.clone(),
            objective: r.objective_uid.clone(),
            date: r.date,
            topic: r.topic.clone(),
            text: r.text.clone(),
        };
        if let [only] = files_of.as_slice()
            && only.blank()
        {
            // One file with nothing of its own (new, or known as it is): the database's
            // entries are the file, with no merging by id.
            let entries = authored
                .checkins
                .iter()
                .map(out)
                .collect::<Result<Vec<_>>>()?;
            let reflections: Vec<ReflectionOut> = authored
                .reflections
                .iter()
                .map(|r| reflection_out(r))
                .collect();
            written.extend(write_file(
                (root, only, author, &cycle.name),
                (&entries, &reflections),
                true,
                remember,
            )?);
            continue;
        }
        // What the files hold that the database does not: kept (export never drops
        // what may not have been imported yet), and the file is then not known.
        let in_db: std::collections::HashSet<&str> = authored
            .checkins
            .iter()
            .map(|c| &*c.uid)
            .chain(authored.reflections.iter().map(|r| r.uid.as_str()))
            .collect();
        let home_at = files_of.iter().position(|f| f.path == home);
        for r in authored.checkins {
            let mut placed = false;
            for f in files_of.iter_mut() {
                if let Some(slot) = f.entries.get_mut(&*r.uid) {
                    *slot = out(r)?;
                    placed = true;
                }
            }
            if let Some(h) = home_at.filter(|_| !placed) {
                files_of[h].entries.insert(r.uid.to_string(), out(r)?);
            }
        }
        for &r in &authored.reflections {
            let out = reflection_out(r);
            let mut placed = false;
            for f in files_of.iter_mut() {
                if let Some(slot) = f.reflections.get_mut(&r.uid) {
                    *slot = out.clone();
                    placed = true;
                }
            }
            if let Some(h) = home_at.filter(|_| !placed) {
                files_of[h].reflections.insert(r.uid.clone(), out);
            }
        }
        files_of.sort_by(|a, b| a.path.cmp(&b.path));
        for mut f in files_of {
            let absorbed = fast
                || f.entries
                    .keys()
                    .chain(f.reflections.keys())
                    .all(|uid| in_db.contains(uid.as_str()));
            let entries: Vec<CheckinOut<'_>> =
                std::mem::take(&mut f.entries).into_values().collect();
            let reflections: Vec<ReflectionOut> =
                std::mem::take(&mut f.reflections).into_values().collect();
            written.extend(write_file(
                (root, &f, author, &cycle.name),
                (&entries, &reflections),
                absorbed,
                remember,
            )?);
        }
    }
    tick(total, total);
    Ok(written)
}

/// Writes `f` with these entries (none, and a file that is not there stays away), and
/// remembers it as holding nothing the database lacks when `absorbed`.
fn write_file(
    (root, f, author, cycle): (&Path, &AuthorFile<'_>, &str, &str),
    (entries, reflections): (&[CheckinOut<'_>], &[ReflectionOut]),
    absorbed: bool,
    remember: &mut Remember,
) -> Result<Option<Written>> {
    if f.existing.is_none() && entries.is_empty() && reflections.is_empty() {
        return Ok(None);
    }
    let text = write::checkins_file(f.cycle.as_deref(), author, entries, reflections);
    let done = write_if_changed(root, &f.path, f.existing.as_deref(), &text)?;
    let cycles = std::iter::once(cycle.to_string()).collect();
    remember.file(&done.path, &text, Kind::Checkins, cycles, absorbed);
    Ok(Some(done))
}

/// A check-in of the database as its author's file writes it.
fn checkin_out<'a>(
    kr_uids: &'a HashMap<crate::model::KrId, String>,
    r: &'a store::exchange::CheckinRow,
) -> Result<CheckinOut<'a>> {
    let kr = kr_uids.get(&r.kr).ok_or_else(|| {
        crate::Error::invalid(format!("check-in `{}` names no key result", r.uid))
    })?;
    Ok(CheckinOut {
        uid: Cow::Borrowed(&r.uid),
        kr: Cow::Borrowed(kr),
        date: r.date,
        value: r.value,
        confidence: r.confidence,
        note: r.note.as_deref().map(Cow::Borrowed),
    })
}

/// A `.gitattributes` that says how git merges team files: `checkins/.gitattributes`
/// line by line ([`write::GITATTRIBUTES`]), the objectives folder's through okr
/// ([`write::GITATTRIBUTES_OBJECTIVES`]). A file that is there already keeps what it
/// says, and gets the line added when it lacks it.
fn write_gitattributes(root: &Path, path: &Path, line: &str) -> Result<Written> {
    let existing = safe::read_regular(path)?;
    let text = match &existing {
        Some(t) if t.lines().any(|l| l.trim() == line.trim()) => t.clone(),
        Some(t) if t.is_empty() || t.ends_with('\n') => format!("{t}{line}"),
        Some(t) => format!("{t}\n{line}"),
        None => line.to_string(),
    };
    write_if_changed(root, path, existing.as_deref(), &text)
}

/// What an author's file already holds: check-ins and reflections by id.
type FileEntries = (
    HashMap<String, CheckinOut<'static>>,
    HashMap<String, ReflectionOut>,
);

/// The entries already in an author's check-in file, by id.
fn file_entries(path: &Path, text: &str, author: &str) -> Result<FileEntries> {
    let TeamFile::Checkins(src, f) = files::parse_text(path, text.to_string())? else {
        return Err(layout::not_checkins(path));
    };
    if f.author.get_ref().trim() != author {
        return Err(src.error(
            &f.author.span(),
            format!(
                "this file belongs to `{}`, not `{author}`",
                naming::shorten(f.author.get_ref())
            ),
        ));
    }
    let mut out: HashMap<String, CheckinOut<'static>> = HashMap::new();
    let mut lines: HashMap<String, usize> = HashMap::new();
    for entry in &f.checkin {
        let e = entry.get_ref();
        let c = crate::ops::import::checkin_fields(&src, e, author)?;
        let kr = e.kr.get_ref().trim().to_string();
        let new = CheckinOut {
            uid: Cow::Owned(c.uid.clone()),
            kr: Cow::Owned(kr),
            date: c.date,
            value: c.value,
            confidence: c.confidence,
            note: c.note.map(Cow::Owned),
        };
        // Two clones that changed one check-in each their way: a merge keeps both lines.
        // Which one is right is the author's call, not export's.
        if out.get(&c.uid).is_some_and(|old| *old != new) {
            return Err(src.error_with_hint(
                &entry.span(),
                format!(
                    "check-in id `{}` is also at line {}, and the two disagree",
                    c.uid, lines[&c.uid]
                ),
                "a merge kept both: delete the line that is wrong, then export again",
            ));
        }
        lines.insert(c.uid.clone(), src.pos(&entry.span()).line);
        out.insert(c.uid, new);
    }
    let mut reflections = HashMap::new();
    for e in &f.reflection {
        let e = e.get_ref();
        let r = crate::ops::import::reflection_fields(&src, e, author)?;
        reflections.insert(
            r.uid.clone(),
            ReflectionOut {
                uid: r.uid,
                objective: e.objective.get_ref().trim().to_string(),
                date: r.date,
                topic: r.topic.as_str().to_string(),
                text: r.text,
            },
        );
    }
    Ok((out, reflections))
}
