//! The operation log: every user action that changes data is one `op` row, and
//! `okr undo` puts the latest one back.
//!
//! How an op is recorded (schema V3): each data row carries the id of the op that
//! inserted it (`op` column), and triggers keep the old image of every row an op updates
//! or deletes (`change` + `was_<table>`). Undoing op X, in one transaction, replays X's
//! changes newest first (a deleted row is inserted again with its old id, an updated row
//! gets its old values back) and then deletes the rows X inserted, children first. The
//! undo is an op itself (`undoes = X`); while it runs the triggers stay silent. Ops are
//! undone last in, first out, so the rows an undo touches are exactly as X left them.
//! Like `jj op log`, but with rows instead of snapshots: a check-in costs no more than it
//! did before the log existed.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::Result;

/// The data tables, children before parents: the order in which rows an op inserted
/// are deleted again.
pub const TABLES: &[&str] = &[
    "grade_history",
    "kr_source",
    "task",
    "link",
    "checkin",
    "grade",
    "measure",
    "reflection",
    "key_result",
    "objective",
    "cycle",
];

/// Who does what, and why: the head of an op, written before its changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    pub kind: &'static str,
    pub user: String,
    /// Local time with its offset, `2026-11-23 14:05:09 +0100`.
    pub at: String,
    pub reason: Option<String>,
}

/// One entry of `okr log`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: String,
    pub user: String,
    pub kind: String,
    pub summary: String,
    pub reason: Option<String>,
    /// The op this one undid.
    pub undoes: Option<i64>,
    /// The op that undid this one.
    pub undone_by: Option<i64>,
}

/// Starts an op; every row written until [`finish`] belongs to it.
pub(super) fn begin(conn: &Connection, head: &Head) -> Result<i64> {
    conn.execute(
        "INSERT INTO op (at, user, kind, reason) VALUES (?1, ?2, ?3, ?4)",
        params![head.at, head.user, head.kind, head.reason],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Ends op `id` with its one-line summary. An op that changed nothing (its summary is
/// empty: an import of files already in the database) leaves no entry.
pub(super) fn finish(conn: &Connection, id: i64, summary: &str) -> Result<()> {
    if summary.is_empty() {
        let changed: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM change WHERE op = ?1)",
            [id],
            |r| r.get(0),
        )?;
        if !changed {
            conn.execute("DELETE FROM op WHERE id = ?1", [id])?;
            return Ok(());
        }
    }
    conn.execute(
        "UPDATE op SET summary = ?2 WHERE id = ?1",
        params![id, summary],
    )?;
    Ok(())
}

const ENTRY: &str = "SELECT o.id, o.at, o.user, o.kind, o.summary, o.reason, o.undoes,
        (SELECT u.id FROM op u WHERE u.undoes = o.id) FROM op o";

fn entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
    Ok(Entry {
        id: r.get(0)?,
        at: r.get(1)?,
        user: r.get(2)?,
        kind: r.get(3)?,
        summary: r.get(4)?,
        reason: r.get(5)?,
        undoes: r.get(6)?,
        undone_by: r.get(7)?,
    })
}

/// What `okr log` filters on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub kr: Option<i64>,
    pub objective: Option<i64>,
    /// Ops on or after this local date.
    pub since: Option<chrono::NaiveDate>,
    /// At most this many, newest first; `None` for all.
    pub limit: Option<usize>,
}

