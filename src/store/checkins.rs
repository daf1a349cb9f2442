//! Check-ins in the database: append-only, except for an explicit undo.

use chrono::NaiveDate;
use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::Scope;
use super::names;
use super::rows::{CHECKIN_COLUMNS, checkin};
use crate::Result;
use crate::model::{CheckIn, KrId};

const FROM: &str =
    "FROM checkin c JOIN key_result k ON k.id = c.kr_id JOIN objective o ON o.id = k.objective_id";

/// A check-in about to be recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCheckIn {
    pub kr: KrId,
    pub value: f64,
    pub date: NaiveDate,
    pub confidence: Option<u8>,
    pub note: Option<String>,
    pub author: String,
}

pub fn insert(conn: &Connection, new: &NewCheckIn) -> Result<CheckIn> {
    conn.execute(
        "INSERT INTO checkin (kr_id, date, value, confidence, note, author, op) VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT max(id) FROM op))",
        params![new.kr.0, new.date.to_string(), new.value, new.confidence, new.note, new.author],
    )?;
    let id = conn.last_insert_rowid();
    Ok(CheckIn {
        id,
        uid: conn.query_row("SELECT uid FROM checkin WHERE id = ?1", [id], |r| r.get(0))?,
        kr: new.kr,
        value: new.value,
        date: new.date,
        confidence: new.confidence,
        note: new.note.clone(),
        author: new.author.clone(),
    })
}

/// Check-ins in scope, newest first (by date, then by when they were recorded).
pub fn recent(conn: &Connection, scope: &Scope, limit: Option<usize>) -> Result<Vec<CheckIn>> {
    let (filter, mut params) = scope.sql(true);
    params.push(SqlValue::Integer(limit.map_or(-1, |l| l as i64)));
    let mut stmt = conn.prepare(&format!(
        "SELECT {CHECKIN_COLUMNS} {FROM} {filter} ORDER BY c.date DESC, c.id DESC LIMIT ?"
    ))?;
    let rows = stmt.query_map(params_from_iter(params), checkin(names::len(conn)?))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many check-ins are in scope.
pub fn count(conn: &Connection, scope: &Scope) -> Result<usize> {
    let (filter, params) = scope.sql(true);
    let n: i64 = conn.query_row(
        &format!("SELECT count(*) {FROM} {filter}"),
        params_from_iter(params),
        |r| r.get(0),
    )?;
    Ok(n as usize)
}

/// Every check-in in scope dated from `from` to `to`, whole, ordered by date and id:
/// the week a report shows.
pub fn between(
    conn: &Connection,
    scope: &Scope,
    (from, to): (NaiveDate, NaiveDate),
) -> Result<Vec<CheckIn>> {
    let (filter, mut params) = scope.sql(true);
    let and = if filter.is_empty() { "WHERE" } else { "AND" };
    params.push(SqlValue::Text(from.to_string()));
    params.push(SqlValue::Text(to.to_string()));
    let mut stmt = conn.prepare(&format!(
        "SELECT {CHECKIN_COLUMNS} {FROM} {filter} {and} c.date BETWEEN ? AND ? ORDER BY c.date, c.id"
    ))?;
    let rows = stmt.query_map(params_from_iter(params), checkin(names::len(conn)?))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The latest check-in on or before `as_of` of each key result in scope, carrying the
/// latest confidence stated on or before it (a check-in without one keeps the last,
/// as reports do): one indexed seek per key result, not a scan of all check-ins.
pub fn latest(conn: &Connection, scope: &Scope, as_of: NaiveDate) -> Result<Vec<CheckIn>> {
    latest_in(conn, scope, as_of, None, true)
}

/// [`latest`], for a whole cycle's key results (a list of 50,000): looked up on two
/// cores, in parts by key result id ([`super::parallel`]), while `meanwhile` loads
/// the rest. Returns both.
pub fn latest_sharing<R>(
    conn: &Connection,
    path: &std::path::Path,
    scope: &Scope,
    as_of: NaiveDate,
    meanwhile: impl FnOnce(&Connection) -> Result<R>,
) -> Result<(Vec<CheckIn>, R)> {
    let keys = super::history::Keys::of(conn, scope)?;
    let parts = keys.parts(4);
    let (latest, during) = super::parallel::share(
        conn,
        path,
        parts.len(),
        |conn, i| latest_in(conn, scope, as_of, keys.span(parts[i].clone()), false),
        meanwhile,
    )?;
    Ok((latest.concat(), during))
}

/// [`latest`], of the key results with ids from `span.0` to `span.1` if given; with
/// each check-in's uid, or (for a whole cycle's views, which show only the value, date
/// and confidence) without it.
fn latest_in(
    conn: &Connection,
    scope: &Scope,
    as_of: NaiveDate,
    span: Option<(i64, i64)>,
    with_uid: bool,
) -> Result<Vec<CheckIn>> {
    let uid = if with_uid { "c.uid" } else { "''" };
    let (mut filter, mut params) = scope.sql(true);
    params.insert(0, SqlValue::Text(as_of.to_string()));
    if let Some((lo, hi)) = span {
        let and = if filter.is_empty() { "WHERE" } else { " AND" };
        filter.push_str(&format!("{and} k.id BETWEEN ? AND ?"));
        params.extend([SqlValue::Integer(lo), SqlValue::Integer(hi)]);
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT c.id, c.kr_id, c.value, c.date,
             coalesce(c.confidence, (
                 SELECT c3.confidence FROM checkin c3
                 WHERE c3.kr_id = k.id AND c3.date <= ?1 AND c3.confidence IS NOT NULL
                 ORDER BY c3.date DESC, c3.id DESC LIMIT 1)),
             c.note, c.author, k.uid, {uid}
         FROM key_result k JOIN objective o ON o.id = k.objective_id
         JOIN checkin c ON c.id = (
             SELECT c2.id FROM checkin c2 WHERE c2.kr_id = k.id AND c2.date <= ?1
             ORDER BY c2.date DESC, c2.id DESC LIMIT 1)
         {filter}
         ORDER BY k.id"
    ))?;
    let rows = stmt.query_map(params_from_iter(params), checkin(names::len(conn)?))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The check-in recorded last (whatever its date) in scope: what `undo` removes.
pub fn last_recorded(conn: &Connection, scope: &Scope) -> Result<Option<CheckIn>> {
    let (filter, params) = scope.sql(true);
    Ok(conn
        .query_row(
            &format!("SELECT {CHECKIN_COLUMNS} {FROM} {filter} ORDER BY c.id DESC LIMIT 1"),
            params_from_iter(params),
            checkin(names::len(conn)?),
        )
        .optional()?)
}

pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM checkin WHERE id = ?1", [id])?;
    Ok(())
}
