//! The SQL of import and export: indexes of what exists (by uid, loaded in one query per
//! table), and upserts that say whether they changed anything. Import runs all of it
//! in one transaction with cached prepared statements.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::Scope;
use super::rows::date;
use crate::Result;
use crate::model::{Keep, KrId, KrKind, Level, ObjectiveId, ObjectiveKind, State};

/// What an upsert did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Added,
    Updated,
    Unchanged,
    /// The file says otherwise, but the entry was changed here since its cycle was last
    /// written out: the local change is kept (see [`super::synced`]).
    Kept,
}

impl Change {
    /// This change, or `Updated` when it was `Unchanged` and something else changed.
    pub fn or(self, changed: bool) -> Change {
        match self {
            Change::Unchanged if changed => Change::Updated,
            c => c,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveKey {
    pub id: ObjectiveId,
    pub uid: String,
    pub cycle: String,
    pub title: String,
}

pub fn objective_keys(conn: &Connection) -> Result<Vec<ObjectiveKey>> {
    let mut stmt = conn.prepare("SELECT id, uid, cycle, title FROM objective ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok(ObjectiveKey {
            id: ObjectiveId::row(r.get(0)?),
            uid: r.get(1)?,
            cycle: r.get(2)?,
            title: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[derive(Debug, Clone, PartialEq)]
pub struct KrKey {
    pub id: KrId,
    pub uid: String,
    pub objective_uid: String,
    pub title: String,
    /// The objective's cycle.
    pub cycle: String,
}

/// Every key result's id, uid and title, with its objective's cycle, in one pass that
/// allocates no cycle name: what an import resolves check-ins against.
pub fn each_kr(conn: &Connection, mut f: impl FnMut(KrId, String, String, &str)) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT k.id, k.uid, k.title, o.cycle FROM key_result k JOIN objective o ON o.id = k.objective_id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let cycle = r.get_ref(3)?.as_str().map_err(rusqlite::Error::from)?;
        f(KrId::row(r.get(0)?), r.get(1)?, r.get(2)?, cycle);
    }
    Ok(())
}

pub fn kr_keys(conn: &Connection) -> Result<Vec<KrKey>> {
    let mut stmt = conn.prepare(
        "SELECT k.id, k.uid, o.uid, k.title, o.cycle FROM key_result k JOIN objective o ON o.id = k.objective_id ORDER BY k.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(KrKey {
            id: KrId::row(r.get(0)?),
            uid: r.get(1)?,
            objective_uid: r.get(2)?,
            title: r.get(3)?,
            cycle: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A check-in as export writes it, compact: an organisation's export holds a million.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckinRow {
    pub uid: Box<str>,
    pub kr: KrId,
    pub date: NaiveDate,
    pub value: f64,
    pub confidence: Option<u8>,
    pub note: Option<Box<str>>,
}

/// The check-ins of the key results in scope, by author, and those key results' ids.
#[derive(Debug, Default)]
pub struct CheckinsByAuthor {
    pub kr_uids: HashMap<KrId, String>,
    pub by_author: HashMap<String, Vec<CheckinRow>>,
}

/// Check-ins of the key results in scope, by author, in no particular order (the
/// index's, so that a million of them need no sort).
pub fn checkins_by_author(conn: &Connection, scope: &Scope) -> Result<CheckinsByAuthor> {
    let (filter, params) = scope.sql(true);
    let kr_uids = conn
        .prepare(&format!(
            "SELECT k.id, k.uid FROM key_result k JOIN objective o ON o.id = k.objective_id {filter}"
        ))?
        .query_map(params_from_iter(params.iter()), |r| {
            Ok((KrId::row(r.get(0)?), r.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare(&format!(
        "SELECT c.uid, c.kr_id, c.date, c.value, c.confidence, c.note, c.author
         FROM checkin c JOIN key_result k ON k.id = c.kr_id JOIN objective o ON o.id = k.objective_id
         {filter}"
    ))?;
    let mut rows = stmt.query(params_from_iter(params.iter()))?;
    let mut out: HashMap<String, Vec<CheckinRow>> = HashMap::new();
    while let Some(r) = rows.next()? {
        let text = |i| {
            r.get_ref(i)?
                .as_str_or_null()
                .map_err(rusqlite::Error::from)
        };
        let row = CheckinRow {
            uid: text(0)?.unwrap_or_default().into(),
            kr: KrId::row(r.get(1)?),
            date: date(r, 2)?,
            value: r.get(3)?,
            confidence: r.get(4)?,
            note: text(5)?.map(Into::into),
        };
        let author = text(6)?.unwrap_or_default();
        match out.get_mut(author) {
            Some(of) => of.push(row),
            None => {
                out.insert(author.to_string(), vec![row]);
            }
        }
    }
    Ok(CheckinsByAuthor {
        kr_uids,
        by_author: out,
    })
}

/// Whether the database holds no check-in at all.
pub fn checkins_empty(conn: &Connection) -> Result<bool> {
    Ok(!conn.query_row("SELECT EXISTS (SELECT 1 FROM checkin)", [], |r| r.get(0))?)
}

/// The check-ins' indexes, as the schema has them.
const CHECKIN_INDEXES: &[(&str, &str)] = &[
    (
        "checkin_by_uid",
        "UNIQUE INDEX checkin_by_uid ON checkin (uid)",
    ),
    (
        "checkin_by_kr_date",
        "INDEX checkin_by_kr_date ON checkin (kr_id, date, id, value, confidence)",
    ),
    ("checkin_by_date", "INDEX checkin_by_date ON checkin (date)"),
];

/// Drops the check-ins' indexes, for a bulk load in the same transaction that
/// [`create_checkin_indexes`] ends. Until then nothing stops two check-ins with one
/// id: the loader must.
pub fn drop_checkin_indexes(conn: &Connection) -> Result<()> {
    for (name, _) in CHECKIN_INDEXES {
        conn.execute(&format!("DROP INDEX IF EXISTS {name}"), [])?;
    }
    Ok(())
}

/// Builds the check-ins' indexes that are missing, each in one sorted pass.
pub fn create_checkin_indexes(conn: &Connection) -> Result<()> {
    for (_, index) in CHECKIN_INDEXES {
        let sql = index.replacen("INDEX ", "INDEX IF NOT EXISTS ", 1);
        conn.execute(&format!("CREATE {sql}"), [])?;
    }
    Ok(())
}

/// A check-in's fields as the database stores them, borrowed: what import compares
/// and writes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StoredCheckin<'a> {
    pub kr: KrId,
    /// `2026-11-23`.
    pub date: &'a str,
    pub value: f64,
    pub confidence: Option<u8>,
    pub note: Option<&'a str>,
    pub author: &'a str,
}

/// Whether the check-in with this uid differs from `c`; `None` when there is none.
pub fn checkin_differs(
    conn: &Connection,
    uid: &str,
    c: &StoredCheckin<'_>,
) -> Result<Option<bool>> {
    Ok(conn
        .prepare_cached(
            "SELECT NOT (kr_id IS ?2 AND date IS ?3 AND value IS ?4 AND confidence IS ?5
                 AND note IS ?6 AND author IS ?7)
             FROM checkin WHERE uid = ?1",
        )?
        .query_row(
            params![uid, c.kr.0, c.date, c.value, c.confidence, c.note, c.author],
            |r| r.get(0),
        )
        .optional()?)
}

/// An objective's fields as a team file states them.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectiveFields {
    pub title: String,
    pub description: Option<String>,
    pub cycle: String,
    pub level: Level,
    pub owner: String,
    pub kind: ObjectiveKind,
    pub state: State,
}

/// `keep`: the objective was changed here since the last export; a difference is kept.
pub fn upsert_objective(
    conn: &Connection,
    uid: &str,
    f: &ObjectiveFields,
    keep: bool,
) -> Result<(ObjectiveId, Change)> {
    let existing: Option<(i64, bool)> = conn
        .prepare_cached(
            "SELECT id, title IS ?2 AND description IS ?3 AND cycle IS ?4 AND level IS ?5 AND owner IS ?6
                 AND kind IS ?7 AND state IS ?8
             FROM objective WHERE uid = ?1",
        )?
        .query_row(
            params![uid, f.title, f.description, f.cycle, f.level.as_str(), f.owner, f.kind.as_str(), f.state.as_str()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match existing {
        Some((id, true)) => Ok((ObjectiveId::row(id), Change::Unchanged)),
        Some((id, false)) if keep => Ok((ObjectiveId::row(id), Change::Kept)),
        Some((id, false)) => {
            conn.prepare_cached(
                "UPDATE objective SET title = ?2, description = ?3, cycle = ?4, level = ?5, owner = ?6,
                     kind = ?7, state = ?8 WHERE id = ?1",
            )?
            .execute(params![id, f.title, f.description, f.cycle, f.level.as_str(), f.owner, f.kind.as_str(), f.state.as_str()])?;
            Ok((ObjectiveId::row(id), Change::Updated))
        }
        None => {
            conn.prepare_cached(
                "INSERT INTO objective (uid, title, description, cycle, level, owner, kind, state, op)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT max(id) FROM op))",
            )?
            .execute(params![
                uid,
                f.title,
                f.description,
                f.cycle,
                f.level.as_str(),
                f.owner,
                f.kind.as_str(),
                f.state.as_str()
            ])?;
            Ok((ObjectiveId::row(conn.last_insert_rowid()), Change::Added))
        }
    }
}

/// Sets a parent; says whether it changed.
pub fn set_parent(conn: &Connection, id: ObjectiveId, parent: Option<ObjectiveId>) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "UPDATE objective SET parent_id = ?2 WHERE id = ?1 AND parent_id IS NOT ?2",
        )?
        .execute(params![id.0, parent.map(|p| p.0)])?;
    Ok(n > 0)
}

#[derive(Debug, Clone, PartialEq)]
pub struct KrFields {
    pub objective: ObjectiveId,
    pub title: String,
    pub kind: KrKind,
    pub start: f64,
    pub target: f64,
    pub unit: String,
    pub weight: f64,
    /// `None`: the objective's owner.
    pub owner: Option<String>,
    pub keep: Option<Keep>,
    pub due: Option<NaiveDate>,
}

/// `local`: the key result was changed here since the last export; a difference is kept.
pub fn upsert_kr(
    conn: &Connection,
    uid: &str,
    f: &KrFields,
    local: bool,
) -> Result<(KrId, Change)> {
    let due = f.due.map(|d| d.to_string());
    let keep = f.keep.map(Keep::as_str);
    let p = params![
        uid,
        f.objective.0,
        f.title,
        f.kind.as_str(),
        f.start,
        f.target,
        f.unit,
        f.weight,
        f.owner,
        keep,
        due
    ];
    let existing: Option<(i64, bool)> = conn
        .prepare_cached(
            "SELECT id, objective_id IS ?2 AND title IS ?3 AND kind IS ?4 AND start IS ?5 AND target IS ?6
                 AND unit IS ?7 AND weight IS ?8 AND owner IS ?9 AND keep IS ?10 AND due IS ?11
             FROM key_result WHERE uid = ?1",
        )?
        .query_row(p, |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match existing {
        Some((id, true)) => Ok((KrId::row(id), Change::Unchanged)),
        Some((id, false)) if local => Ok((KrId::row(id), Change::Kept)),
        Some((id, false)) => {
            conn.prepare_cached(
                "UPDATE key_result SET objective_id = ?2, title = ?3, kind = ?4, start = ?5, target = ?6,
                     unit = ?7, weight = ?8, owner = ?9, keep = ?10, due = ?11 WHERE uid = ?1",
            )?
            .execute(p)?;
            Ok((KrId::row(id), Change::Updated))
        }
        None => {
            conn.prepare_cached(
                "INSERT INTO key_result (uid, objective_id, title, kind, start, target, unit, weight, owner, keep, due, op)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, (SELECT max(id) FROM op))",
            )?
            .execute(p)?;
            Ok((KrId::row(conn.last_insert_rowid()), Change::Added))
        }
    }
}

/// Replaces the fields of the check-in with this uid.
pub fn update_checkin(conn: &Connection, uid: &str, c: &StoredCheckin<'_>) -> Result<()> {
    conn.prepare_cached(
        "UPDATE checkin SET kr_id = ?2, date = ?3, value = ?4, confidence = ?5, note = ?6, author = ?7 WHERE uid = ?1",
    )?
    .execute(params![uid, c.kr.0, c.date, c.value, c.confidence, c.note, c.author])?;
    Ok(())
}

/// Adds or updates a custom cycle's dates.
pub fn put_cycle(conn: &Connection, c: &crate::model::Cycle) -> Result<Change> {
    let before = super::cycles::get(conn, &c.name)?;
    match before {
        Some(b) if b.start == c.start && b.end == c.end => Ok(Change::Unchanged),
        Some(_) => {
            conn.execute(
                "UPDATE cycle SET start = ?2, end = ?3 WHERE name = ?1",
                params![c.name, c.start.to_string(), c.end.to_string()],
            )?;
            Ok(Change::Updated)
        }
        None => {
            super::cycles::insert(conn, c)?;
            Ok(Change::Added)
        }
    }
}

mod history;
mod unstated;
pub use history::*;
pub use unstated::*;
