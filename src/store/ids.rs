//! Resolving what a user typed (`7`, `#7`, `3fa9`) to one row.

use rusqlite::{Connection, OptionalExtension};

use crate::model::IdQuery;
use crate::{Error, Result};

/// How many candidates an ambiguity error lists.
const SHOWN: usize = 5;

/// Resolves a short number or a uid prefix in `table` (`objective` or `key_result`).
/// Reports label rows `O3` and `K7`; `letter` (`o` or `k`) lets those forms be typed too.
pub(crate) fn resolve(
    conn: &Connection,
    table: &str,
    kind: &'static str,
    letter: char,
    typed: &str,
) -> Result<i64> {
    let not_found = || Error::NotFound {
        kind,
        query: typed.trim().to_string(),
    };
    let t = typed.trim();
    let unlettered = match t.strip_prefix([letter, letter.to_ascii_uppercase()]) {
        Some(rest) if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()) => rest,
        _ => t,
    };
    match IdQuery::parse(unlettered).ok_or_else(not_found)? {
        IdQuery::Number(n) => conn
            .query_row(&format!("SELECT id FROM {table} WHERE id = ?1"), [n], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(not_found),
        IdQuery::UidPrefix(prefix) => {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT id, uid, title FROM {table} WHERE uid >= ?1 AND uid < ?1 || 'g' ORDER BY uid LIMIT ?2"
            ))?;
            let rows: Vec<(i64, String, String)> = stmt
                .query_map(rusqlite::params![prefix, SHOWN as i64 + 1], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?
                .collect::<rusqlite::Result<_>>()?;
            match rows.as_slice() {
                [] => Err(not_found()),
                [(id, _, _)] => Ok(*id),
                many => {
                    let mut candidates: Vec<String> = many
                        .iter()
                        .take(SHOWN)
                        .map(|(id, uid, title)| {
                            format!("{id} ({} {title})", uid.get(..8).unwrap_or(uid))
                        })
                        .collect();
                    if many.len() > SHOWN {
                        candidates.push("…".into());
                    }
                    Err(Error::Ambiguous {
                        kind,
                        query: typed.trim().to_string(),
                        candidates,
                    })
                }
            }
        }
    }
}
