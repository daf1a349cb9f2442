//! The SQL of what format 2 adds to team files: carry links, key results' histories and
//! reflections.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{Connection, params, params_from_iter};

use super::super::Scope;
use super::super::rows::date;
use crate::Result;
use crate::model::{KrId, ObjectiveId};

/// The carry links of the objectives and key results in scope: each one's origin uid.
pub fn origins(
    conn: &Connection,
    scope: &Scope,
) -> Result<(HashMap<ObjectiveId, String>, HashMap<KrId, String>)> {
    let (filter, params) = scope.sql(false);
    let mut stmt = conn.prepare(&format!(
        "SELECT o.id, o.origin FROM objective o {filter} {} o.origin IS NOT NULL",
        if filter.is_empty() { "WHERE" } else { "AND" }
    ))?;
    let objectives = stmt
        .query_map(params_from_iter(params), |r| {
            Ok((ObjectiveId::row(r.get(0)?), r.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let (filter, params) = scope.sql(true);
    let mut stmt = conn.prepare(&format!(
        "SELECT k.id, k.origin FROM key_result k JOIN objective o ON o.id = k.objective_id
         {filter} {} k.origin IS NOT NULL",
        if filter.is_empty() { "WHERE" } else { "AND" }
    ))?;
    let krs = stmt
        .query_map(params_from_iter(params), |r| {
            Ok((KrId::row(r.get(0)?), r.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok((objectives, krs))
}

/// Sets an objective's or key result's origin; says whether it changed.
pub fn set_origin(
    conn: &Connection,
    table: Origins,
    id: i64,
    origin: Option<&str>,
) -> Result<bool> {
    let sql = match table {
        Origins::Objective => "UPDATE objective SET origin = ?2 WHERE id = ?1 AND origin IS NOT ?2",
        Origins::KeyResult => {
            "UPDATE key_result SET origin = ?2 WHERE id = ?1 AND origin IS NOT ?2"
        }
    };
    Ok(conn.prepare_cached(sql)?.execute(params![id, origin])? > 0)
}

/// Which table [`set_origin`] sets.
#[derive(Debug, Clone, Copy)]
pub enum Origins {
    Objective,
    KeyResult,
}

/// Replaces a key result's history of start, target and weight with `history` (the
/// plan first, then the changes); says whether it changed.
pub fn set_history(
    conn: &Connection,
    kr: KrId,
    history: &[crate::model::Revision],
) -> Result<bool> {
    let before = super::super::measures::list(conn, &Scope::kr(kr))?;
    if before == history {
        return Ok(false);
    }
    super::super::measures::clear(conn, kr)?;
    for r in history {
        super::super::measures::set(conn, r)?;
    }
    Ok(true)
}

/// A reflection as team files hold it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReflectionRow {
    pub uid: String,
    pub objective_uid: String,
    pub date: NaiveDate,
    pub author: String,
    pub topic: String,
    pub text: String,
}

/// Reflections on the objectives in scope, by objective, date and uid.
pub fn reflection_rows(conn: &Connection, scope: &Scope) -> Result<Vec<ReflectionRow>> {
    let (filter, params) = scope.sql(false);
    let mut stmt = conn.prepare(&format!(
        "SELECT r.uid, o.uid, r.date, r.author, r.topic, r.text
         FROM reflection r JOIN objective o ON o.id = r.objective_id
         {filter} ORDER BY r.objective_id, r.date, r.uid"
    ))?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok(ReflectionRow {
            uid: r.get(0)?,
            objective_uid: r.get(1)?,
            date: date(r, 2)?,
            author: r.get(3)?,
            topic: r.get(4)?,
            text: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Adds a reflection, or replaces the fields of the one with this uid.
pub fn put_reflection(
    conn: &Connection,
    objective: ObjectiveId,
    r: &ReflectionRow,
    existing: bool,
) -> Result<()> {
    let p = params![
        r.uid,
        objective.0,
        r.date.to_string(),
        r.author,
        r.topic,
        r.text
    ];
    if existing {
        conn.prepare_cached(
            "UPDATE reflection SET objective_id = ?2, date = ?3, author = ?4, topic = ?5, text = ?6
             WHERE uid = ?1",
        )?
        .execute(p)?;
    } else {
        conn.prepare_cached(
            "INSERT INTO reflection (uid, objective_id, date, author, topic, text, op)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT max(id) FROM op))",
        )?
        .execute(p)?;
    }
    Ok(())
}
