//! Hand grades in the database. `grade` holds the one in force now, one per key result;
//! `grade_history` every grade with its day (and each clearing, a row without a grade),
//! which reports read: a report as of a day uses the grade in force on it.

use chrono::NaiveDate;
use rusqlite::{Connection, params, params_from_iter};

use super::Scope;
use super::rows::date;
use crate::Result;
use crate::model::{Grade, KrId};

pub fn set(conn: &Connection, g: &Grade) -> Result<()> {
    conn.execute(
        "INSERT INTO grade (kr_id, grade, note, author, date, op) VALUES (?1, ?2, ?3, ?4, ?5, (SELECT max(id) FROM op))
         ON CONFLICT (kr_id) DO UPDATE SET grade = excluded.grade, note = excluded.note,
             author = excluded.author, date = excluded.date",
        params![g.kr.0, g.grade, g.note, g.author, g.date.to_string()],
    )?;
    record(conn, g.kr, Some(g.grade), &g.note, &g.author, g.date)
}

/// Clears the grade in force on `day` (the computed score counts again from then on).
/// Returns whether there was one.
pub fn clear(conn: &Connection, kr: KrId, author: &str, day: NaiveDate) -> Result<bool> {
    let had = conn.execute("DELETE FROM grade WHERE kr_id = ?1", [kr.0])? > 0;
    if had {
        record(conn, kr, None, "cleared", author, day)?;
    }
    Ok(had)
}

/// Adds a grade (or, `None`, a clearing) to the history: one per key result and day,
/// the latest of a day replacing the one before (an update, which an undo puts back).
fn record(
    conn: &Connection,
    kr: KrId,
    grade: Option<f64>,
    note: &str,
    author: &str,
    day: NaiveDate,
) -> Result<()> {
    conn.execute(
        "INSERT INTO grade_history (kr_id, grade, note, author, date, op)
         VALUES (?1, ?2, ?3, ?4, ?5, (SELECT max(id) FROM op))
         ON CONFLICT (kr_id, date) DO UPDATE SET grade = excluded.grade,
             note = excluded.note, author = excluded.author",
        params![kr.0, grade, note, author, day.to_string()],
    )?;
    Ok(())
}

/// Every grade of the key results in scope, with its day, by key result and day; a
/// clearing is an entry with `cleared` set.
pub fn list(conn: &Connection, scope: &Scope) -> Result<Vec<Grade>> {
    let (filter, params) = scope.sql(true);
    let mut stmt = conn.prepare(&format!(
        "SELECT g.kr_id, g.grade, g.note, g.author, g.date, k.uid
         FROM grade_history g JOIN key_result k ON k.id = g.kr_id JOIN objective o ON o.id = k.objective_id
         {filter} ORDER BY g.kr_id, g.date"
    ))?;
    let len = super::names::len(conn)?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        let grade: Option<f64> = r.get(1)?;
        Ok(Grade {
            kr: KrId(
                r.get(0)?,
                crate::model::Name::of(r.get_ref(5)?.as_str()?, len),
            ),
            grade: grade.unwrap_or(0.0),
            cleared: grade.is_none(),
            note: r.get(2)?,
            author: r.get(3)?,
            date: date(r, 4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
