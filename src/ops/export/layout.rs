//! What a team folder already holds, and which file each entry belongs in.
//!
//! People name their files as they like (`okrs/goals.toml`, `checkins/2026-Q4/bob.toml`
//! for "Bob Smith"), so export does not assume one file per name: an objective is
//! written back to every file that already holds it, and only a new one goes to the
//! cycle's home file (`<cycle>.toml`, else the one file that names the cycle). A
//! person's check-ins likewise go back to the files of theirs that hold them; new ones
//! go to their home file. That is what keeps `okr sync` from making twins.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::exchange::files::{self, TeamFile};
use crate::exchange::safe;
use crate::model::Cycle;
use crate::{Error, Result};

/// An objectives file: where it is, its text, and what it holds.
pub(super) struct ObjectivesAt {
    pub path: PathBuf,
    pub text: String,
    /// The file's own `cycle`.
    pub cycle: Option<String>,
    /// The ids of its objectives, lowercase.
    pub ids: HashSet<String>,
    /// Its objectives without an id: title and effective cycle.
    pub titled: HashSet<(String, Option<String>)>,
    /// The effective cycle of each of its objectives.
    pub cycles: BTreeSet<String>,
}

impl ObjectivesAt {
    /// Whether the file holds this objective: by id, or (without an id) by title within
    /// the cycle.
    pub fn holds(&self, uid: &str, title: &str, cycle: &str) -> bool {
        self.ids.contains(&uid.to_ascii_lowercase())
            || self
                .titled
                .contains(&(title.to_string(), Some(cycle.to_string())))
    }
}

/// A check-in file: where it is and whose.
pub(super) struct CheckinsAt {
    pub path: PathBuf,
    pub author: String,
    pub cycle: Option<String>,
}

#[derive(Default)]
pub(super) struct Layout {
    pub objectives: Vec<ObjectivesAt>,
    pub checkins: Vec<CheckinsAt>,
}

impl Layout {
    /// Every team file under `root` (none when it does not exist yet).
    pub fn scan(root: &Path) -> Result<Layout> {
        let mut layout = Layout::default();
        if std::fs::symlink_metadata(root).is_err() {
            return Ok(layout);
        }
        for path in files::collect(root)? {
            layout.add(path)?;
        }
        Ok(layout)
    }

    /// Only the given files (those that exist): for an export to a named file.
    pub fn of(paths: &[PathBuf]) -> Result<Layout> {
        let mut layout = Layout::default();
        for path in paths {
            if path.is_file() {
                layout.add(path.clone())?;
            }
        }
        Ok(layout)
    }

