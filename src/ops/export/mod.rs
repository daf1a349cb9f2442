//! `okr export`: the database into team files, deterministically.
//!
//! Exporting twice gives byte-identical files. The objectives file is updated in place
//! (comments and order kept, ids filled in); each author's check-in file holds the
//! union of what it already had and what the database has, by id, so exporting never
//! drops a colleague's check-in that this database has not imported yet. Files are
//! written whole, through a temporary file and a rename: never half-written.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

mod authors;
mod layout;
mod remember;
mod sheet;

pub use sheet::{sheet, template};

use authors::write_checkins;

use layout::{Layout, known_files};
use remember::Remember;

use super::{Ctx, cycles};
use crate::exchange::files::{self, TeamFile};
use crate::exchange::safe;
use crate::exchange::write::{self, KrOut, ObjectiveOut};
use crate::model::{Cycle, naming};
use crate::store::known::{Kind, Known};
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

/// The cycle an export writes (default: the current one), and its objectives (only
/// `owner`'s, if given).
fn scope_of(
    tx: &rusqlite::Transaction<'_>,
    ctx: &Ctx,
    (cycle, owner): (Option<&str>, Option<&str>),
) -> Result<(Cycle, Scope)> {
    let cycle = cycles::resolve_or_current(tx, cycle, ctx.today)?;
    let scope = Scope {
        cycle: Some(cycle.name.clone()),
        objective_owner: owner.map(str::to_string),
        ..Scope::default()
    };
    Ok((cycle, scope))
}

/// Writes `cycle` (default: the current one) to `target`. `tick` is told how many
/// authors' files are done, of how many, for a progress bar.
pub fn export(
    store: &mut Store,
    ctx: &Ctx,
    (cycle, owner): (Option<&str>, Option<&str>),
    target: &Target,
    tick: &mut dyn FnMut(u64, u64),
) -> Result<Exported> {
    let (cycle, objectives, krs, parents, checkins, history, reflections, (newest, was, fresh)) =
        store.read(|tx| {
            let (cycle, scope) = scope_of(tx, ctx, (cycle, owner))?;
            Ok((
                cycle,
                store::objectives::list(tx, &scope)?,
                store::krs::list(tx, &scope)?,
                store::objectives::parents(tx, &scope)?,
                store::exchange::checkins_by_author(tx, &scope)?,
                (
                    store::measures::list(tx, &scope)?,
                    store::exchange::origins(tx, &scope)?,
                    store::tasks::list(tx, &scope, None, crate::model::TaskState::All)?,
                    store::links::from_scope(tx, &scope)?,
                    store::sources::by_kr(tx)?,
                ),
                store::exchange::reflection_rows(tx, &scope)?,
                known_files(tx)?,
            ))
        })?;
    let (revisions, (objective_origins, kr_origins), tasks, links, sources) = &history;
    let mut tasks_of: HashMap<crate::model::KrId, Vec<&crate::model::Task>> = HashMap::new();
    for t in tasks {
        tasks_of.entry(t.task.kr).or_default().push(&t.task);
    }
    let mut supports_of: HashMap<crate::model::ObjectiveId, Vec<&str>> = HashMap::new();
    for (from, to) in links {
        supports_of
            .entry(*from)
            .or_default()
            .push(to.uid.0.as_str());
    }
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
            tasks: tasks_of.remove(&k.id).unwrap_or_default(),
            source: sources.get(&k.id),
        });
    }
    let outs: Vec<ObjectiveOut<'_>> = objectives
        .iter()
        .map(|o| ObjectiveOut {
            objective: o,
            parent_uid: parents.get(&o.id).map(|p| p.uid.clone()),
            origin: objective_origins.get(&o.id).map(String::as_str),
            supports: supports_of.remove(&o.id).unwrap_or_default(),
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
    let mut remember = Remember::new(newest);
    // The objectives file on a second thread while this one writes the authors' files:
    // they are different files, and each takes about as long at scale.
    let (objectives_written, authors_written) = std::thread::scope(|s| {
        let objectives = s.spawn(|| {
            let mut remember = Remember::new(newest);
            let files = write_objectives(
                &root,
                &layout,
                &home,
                &cycle,
                &outs,
                (&was, &fresh),
                &mut remember,
            );
            files.map(|f| (f, remember))
        });
        let authors = write_checkins(
            &root,
            &layout,
            &checkins_dir,
            &cycle,
            (&checkins, &reflections),
            &was,
            &mut remember,
            tick,
        );
        let objectives = objectives
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (objectives, authors)
    });
    let (mut files, objectives_remember) = objectives_written?;
    remember.absorb(objectives_remember);
    files.extend(authors_written?);
    store.write(&ctx.head("export", None), |tx| {
        if owner.is_none() {
            // The files now hold every change made here up to `newest`: an import keeps
            // only what was changed after it (see `store::synced`).
            store::synced::mark(tx, &cycle.name, newest)?;
        }
        remember.save(tx)?;
        Ok(((), String::new()))
    })?;
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
    (was, fresh): (&HashMap<String, Known>, &HashSet<i64>),
    remember: &mut Remember,
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
        // Written from the database into a file it had read whole (or a new one): the
        // database holds all of it.
        let known = existing.as_ref().and_then(|t| {
            was.get(&store::known::key_of(&path))
                .filter(|k| k.hash == store::known::hash(t.as_bytes()))
        });
        let absorbed = existing.is_none() || known.is_some();
        // As this export last wrote it, and nothing it holds changed since: the same bytes.
        let same = known.is_some_and(|k| {
            k.written_at.is_some_and(|op| fresh.contains(&op))
                && k.cycles.len() == 1
                && k.cycles.contains(&cycle.name)
        });
        let text = match (&existing, same) {
            (Some(t), true) => t.clone(),
            _ => write::objectives_file(existing.as_deref(), cycle, &group)?,
        };
        let mut cycles: BTreeSet<String> = layout
            .objectives
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.cycles.clone())
            .unwrap_or_default();
        cycles.insert(cycle.name.clone());
        let done = write_if_changed(root, &path, existing.as_deref(), &text)?;
        remember.file(&path, &text, Kind::Objectives, cycles, absorbed);
        written.push(done);
    }
    Ok(written)
}

/// Writes whole (see [`safe::write_atomic`]), and only when the text changed. The
/// folders below `root` are created as needed, never through a link.
pub(super) fn write_if_changed(
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
    store.read(|tx| store::objectives::any(tx, &Scope::cycle(&cycle.name)))
}
