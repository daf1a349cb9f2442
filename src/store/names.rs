//! How many letters names have (see [`crate::model::Name`]): the fewest, at least four,
//! with which no two items of the database — objectives, key results, initiatives,
//! and those deleted here (`retired`) — share a name. One number per database, kept
//! in `name_len` and only ever raised: every name has the same length, and a name once
//! shown stays a prefix of its item's uid, so it still finds that item (or is refused
//! as ambiguous) when names grow.
//!
//! Every write transaction checks the items it added against their neighbours in uid
//! order ([`grow`]); migrations and large imports count again from scratch
//! ([`recompute`]).

use rusqlite::{Connection, OptionalExtension};

use crate::Result;
use crate::model::Name;

/// The tables whose rows have names, and what a person calls them.
pub(crate) const ITEMS: [(&str, &str); 3] = [
    ("objective", "objective"),
    ("key_result", "key result"),
    ("task", "initiative"),
];

/// Every uid a name must be told apart from, including deleted items'.
const ALL_UIDS: &str = "SELECT uid FROM objective UNION ALL SELECT uid FROM key_result \
     UNION ALL SELECT uid FROM task UNION ALL SELECT uid FROM retired";

/// Above this many new items in one transaction, [`grow`] counts again from scratch.
const CHECKED_ONE_BY_ONE: usize = 256;

/// How many letters names have in this database.
pub fn len(conn: &Connection) -> Result<usize> {
    let len: Option<i64> = conn
        .prepare_cached("SELECT len FROM name_len")?
        .query_row([], |r| r.get(0))
        .optional()?;
    Ok(usize::try_from(len.unwrap_or(0))
        .unwrap_or(0)
        .clamp(Name::MIN, Name::MAX))
}

/// The name of the item whose uid is `uid`.
pub fn of(conn: &Connection, uid: &str) -> Result<Name> {
    Ok(Name::of(uid, len(conn)?))
}

/// Counts the name length again from every uid, raising it if needed.
pub(crate) fn recompute(conn: &Connection) -> Result<usize> {
    let mut stmt = conn.prepare(&format!("{ALL_UIDS} ORDER BY 1"))?;
    let mut rows = stmt.query([])?;
    let mut need = Name::MIN;
    let mut previous: Option<String> = None;
    while let Some(row) = rows.next()? {
        let uid: String = row.get(0)?;
        if let Some(p) = &previous
            && *p != uid
        {
            need = need.max(common(p, &uid) + 1);
        }
        previous = Some(uid);
    }
    raise(conn, need)
}

/// The highest row of each named table: what [`grow`] compares against afterwards.
pub(crate) fn watermark(conn: &Connection) -> Result<[i64; 3]> {
    let mut mark = [0; 3];
    for (slot, (table, _)) in mark.iter_mut().zip(ITEMS) {
        *slot = conn
            .prepare_cached(&format!("SELECT coalesce(max(id), 0) FROM {table}"))?
            .query_row([], |r| r.get(0))?;
    }
    Ok(mark)
}

/// Raises the name length for the items added since `mark`, so that each of them has a
/// name no other item shares.
pub(crate) fn grow(conn: &Connection, mark: &[i64; 3]) -> Result<()> {
    let mut added = Vec::new();
    for ((table, _), since) in ITEMS.iter().zip(mark) {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT uid FROM {table} WHERE id > ?1 LIMIT {}",
            CHECKED_ONE_BY_ONE + 1
        ))?;
        let uids = stmt.query_map([since], |r| r.get::<_, String>(0))?;
        for uid in uids {
            added.push(uid?);
        }
        if added.len() > CHECKED_ONE_BY_ONE {
            recompute(conn)?;
            return Ok(());
        }
    }
    if added.is_empty() {
        return Ok(());
    }
    let mut need = len(conn)?;
    for uid in &added {
        for n in neighbours(conn, uid)? {
            need = need.max(common(&n, uid) + 1);
        }
    }
    raise(conn, need)?;
    Ok(())
}

/// Raises the name length, if needed, for the item just added at `row` of `table`, so
/// that the name it is shown with at once is the one it keeps.
pub(crate) fn admit(conn: &Connection, table: &str, row: i64) -> Result<()> {
    let uid: String = conn
        .prepare_cached(&format!("SELECT uid FROM {table} WHERE id = ?1"))?
        .query_row([row], |r| r.get(0))?;
    let mut need = len(conn)?;
    for n in neighbours(conn, &uid)? {
        need = need.max(common(&n, &uid) + 1);
    }
    raise(conn, need)?;
    Ok(())
}

/// Draws this connection's new uids from `seed` ([`seeded_uid`]).
pub(crate) fn seed(conn: &Connection, seed: &str) -> Result<()> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS okr_seed (seed TEXT NOT NULL); DELETE FROM temp.okr_seed;",
    )?;
    conn.execute("INSERT INTO temp.okr_seed (seed) VALUES (?1)", [seed])?;
    Ok(())
}

