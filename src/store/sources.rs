//! Key results' sources (the shell command that prints a key result's value) and the
//! commands the user trusts to run.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use crate::Result;
use crate::model::KrId;

/// Where a key result's value comes from: a shell command that prints it, and, when the
/// command prints JSON, the path to the number in it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Source {
    pub command: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub json_path: Option<String>,
}

/// A source with the key result it feeds, as `okr pull` and `okr trust` see it.
#[derive(Debug, Clone, PartialEq)]
pub struct KrSource {
    pub kr: KrId,
    pub title: String,
    pub unit: String,
    /// The cycle of the key result's objective, and whether the objective is active.
    pub cycle: String,
    pub active: bool,
    pub source: Source,
    pub trusted: bool,
}

/// The key result's source, if it has one.
pub fn get(conn: &Connection, kr: KrId) -> Result<Option<Source>> {
    Ok(conn
        .prepare_cached("SELECT command, json_path FROM kr_source WHERE kr_id = ?1")?
        .query_row([kr.0], |r| {
            Ok(Source {
                command: r.get(0)?,
                json_path: r.get(1)?,
            })
        })
        .optional()?)
}

/// Every key result's source, by key result (sources are few: one query, all of them).
pub fn by_kr(conn: &Connection) -> Result<std::collections::HashMap<KrId, Source>> {
    let mut stmt = conn.prepare_cached("SELECT kr_id, command, json_path FROM kr_source")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            KrId::row(r.get(0)?),
            Source {
                command: r.get(1)?,
                json_path: r.get(2)?,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Sets a key result's source (or, with `None`, removes it). Returns whether anything
/// changed.
pub fn set(conn: &Connection, kr: KrId, source: Option<&Source>) -> Result<bool> {
    let had = get(conn, kr)?;
    if had.as_ref() == source {
        return Ok(false);
    }
    match source {
        None => {
            conn.prepare_cached("DELETE FROM kr_source WHERE kr_id = ?1")?
                .execute([kr.0])?;
        }
        Some(s) if had.is_some() => {
            conn.prepare_cached(
                "UPDATE kr_source SET command = ?2, json_path = ?3 WHERE kr_id = ?1",
            )?
            .execute(params![kr.0, s.command, s.json_path])?;
        }
        Some(s) => {
            conn.prepare_cached(
                "INSERT INTO kr_source (kr_id, command, json_path, op)
                 VALUES (?1, ?2, ?3, (SELECT max(id) FROM op))",
            )?
            .execute(params![kr.0, s.command, s.json_path])?;
        }
    }
    Ok(true)
}

/// Every key result with a source (or only `only`), with whether its command is
/// trusted, in key result order.
pub fn all(conn: &Connection, only: Option<KrId>) -> Result<Vec<KrSource>> {
    let mut stmt = conn.prepare_cached(
        "SELECT k.id, k.title, k.unit, o.cycle, o.state = 'active', s.command, s.json_path,
                EXISTS (SELECT 1 FROM trusted_command t WHERE t.command = s.command), k.uid
         FROM kr_source s JOIN key_result k ON k.id = s.kr_id
         JOIN objective o ON o.id = k.objective_id
         WHERE ?1 IS NULL OR k.id = ?1
         ORDER BY k.id",
    )?;
    let len = super::names::len(conn)?;
    let rows = stmt.query_map([only.map(|k| k.0)], |r| {
        Ok(KrSource {
            kr: KrId(
                r.get(0)?,
                crate::model::Name::of(r.get_ref(8)?.as_str()?, len),
            ),
            title: r.get(1)?,
            unit: r.get(2)?,
            cycle: r.get(3)?,
            active: r.get(4)?,
            source: Source {
                command: r.get(5)?,
                json_path: r.get(6)?,
            },
            trusted: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records that the user trusts `command` to run (from `date`). Returns whether it was
/// new.
pub fn trust(conn: &Connection, command: &str, date: NaiveDate) -> Result<bool> {
    let added = conn
        .prepare_cached(
            "INSERT INTO trusted_command (command, trusted) VALUES (?1, ?2)
             ON CONFLICT (command) DO NOTHING",
        )?
        .execute(params![command, date.to_string()])?;
    Ok(added > 0)
}
