//! Which team files an import reads: every file is found and hashed first, and a group
//! of files whose bytes are what this database last read or wrote there is skipped
//! (see `store::known`). After the import, what was read is remembered.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use rusqlite::Transaction;

use crate::Result;
use crate::exchange::files;
use crate::store::known::{self, Kind, Known};

/// A team file found by [`scan`]: where, what its bytes hash to, and what it is.
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    /// Its canonical path: how [`known`] names it.
    pub(super) key: String,
    hash: String,
    pub(super) kind: Kind,
    /// Whose an author's file is, from its head.
    author: Option<String>,
    pub(super) len: u64,
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
    /// Which files to skip: a group whose files all hash as the database knows them.
    /// The groups are the objectives files together and each author's files together,
    /// so that an entry in two files of a group (a hand-written file and an export of
    /// it) is compared whenever one of them changed, and twins that came to disagree
    /// are still named.
    pub(super) fn skips(&self, was: &HashMap<String, Known>) -> Vec<bool> {
        let changed: HashSet<&Option<String>> = self
            .files
            .iter()
            .filter(|f| was.get(&f.key).is_none_or(|k| k.hash != f.hash))
            .map(|f| &f.author)
            .collect();
        self.files
            .iter()
            .map(|f| !changed.contains(&f.author))
            .collect()
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
    // Its kind is on its first lines: the rest is hashed, not decoded.
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(64 << 10)]);
    let (kind, text) = match files::decides(&head) {
        _ if crate::exchange::sheet::is_sheet(path) => (false, head),
        Ok(kind) => (kind, head),
        Err(_) => {
            let text = String::from_utf8_lossy(&bytes);
            (files::is_checkins(&text), text)
        }
    };
    let author = kind
        .then(|| files::checkins_header(files::head_of(&text)))
        .flatten()
        .map(|h| h.author.trim().to_string());
    Ok(Found {
        path: path.to_path_buf(),
        key: known::key_of(path),
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

/// Remembers what every file read holds, and forgets the known files that are gone
/// from the folders scanned (deleted, or renamed: the new name was read).
pub(super) fn remember(
    tx: &Transaction<'_>,
    scanned: &Scanned,
    (was, skip): (&HashMap<String, Known>, &[bool]),
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
    let here: HashSet<&str> = scanned.files.iter().map(|f| f.key.as_str()).collect();
    for path in was.keys() {
        let below = scanned
            .folders
            .iter()
            .any(|d| Path::new(&path).starts_with(d) && Path::new(&path) != Path::new(d));
        if below && !here.contains(path.as_str()) {
            known::forget(tx, path)?;
        }
    }
    Ok(())
}
