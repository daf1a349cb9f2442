//! What a spreadsheet leaves blank of an entry the database holds: the database's value
//! stays (a spreadsheet has no column for an objective's kind or state, and a blank
//! cell says nothing). The fields are read as an import writes them.

use rusqlite::{Connection, OptionalExtension};

use super::{KrFields, ObjectiveFields};
use crate::Result;
use crate::model::ObjectiveId;
use crate::store::rows::{date_opt, parsed, parsed_opt};

/// The objective's fields as the database holds them.
pub fn objective_held(conn: &Connection, uid: &str) -> Result<Option<ObjectiveFields>> {
    Ok(conn
        .prepare_cached(
            "SELECT title, description, cycle, level, owner, kind, state FROM objective WHERE uid = ?1",
        )?
        .query_row([uid], |r| {
            Ok(ObjectiveFields {
                title: r.get(0)?,
                description: r.get(1)?,
                cycle: r.get(2)?,
                level: parsed(r, 3)?,
                owner: r.get(4)?,
                kind: parsed(r, 5)?,
                state: parsed(r, 6)?,
            })
        })
        .optional()?)
}

/// The key result's fields as the database holds them (`owner` is `None` where it is
/// its objective's).
pub fn kr_held(conn: &Connection, uid: &str) -> Result<Option<KrFields>> {
    Ok(conn
        .prepare_cached(
            "SELECT objective_id, title, kind, start, target, unit, weight, owner, keep, due
             FROM key_result WHERE uid = ?1",
        )?
        .query_row([uid], |r| {
            Ok(KrFields {
                objective: ObjectiveId::row(r.get(0)?),
                title: r.get(1)?,
                kind: parsed(r, 2)?,
                start: r.get(3)?,
                target: r.get(4)?,
                unit: r.get(5)?,
                weight: r.get(6)?,
                owner: r.get(7)?,
                keep: parsed_opt(r, 8)?,
                due: date_opt(r, 9)?,
            })
        })
        .optional()?)
}