    fn add(&mut self, path: PathBuf) -> Result<()> {
        // Import reads a link that stays inside; export never writes through one, so
        // nothing is routed to it.
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Ok(());
        }
        // A check-in file says whose it is above its first table: only that is read,
        // however many check-ins follow.
        if let Some(h) = files::checkins_header(&files::read_head(&path)?) {
            self.checkins.push(CheckinsAt {
                path,
                author: h.author,
                cycle: h.cycle,
            });
            return Ok(());
        }
        let Some(text) = safe::read_regular(&path)? else {
            return Ok(());
        };
        let TeamFile::Objectives(src, f) = files::parse_text(&path, text)? else {
            return Ok(());
        };
        let cycle = f.cycle.as_ref().map(|c| c.get_ref().clone());
        let mut at = ObjectivesAt {
            path,
            text: String::new(),
            cycle,
            ids: HashSet::new(),
            titled: HashSet::new(),
            cycles: BTreeSet::new(),
        };
        for o in &f.objective {
            let o = o.get_ref();
            let own = effective_cycle(o, at.cycle.as_deref());
            at.cycles.extend(own.clone());
            match &o.id {
                Some(id) => {
                    at.ids.insert(id.get_ref().trim().to_ascii_lowercase());
                }
                None => {
                    at.titled
                        .insert((o.title.get_ref().trim().to_string(), own));
                }
            }
        }
        at.text = src.text;
        self.objectives.push(at);
        Ok(())
    }

    /// The file new objectives of `cycle` go to: `home` if it is an objectives file or
    /// does not exist, else the first file whose own cycle is `cycle`.
    pub fn objectives_home(&self, home: &Path, cycle: &Cycle) -> PathBuf {
        if self.objectives.iter().any(|f| f.path == home) {
            return home.to_path_buf();
        }
        self.objectives
            .iter()
            .find(|f| f.cycle.as_deref().map(canonical_cycle).as_deref() == Some(&cycle.name))
            .map_or_else(|| home.to_path_buf(), |f| f.path.clone())
    }

    /// `author`'s check-in files that may hold check-ins of `cycle`.
    pub fn checkins_of(&self, author: &str, cycle: &str) -> Vec<&CheckinsAt> {
        self.checkins
            .iter()
            .filter(|f| {
                f.author.trim() == author
                    && f.cycle
                        .as_deref()
                        .is_none_or(|c| canonical_cycle(c) == cycle)
            })
            .collect()
    }

    /// The file `author`'s new check-ins of `cycle` go to, in `dir`: theirs if they have
    /// one there, else `<name>.toml`, else (taken by someone else) `<name>-<hash>.toml`.
    pub fn checkins_home(&self, dir: &Path, author: &str, cycle: &str) -> PathBuf {
        let mine = self.checkins_of(author, cycle);
        let canonical = dir.join(format!("{}.toml", safe::file_stem(author)));
        if let Some(f) = mine.iter().find(|f| f.path == canonical) {
            return f.path.clone();
        }
        if let Some(f) = mine.iter().find(|f| f.path.parent() == Some(dir)) {
            return f.path.clone();
        }
        if std::fs::symlink_metadata(&canonical).is_err() {
            return canonical;
        }
        dir.join(format!("{}.toml", safe::alternative_stem(author)))
    }
}

/// An objective's cycle: its own, else its file's.
fn effective_cycle(o: &files::ObjectiveEntry, file: Option<&str>) -> Option<String> {
    o.cycle
        .as_ref()
        .map(|c| c.get_ref().as_str())
        .or(file)
        .map(canonical_cycle)
}

/// `2026-q4` and `2026-Q4` are one cycle.
fn canonical_cycle(name: &str) -> String {
    Cycle::builtin(name).map_or_else(|| name.trim().to_string(), |c| c.name)
}

/// Groups items by the files they go to, keeping the files in a stable order.
pub(super) fn group<T>(pairs: Vec<(PathBuf, T)>) -> Vec<(PathBuf, Vec<T>)> {
    let mut order: Vec<PathBuf> = Vec::new();
    let mut by: HashMap<PathBuf, Vec<T>> = HashMap::new();
    for (p, t) in pairs {
        if !by.contains_key(&p) {
            order.push(p.clone());
        }
        by.entry(p).or_default().push(t);
    }
    order.sort();
    order
        .into_iter()
        .filter_map(|p| by.remove(&p).map(|v| (p, v)))
        .collect()
}

/// Refuses a file okr would write into that is not a team file of the right kind.
pub(super) fn not_checkins(path: &Path) -> Error {
    Error::invalid(format!(
        "`{}` is not a check-in file; move it away to export",
        path.display()
    ))
}

/// The newest op, the files this database knows, and the ops after which nothing an
/// objectives file holds changed: a file written at one of those is written the same.
pub(super) fn known_files(
    tx: &rusqlite::Transaction<'_>,
) -> Result<(
    i64,
    HashMap<String, crate::store::known::Known>,
    HashSet<i64>,
)> {
    let was = crate::store::known::all(tx)?;
    let mut fresh = HashSet::new();
    let ops: BTreeSet<i64> = was
        .values()
        .filter(|k| k.kind == crate::store::known::Kind::Objectives)
        .filter_map(|k| k.written_at)
        .collect();
    for op in ops {
        if !crate::store::known::objectives_changed_since(tx, op)? {
            fresh.insert(op);
        }
    }
    Ok((crate::store::synced::newest_op(tx)?, was, fresh))
}
