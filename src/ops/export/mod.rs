//! `okr export`: the database into team files, deterministically.
//!
//! Exporting twice gives byte-identical files. The objectives file is updated in place
//! (comments and order kept, ids filled in); each author's check-in file holds the
//! union of what it already had and what the database has, by id, so exporting never
//! drops a colleague's check-in that this database has not imported yet. Files are
//! written whole, through a temporary file and a rename: never half-written.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Serialize;

mod layout;

use layout::Layout;
pub use layout::cycles_of;

use super::{Ctx, cycles};
use crate::exchange::files::{self, TeamFile};
use crate::exchange::safe;
use crate::exchange::write::{self, CheckinOut, KrOut, ObjectiveOut, ReflectionOut};
use crate::model::{Cycle, naming};
use crate::store::{self, Scope, Store};
use crate::{Error, Result};

/// Where export writes.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A folder: `<cycle>.toml` and `checkins/<cycle>/<author>.toml` inside it.
    Dir(PathBuf),
    /// The objectives file itself; check-ins go to `checkins/<cycle>/` beside it.
    File(PathBuf),
    /// The objectives file on stdout; no check-ins.
    Stdout,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Written {
    pub path: PathBuf,
    pub changed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Exported {
    pub cycle: String,
    pub files: Vec<Written>,
    /// The objectives file, for [`Target::Stdout`].
    #[serde(skip)]
    pub stdout: Option<String>,
}

pub fn export(
    store: &mut Store,
    ctx: &Ctx,
    cycle: Option<&str>,
    owner: Option<&str>,
    target: &Target,
) -> Result<Exported> {
    let (cycle, objectives, krs, parents, checkins, history, reflections, newest) =
        store.read(|tx| {
            let cycle = cycles::resolve_or_current(tx, cycle, ctx.today)?;
            let scope = Scope {
                cycle: Some(cycle.name.clone()),
                objective_owner: owner.map(str::to_string),
                ..Scope::default()
            };
            Ok((
                cycle,
                store::objectives::list(tx, &scope)?,
                store::krs::list(tx, &scope)?,
                store::objectives::parents(tx, &scope)?,
                store::exchange::checkin_rows(tx, &scope)?,
                (
                    store::measures::list(tx, &scope)?,
                    store::exchange::origins(tx, &scope)?,
                ),
                store::exchange::reflection_rows(tx, &scope)?,
                store::synced::newest_op(tx)?,
            ))
        })?;
    let (revisions, (objective_origins, kr_origins)) = &history;
    let mut history_of: HashMap<crate::model::KrId, Vec<&crate::model::Revision>> = HashMap::new();
    for r in revisions {
        history_of.entry(r.kr).or_default().push(r);
    }
    let mut krs_of: HashMap<crate::model::ObjectiveId, Vec<KrOut<'_>>> = HashMap::new();
    for k in &krs {
        krs_of.entry(k.objective).or_default().push(KrOut {
            kr: k,
            origin: kr_origins.get(&k.id).map(String::as_str),
            history: history_of.remove(&k.id).unwrap_or_default(),
        });
    }
    let outs: Vec<ObjectiveOut<'_>> = objectives
        .iter()
        .map(|o| ObjectiveOut {
            objective: o,
            parent_uid: parents.get(&o.id).map(|p| p.uid.clone()),
            origin: objective_origins.get(&o.id).map(String::as_str),
            krs: krs_of.remove(&o.id).unwrap_or_default(),
        })
        .collect();

    let (root, home, named_file) = match target {
        Target::Stdout => {
            let text = write::objectives_file(None, &cycle, &outs)?;
            return Ok(Exported {
                cycle: cycle.name,
                files: Vec::new(),
                stdout: Some(text),
            });
        }
        Target::Dir(d) => (d.clone(), d.join(format!("{}.toml", cycle.name)), false),
        Target::File(f) => {
            let dir = f.parent().filter(|d| !d.as_os_str().is_empty());
            (dir.unwrap_or(Path::new(".")).to_path_buf(), f.clone(), true)
        }
    };
    // A database from an older okr may hold any cycle name: check it before it names
    // a file.
    naming::check_component(&cycle.name, "cycle name")?;
    let checkins_dir = root.join("checkins").join(&cycle.name);
    safe::sweep(&root);
    safe::sweep(&checkins_dir);
    let layout = if named_file {
        // Into a named file: that file and the check-in files beside it.
        let mut paths = vec![home.clone()];
        if let Ok(d) = safe::dir_below(
            &root,
            Path::new("checkins").join(&cycle.name).as_path(),
            false,
        ) {
            paths.extend(files::collect(&d).unwrap_or_default());
        }
        Layout::of(&paths)?
    } else {
        // Into a folder: every file in it counts, whatever its name.
        Layout::scan(&root)?
    };
    let mut files = write_objectives(&root, &layout, &home, &cycle, &outs)?;
    files.extend(write_checkins(
        &root,
        &layout,
        &checkins_dir,
        &cycle,
        &checkins,
        &reflections,
    )?);
    if owner.is_none() {
        // The files now hold every change made here up to `newest`: an import keeps
        // only what was changed after it (see `store::synced`).
        store.write(&ctx.head("export", None), |tx| {
            store::synced::mark(tx, &cycle.name, newest)?;
            Ok(((), String::new()))
        })?;
    }
    Ok(Exported {
        cycle: cycle.name,
        files,
        stdout: None,
    })
}

/// Each objective back to every file that holds it; new ones to the cycle's home file
/// (which is written even when the cycle has no objectives in scope, so that export
/// always says where the cycle lives).
fn write_objectives(
    root: &Path,
    layout: &Layout,
    home: &Path,
    cycle: &Cycle,
    outs: &[ObjectiveOut<'_>],
) -> Result<Vec<Written>> {
    let home = layout.objectives_home(home, cycle);
    let mut routed: Vec<(PathBuf, ObjectiveOut<'_>)> = Vec::new();
    for out in outs {
        let o = out.objective;
        let holders: Vec<&PathBuf> = layout
            .objectives
            .iter()
            .filter(|f| f.holds(&o.uid.0, &o.title, &cycle.name))
            .map(|f| &f.path)
            .collect();
        if holders.is_empty() {
            routed.push((home.clone(), out.clone()));
        }
        routed.extend(holders.into_iter().map(|p| (p.clone(), out.clone())));
    }
    let mut groups = layout::group(routed);
    if groups.is_empty() {
        groups.push((home, Vec::new()));
    }
    let mut written = Vec::new();
    for (path, group) in groups {
        let existing = match layout.objectives.iter().find(|f| f.path == path) {
            Some(f) => Some(f.text.clone()),
            None => {
                let text = safe::read_regular(&path)?;
                if let Some(t) = &text {
                    // Refuse to rewrite a file that does not parse as a team file.
                    if let TeamFile::Checkins(..) = files::parse_text(&path, t.clone())? {
                        return Err(Error::invalid(format!(
                            "`{}` is a check-in file, not an objectives file; move it away to export",
                            path.display()
                        )));
                    }
                }
                text
            }
        };
        let text = write::objectives_file(existing.as_deref(), cycle, &group)?;
        written.push(write_if_changed(root, &path, existing.as_deref(), &text)?);
    }
    Ok(written)
}

/// One of an author's files: its text before, and its check-ins and reflections by id.
struct AuthorFile {
    path: PathBuf,
    cycle: Option<String>,
    existing: Option<String>,
    entries: HashMap<String, CheckinOut>,
    reflections: HashMap<String, ReflectionOut>,
}

impl AuthorFile {
    fn read(path: &Path, cycle: Option<String>, author: &str) -> Result<AuthorFile> {
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
}

/// What one author wrote in the cycle.
#[derive(Default)]
struct Authored<'a> {
    checkins: Vec<&'a store::exchange::CheckinRow>,
    reflections: Vec<&'a store::exchange::ReflectionRow>,
}

/// Each author's check-ins and reflections back to the files of theirs that hold them;
/// new ones to their home file in `checkins/<cycle>/`.
fn write_checkins(
    root: &Path,
    layout: &Layout,
    dir: &Path,
    cycle: &Cycle,
    checkins: &[store::exchange::CheckinRow],
    reflections: &[store::exchange::ReflectionRow],
) -> Result<Vec<Written>> {
    let mut by_author: BTreeMap<&str, Authored<'_>> = BTreeMap::new();
    for c in checkins {
        by_author
            .entry(c.author.as_str())
            .or_default()
            .checkins
            .push(c);
    }
    for r in reflections {
        by_author
            .entry(r.author.as_str())
            .or_default()
            .reflections
            .push(r);
    }
    let mut written = Vec::new();
    if !by_author.is_empty() {
        // Said when written; not listed among the team's files otherwise.
        written.extend(Some(write_gitattributes(root, dir)?).filter(|w| w.changed));
    }
    for (author, authored) in by_author {
        let mut files_of = layout
            .checkins_of(author, &cycle.name)
            .into_iter()
            .map(|f| AuthorFile::read(&f.path, f.cycle.clone(), author))
            .collect::<Result<Vec<_>>>()?;
        let home = layout.checkins_home(dir, author, &cycle.name);
        if !files_of.iter().any(|f| f.path == home) {
            files_of.push(AuthorFile::read(&home, Some(cycle.name.clone()), author)?);
        }
        let out = |r: &store::exchange::CheckinRow| CheckinOut {
            uid: r.uid.clone(),
            kr: r.kr_uid.clone(),
            date: r.date,
            value: r.value,
            confidence: r.confidence,
            note: r.note.clone(),
        };
        let home_at = files_of.iter().position(|f| f.path == home);
        for r in authored.checkins {
            let mut placed = false;
            for f in files_of.iter_mut() {
                if let Some(slot) = f.entries.get_mut(&r.uid) {
                    *slot = out(r);
                    placed = true;
                }
            }
            if let Some(h) = home_at.filter(|_| !placed) {
                files_of[h].entries.insert(r.uid.clone(), out(r));
            }
        }
        for r in authored.reflections {
            let out = ReflectionOut {
                uid: r.uid.clone(),
                objective: r.objective_uid.clone(),
                date: r.date,
                topic: r.topic.clone(),
                text: r.text.clone(),
            };
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
        for f in files_of {
            if f.existing.is_none() && f.entries.is_empty() && f.reflections.is_empty() {
                continue;
            }
            let entries: Vec<CheckinOut> = f.entries.into_values().collect();
            let reflections: Vec<ReflectionOut> = f.reflections.into_values().collect();
            let text = write::checkins_file(f.cycle.as_deref(), author, &entries, &reflections);
            written.push(write_if_changed(
                root,
                &f.path,
                f.existing.as_deref(),
                &text,
            )?);
        }
    }
    Ok(written)
}

/// `checkins/.gitattributes`, so that git merges authors' files line by line (see
/// [`write::GITATTRIBUTES`]). A file that is there already keeps what it says, and gets
/// the line added when it lacks it.
fn write_gitattributes(root: &Path, dir: &Path) -> Result<Written> {
    let path = dir.parent().unwrap_or(dir).join(".gitattributes");
    let existing = safe::read_regular(&path)?;
    let text = match &existing {
        Some(t) if t.lines().any(|l| l.trim() == write::GITATTRIBUTES.trim()) => t.clone(),
        Some(t) if t.is_empty() || t.ends_with('\n') => format!("{t}{}", write::GITATTRIBUTES),
        Some(t) => format!("{t}\n{}", write::GITATTRIBUTES),
        None => write::GITATTRIBUTES.to_string(),
    };
    write_if_changed(root, &path, existing.as_deref(), &text)
}

/// What an author's file already holds: check-ins and reflections by id.
type FileEntries = (HashMap<String, CheckinOut>, HashMap<String, ReflectionOut>);

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
    let mut out: HashMap<String, CheckinOut> = HashMap::new();
    let mut lines: HashMap<String, usize> = HashMap::new();
    for entry in &f.checkin {
        let e = entry.get_ref();
        let c = super::import::checkin_fields(&src, e, author)?;
        let kr = e.kr.get_ref().trim().to_string();
        let new = CheckinOut {
            uid: c.uid.clone(),
            kr,
            date: c.date,
            value: c.value,
            confidence: c.confidence,
            note: c.note,
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
        let r = super::import::reflection_fields(&src, e, author)?;
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

/// Writes whole (see [`safe::write_atomic`]), and only when the text changed. The
/// folders below `root` are created as needed, never through a link.
fn write_if_changed(
    root: &Path,
    path: &Path,
    existing: Option<&str>,
    text: &str,
) -> Result<Written> {
    if existing == Some(text) {
        return Ok(Written {
            path: path.to_path_buf(),
            changed: false,
        });
    }
    std::fs::create_dir_all(root).map_err(|source| Error::Io {
        action: "create the folder",
        path: root.to_path_buf(),
        source,
    })?;
    if let Some(rel) = path.parent().and_then(|d| d.strip_prefix(root).ok()) {
        safe::dir_below(root, rel, true)?;
    }
    safe::write_atomic(path, text)?;
    Ok(Written {
        path: path.to_path_buf(),
        changed: true,
    })
}

/// Whether a cycle has anything to export.
pub fn has_objectives(store: &mut Store, cycle: &Cycle) -> Result<bool> {
    store.read(|tx| Ok(!store::objectives::list(tx, &Scope::cycle(&cycle.name))?.is_empty()))
}
