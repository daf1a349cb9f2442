//! Hand grades in the database: at most one per key result, replaced when set again.

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
    Ok(())
}

pub fn clear(conn: &Connection, kr: KrId) -> Result<bool> {
    Ok(conn.execute("DELETE FROM grade WHERE kr_id = ?1", [kr.0])? > 0)
}

/// Grades of the key results in scope.
pub fn list(conn: &Connection, scope: &Scope) -> Result<Vec<Grade>> {
    let (filter, params) = scope.sql(true);
    let mut stmt = conn.prepare(&format!(
        "SELECT g.kr_id, g.grade, g.note, g.author, g.date, k.uid
         FROM grade g JOIN key_result k ON k.id = g.kr_id JOIN objective o ON o.id = k.objective_id
         {filter} ORDER BY g.kr_id"
    ))?;
    let len = super::names::len(conn)?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok(Grade {
            kr: KrId(
                r.get(0)?,
                crate::model::Name::of(r.get_ref(5)?.as_str()?, len),
            ),
            grade: r.get(1)?,
            note: r.get(2)?,
            author: r.get(3)?,
            date: date(r, 4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
