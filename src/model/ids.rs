//! Identities. Each objective and key result has two:
//!
//! - a [`Uid`], 32 hex digits, global and stable: it survives export, import and merges
//!   between machines;
//! - a short number ([`ObjectiveId`], [`KrId`]) local to one database, which people type
//!   (`okr checkin 7 42`).
//!
//! A typed id is either that number or a prefix of the uid (as with git hashes).

use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ObjectiveId(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct KrId(pub i64);

impl fmt::Display for ObjectiveId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Display for KrId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

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

    /// The eight-digit form shown beside titles.
    pub fn short(&self) -> &str {
        self.0.get(..8).unwrap_or(&self.0)
    }
}

impl fmt::Display for Uid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a user typed to name an objective or key result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdQuery {
    Number(i64),
    UidPrefix(String),
}

impl IdQuery {
    pub fn parse(s: &str) -> Option<IdQuery> {
        let s = s.trim().trim_start_matches('#');
        if let Ok(n) = s.parse::<i64>() {
            return (n > 0).then_some(IdQuery::Number(n));
        }
        let lower = s.to_ascii_lowercase();
        (!lower.is_empty() && lower.len() <= 32 && lower.bytes().all(|b| b.is_ascii_hexdigit()))
            .then_some(IdQuery::UidPrefix(lower))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_prefixes() {
        assert_eq!(IdQuery::parse("7"), Some(IdQuery::Number(7)));
        assert_eq!(IdQuery::parse("#7"), Some(IdQuery::Number(7)));
        assert_eq!(
            IdQuery::parse("AB12"),
            Some(IdQuery::UidPrefix("ab12".into()))
        );
        assert_eq!(IdQuery::parse("0"), None);
        assert_eq!(IdQuery::parse("xyz"), None);
        assert_eq!(IdQuery::parse(""), None);
    }
}
