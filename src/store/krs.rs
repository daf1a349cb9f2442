//! Key results in the database.

use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::Scope;
use super::rows::{KR_COLUMNS, key_result};
use crate::model::{KeyResult, KrId, Measure, NewKeyResult, ObjectiveId};
use crate::{Error, Result};

const FROM: &str = "FROM key_result k JOIN objective o ON o.id = k.objective_id";
const ORDER: &str =
    "o.cycle, CASE o.level WHEN 'company' THEN 0 WHEN 'team' THEN 1 ELSE 2 END, o.id, k.id";

/// Adds a key result, noting the day (`created`) it was added.
pub fn insert(
    conn: &Connection,
    new: &NewKeyResult,
    m: &Measure,
    created: chrono::NaiveDate,
) -> Result<KeyResult> {
    conn.execute(
        "INSERT INTO key_result (uid, objective_id, title, kind, start, target, unit, weight, owner, keep, due, created, op)
         VALUES (coalesce(?12, lower(hex(randomblob(16)))), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, (SELECT max(id) FROM op))",
        params![
            new.objective.0,
            new.title,
            m.kind.as_str(),
            m.start,
            m.target,
            new.unit,
            m.weight,
            new.owner,
            m.keep.map(|k| k.as_str()),
            new.due.map(|d| d.to_string()),
            created.to_string(),
            super::names::seeded_uid(conn, "key_result")?
        ],
    )?;
    let row = conn.last_insert_rowid();
    super::names::admit(conn, "key_result", row)?;
    get(conn, KrId::row(row))
}

pub fn get(conn: &Connection, id: KrId) -> Result<KeyResult> {
    conn.query_row(
        &format!("SELECT {KR_COLUMNS} {FROM} WHERE k.id = ?1"),
        [id.0],
        key_result(super::names::len(conn)?),
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        kind: "key result",
        query: id.to_string(),
    })
}

pub fn resolve(conn: &Connection, typed: &str) -> Result<KrId> {
    super::ids::resolve(conn, "key_result", typed).map(|(row, name)| KrId(row, name))
}

pub fn list(conn: &Connection, scope: &Scope) -> Result<Vec<KeyResult>> {
    let (filter, params) = scope.sql(true);
    let mut stmt = conn.prepare(&format!(
        "SELECT {KR_COLUMNS} {FROM} {filter} ORDER BY {ORDER}"
    ))?;
    let rows = stmt.query_map(
        params_from_iter(params),
        key_result(super::names::len(conn)?),
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The key results in scope sorted by objective id, then by id: what a report groups
/// under its objectives. Sorted here rather than by SQLite, which would sort whole
/// rows, titles and all.
pub fn by_objective(conn: &Connection, scope: &Scope) -> Result<Vec<KeyResult>> {
    let (filter, params) = scope.sql(true);
    let mut stmt = conn.prepare(&format!("SELECT {KR_COLUMNS} {FROM} {filter}"))?;
    let rows = stmt.query_map(
        params_from_iter(params),
        key_result(super::names::len(conn)?),
    )?;
    let krs: Vec<KeyResult> = rows.collect::<rusqlite::Result<_>>()?;
    if krs.is_sorted_by_key(|k| (k.objective, k.id)) {
        return Ok(krs);
    }
    // The keys are sorted, and then each key result moves once to its place: sorting
    // the rows themselves moves each large row a dozen times.
    let mut order: Vec<(ObjectiveId, KrId, usize)> = krs
        .iter()
        .enumerate()
        .map(|(i, k)| (k.objective, k.id, i))
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<KeyResult>> = krs.into_iter().map(Some).collect();
    Ok(order
        .iter()
        .filter_map(|&(_, _, i)| slots[i].take())
        .collect())
}

/// The key results with these ids (each once, in id order).
pub fn by_ids(conn: &Connection, ids: &[KrId]) -> Result<Vec<KeyResult>> {
    let mut ids: Vec<i64> = ids.iter().map(|k| k.0).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut found = Vec::with_capacity(ids.len());
    // In chunks, below SQLite's limit on parameters.
    for chunk in ids.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(",");
        let mut stmt = conn.prepare(&format!(
            "SELECT {KR_COLUMNS} {FROM} WHERE k.id IN ({marks}) ORDER BY k.id"
        ))?;
        let rows = stmt.query_map(
            params_from_iter(chunk),
            key_result(super::names::len(conn)?),
        )?;
        found.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
    }
    Ok(found)
}

/// Saves an edited key result. An owner equal to the objective's is stored as "inherit".
pub fn update(conn: &Connection, kr: &KeyResult) -> Result<()> {
    conn.execute(
        "UPDATE key_result SET objective_id = ?2, title = ?3, kind = ?4, start = ?5, target = ?6,
             unit = ?7, weight = ?8,
             owner = CASE WHEN ?9 = (SELECT owner FROM objective WHERE id = ?2) THEN NULL ELSE ?9 END,
             keep = ?10, due = ?11
         WHERE id = ?1",
        params![
            kr.id.0,
            kr.objective.0,
            kr.title,
            kr.kind.as_str(),
            kr.start,
            kr.target,
            kr.unit,
            kr.weight,
            kr.owner,
            kr.keep.map(|k| k.as_str()),
            kr.due.map(|d| d.to_string())
        ],
    )?;
    Ok(())
}

pub fn checkin_count(conn: &Connection, id: KrId) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM checkin WHERE kr_id = ?1",
        [id.0],
        |r| r.get(0),
    )?)
}

