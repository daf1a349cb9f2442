//! Reflections (复盘): what went well, what did not, what was learned, per objective;
//! and the carry links between an objective and the one it was carried from.

use rusqlite::{Connection, params, params_from_iter};
use serde::Serialize;

use super::Scope;
use super::rows::{date, parsed};
use crate::Result;
use crate::model::{ObjectiveId, names};

names!(
    /// What a reflection is about.
    Topic, "reflection topic" {
        WentWell => "went-well",
        WentBadly => "went-badly",
        Learned => "learned",
        Note => "note",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reflection {
    pub objective: ObjectiveId,
    pub date: chrono::NaiveDate,
    pub author: String,
    pub topic: Topic,
    pub text: String,
}

pub fn insert(conn: &Connection, r: &Reflection) -> Result<()> {
    conn.execute(
        "INSERT INTO reflection (objective_id, date, author, topic, text, op)
         VALUES (?1, ?2, ?3, ?4, ?5, (SELECT max(id) FROM op))",
        params![
            r.objective.0,
            r.date.to_string(),
            r.author,
            r.topic.as_str(),
            r.text
        ],
    )?;
    Ok(())
}

/// Reflections on the objectives in scope, by objective, then by topic (went well, did
/// not, learned, notes), date, author and text: an order that is the same in every
/// database holding them, whatever order they arrived in.
pub fn list(conn: &Connection, scope: &Scope) -> Result<Vec<Reflection>> {
    let (filter, params) = scope.sql(false);
    let mut stmt = conn.prepare(&format!(
        "SELECT r.objective_id, r.date, r.author, r.topic, r.text, o.uid
         FROM reflection r JOIN objective o ON o.id = r.objective_id {filter}
         ORDER BY r.objective_id,
             CASE r.topic WHEN 'went-well' THEN 0 WHEN 'went-badly' THEN 1 WHEN 'learned' THEN 2 ELSE 3 END,
             r.date, r.author, r.text, r.uid"
    ))?;
    let len = super::names::len(conn)?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok(Reflection {
            objective: ObjectiveId(
                r.get(0)?,
                crate::model::Name::of(r.get_ref(5)?.as_str()?, len),
            ),
            date: date(r, 1)?,
            author: r.get(2)?,
            topic: parsed(r, 3)?,
            text: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Where an objective was carried from: the origin's id, title and cycle.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Origin {
    pub objective: ObjectiveId,
    pub from: ObjectiveId,
    pub title: String,
    pub cycle: String,
}

/// The origins of the objectives in scope that were carried from another cycle.
pub fn origins(conn: &Connection, scope: &Scope) -> Result<Vec<Origin>> {
    let (filter, params) = scope.sql(false);
    let mut stmt = conn.prepare(&format!(
        "SELECT o.id, f.id, f.title, f.cycle, o.uid, f.uid FROM objective o JOIN objective f ON f.uid = o.origin
         {filter} ORDER BY o.id"
    ))?;
    let len = super::names::len(conn)?;
    let name = move |r: &rusqlite::Row<'_>, i: usize| -> rusqlite::Result<crate::model::Name> {
        Ok(crate::model::Name::of(r.get_ref(i)?.as_str()?, len))
    };
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok(Origin {
            objective: ObjectiveId(r.get(0)?, name(r, 4)?),
            from: ObjectiveId(r.get(1)?, name(r, 5)?),
            title: r.get(2)?,
            cycle: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Marks an objective as carried from the objective with uid `origin`.
pub fn set_objective_origin(conn: &Connection, id: ObjectiveId, origin: &str) -> Result<()> {
    conn.execute(
        "UPDATE objective SET origin = ?2 WHERE id = ?1",
        params![id.0, origin],
    )?;
    Ok(())
}

/// Marks a key result as carried from the key result with uid `origin`.
pub fn set_kr_origin(conn: &Connection, id: crate::model::KrId, origin: &str) -> Result<()> {
    conn.execute(
        "UPDATE key_result SET origin = ?2 WHERE id = ?1",
        params![id.0, origin],
    )?;
    Ok(())
}

/// The uids already carried into `cycle` (objectives and key results), so that a
/// second carry adds nothing.
pub fn carried_into(conn: &Connection, cycle: &str) -> Result<std::collections::HashSet<String>> {
    let mut stmt = conn.prepare(
        "SELECT o.origin FROM objective o WHERE o.cycle = ?1 AND o.origin IS NOT NULL
         UNION SELECT k.origin FROM key_result k JOIN objective o ON o.id = k.objective_id
         WHERE o.cycle = ?1 AND k.origin IS NOT NULL",
    )?;
    let rows = stmt.query_map([cycle], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
