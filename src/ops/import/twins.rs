//! The same id in two places: a twin (a hand-written file and an export of it) is one
//! entry as long as the two say the same; twins that disagree are refused, naming both.

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::Error;
use crate::exchange::files::Source;
use crate::model::{Level, ObjectiveKind, State};

/// Which file each id was first seen in, during one import. Kept small, since an
/// organisation's import sees a million ids: the id as a number and the file's number.
/// Lines are found only for an error, by reading that file again. Shared by the
/// threads that read files; only the one that writes asks for twins, in file order.
#[derive(Default)]
pub(super) struct Seen {
    at: Mutex<HashMap<(u64, u64), u32>>,
    /// Every file of the import, by number.
    pub(super) paths: Arc<[PathBuf]>,
    /// Set when a reference named something neither the files read nor the database
    /// hold: a file that was skipped as unchanged may hold it (see `import`).
    unresolved: AtomicBool,
}

/// An id as a number (ids are 32 hex digits; anything else is hashed).
fn key(uid: &str) -> (u64, u64) {
    let n = match uid.len() {
        32 => u128::from_str_radix(uid, 16).ok(),
        _ => None,
    }
    .unwrap_or_else(|| xxhash_rust::xxh3::xxh3_128(uid.as_bytes()));
    ((n >> 64) as u64, n as u64)
}

impl Seen {
    pub(super) fn new(paths: Vec<PathBuf>) -> Seen {
        Seen {
            paths: paths.into(),
            ..Seen::default()
        }
    }

    /// The file `uid` was first seen in during this import, if it was: a second place
    /// holds a twin, which is fine as long as it says the same thing.
    pub(super) fn twin_of(&self, file: u32, uid: &str) -> Option<u32> {
        let mut at = self
            .at
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match at.entry(key(uid)) {
            std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(file);
                None
            }
        }
    }

    /// Notes that a reference named something unknown.
    pub(super) fn set_unresolved(&self) {
        self.unresolved.store(true, Ordering::Relaxed);
    }

    pub(super) fn unresolved(&self) -> bool {
        self.unresolved.load(Ordering::Relaxed)
    }

    /// Two entries with one id that disagree: see [`conflict`].
    pub(super) fn conflict(
        &self,
        first: u32,
        src: &Source,
        at: &Range<usize>,
        uid: &str,
        what: &str,
        field: Option<&str>,
    ) -> Error {
        conflict(&self.paths, first, (src, at), uid, what, field)
    }
}

/// Two entries with one id that disagree (on `field`, where known): the second at `at`
/// in `src`, the first in file number `first` of `paths`.
pub(super) fn conflict(
    paths: &[PathBuf],
    first: u32,
    (src, at): (&Source, &Range<usize>),
    uid: &str,
    what: &str,
    field: Option<&str>,
) -> Error {
    let path = paths.get(first as usize).cloned().unwrap_or_default();
    let line = if path == src.path {
        first_line(src, uid)
    } else {
        std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| first_line(&Source::new(path.clone(), text), uid))
    };
    let place = match line {
        Some(line) => format!("{}:{line}", path.display()),
        None => path.display().to_string(),
    };
    let on = field.map(|f| format!(" on `{f}`")).unwrap_or_default();
    src.error_with_hint(
        at,
        format!("{what} id `{uid}` is also at {place}, and the two disagree{on}"),
        "one id is one entry: keep one of them, or make them say the same",
    )
}

/// The line of the first `id = "<uid>"` in a file (an id okr derived for an entry
/// written without one is not written anywhere).
fn first_line(src: &Source, uid: &str) -> Option<usize> {
    let lower = src.text.to_ascii_lowercase();
    let offset = lower.match_indices(uid).map(|(i, _)| i).find(|&i| {
        let before = lower[..i]
            .trim_end_matches(['"', '\''])
            .trim_end()
            .strip_suffix('=')
            .map(str::trim_end);
        before.and_then(|b| b.strip_suffix("id")).is_some_and(|b| {
            !b.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
    })?;
    Some(src.pos(&(offset..offset)).line)
}

/// What an objective entry states; what it leaves out takes the default.
#[derive(Debug, Clone, Default)]
pub(super) struct Stated {
    pub(super) title: Option<String>,
    pub(super) description: Option<String>,
    pub(super) level: Option<Level>,
    pub(super) owner: Option<String>,
    pub(super) kind: Option<ObjectiveKind>,
    pub(super) state: Option<State>,
}

impl Stated {
    /// Both entries' statements, or the name of the first field they contradict on.
    pub(super) fn merge(self, other: &Stated) -> std::result::Result<Stated, &'static str> {
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
