//! What this database has changed since it last wrote its team files.
//!
//! `okr export` (to the team folder) and `okr sync` remember, per cycle, the newest op
//! they wrote out. A change made here after that — an edit, a check-in edited, a
//! reflection, a target change — is not in the files yet, so an import must not take
//! it back: like `git pull` with uncommitted changes, the local change is kept, import
//! says so, and the next export writes it. Imports do not count; an undone change counts
//! from its undo.

use std::collections::HashSet;

use rusqlite::{Connection, params};

use crate::Result;

/// The uids of the entries changed here since their cycle was last written out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Local {
    pub objectives: HashSet<String>,
    pub krs: HashSet<String>,
    pub checkins: HashSet<String>,
    pub reflections: HashSet<String>,
    pub tasks: HashSet<String>,
}

/// The ops that are changes made here: not imports and not undos. An op that was undone
/// counts from the time of its undo (which put its rows back, here): undoing an edit
/// that was already exported is a change the files do not have yet.
const LOCAL_OP: &str = "op.kind <> 'import' AND op.undoes IS NULL";

/// When a local op last touched its rows: its undo's id if it was undone, else its own.
const WHEN: &str = "coalesce((SELECT u.id FROM op u WHERE u.undoes = op.id), op.id)";

/// The entries changed by local ops after their cycle's mark. Rows added here are not
/// counted: their ids are new, so no file holds them yet.
pub fn local(conn: &Connection) -> Result<Local> {
    let sql = format!(
        "WITH changed AS (
            SELECT c.tbl, c.row, c.kr FROM op CROSS JOIN change c ON c.op = op.id
            LEFT JOIN objective ob ON ob.id = c.objective
            LEFT JOIN synced s ON s.cycle = ob.cycle
            WHERE {LOCAL_OP} AND {WHEN} > coalesce(s.op, 0)
        )
        SELECT 'objective', o.uid FROM changed x JOIN objective o ON o.id = x.row
            WHERE x.tbl = 'objective'
        UNION SELECT 'kr', k.uid FROM changed x JOIN key_result k ON k.id = x.kr
            WHERE x.tbl IN ('key_result', 'measure', 'kr_source')
        UNION SELECT 'kr', k.uid FROM kr_source ks JOIN op ON op.id = ks.op
            JOIN key_result k ON k.id = ks.kr_id JOIN objective ob ON ob.id = k.objective_id
            LEFT JOIN synced s ON s.cycle = ob.cycle
            WHERE ks.op > coalesce(s.op, 0) AND {LOCAL_OP}
        UNION SELECT 'checkin', c.uid FROM changed x JOIN checkin c ON c.id = x.row
            WHERE x.tbl = 'checkin'
        UNION SELECT 'reflection', r.uid FROM changed x JOIN reflection r ON r.id = x.row
            WHERE x.tbl = 'reflection'
        UNION SELECT 'kr', k.uid FROM measure m JOIN op ON op.id = m.op
            JOIN key_result k ON k.id = m.kr_id JOIN objective ob ON ob.id = k.objective_id
            LEFT JOIN synced s ON s.cycle = ob.cycle
            WHERE m.op > coalesce(s.op, 0) AND {LOCAL_OP}
        UNION SELECT 'task', t.uid FROM op CROSS JOIN change c ON c.op = op.id
            JOIN task t ON t.id = c.row JOIN key_result k ON k.id = t.kr_id
            JOIN objective ob ON ob.id = k.objective_id
            LEFT JOIN synced s ON s.cycle = ob.cycle
            WHERE c.tbl = 'task' AND {LOCAL_OP} AND {WHEN} > coalesce(s.op, 0)"
    );
    let mut out = Local::default();
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (what, uid): (String, String) = (r.get(0)?, r.get(1)?);
        let set = match what.as_str() {
            "objective" => &mut out.objectives,
            "kr" => &mut out.krs,
            "checkin" => &mut out.checkins,
            "task" => &mut out.tasks,
            _ => &mut out.reflections,
        };
        set.insert(uid);
    }
    Ok(out)
}

/// The newest op now: what an export about to be written out covers.
pub fn newest_op(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT coalesce(max(id), 0) FROM op", [], |r| r.get(0))?)
}

/// Remembers that `cycle` was written out with every op up to `op`.
pub fn mark(conn: &Connection, cycle: &str, op: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO synced (cycle, op) VALUES (?1, ?2)
         ON CONFLICT (cycle) DO UPDATE SET op = max(op, excluded.op)",
        params![cycle, op],
    )?;
    Ok(())
}
