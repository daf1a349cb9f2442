//! Links across teams: objective `from` contributes to objective `to` of another team,
//! besides its one parent (横向协同).

use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::Scope;
use super::rows::{OBJECTIVE_COLUMNS, objective};
use crate::Result;
use crate::model::{Objective, ObjectiveId};

pub fn insert(
    conn: &Connection,
    from: ObjectiveId,
    to: ObjectiveId,
    created: chrono::NaiveDate,
) -> Result<()> {
    conn.execute(
        "INSERT INTO link (from_id, to_id, created, op) VALUES (?1, ?2, ?3, (SELECT max(id) FROM op))",
        params![from.0, to.0, created.to_string()],
    )?;
    Ok(())
}

/// Removes the link; false if there was none.
pub fn delete(conn: &Connection, from: ObjectiveId, to: ObjectiveId) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM link WHERE from_id = ?1 AND to_id = ?2",
        [from.0, to.0],
    )? > 0)
}

pub fn exists(conn: &Connection, from: ObjectiveId, to: ObjectiveId) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM link WHERE from_id = ?1 AND to_id = ?2",
            [from.0, to.0],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Whether `id` supports any objective or any supports it.
pub fn any(conn: &Connection, id: ObjectiveId) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM link WHERE from_id = ?1 OR to_id = ?1 LIMIT 1",
            [id.0],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Whether `to` already reaches `from` through links, so that `from → to` would close
/// a loop.
pub fn reaches(conn: &Connection, to: ObjectiveId, from: ObjectiveId) -> Result<bool> {
    Ok(conn
        .query_row(
            "WITH RECURSIVE r(id) AS (
                 SELECT ?1 UNION SELECT l.to_id FROM link l JOIN r ON l.from_id = r.id
             )
             SELECT 1 FROM r WHERE id = ?2",
            [to.0, from.0],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// The objectives `id` supports (`outgoing`) or that support it, by id.
pub fn of(conn: &Connection, id: ObjectiveId, outgoing: bool) -> Result<Vec<Objective>> {
    let (mine, other) = if outgoing {
        ("from_id", "to_id")
    } else {
        ("to_id", "from_id")
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {OBJECTIVE_COLUMNS} FROM link l JOIN objective o ON o.id = l.{other}
         WHERE l.{mine} = ?1 ORDER BY o.id"
    ))?;
    let rows = stmt.query_map([id.0], objective(super::names::len(conn)?))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every link from an objective in `scope`, with the objective it supports: what a
/// report shows.
pub fn from_scope(conn: &Connection, scope: &Scope) -> Result<Vec<(ObjectiveId, Objective)>> {
    let (filter, params) = scope.sql(false);
    // `o` is the objective in scope, `t` the one it supports.
    let mut stmt = conn.prepare(&format!(
        "SELECT {}, l.from_id FROM link l JOIN objective o ON o.id = l.from_id
         JOIN objective t ON t.id = l.to_id {filter}
         ORDER BY l.from_id, l.to_id",
        OBJECTIVE_COLUMNS.replace("o.", "t.")
    ))?;
    let read = objective(super::names::len(conn)?);
    // `o`, the objective in scope, is named by the caller's own list.
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok((ObjectiveId::row(r.get(11)?), read(r)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
