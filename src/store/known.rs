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
}

/// Every known file, by its canonical path.
pub fn all(conn: &Connection) -> Result<HashMap<String, Known>> {
    let mut stmt = conn.prepare("SELECT path, hash, kind, cycles FROM known_file")?;
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
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Remembers what `path` holds now.
pub fn put(conn: &Connection, path: &str, known: &Known) -> Result<()> {
    let cycles: Vec<&str> = known.cycles.iter().map(String::as_str).collect();
    conn.prepare_cached(
        "INSERT INTO known_file (path, hash, kind, cycles) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, kind = excluded.kind,
             cycles = excluded.cycles",
    )?
    .execute(params![
        path,
        known.hash,
        known.kind.as_str(),
        cycles.join("\n")
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

/// The hash [`Known::hash`] holds, of a file's bytes.
pub fn hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}
