//! The same id in two places: a twin (a hand-written file and an export of it) is one
//! entry as long as the two say the same; twins that disagree are refused, naming both.

use std::collections::HashMap;
use std::ops::Range;

use crate::Error;
use crate::exchange::files::Source;
use crate::model::{Level, ObjectiveKind, State};

/// Where each id was first seen: its file and byte offset. Lines are computed only for
/// an error, so that importing a large file stays linear.
pub(super) type Seen<'a> = HashMap<String, (&'a Source, usize)>;

/// The place `uid` was first seen in this import, if it was: a second place holds a
/// twin, which is fine as long as it says the same thing.
pub(super) fn twin_of<'a>(
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
pub(super) fn conflict(
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
