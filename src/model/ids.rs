//! Identities. Each objective, key result and initiative has one [`Uid`], 32 hex digits,
//! global and stable: it survives export, import and merges between machines. What
//! people see and type is its [`Name`]: the uid's first digits written as letters
//! (`qxmz`), as long as the database needs for every name to be unique, at least four.
//! Since a name is part of the uid, it means the same item in every clone of a team, or
//! (where another clone holds an item it has not seen) is refused as ambiguous; it
//! never names another item. docs/team-files.md says why this design.
//!
//! The letters are jj's "reverse hex" (`0` → `z` … `9` → `q`, `a` → `p` … `f` → `k`): an
//! alphabet with no digits and no `a`–`f`, so a name is never mistaken for a number, a
//! uid's hex prefix, or a short number that an older okr showed (`6`, `K6`), which is
//! refused with a sentence. The database's row numbers stay inside the store.

use serde::{Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

/// An item's name as shown: the first letters of its uid (see the module docs).
#[derive(Clone, Copy, Default)]
pub struct Name {
    len: u8,
    letters: [u8; Name::MAX],
}

impl Name {
    /// The shortest name okr shows, and the shortest prefix it accepts.
    pub const MIN: usize = 4;
    /// The longest name okr shows: two items whose uids share more digits than this
    /// (which random uids never do; a crafted file might) show the same name, and typing
    /// it is refused as ambiguous.
    pub const MAX: usize = 12;

    /// The first `len` letters of `uid` (clamped to [`Name::MIN`]..=[`Name::MAX`]).
    /// Anything in `uid` that is not a hex digit ends the name there.
    pub fn of(uid: &str, len: usize) -> Name {
        let len = len.clamp(Name::MIN, Name::MAX);
        let mut name = Name::default();
        for (slot, b) in name.letters.iter_mut().zip(uid.bytes().take(len)) {
            match letter(b) {
                Some(l) => {
                    *slot = l;
                    name.len += 1;
                }
                None => break,
            }
        }
        name
    }

    /// No name: an id made inside okr from a row number alone, never shown.
    pub const fn none() -> Name {
        Name {
            len: 0,
            letters: [0; Name::MAX],
        }
    }

    pub fn as_str(&self) -> &str {
        // Only letters from `letter` are ever stored: ASCII.
        std::str::from_utf8(&self.letters[..usize::from(self.len)]).unwrap_or("")
    }

    pub fn is_none(&self) -> bool {
        self.len == 0
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Name({:?})", self.as_str())
    }
}

impl PartialEq for Name {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Name {}

impl Serialize for Name {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The letter okr writes for a uid's hex digit (jj's reverse hex).
pub fn letter(hex: u8) -> Option<u8> {
    match hex {
        b'0'..=b'9' => Some(b'z' - (hex - b'0')),
        b'a'..=b'f' => Some(b'p' - (hex - b'a')),
        _ => None,
    }
}

/// The hex digit a letter of a name stands for (either case).
pub fn hex_digit(letter: u8) -> Option<u8> {
    match letter.to_ascii_lowercase() {
        l @ b'q'..=b'z' => Some(b'0' + (b'z' - l)),
        l @ b'k'..=b'p' => Some(b'a' + (b'p' - l)),
        _ => None,
    }
}

/// Defines an id type: the database's row number (used inside the store, never shown)
/// and the item's [`Name`] (shown and serialised). Two ids are the same id when their
/// rows are, so an id made from a row alone still finds its item in a map.
macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy)]
        pub struct $name(pub i64, pub Name);

        impl $name {
            /// An id for the row `row`, named `name`.
            pub fn named(row: i64, name: Name) -> $name {
                $name(row, name)
            }

            /// An id for the row `row` without its name: for okr's own bookkeeping,
            /// never for output.
            pub fn row(row: i64) -> $name {
                $name(row, Name::none())
            }

            pub fn name(&self) -> Name {
                self.1
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.0 == other.0
            }
        }

        impl Eq for $name {}

        impl Hash for $name {
            fn hash<H: Hasher>(&self, state: &mut H) {
                self.0.hash(state);
            }
        }

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $name {
            fn cmp(&self, other: &Self) -> Ordering {
                self.0.cmp(&other.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                debug_assert!(!self.1.is_none(), "{} {} shown without its name", stringify!($name), self.0);
                if self.1.is_none() {
                    return f.pad("?");
                }
                fmt::Display::fmt(&self.1, f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({}, {:?})", stringify!($name), self.0, self.1.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.1.serialize(s)
            }
        }
    };
}

