//! Reading one snapshot on two cores: a second connection, on its own thread, reads
//! parts of a large read while the first reads the rest and loads everything else.
//!
//! In WAL mode a second connection could see a later commit than the first. Every
//! commit okr makes records an op ([`super::oplog`]), so both read the newest op id
//! inside their transactions: when they differ, the helper stands down and the first
//! connection reads every part itself. So does it when the helper cannot open the file
//! or fails: the result never depends on the helper.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use rusqlite::{Connection, OpenFlags};

use crate::Result;

/// Runs `job(conn, i)` for every `i` in `0..jobs` and `meanwhile(conn)` once, on
/// `conn` (inside a read transaction) and on a helper connection to the database at
/// `path` that sees the same snapshot; returns the jobs' results in order, and what
/// `meanwhile` returned.
pub fn share<T: Send, R>(
    conn: &Connection,
    path: &Path,
    jobs: usize,
    job: impl Fn(&Connection, usize) -> Result<T> + Sync,
    meanwhile: impl FnOnce(&Connection) -> Result<R>,
) -> Result<(Vec<T>, R)> {
    if jobs <= 1 {
        // Not worth a thread and a connection.
        let during = meanwhile(conn)?;
        let out = (0..jobs).map(|i| job(conn, i)).collect::<Result<_>>()?;
        return Ok((out, during));
    }
    let head = newest_op(conn)?;
    let next = AtomicUsize::new(0);
    let take = || Some(next.fetch_add(1, Ordering::Relaxed)).filter(|&i| i < jobs);
    let (mut done, helped, during) = std::thread::scope(|s| {
        let (job, take) = (&job, &take);
        let helper = s.spawn(move || -> Vec<(usize, T)> {
            let mut done = Vec::new();
            let Some(helper) = open(path) else {
                return done;
            };
            // Ends with the connection, as a read transaction that is dropped rolls back.
            let Ok(tx) = helper.unchecked_transaction() else {
                return done;
            };
            if newest_op(&tx).ok() != Some(head) {
                return done;
            }
            while let Some(i) = take() {
                match job(&tx, i) {
                    Ok(t) => done.push((i, t)),
                    Err(_) => break,
                }
            }
            done
        });
        let during = meanwhile(conn);
        let mut done: Vec<Option<T>> = (0..jobs).map(|_| None).collect();
        let mut mine = Ok(());
        while let Some(i) = take() {
            match job(conn, i) {
                Ok(t) => done[i] = Some(t),
                Err(e) => {
                    mine = Err(e);
                    break;
                }
            }
        }
        (
            done,
            helper.join().unwrap_or_default(),
            during.and_then(|r| mine.map(|()| r)),
        )
    });
    let during = during?;
    for (i, t) in helped {
        done[i] = Some(t);
    }
    // What the helper took and did not finish, the first connection reads now.
    let out = done
        .into_iter()
        .enumerate()
        .map(|(i, t)| match t {
            Some(t) => Ok(t),
            None => job(conn, i),
        })
        .collect::<Result<Vec<T>>>()?;
    Ok((out, during))
}

/// The newest op's id: what changes with every commit okr makes.
fn newest_op(conn: &Connection) -> Result<Option<i64>> {
    Ok(conn.query_row("SELECT max(id) FROM op", [], |r| r.get(0))?)
}

fn open(path: &Path) -> Option<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()?;
    conn.busy_timeout(std::time::Duration::from_secs(30)).ok()?;
    Some(conn)
}