/// Ops newest first, with how many more the limit left out.
pub fn list(conn: &Connection, f: &Filter) -> Result<(Vec<Entry>, usize)> {
    let mut clauses = Vec::new();
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    if let Some(kr) = f.kr {
        args.push(kr.into());
        let n = args.len();
        clauses.push(format!(
            "o.id IN (SELECT op FROM change WHERE kr = ?{n}
                UNION SELECT op FROM key_result WHERE id = ?{n}
                UNION SELECT op FROM checkin WHERE kr_id = ?{n}
                UNION SELECT op FROM grade WHERE kr_id = ?{n}
                UNION SELECT op FROM grade_history WHERE kr_id = ?{n}
                UNION SELECT op FROM measure WHERE kr_id = ?{n})"
        ));
    }
    if let Some(o) = f.objective {
        args.push(o.into());
        let n = args.len();
        clauses.push(format!(
            "o.id IN (SELECT op FROM change WHERE objective = ?{n}
                UNION SELECT op FROM change WHERE kr IN (SELECT id FROM key_result WHERE objective_id = ?{n})
                UNION SELECT op FROM objective WHERE id = ?{n}
                UNION SELECT op FROM key_result WHERE objective_id = ?{n}
                UNION SELECT op FROM reflection WHERE objective_id = ?{n}
                UNION SELECT c.op FROM checkin c JOIN key_result k ON k.id = c.kr_id WHERE k.objective_id = ?{n}
                UNION SELECT g.op FROM grade g JOIN key_result k ON k.id = g.kr_id WHERE k.objective_id = ?{n}
                UNION SELECT g.op FROM grade_history g JOIN key_result k ON k.id = g.kr_id WHERE k.objective_id = ?{n}
                UNION SELECT m.op FROM measure m JOIN key_result k ON k.id = m.kr_id WHERE k.objective_id = ?{n})"
        ));
    }
    if let Some(d) = f.since {
        args.push(d.to_string().into());
        clauses.push(format!("substr(o.at, 1, 10) >= ?{}", args.len()));
    }
    let filter = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    let total: usize = conn.query_row(
        &format!("SELECT count(*) FROM op o {filter}"),
        rusqlite::params_from_iter(&args),
        |r| r.get::<_, i64>(0),
    )? as usize;
    let limit = f.limit.map_or(-1, |l| l as i64);
    let mut stmt = conn.prepare(&format!(
        "{ENTRY} {filter} ORDER BY o.id DESC LIMIT {limit}"
    ))?;
    let rows = stmt.query_map(rusqlite::params_from_iter(&args), entry)?;
    let entries: Vec<Entry> = rows.collect::<rusqlite::Result<_>>()?;
    let more = total.saturating_sub(entries.len());
    Ok((entries, more))
}

/// The op `okr undo` takes back: the latest one that is neither an undo nor undone.
pub fn undoable(conn: &Connection) -> Result<Option<Entry>> {
    Ok(conn
        .query_row(
            &format!(
                "{ENTRY} WHERE o.undoes IS NULL AND NOT EXISTS (SELECT 1 FROM op u WHERE u.undoes = o.id)
                 ORDER BY o.id DESC LIMIT 1"
            ),
            [],
            entry,
        )
        .optional()?)
}

/// Puts op `target` back. Runs inside the undo's own op, which must have been begun
/// with `undoes = target` (see [`begin_undo`]).
pub(super) fn revert(conn: &Connection, target: i64) -> Result<()> {
    let changes: Vec<(i64, String, i64, String)> = {
        let mut stmt =
            conn.prepare("SELECT id, tbl, row, action FROM change WHERE op = ?1 ORDER BY id DESC")?;
        let rows = stmt.query_map([target], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (change, table, row, action) in changes {
        let (columns, rowid_is_first) = columns_of(&table)?;
        let cols = columns.join(", ");
        if action == "delete" {
            // A table whose first column is its rowid gets it back through that column.
            let (into, select) = if rowid_is_first {
                (cols.clone(), cols.clone())
            } else {
                (format!("rowid, {cols}"), format!("?2, {cols}"))
            };
            let sql = format!(
                "INSERT INTO {table} ({into}) SELECT {select} FROM was_{table} WHERE change = ?1"
            );
            if rowid_is_first {
                conn.execute(&sql, [change])?;
            } else {
                conn.execute(&sql, [change, row])?;
            }
        } else {
            conn.execute(
                &format!(
                    "UPDATE {table} SET ({cols}) = (SELECT {cols} FROM was_{table} WHERE change = ?1)
                     WHERE rowid = ?2"
                ),
                [change, row],
            )?;
        }
    }
    for table in TABLES {
        conn.execute(&format!("DELETE FROM {table} WHERE op = ?1"), [target])?;
    }
    Ok(())
}

/// Begins the op that undoes `target`.
pub(super) fn begin_undo(conn: &Connection, head: &Head, target: i64) -> Result<i64> {
    conn.execute(
        "INSERT INTO op (at, user, kind, reason, undoes) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![head.at, head.user, head.kind, head.reason, target],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The columns of a data table as the triggers record them, and whether the first is
/// the rowid.
fn columns_of(table: &str) -> Result<(&'static [&'static str], bool)> {
    super::migrations::recorded_tables()
        .find(|(t, ..)| *t == table)
        .map(|(_, cols, first_is_rowid, ..)| (*cols, *first_is_rowid))
        .ok_or_else(|| crate::Error::invalid(format!("the log names an unknown table `{table}`")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The triggers record every column: a column added later without updating the
    /// recorded lists would be lost by an undo.
    #[test]
    fn the_recorded_columns_are_every_column() {
        let store = crate::store::Store::in_memory().unwrap();
        for (table, cols, ..) in super::super::migrations::recorded_tables() {
            let mut stmt = store
                .conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
                .unwrap();
            let actual: Vec<String> = stmt
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            assert_eq!(actual, *cols, "{table}");
        }
        assert_eq!(
            TABLES.len(),
            super::super::migrations::recorded_tables().count()
        );
    }
}