/// A new item's uid drawn from the seed [`super::Store::seed_uids`] set, or `None`
/// (SQLite then draws a random one). Seeded uids follow from the seed, the table and
/// how many items it and `retired` hold, so that the same commands give the same
/// names: for tests, and for the demo, whose ids the README shows.
pub(crate) fn seeded_uid(conn: &Connection, table: &str) -> Result<Option<String>> {
    let seed: Option<String> = conn
        .prepare_cached("SELECT seed FROM temp.okr_seed")
        .and_then(|mut s| s.query_row([], |r| r.get(0)).optional())
        // No seed table: this connection draws at random.
        .unwrap_or(None);
    let Some(seed) = seed else {
        return Ok(None);
    };
    let (rows, retired): (i64, i64) = conn.query_row(
        &format!(
            "SELECT (SELECT coalesce(max(id), 0) FROM {table}), (SELECT count(*) FROM retired)"
        ),
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let hash =
        xxhash_rust::xxh3::xxh3_128(format!("{seed}\0{table}\0{rows}\0{retired}").as_bytes());
    Ok(Some(format!("{hash:032x}")))
}

/// The uids just before and just after `uid` in each table of names (not `uid` itself).
fn neighbours(conn: &Connection, uid: &str) -> Result<Vec<String>> {
    let mut found = Vec::new();
    for table in ["objective", "key_result", "task", "retired"] {
        for sql in [
            format!("SELECT max(uid) FROM {table} WHERE uid < ?1"),
            format!("SELECT min(uid) FROM {table} WHERE uid > ?1"),
        ] {
            let n: Option<String> = conn.prepare_cached(&sql)?.query_row([uid], |r| r.get(0))?;
            found.extend(n);
        }
    }
    Ok(found)
}

fn raise(conn: &Connection, need: usize) -> Result<usize> {
    let need = need.clamp(Name::MIN, Name::MAX);
    let now = len(conn)?;
    if need > now {
        conn.execute("UPDATE name_len SET len = ?1", [need as i64])?;
    }
    Ok(need.max(now))
}

/// How many leading characters `a` and `b` share.
pub(crate) fn common(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

/// Rewrites the ids an older okr wrote into its log's summaries (`added K6 "…" to O2`)
/// as names, so that `okr log` shows no number that means another item in another
/// clone. A number is looked up among the rows there are and the rows the log kept of
/// deleted ones; text in double quotes (titles) is left as it is, and so is a number
/// that names no row.
pub(crate) fn rename_in_log(conn: &Connection) -> Result<()> {
    let len = len(conn)?;
    let number = regex::Regex::new(r"\b([KOT])([0-9]+)\b").expect("a valid pattern");
    let ops: Vec<(i64, String)> = conn
        .prepare("SELECT id, summary FROM op")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let uid_of = |letter: &str, row: i64| -> Option<String> {
        let table = match letter {
            "K" => "key_result",
            "O" => "objective",
            _ => "task",
        };
        conn.query_row(
            &format!(
                "SELECT uid FROM {table} WHERE id = ?1
                 UNION ALL SELECT uid FROM was_{table} WHERE id = ?1 LIMIT 1"
            ),
            [row],
            |r| r.get(0),
        )
        .optional()
        .ok()
        .flatten()
    };
    let mut update = conn.prepare("UPDATE op SET summary = ?2 WHERE id = ?1")?;
    for (id, summary) in ops {
        let rewritten: Vec<String> = summary
            .split('"')
            .enumerate()
            .map(|(i, part)| {
                if i % 2 == 1 {
                    return part.to_string();
                }
                number
                    .replace_all(part, |c: &regex::Captures<'_>| {
                        c[2].parse::<i64>()
                            .ok()
                            .and_then(|row| uid_of(&c[1], row))
                            .map_or_else(|| c[0].to_string(), |uid| Name::of(&uid, len).to_string())
                    })
                    .into_owned()
            })
            .collect();
        let rewritten = rewritten.join("\"");
        if rewritten != summary {
            update.execute(rusqlite::params![id, rewritten])?;
        }
    }
    Ok(())
}

/// The name of row `row` of `table`: for tests that add items in a known order.
#[cfg(test)]
pub(crate) fn of_row(store: &mut super::Store, table: &str, row: i64) -> String {
    store
        .read(|tx| {
            let uid: String = tx.query_row(
                &format!("SELECT uid FROM {table} WHERE id = ?1"),
                [row],
                |r| r.get(0),
            )?;
            Ok(of(tx, &uid)?.to_string())
        })
        .expect("a row of that number")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn names_grow_until_no_two_items_share_one() {
        let mut store = Store::in_memory().unwrap();
        store
            .bookkeep(|tx| {
                assert_eq!(len(tx)?, Name::MIN);
                tx.execute_batch(
                    "INSERT INTO objective (uid, title, cycle, level, owner, kind)
                     VALUES ('abcdef0000000000000000000000000a', 'a', '2026-Q4', 'team', 'x', 'committed');",
                )?;
                let mark = watermark(tx)?;
                tx.execute_batch(
                    "INSERT INTO objective (uid, title, cycle, level, owner, kind)
                     VALUES ('abcdef1000000000000000000000000b', 'b', '2026-Q4', 'team', 'x', 'committed');",
                )?;
                grow(tx, &mark)?;
                assert_eq!(len(tx)?, 7);
                // A deleted item keeps its name: a new one beside it gets a longer one.
                tx.execute_batch("DELETE FROM objective WHERE title = 'b'")?;
                let mark = watermark(tx)?;
                tx.execute_batch(
                    "INSERT INTO objective (uid, title, cycle, level, owner, kind)
                     VALUES ('abcdef1200000000000000000000000c', 'c', '2026-Q4', 'team', 'x', 'committed');",
                )?;
                grow(tx, &mark)?;
                assert_eq!(len(tx)?, 8);
                assert_eq!(recompute(tx)?, 8);
                Ok(())
            })
            .unwrap();
    }
}
