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

use super::{Ctx, cycles};
use crate::exchange::files::{self, TeamFile};
use crate::exchange::write::{self, CheckinOut, ObjectiveOut, author_file_name};
use crate::model::Cycle;
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
    let (cycle, objectives, krs, parents, checkins) = store.read(|tx| {
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
        ))
    })?;
    let outs: Vec<ObjectiveOut<'_>> = objectives
        .iter()
        .map(|o| ObjectiveOut {
            objective: o,
            parent_uid: parents.get(&o.id).map(|p| p.uid.clone()),
            krs: krs.iter().filter(|k| k.objective == o.id).collect(),
        })
        .collect();

    let (objectives_path, checkins_dir) = match target {
        Target::Stdout => {
            let text = write::objectives_file(None, &cycle, &outs)?;
            return Ok(Exported {
                cycle: cycle.name,
                files: Vec::new(),
                stdout: Some(text),
            });
        }
        Target::Dir(d) => (
            d.join(format!("{}.toml", cycle.name)),
            d.join("checkins").join(&cycle.name),
        ),
        Target::File(f) => {
            let dir = f.parent().unwrap_or(Path::new("."));
            (f.clone(), dir.join("checkins").join(&cycle.name))
        }
    };

    let mut files = Vec::new();
    let existing = read_existing(&objectives_path)?;
    if let Some(text) = &existing {
        // Refuse to rewrite a file that does not parse as a team file.
        files::parse_text(&objectives_path, text.clone())?;
    }
    let text = write::objectives_file(existing.as_deref(), &cycle, &outs)?;
    files.push(write_if_changed(
        &objectives_path,
        existing.as_deref(),
        &text,
    )?);

    let mut by_author: BTreeMap<&str, Vec<&store::exchange::CheckinRow>> = BTreeMap::new();
    for c in &checkins {
        by_author.entry(c.author.as_str()).or_default().push(c);
    }
    for (author, rows) in by_author {
        let path = checkins_dir.join(author_file_name(author));
        let existing = read_existing(&path)?;
        let mut entries: HashMap<String, CheckinOut> = match &existing {
            Some(text) => file_entries(&path, text, author)?,
            None => HashMap::new(),
        };
        for r in rows {
            entries.insert(
                r.uid.clone(),
                CheckinOut {
                    uid: r.uid.clone(),
                    kr: r.kr_uid.clone(),
                    date: r.date,
                    value: r.value,
                    confidence: r.confidence,
                    note: r.note.clone(),
                },
            );
        }
        let entries: Vec<CheckinOut> = entries.into_values().collect();
        let text = write::checkins_file(&cycle.name, author, &entries);
        files.push(write_if_changed(&path, existing.as_deref(), &text)?);
    }
    Ok(Exported {
        cycle: cycle.name,
        files,
        stdout: None,
    })
}

/// The entries already in an author's check-in file, by id.
fn file_entries(path: &Path, text: &str, author: &str) -> Result<HashMap<String, CheckinOut>> {
    let TeamFile::Checkins(src, f) = files::parse_text(path, text.to_string())? else {
        return Err(Error::invalid(format!(
            "`{}` is not a check-in file; move it away to export",
            path.display()
        )));
    };
    if f.author.get_ref() != author {
        return Err(src.error(
            &f.author.span(),
            format!(
                "this file belongs to `{}`, not `{author}`; two authors map to one file name",
                f.author.get_ref()
            ),
        ));
    }
    let mut out = HashMap::new();
    for e in &f.checkin {
        let e = e.get_ref();
        let c = super::import::checkin_fields(&src, e, author)?;
        let kr = e.kr.get_ref().trim().to_string();
        out.insert(
            c.uid.clone(),
            CheckinOut {
                uid: c.uid,
                kr,
                date: c.date,
                value: c.value,
                confidence: c.confidence,
                note: c.note,
            },
        );
    }
    Ok(out)
}

fn read_existing(path: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(Some(t)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::Io {
            action: "read",
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Writes through a temporary file and a rename, and only when the text changed.
fn write_if_changed(path: &Path, existing: Option<&str>, text: &str) -> Result<Written> {
    if existing == Some(text) {
        return Ok(Written {
            path: path.to_path_buf(),
            changed: false,
        });
    }
    fn io<'a>(action: &'static str, p: &'a Path) -> impl FnOnce(std::io::Error) -> Error + 'a {
        move |source| Error::Io {
            action,
            path: p.to_path_buf(),
            source,
        }
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io("create the folder", dir))?;
    }
    let tmp = path.with_extension("toml.okr-tmp");
    std::fs::write(&tmp, text).map_err(io("write", &tmp))?;
    std::fs::rename(&tmp, path).map_err(io("write", path))?;
    Ok(Written {
        path: path.to_path_buf(),
        changed: true,
    })
}

/// The cycles that have an objectives file in `dir` (`2026-Q4.toml` → `2026-Q4`).
pub fn cycles_in(dir: &Path) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for f in files::collect(dir)? {
        if let TeamFile::Objectives(_, file) = files::parse_file(&f)? {
            names.extend(file.cycle.map(|c| c.into_inner()));
        }
    }
    names.sort();
    names.dedup();
    Ok(names)
}

/// Whether a cycle has anything to export.
pub fn has_objectives(store: &mut Store, cycle: &Cycle) -> Result<bool> {
    store.read(|tx| Ok(!store::objectives::list(tx, &Scope::cycle(&cycle.name))?.is_empty()))
}
