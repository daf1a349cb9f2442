//! Resolving what a user typed (`qxmz`, a uid's hex prefix `3fa9`) to one item.
//!
//! A typed name is looked up among every item of the database, of every kind, and
//! among the deleted ones: so that `okr checkin` given an objective's name says it is
//! an objective, a deleted item's name says it was deleted, and a name that could mean
//! two things is refused with both, never settled by picking one. A short number from
//! an older okr (`6`, `K6`) is refused with a sentence, since it meant a row of one
//! database (naming, if this database has one, the item it stood for here).

use rusqlite::{Connection, OptionalExtension};

use crate::model::{IdQuery, Name};
use crate::{Error, Result};

/// How many candidates an ambiguity error lists.
const SHOWN: usize = 5;

/// One item a typed id matched.
struct Match {
    row: i64,
    uid: String,
    title: String,
    /// `objective`, `key result` or `initiative`.
    kind: &'static str,
    deleted: bool,
}

/// Resolves a typed id to the row and name of an item in `table` (one of
/// [`super::names::ITEMS`]).
pub(crate) fn resolve(conn: &Connection, table: &str, typed: &str) -> Result<(i64, Name)> {
    let kind = super::names::ITEMS
        .iter()
        .find(|(t, _)| *t == table)
        .map_or("item", |(_, k)| *k);
    let query = typed.trim().to_string();
    let hex = match IdQuery::parse(&query) {
        None => return Err(Error::NotFound { kind, query }),
        Some(IdQuery::TooShort(_)) => {
            return Err(Error::invalid_with_hint(
                format!(
                    "`{query}` is too short for an id: ids have at least {} letters",
                    Name::MIN
                ),
                format!("run `okr {} list` to see the ids", command_of(kind)),
            ));
        }
        Some(IdQuery::OldNumber(n)) => return Err(old_number(conn, table, kind, &query, n)),
        Some(IdQuery::Name { hex, .. }) | Some(IdQuery::UidPrefix(hex)) => hex,
    };
    let len = super::names::len(conn)?;
    let found = matches(conn, &hex)?;
    let live: Vec<&Match> = found.iter().filter(|m| !m.deleted).collect();
    match live.as_slice() {
        [one] if one.kind == kind => Ok((one.row, Name::of(&one.uid, len))),
        [one] => Err(Error::WrongKind {
            query,
            wanted: kind,
            found: one.kind,
            name: Name::of(&one.uid, len).to_string(),
            title: one.title.clone(),
        }),
        [] => match found.first() {
            Some(gone) => Err(Error::Deleted {
                kind: gone.kind,
                query,
                title: gone.title.clone(),
            }),
            None => Err(Error::NotFound { kind, query }),
        },
        many => {
            let mut candidates: Vec<String> = many
                .iter()
                .take(SHOWN)
                .map(|m| {
                    // Long enough to tell these apart, whatever the others are.
                    let len = many
                        .iter()
                        .filter(|o| o.uid != m.uid)
                        .map(|o| super::names::common(&o.uid, &m.uid) + 1)
                        .max()
                        .unwrap_or(len)
                        .max(len);
                    // Past the longest name, the uid's own digits (a crafted file).
                    let shown = if len <= Name::MAX {
                        Name::of(&m.uid, len).to_string()
                    } else {
                        m.uid.get(..len.min(32)).unwrap_or(&m.uid).to_string()
                    };
                    format!("{shown} ({} “{}”)", m.kind, m.title)
                })
                .collect();
            if many.len() > SHOWN {
                candidates.push("…".into());
            }
            Err(Error::Ambiguous {
                kind,
                query,
                candidates,
            })
        }
    }
}

/// Every item, live or deleted, whose uid starts with `hex`: at most [`SHOWN`] + 1 of
/// each kind.
fn matches(conn: &Connection, hex: &str) -> Result<Vec<Match>> {
    let mut found: Vec<Match> = Vec::new();
    for (table, kind) in super::names::ITEMS {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT id, uid, title FROM {table} WHERE uid >= ?1 AND uid < ?1 || 'g' ORDER BY uid LIMIT ?2"
        ))?;
        let rows = stmt.query_map(rusqlite::params![hex, SHOWN as i64 + 1], |r| {
            Ok(Match {
                row: r.get(0)?,
                uid: r.get(1)?,
                title: r.get(2)?,
                kind,
                deleted: false,
            })
        })?;
        for m in rows {
            found.push(m?);
        }
    }
    let mut stmt = conn.prepare_cached(
        "SELECT uid, kind, title FROM retired WHERE uid >= ?1 AND uid < ?1 || 'g' ORDER BY uid LIMIT ?2",
    )?;
    let rows = stmt.query_map(rusqlite::params![hex, SHOWN as i64 + 1], |r| {
        let kind: String = r.get(1)?;
        Ok(Match {
            row: 0,
            uid: r.get(0)?,
            title: r.get(2)?,
            kind: match kind.as_str() {
                "objective" => "objective",
                "key result" => "key result",
                _ => "initiative",
            },
            deleted: true,
        })
    })?;
    for m in rows {
        let m = m?;
        // An item deleted and then put back by `okr undo` is live.
        if !found.iter().any(|f| f.uid == m.uid) {
            found.push(m);
        }
    }
    Ok(found)
}

/// The refusal of a short number from an older okr, saying what it was here.
fn old_number(conn: &Connection, table: &str, kind: &'static str, query: &str, n: i64) -> Error {
    let here: Option<(String, String)> = conn
        .query_row(
            &format!("SELECT uid, title FROM {table} WHERE id = ?1"),
            [n],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .ok()
        .flatten();
    let list = format!("`okr {} list` shows them", command_of(kind));
    let hint = match here {
        Some((uid, title)) => {
            let name = super::names::of(conn, &uid).map_or_else(|_| uid.clone(), |n| n.to_string());
            format!("in this database, {kind} {n} was `{name}` (“{title}”); {list}")
        }
        None => format!("ids are letters now, the same in every clone; {list}"),
    };
    Error::OldNumber {
        query: query.to_string(),
        hint,
    }
}

/// The `okr` command that lists items of `kind`.
pub fn command_of(kind: &str) -> &'static str {
    match kind {
        "key result" => "kr",
        "initiative" => "task",
        _ => "objective",
    }
}
