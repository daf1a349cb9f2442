//! Custom cycles in the database. Built-in ones (`2026-Q4`) are never stored.

use rusqlite::{Connection, OptionalExtension, params};

use super::rows::date;
use crate::model::{Cycle, CycleKind};
use crate::{Error, Result};

pub fn insert(conn: &Connection, c: &Cycle) -> Result<()> {
    let added = conn.execute(
        "INSERT INTO cycle (name, start, end, op) VALUES (?1, ?2, ?3, (SELECT max(id) FROM op)) ON CONFLICT (name) DO NOTHING",
        params![c.name, c.start.to_string(), c.end.to_string()],
    )?;
    if added == 0 {
        return Err(Error::invalid(format!(
            "a cycle named `{}` already exists",
            c.name
        )));
    }
    Ok(())
}

pub fn get(conn: &Connection, name: &str) -> Result<Option<Cycle>> {
    Ok(conn
        .query_row(
            "SELECT name, start, end FROM cycle WHERE name = ?1",
            [name],
            row,
        )
        .optional()?)
}

pub fn list(conn: &Connection) -> Result<Vec<Cycle>> {
    let mut stmt = conn.prepare("SELECT name, start, end FROM cycle ORDER BY start, name")?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Cycle> {
    Ok(Cycle {
        name: r.get(0)?,
        kind: CycleKind::Custom,
        start: date(r, 1)?,
        end: date(r, 2)?,
    })
}
