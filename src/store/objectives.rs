//! Objectives in the database.

use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::Scope;
use super::rows::{OBJECTIVE_COLUMNS, objective};
use crate::model::{NewObjective, Objective, ObjectiveId};
use crate::{Error, Result};

/// Objectives order company → team → personal, then by id, everywhere.
const ORDER: &str =
    "o.cycle, CASE o.level WHEN 'company' THEN 0 WHEN 'team' THEN 1 ELSE 2 END, o.id";

pub fn insert(conn: &Connection, new: &NewObjective) -> Result<Objective> {
    conn.execute(
        "INSERT INTO objective (uid, title, description, cycle, level, owner, kind, parent_id, op)
         VALUES (coalesce(?8, lower(hex(randomblob(16)))), ?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT max(id) FROM op))",
        params![
            new.title,
            new.description,
            new.cycle,
            new.level.as_str(),
            new.owner,
            new.kind.as_str(),
            new.parent.map(|p| p.0),
            super::names::seeded_uid(conn, "objective")?
        ],
    )?;
    let row = conn.last_insert_rowid();
    super::names::admit(conn, "objective", row)?;
    get(conn, ObjectiveId::row(row))
}

pub fn get(conn: &Connection, id: ObjectiveId) -> Result<Objective> {
    conn.query_row(
        &format!("SELECT {OBJECTIVE_COLUMNS} FROM objective o WHERE o.id = ?1"),
        [id.0],
        objective(super::names::len(conn)?),
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        kind: "objective",
        query: id.to_string(),
    })
}

/// Resolves a typed id (a name, or a uid's hex prefix).
pub fn resolve(conn: &Connection, typed: &str) -> Result<ObjectiveId> {
    super::ids::resolve(conn, "objective", typed).map(|(row, name)| ObjectiveId(row, name))
}

pub fn list(conn: &Connection, scope: &Scope) -> Result<Vec<Objective>> {
    let (filter, params) = scope.sql(false);
    let mut stmt = conn.prepare(&format!(
        "SELECT {OBJECTIVE_COLUMNS} FROM objective o {filter} ORDER BY {ORDER}"
    ))?;
    let rows = stmt.query_map(
        params_from_iter(params),
        objective(super::names::len(conn)?),
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether any objective is in `scope`.
pub fn any(conn: &Connection, scope: &Scope) -> Result<bool> {
    let (filter, params) = scope.sql(false);
    let sql = format!("SELECT EXISTS (SELECT 1 FROM objective o {filter})");
    Ok(conn.query_row(&sql, params_from_iter(params), |r| r.get(0))?)
}

pub fn children(conn: &Connection, id: ObjectiveId) -> Result<Vec<Objective>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {OBJECTIVE_COLUMNS} FROM objective o WHERE o.parent_id = ?1 ORDER BY {ORDER}"
    ))?;
    let rows = stmt.query_map([id.0], objective(super::names::len(conn)?))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// `id`, its parent, its parent's parent, … up to the top (at most 64 steps).
pub fn lineage(conn: &Connection, id: ObjectiveId) -> Result<Vec<ObjectiveId>> {
    let mut stmt = conn.prepare_cached(
        "WITH RECURSIVE up(id, depth) AS (
             SELECT ?1, 0
             UNION ALL
             SELECT o.parent_id, up.depth + 1 FROM objective o JOIN up ON o.id = up.id
             WHERE o.parent_id IS NOT NULL AND up.depth < 64
         )
         SELECT up.id, o.uid FROM up JOIN objective o ON o.id = up.id ORDER BY depth",
    )?;
    let len = super::names::len(conn)?;
    let rows = stmt.query_map([id.0], |r| {
        Ok(ObjectiveId(
            r.get(0)?,
            crate::model::Name::of(r.get_ref(1)?.as_str()?, len),
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn update(conn: &Connection, o: &Objective) -> Result<()> {
    conn.execute(
        "UPDATE objective SET title = ?2, description = ?3, cycle = ?4, level = ?5, owner = ?6,
             kind = ?7, parent_id = ?8, state = ?9
         WHERE id = ?1",
        params![
            o.id.0,
            o.title,
            o.description,
            o.cycle,
            o.level.as_str(),
            o.owner,
            o.kind.as_str(),
            o.parent.map(|p| p.0),
            o.state.as_str()
        ],
    )?;
    Ok(())
}

/// How many key results and check-ins hang below an objective.
pub fn contents(conn: &Connection, id: ObjectiveId) -> Result<(i64, i64)> {
    Ok(conn.query_row(
        "SELECT count(DISTINCT k.id), count(c.id)
         FROM key_result k LEFT JOIN checkin c ON c.kr_id = k.id
         WHERE k.objective_id = ?1",
        [id.0],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// Deletes an objective with its key results, their grades, histories and check-ins,
/// and its reflections. The caller
/// decides whether that is allowed.
pub fn delete(conn: &Connection, id: ObjectiveId) -> Result<()> {
    let krs = "SELECT id FROM key_result WHERE objective_id = ?1";
    conn.execute(&format!("DELETE FROM task WHERE kr_id IN ({krs})"), [id.0])?;
    conn.execute(
        &format!("DELETE FROM checkin WHERE kr_id IN ({krs})"),
        [id.0],
    )?;
    conn.execute(&format!("DELETE FROM grade WHERE kr_id IN ({krs})"), [id.0])?;
    conn.execute(
        &format!("DELETE FROM grade_history WHERE kr_id IN ({krs})"),
        [id.0],
    )?;
    conn.execute(
        &format!("DELETE FROM measure WHERE kr_id IN ({krs})"),
        [id.0],
    )?;
    conn.execute("DELETE FROM reflection WHERE objective_id = ?1", [id.0])?;
    conn.execute("DELETE FROM link WHERE from_id = ?1 OR to_id = ?1", [id.0])?;
    conn.execute("DELETE FROM key_result WHERE objective_id = ?1", [id.0])?;
    conn.execute("DELETE FROM objective WHERE id = ?1", [id.0])?;
    Ok(())
}

/// Cycles that objectives use, with how many objectives each holds.
pub fn cycles_in_use(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let mut stmt =
        conn.prepare("SELECT cycle, count(*) FROM objective GROUP BY cycle ORDER BY cycle")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Each in-scope objective's parent: its uid and cycle (it may lie in another cycle).
pub fn parents(
    conn: &Connection,
    scope: &Scope,
) -> Result<std::collections::HashMap<ObjectiveId, Parent>> {
    let (filter, params) = scope.sql(false);
    let mut stmt = conn.prepare(&format!(
        "SELECT o.id, p.uid, p.cycle FROM objective o JOIN objective p ON p.id = o.parent_id {filter}"
    ))?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok((
            ObjectiveId::row(r.get(0)?),
            Parent {
                uid: r.get(1)?,
                cycle: r.get(2)?,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[derive(Debug, Clone, PartialEq)]
pub struct Parent {
    pub uid: String,
    pub cycle: String,
}