id_type!(
    /// An objective.
    ObjectiveId
);
id_type!(
    /// A key result.
    KrId
);
id_type!(
    /// An initiative.
    TaskId
);

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Uid(pub String);

impl Uid {
    /// Whether `s` has the shape of a full uid.
    pub fn is_valid(s: &str) -> bool {
        s.len() == 32
            && s.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    }
}

impl fmt::Display for Uid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a user typed to name an objective, key result or initiative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdQuery {
    /// Letters of a name (`qxmz`), as the hex prefix of the uid they stand for.
    Name { typed: String, hex: String },
    /// Hex digits of a uid (`3fa9c0`), as in the team files.
    UidPrefix(String),
    /// A short number that an older okr showed (`6`, `#6`, `K6`, `O2`, `T1`): it meant
    /// a row of one database, so it is refused.
    OldNumber(i64),
    /// Fewer letters or digits than any name has.
    TooShort(String),
}

impl IdQuery {
    pub fn parse(s: &str) -> Option<IdQuery> {
        let s = s.trim();
        let numbered = s
            .strip_prefix('#')
            .or_else(|| s.strip_prefix(['k', 'K', 'o', 'O', 't', 'T']))
            .unwrap_or(s);
        // A row number is short; eight digits or more is a uid prefix that happens to
        // have no letter.
        if (1..8).contains(&numbered.len()) && numbered.bytes().all(|b| b.is_ascii_digit()) {
            return numbered
                .parse::<i64>()
                .ok()
                .filter(|n| *n > 0)
                .map(IdQuery::OldNumber);
        }
        let lower = s.to_ascii_lowercase();
        if lower.is_empty() || lower.len() > 32 {
            return None;
        }
        if let Some(hex) = lower.bytes().map(hex_digit).collect::<Option<Vec<u8>>>() {
            if lower.len() < Name::MIN {
                return Some(IdQuery::TooShort(lower));
            }
            let hex = String::from_utf8(hex).ok()?;
            return Some(IdQuery::Name { typed: lower, hex });
        }
        if lower.bytes().all(|b| b.is_ascii_hexdigit()) {
            if lower.len() < Name::MIN {
                return Some(IdQuery::TooShort(lower));
            }
            return Some(IdQuery::UidPrefix(lower));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_the_uids_first_digits_as_letters() {
        let uid = "04e0f2e10fa266412abfd97b5ad632b8";
        assert_eq!(Name::of(uid, 4).as_str(), "zvlz");
        assert_eq!(Name::of(uid, 6).as_str(), "zvlzkx");
        // Never shorter than four letters, never longer than twelve.
        assert_eq!(Name::of(uid, 1).as_str(), "zvlz");
        assert_eq!(Name::of(uid, 40).as_str().len(), Name::MAX);
        for b in (b'0'..=b'9').chain(b'a'..=b'f') {
            assert_eq!(hex_digit(letter(b).unwrap()), Some(b));
        }
    }

    #[test]
    fn typed_names_prefixes_and_old_numbers() {
        assert_eq!(
            IdQuery::parse("ZVLZ"),
            Some(IdQuery::Name {
                typed: "zvlz".into(),
                hex: "04e0".into()
            })
        );
        assert_eq!(
            IdQuery::parse("04e0f"),
            Some(IdQuery::UidPrefix("04e0f".into()))
        );
        for old in ["7", "#7", "K7", "o7", "T7"] {
            assert_eq!(IdQuery::parse(old), Some(IdQuery::OldNumber(7)), "{old}");
        }
        assert_eq!(
            IdQuery::parse("12345678"),
            Some(IdQuery::UidPrefix("12345678".into()))
        );
        assert_eq!(IdQuery::parse("zv"), Some(IdQuery::TooShort("zv".into())));
        assert_eq!(IdQuery::parse("ab"), Some(IdQuery::TooShort("ab".into())));
        assert_eq!(IdQuery::parse("0"), None);
        assert_eq!(IdQuery::parse("xyz!"), None);
        assert_eq!(IdQuery::parse(""), None);
    }
}
