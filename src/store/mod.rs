//! Storage: the only module that speaks SQL.
//!
//! One SQLite file in WAL mode with foreign keys on and a busy timeout, so that a cron
//! job and a person checking in at the same moment both succeed. Every user action runs
//! in one `IMMEDIATE` transaction ([`Store::write`]); reads that need a consistent view
//! run in one deferred transaction ([`Store::read`]).

pub mod checkins;
pub mod cycles;
pub mod exchange;
pub mod grades;
mod ids;
pub mod krs;
mod migrations;
pub mod objectives;
mod rows;
mod scope;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use scope::Scope;

use crate::{Error, Result};

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// What `okr init` found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Init {
    Created,
    Existing {
        objectives: i64,
        key_results: i64,
        checkins: i64,
    },
}

impl Store {
    /// Opens an existing database, migrating an older schema forward.
    pub fn open(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(Error::NoDatabase(path.to_path_buf()));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| not_a_database(path, e))?;
        Store::prepare(conn, path)
    }

    /// Creates the database (and its folder) if needed; never touches existing rows.
    pub fn init(path: &Path) -> Result<(Store, Init)> {
        if path.exists() {
            let store = Store::open(path)?;
            let count = |table: &str| -> Result<i64> {
                Ok(store
                    .conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
            };
            let init = Init::Existing {
                objectives: count("objective")?,
                key_results: count("key_result")?,
                checkins: count("checkin")?,
            };
            return Ok((store, init));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                action: "create the folder",
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|e| not_a_database(path, e))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        Ok((Store::prepare(conn, path)?, Init::Created))
    }

    /// A private database in memory, for tests and the demo.
    pub fn in_memory() -> Result<Store> {
        Store::prepare(Connection::open_in_memory()?, Path::new(":memory:"))
    }

    fn prepare(mut conn: Connection, path: &Path) -> Result<Store> {
        conn.busy_timeout(Duration::from_secs(30))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        let found: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| not_a_database(path, e))?;
        let known = migrations::latest_version();
        if found > known {
            return Err(Error::SchemaTooNew {
                path: path.to_path_buf(),
                found,
                known,
            });
        }
        if found < known {
            conn.set_transaction_behavior(TransactionBehavior::Immediate);
            migrations::migrations()
                .to_latest(&mut conn)
                .map_err(|e| match e {
                    rusqlite_migration::Error::RusqliteError { err, .. } => Error::Sqlite(err),
                    other => Error::invalid(format!("cannot update the database schema: {other}")),
                })?;
            conn.set_transaction_behavior(TransactionBehavior::Deferred);
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs one user action in one write transaction: all of it or none of it.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Like [`Store::write`], but rolls back instead of committing when `commit` is
    /// false: a dry run that sees exactly what the real run would do.
    pub fn write_or_rollback<T>(
        &mut self,
        commit: bool,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        if commit {
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(out)
    }

    /// Runs several reads against one consistent snapshot.
    pub fn read<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)?;
        let out = f(&tx)?;
        tx.finish()?;
        Ok(out)
    }
}

fn not_a_database(path: &Path, e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => {
            Error::invalid(format!("`{}` is not an okr database", path.display()))
        }
        Some(rusqlite::ErrorCode::CannotOpen) => {
            Error::invalid(format!("cannot open the database at `{}`", path.display()))
        }
        _ => Error::Sqlite(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_newer_schema_is_refused_with_a_sentence() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("okr.db");
        Store::init(&path).unwrap();
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        let err = Store::open(&path).err().unwrap();
        assert!(
            matches!(
                err,
                Error::SchemaTooNew {
                    found: 99,
                    known: 1,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn init_twice_keeps_everything() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/okr.db");
        let (_, first) = Store::init(&path).unwrap();
        assert_eq!(first, Init::Created);
        let (_, second) = Store::init(&path).unwrap();
        assert_eq!(
            second,
            Init::Existing {
                objectives: 0,
                key_results: 0,
                checkins: 0
            }
        );
    }
}
