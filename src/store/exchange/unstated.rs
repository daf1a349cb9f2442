//! What a spreadsheet leaves blank of an entry the database holds: the database's value
//! stays (a spreadsheet has no column for an objective's kind or state, and a blank
//! cell says nothing).

use rusqlite::{Connection, OptionalExtension};

use crate::Result;
use crate::model::{Keep, KrKind, Level, ObjectiveKind, State};
use crate::store::rows::{date_opt, parsed, parsed_opt};

/// An objective's fields as the database holds them.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveHeld {
    pub description: Option<String>,
    pub level: Level,
    pub owner: String,
    pub kind: ObjectiveKind,
    pub state: State,
}

pub fn objective_held(conn: &Connection, uid: &str) -> Result<Option<ObjectiveHeld>> {
    Ok(conn
        .prepare_cached(
            "SELECT description, level, owner, kind, state FROM objective WHERE uid = ?1",
        )?
        .query_row([uid], |r| {
            Ok(ObjectiveHeld {
                description: r.get(0)?,
                level: parsed(r, 1)?,
                owner: r.get(2)?,
                kind: parsed(r, 3)?,
                state: parsed(r, 4)?,
            })
        })
        .optional()?)
}

/// A key result's fields as the database holds them; `owner` is `None` where it is
/// its objective's.
#[derive(Debug, Clone, PartialEq)]
pub struct KrHeld {
    pub kind: KrKind,
    pub start: f64,
    pub target: f64,
    pub unit: String,
    pub weight: f64,
    pub owner: Option<String>,
    pub keep: Option<Keep>,
    pub due: Option<chrono::NaiveDate>,
}

pub fn kr_held(conn: &Connection, uid: &str) -> Result<Option<KrHeld>> {
    Ok(conn
        .prepare_cached(
            "SELECT kind, start, target, unit, weight, owner, keep, due FROM key_result WHERE uid = ?1",
        )?
        .query_row([uid], |r| {
            Ok(KrHeld {
                kind: parsed(r, 0)?,
                start: r.get(1)?,
                target: r.get(2)?,
                unit: r.get(3)?,
                weight: r.get(4)?,
                owner: r.get(5)?,
                keep: parsed_opt(r, 6)?,
                due: date_opt(r, 7)?,
            })
        })
        .optional()?)
}
