//! The history of key results' start, target and weight (`measure` rows): each row is
//! in force from its date until the next; the original values have the date `''`.

use rusqlite::{Connection, params, params_from_iter};

use super::Scope;
use crate::Result;
use crate::model::{KrId, Revision};

const COLUMNS: &str = "m.kr_id, m.date, m.start, m.target, m.weight, m.reason, m.author, k.uid";
const FROM: &str =
    "FROM measure m JOIN key_result k ON k.id = m.kr_id JOIN objective o ON o.id = k.objective_id";

fn revision(r: &rusqlite::Row<'_>, len: usize) -> rusqlite::Result<Revision> {
    let date: String = r.get(1)?;
    Ok(Revision {
        kr: KrId(
            r.get(0)?,
            crate::model::Name::of(r.get_ref(7)?.as_str()?, len),
        ),
        from: if date.is_empty() {
            None
        } else {
            Some(date.parse().map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    1,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })?)
        },
        start: r.get(2)?,
        target: r.get(3)?,
        weight: r.get(4)?,
        reason: r.get(5)?,
        author: r.get(6)?,
    })
}

/// The revisions of the key results in scope, by key result and date (original first).
pub fn list(conn: &Connection, scope: &Scope) -> Result<Vec<Revision>> {
    let (filter, params) = scope.sql(true);
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} {FROM} {filter} ORDER BY m.kr_id, m.date"
    ))?;
    let len = super::names::len(conn)?;
    let rows = stmt.query_map(params_from_iter(params), |r| revision(r, len))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records a revision, replacing one of the same key result and date.
pub fn set(conn: &Connection, r: &Revision) -> Result<()> {
    conn.execute(
        "INSERT INTO measure (kr_id, date, start, target, weight, reason, author, op)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT max(id) FROM op))
         ON CONFLICT (kr_id, date) DO UPDATE SET start = excluded.start,
             target = excluded.target, weight = excluded.weight, reason = excluded.reason,
             author = excluded.author",
        params![
            r.kr.0,
            r.from.map(|d| d.to_string()).unwrap_or_default(),
            r.start,
            r.target,
            r.weight,
            r.reason,
            r.author
        ],
    )?;
    Ok(())
}

/// Forgets a key result's history (its kind changed: it is measured anew).
pub fn clear(conn: &Connection, kr: KrId) -> Result<()> {
    conn.execute("DELETE FROM measure WHERE kr_id = ?1", [kr.0])?;
    Ok(())
}
