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
pub mod history;
mod ids;
pub mod known;
pub mod krs;
pub mod links;
pub mod measures;
mod migrations;
pub mod names;
pub mod objectives;
pub mod oplog;
pub mod parallel;
pub mod reflections;
mod rows;
mod scope;
pub mod series;
pub mod sources;
pub mod synced;
pub mod tasks;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use ids::command_of;
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
    /// Opens an existing okr database, migrating an older okr schema forward. Anything
    /// else at `path` (an empty file, another program's SQLite file) is refused and
    /// left as it is: only `okr init` creates a database.
    pub fn open(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(Error::NoDatabase(path.to_path_buf()));
        }
        Store::prepare(connect(path)?, path, false)
    }

    /// Creates the database (and its folder) if needed; never touches existing rows.
    ///
    /// Creation is atomic: the database is set up whole (schema, WAL mode) in a
    /// temporary file beside it, then moved into place, so a killed `okr init` leaves
    /// no database rather than half of one. The file is private to its user (`0600`),
    /// and a folder okr creates for it `0700`. An empty file at `path` counts as none.
    pub fn init(path: &Path) -> Result<(Store, Init)> {
        let blank = match std::fs::metadata(path) {
            Ok(_) => is_blank(path)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
            Err(source) => {
                return Err(Error::Io {
                    action: "read",
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        if !blank {
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
        create(path)?;
        Ok((Store::open(path)?, Init::Created))
    }

    /// A private database in memory, for tests and the demo.
    pub fn in_memory() -> Result<Store> {
        Store::prepare(Connection::open_in_memory()?, Path::new(":memory:"), true)
    }

    /// Sets the connection up and brings the schema to the latest version. Only a
    /// database being created (`fresh`) may start from no schema at all.
    fn prepare(mut conn: Connection, path: &Path, fresh: bool) -> Result<Store> {
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
        if found == 0 && !fresh {
            return Err(not_okr(path));
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
            // The series V6 added, packed now rather than by the next write.
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            series::refresh(&tx)?;
            // Names as long as the items (and deleted items) found need, and in the
            // log instead of the numbers an older okr wrote there.
            names::recompute(&tx)?;
            if found < 9 {
                names::rename_in_log(&tx)?;
            }
            tx.commit()?;
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Draws the uids of new objectives, key results and initiatives from `seed`
    /// instead of at random ([`names::seeded_uid`]): the same commands then give the
    /// same ids. For tests (`OKR_RANDOMNESS_SEED`, as jj's `JJ_RANDOMNESS_SEED`) and
    /// the demo; two clones must not share a seed.
    pub fn seed_uids(&mut self, seed: &str) -> Result<()> {
        names::seed(&self.conn, seed)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs one user action in one write transaction, all of it or none of it, as one
    /// op of the log ([`oplog`]): `f` returns its result and the op's one-line summary.
    pub fn write<T>(
        &mut self,
        head: &oplog::Head,
        f: impl FnOnce(&Transaction<'_>) -> Result<(T, String)>,
    ) -> Result<T> {
        self.write_or_rollback(true, head, f)
    }

    /// Like [`Store::write`], but rolls back instead of committing when `commit` is
    /// false: a dry run that sees exactly what the real run would do.
    pub fn write_or_rollback<T>(
        &mut self,
        commit: bool,
        head: &oplog::Head,
        f: impl FnOnce(&Transaction<'_>) -> Result<(T, String)>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let op = oplog::begin(&tx, head)?;
        let mark = names::watermark(&tx)?;
        let (out, summary) = f(&tx)?;
        names::grow(&tx, &mark)?;
        // A dry run rolls back: nothing to pack for it.
        if commit {
            series::refresh(&tx)?;
        }
        oplog::finish(&tx, op, &summary)?;
        if commit {
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(out)
    }

    /// Takes back op `target`, which must still be the one [`oplog::undoable`] names
    /// (so that nothing recorded meanwhile is undone by surprise). Returns the undone
    /// op's entry.
    pub fn undo(&mut self, head: &oplog::Head, target: i64) -> Result<oplog::Entry> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let latest = oplog::undoable(&tx)?;
        let Some(entry) = latest.filter(|e| e.id == target) else {
            return Err(Error::invalid(
                "another change was recorded meanwhile; nothing was undone",
            ));
        };
        let op = oplog::begin_undo(&tx, head, target)?;
        oplog::revert(&tx, target)?;
        // The database may no longer hold what the team files say: read them all again.
        known::forget_all(&tx)?;
        series::refresh(&tx)?;
        let summary = format!("undid #{}: {}", entry.id, entry.summary);
        oplog::finish(&tx, op, &summary)?;
        tx.commit()?;
        Ok(entry)
    }

    /// Sets the page cache of this connection, in KiB (SQLite's default is 2 MiB).
    pub fn set_cache_kib(&mut self, kib: i64) -> Result<()> {
        self.conn.pragma_update(None, "cache_size", -kib)?;
        Ok(())
    }

    /// Writes bookkeeping that is not data (which commands the user trusts): one
    /// transaction, no op in the log, nothing for `okr undo` to take back.
    pub fn bookkeep<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
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

fn connect(path: &Path) -> Result<Connection> {
    Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| not_a_database(path, e))
}

/// Whether the file at `path` holds nothing yet: empty, or a SQLite file with no schema
/// at all (what an `okr init` killed by an older okr could leave). Another program's
/// database, or a file that is not SQLite, is refused.
fn is_blank(path: &Path) -> Result<bool> {
    let empty = std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
    if empty {
        return Ok(true);
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| not_a_database(path, e))?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| not_a_database(path, e))?;
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(|e| not_a_database(path, e))?;
    if version == 0 && objects > 0 {
        return Err(not_okr(path));
    }
    Ok(version == 0)
}

/// Sets a new database up whole in a temporary file beside `path`, then moves it there.
fn create(path: &Path) -> Result<()> {
    let io = Error::io;
    let dir = Error::folder_of(path);
    if !dir.exists() {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir).map_err(io("create the folder", dir))?;
    }
    crate::exchange::safe::sweep(dir);
    // tempfile creates the file 0600: private from the first byte.
    let tmp = tempfile::Builder::new()
        .prefix(INIT_PREFIX)
        .tempfile_in(dir)
        .map_err(io("create a database in", dir))?
        .into_temp_path();
    let conn = Connection::open(&tmp).map_err(|e| not_a_database(&tmp, e))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // Closing checkpoints the WAL into the file; the mode stays in its header.
    drop(Store::prepare(conn, &tmp, true)?);
    let replace = std::fs::metadata(path).is_ok();
    let moved = if replace {
        tmp.persist(path)
    } else {
        tmp.persist_noclobber(path)
    };
    match moved {
        Ok(()) => Ok(()),
        // Another okr created it a moment ago: use that one.
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::Io {
            action: "create the database",
            path: path.to_path_buf(),
            source: e.error,
        }),
    }
}

/// Makes the database private to its user: takes away what others may do with the file
/// and its `-wal` / `-shm` files, and (`folder_too`, for okr's own data folder) the
/// folder; never gives anything (a read-only database stays read-only). Returns what it
/// had to tighten, so that the user can be told.
pub fn make_private(path: &Path, folder_too: bool) -> Vec<PathBuf> {
    let mut tightened = Vec::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mut tighten = |p: &Path| {
            let Ok(meta) = std::fs::symlink_metadata(p) else {
                return;
            };
            if meta.file_type().is_symlink() || meta.permissions().mode() & 0o077 == 0 {
                return;
            }
            // Only what others may do is taken away: a database its owner made
            // read-only (0444) stays read-only (0400), never made writable.
            let now = meta.permissions().mode() & !0o077;
            if std::fs::set_permissions(p, std::fs::Permissions::from_mode(now)).is_ok() {
                tightened.push(p.to_path_buf());
            }
        };
        for suffix in ["", "-wal", "-shm"] {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            tighten(Path::new(&name));
        }
        if let Some(dir) = path
            .parent()
            .filter(|d| folder_too && !d.as_os_str().is_empty())
        {
            tighten(dir);
        }
    }
    #[cfg(not(unix))]
    let _ = (path, folder_too);
    tightened
}

/// The name of a database being set up, before it is moved into place.
const INIT_PREFIX: &str = ".okr.db-init-";

fn not_okr(path: &Path) -> Error {
    let empty = std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
    if empty {
        Error::invalid_with_hint(
            format!("`{}` is an empty file, not an okr database", path.display()),
            "run `okr init` to set it up",
        )
    } else {
        Error::invalid_with_hint(
            format!(
                "`{}` is not an okr database (it has no okr schema)",
                path.display()
            ),
            "point `--db` at an okr database, or move this file away and run `okr init`",
        )
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
mod tests;
