//! Initiatives in the database.

use chrono::NaiveDate;
use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

use super::Scope;
use super::rows::{date, date_opt};
use crate::model::{KrId, Name, ObjectiveId, Task, TaskId, TaskState, Uid};
use crate::{Error, Result};

/// An initiative's columns, with its key result's uid last.
const COLUMNS: &str = "t.id, t.uid, t.kr_id, t.title, t.owner, t.due, t.done, t.created, k.uid";
const FROM: &str =
    "FROM task t JOIN key_result k ON k.id = t.kr_id JOIN objective o ON o.id = k.objective_id";

/// What `okr task add` records.
#[derive(Debug, Clone, PartialEq)]
pub struct NewTask {
    pub kr: KrId,
    pub title: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub created: NaiveDate,
}

/// Reads [`COLUMNS`], naming ids with `len` letters.
fn task(len: usize) -> impl Fn(&Row<'_>) -> rusqlite::Result<Task> {
    move |r| {
        let name =
            |i: usize| -> rusqlite::Result<Name> { Ok(Name::of(r.get_ref(i)?.as_str()?, len)) };
        Ok(Task {
            id: TaskId(r.get(0)?, name(1)?),
            uid: Uid(r.get(1)?),
            kr: KrId(r.get(2)?, name(8)?),
            title: r.get(3)?,
            owner: r.get(4)?,
            due: date_opt(r, 5)?,
            done: date_opt(r, 6)?,
            created: date(r, 7)?,
        })
    }
}

pub fn insert(conn: &Connection, new: &NewTask) -> Result<Task> {
    conn.execute(
        "INSERT INTO task (uid, kr_id, title, owner, due, created, op)
         VALUES (coalesce(?6, lower(hex(randomblob(16)))), ?1, ?2, ?3, ?4, ?5, (SELECT max(id) FROM op))",
        params![
            new.kr.0,
            new.title,
            new.owner,
            new.due.map(|d| d.to_string()),
            new.created.to_string(),
            super::names::seeded_uid(conn, "task")?
        ],
    )?;
    let row = conn.last_insert_rowid();
    super::names::admit(conn, "task", row)?;
    get(conn, TaskId::row(row))
}

pub fn get(conn: &Connection, id: TaskId) -> Result<Task> {
    conn.query_row(
        &format!("SELECT {COLUMNS} {FROM} WHERE t.id = ?1"),
        [id.0],
        task(super::names::len(conn)?),
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        kind: "initiative",
        query: id.to_string(),
    })
}

/// A name, or a uid's hex prefix.
pub fn resolve(conn: &Connection, typed: &str) -> Result<TaskId> {
    super::ids::resolve(conn, "task", typed).map(|(row, name)| TaskId(row, name))
}

/// An initiative as a list shows it: with its key result's title, its objective and
/// cycle.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub task: Task,
    pub kr_title: String,
    pub objective: ObjectiveId,
    pub cycle: String,
}

/// The initiatives of the key results in `scope`, of `owner` if given, in `state`:
/// open ones first, by due day (those without one last), then the done ones.
pub fn list(
    conn: &Connection,
    scope: &Scope,
    owner: Option<&str>,
    state: TaskState,
) -> Result<Vec<Listed>> {
    let (mut filter, mut params) = scope.sql(true);
    let and = |clause: &str, filter: &mut String| {
        filter.push_str(if filter.is_empty() { "WHERE " } else { " AND " });
        filter.push_str(clause);
    };
    if let Some(owner) = owner {
        and("t.owner = ?", &mut filter);
        params.push(SqlValue::Text(owner.to_string()));
    }
    match state {
        TaskState::Open => and("t.done IS NULL", &mut filter),
        TaskState::Done => and("t.done IS NOT NULL", &mut filter),
        TaskState::All => {}
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS}, k.title, o.id, o.cycle, o.uid {FROM} {filter}
         ORDER BY t.done IS NOT NULL, t.due IS NULL, t.due, t.done, t.id"
    ))?;
    let len = super::names::len(conn)?;
    let read = task(len);
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok(Listed {
            task: read(r)?,
            kr_title: r.get(9)?,
            objective: ObjectiveId(r.get(10)?, Name::of(r.get_ref(12)?.as_str()?, len)),
            cycle: r.get(11)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Ticks an initiative off on `day`, or opens it again (`None`).
pub fn set_done(conn: &Connection, id: TaskId, day: Option<NaiveDate>) -> Result<()> {
    conn.execute(
        "UPDATE task SET done = ?2 WHERE id = ?1",
        params![id.0, day.map(|d| d.to_string())],
    )?;
    Ok(())
}

/// Sets an initiative's title, owner, due day and key result.
pub fn update(conn: &Connection, t: &Task) -> Result<()> {
    conn.execute(
        "UPDATE task SET title = ?2, owner = ?3, due = ?4, kr_id = ?5 WHERE id = ?1",
        params![
            t.id.0,
            t.title,
            t.owner,
            t.due.map(|d| d.to_string()),
            t.kr.0
        ],
    )?;
    Ok(())
}

pub fn delete(conn: &Connection, id: TaskId) -> Result<()> {
    conn.execute("DELETE FROM task WHERE id = ?1", [id.0])?;
    Ok(())
}

/// An initiative's fields as a team file states them.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskFields {
    pub kr: KrId,
    pub title: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub done: Option<NaiveDate>,
    pub created: NaiveDate,
}

/// The uid of `kr`'s initiative titled `title`, if it has one.
pub fn uid_by_title(conn: &Connection, kr: KrId, title: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT uid FROM task WHERE kr_id = ?1 AND title = ?2 ORDER BY id LIMIT 1")?
        .query_row(params![kr.0, title], |r| r.get(0))
        .optional()?)
}

/// Adds or updates the initiative `uid` (the file wins, unless it was changed here
/// since the last export: `local`). The day it was named is never changed.
pub fn upsert(
    conn: &Connection,
    uid: &str,
    f: &TaskFields,
    local: bool,
) -> Result<(TaskId, super::exchange::Change)> {
    use super::exchange::Change;
    let day = |d: Option<NaiveDate>| d.map(|d| d.to_string());
    let p = params![uid, f.kr.0, f.title, f.owner, day(f.due), day(f.done)];
    let existing: Option<(i64, bool)> = conn
        .prepare_cached(
            "SELECT id, kr_id IS ?2 AND title IS ?3 AND owner IS ?4 AND due IS ?5 AND done IS ?6
             FROM task WHERE uid = ?1",
        )?
        .query_row(p, |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match existing {
        Some((id, true)) => Ok((TaskId::row(id), Change::Unchanged)),
        Some((id, false)) if local => Ok((TaskId::row(id), Change::Kept)),
        Some((id, false)) => {
            conn.prepare_cached(
                "UPDATE task SET kr_id = ?2, title = ?3, owner = ?4, due = ?5, done = ?6 WHERE uid = ?1",
            )?
            .execute(p)?;
            Ok((TaskId::row(id), Change::Updated))
        }
        None => {
            conn.prepare_cached(
                "INSERT INTO task (uid, kr_id, title, owner, due, done, created, op)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT max(id) FROM op))",
            )?
            .execute(params![
                uid,
                f.kr.0,
                f.title,
                f.owner,
                day(f.due),
                day(f.done),
                f.created.to_string()
            ])?;
            Ok((TaskId::row(conn.last_insert_rowid()), Change::Added))
        }
    }
}
