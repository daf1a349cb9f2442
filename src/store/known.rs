//! What each team file held when this database last read or wrote it: a hash of its
//! bytes. An import skips a file whose bytes hash the same (the database holds what it
//! says already), and an export that finds an author's file as it left it rewrites it
//! from the database without reading it. A hash, not a modification time: a file that
//! changes behind okr's back is read again, whatever its timestamps say.
//!
//! Bookkeeping, not data: no op log. An undo forgets every file (the next import reads
//! them all, as before any was known), since the database may no longer hold what they
//! say.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{Connection, params};

use crate::Result;

/// What a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Objectives,
    Checkins,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Objectives => "objectives",
            Kind::Checkins => "checkins",
        }
    }
}

/// A file as this database last saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// xxh3-128 of its bytes, 32 hex digits.
    pub hash: String,
    pub kind: Kind,
    /// The cycles of what it holds: of its objectives, or of its check-ins' key results.
    pub cycles: BTreeSet<String>,
    /// For a file export wrote: the newest op it wrote out. Until a later op changes
    /// objectives, key results or cycles, exporting again would write the same bytes.
    pub written_at: Option<i64>,
}

/// Every known file, by its canonical path.
pub fn all(conn: &Connection) -> Result<HashMap<String, Known>> {
    let mut stmt = conn.prepare("SELECT path, hash, kind, cycles, op FROM known_file")?;
    let rows = stmt.query_map([], |r| {
        let kind: String = r.get(2)?;
        let cycles: String = r.get(3)?;
        Ok((
            r.get::<_, String>(0)?,
            Known {
                hash: r.get(1)?,
                kind: if kind == "objectives" {
                    Kind::Objectives
                } else {
                    Kind::Checkins
                },
                cycles: cycles
                    .split('\n')
                    .filter(|c| !c.is_empty())
                    .map(str::to_string)
                    .collect(),
                written_at: r.get(4)?,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Remembers what `path` holds now.
pub fn put(conn: &Connection, path: &str, known: &Known) -> Result<()> {
    let cycles: Vec<&str> = known.cycles.iter().map(String::as_str).collect();
    conn.prepare_cached(
        "INSERT INTO known_file (path, hash, kind, cycles, op) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, kind = excluded.kind,
             cycles = excluded.cycles, op = excluded.op",
    )?
    .execute(params![
        path,
        known.hash,
        known.kind.as_str(),
        cycles.join("\n"),
        known.written_at
    ])?;
    Ok(())
}

/// Forgets `path`: it is gone, or holds what the database may not have.
pub fn forget(conn: &Connection, path: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM known_file WHERE path = ?1")?
        .execute([path])?;
    Ok(())
}

/// Forgets every file.
pub fn forget_all(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM known_file", [])?;
    Ok(())
}

/// Whether an op after `op` changed what an objectives file holds: a cycle, an
/// objective, a key result or its history or source, an initiative, a link. (Check-ins and reflections live in authors'
/// files; an undo forgets every file anyway.)
pub fn objectives_changed_since(conn: &Connection, op: i64) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM change WHERE op > ?1
                AND tbl IN ('cycle', 'objective', 'key_result', 'measure', 'task', 'link', 'kr_source'))
            OR EXISTS (SELECT 1 FROM cycle WHERE op > ?1)
            OR EXISTS (SELECT 1 FROM kr_source WHERE op > ?1)
            OR EXISTS (SELECT 1 FROM task WHERE op > ?1)
            OR EXISTS (SELECT 1 FROM link WHERE op > ?1)
            OR EXISTS (SELECT 1 FROM objective WHERE op > ?1)
            OR EXISTS (SELECT 1 FROM key_result WHERE op > ?1)
            OR EXISTS (SELECT 1 FROM measure WHERE op > ?1)",
        [op],
        |r| r.get(0),
    )?)
}

/// How a file is named here: its canonical path, so that the same file reached two ways
/// is one file.
pub fn key_of(path: &std::path::Path) -> String {
    std::fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

/// The hash [`Known::hash`] holds, of a file's bytes.
pub fn hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}