/// Deletes a key result with its grade, history, initiatives, source and check-ins. The caller decides whether that
/// is allowed.
pub fn delete(conn: &Connection, id: KrId) -> Result<()> {
    conn.execute("DELETE FROM task WHERE kr_id = ?1", [id.0])?;
    conn.execute("DELETE FROM kr_source WHERE kr_id = ?1", [id.0])?;
    conn.execute("DELETE FROM checkin WHERE kr_id = ?1", [id.0])?;
    conn.execute("DELETE FROM grade WHERE kr_id = ?1", [id.0])?;
    conn.execute("DELETE FROM grade_history WHERE kr_id = ?1", [id.0])?;
    conn.execute("DELETE FROM measure WHERE kr_id = ?1", [id.0])?;
    conn.execute("DELETE FROM key_result WHERE id = ?1", [id.0])?;
    Ok(())
}

/// How many of `owner`'s key results in `cycle` (of active objectives) are stale on
/// `today`: no check-in dated within the last 7 days, unless a milestone already
/// reached or added this week. One query, answered from the check-in index: fast enough for a prompt.
pub fn stale_count(
    conn: &Connection,
    cycle: &str,
    owner: &str,
    today: chrono::NaiveDate,
) -> Result<i64> {
    let week_ago = today - chrono::Days::new(7);
    Ok(conn.query_row(
        // Mine: owned by me, or by nobody in an objective of mine. Two indexed halves
        // rather than `coalesce(k.owner, o.owner) = ?`, which would read every
        // objective of the cycle.
        "SELECT count(*) FROM (
             SELECT k.id, k.kind, k.created FROM objective o JOIN key_result k ON k.objective_id = o.id
             WHERE o.cycle = ?1 AND o.owner = ?2 AND o.state = 'active' AND k.owner IS NULL
             UNION ALL
             SELECT k.id, k.kind, k.created FROM key_result k JOIN objective o ON o.id = k.objective_id
             WHERE k.owner = ?2 AND o.cycle = ?1 AND o.state = 'active'
         ) m
         WHERE (m.created IS NULL OR m.created <= ?3 OR m.created > ?4)
           AND NOT EXISTS (SELECT 1 FROM checkin c
                           WHERE c.kr_id = m.id AND c.date > ?3 AND c.date <= ?4)
           AND NOT (m.kind = 'boolean' AND coalesce(
                 (SELECT c.value FROM checkin c WHERE c.kr_id = m.id AND c.date <= ?4
                  ORDER BY c.date DESC, c.id DESC LIMIT 1), 0) >= 1)",
        params![cycle, owner, week_ago.to_string(), today.to_string()],
        |r| r.get(0),
    )?)
}
