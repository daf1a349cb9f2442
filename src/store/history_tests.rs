//! Histories read in parts on two connections against one read whole.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;
use crate::store::{Store, parallel};

/// 3,000 key results of 2026-Q4 under 60 objectives of four owners, ids interleaved
/// in blocks with 600 of 2027-Q1; ten check-ins each, among them backfills (a later
/// id with an earlier date), same-day twins and check-ins after the as-of date.
fn organisation() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("okr.db");
    Store::init(&path).unwrap();
    Connection::open(&path)
        .unwrap()
        .execute_batch(
            "BEGIN;
             INSERT INTO op (at, user, kind) VALUES ('2026-10-01T09:00:00', 'alice', 'import');
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 72)
             INSERT INTO objective (id, title, cycle, level, owner, kind)
               SELECT i, 'O' || i, CASE WHEN i % 6 = 0 THEN '2027-Q1' ELSE '2026-Q4' END,
                      'team', 'owner-' || (i % 4), 'committed' FROM n;
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3600)
             INSERT INTO key_result (id, objective_id, title, kind, start, target)
               SELECT i, (i - 1) / 50 + 1, 'K' || i, 'metric', 0, 100 FROM n;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 35999)
             INSERT INTO checkin (kr_id, date, value, confidence, author)
               SELECT i / 10 + 1, date('2026-10-01', '+' || ((i * 7919) % 80) || ' days'),
                      i % 97, nullif(i % 11, 10), 'alice' FROM n;
             COMMIT;",
        )
        .unwrap();
    (dir, path)
}

/// What a history must hold, from whole check-ins sorted in Rust.
fn reference(conn: &Connection, scope: &Scope, as_of: NaiveDate) -> History {
    let (filter, params) = scope.sql(true);
    let and = if filter.is_empty() { "WHERE" } else { "AND" };
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {} FROM checkin c JOIN key_result k ON k.id = c.kr_id \
             JOIN objective o ON o.id = k.objective_id {filter} {and} c.date <= '{as_of}'",
            super::super::rows::CHECKIN_COLUMNS
        ))
        .unwrap();
    let all: Vec<CheckIn> = stmt
        .query_map(
            rusqlite::params_from_iter(params),
            super::super::rows::checkin(4),
        )
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    History::from_checkins(&all)
}

fn same(keys: &Keys, got: &History, want: &History) {
    assert_eq!(got.len(), want.len());
    for &id in &keys.ids {
        assert_eq!(
            got.of(KrId::row(id)),
            want.of(KrId::row(id)),
            "key result {id}"
        );
    }
}

#[test]
fn a_history_read_in_parts_on_two_connections_is_the_whole_history() {
    let (_dir, path) = organisation();
    let as_of: NaiveDate = "2026-11-23".parse().unwrap();
    let mut store = Store::open(&path).unwrap();
    // Read from the check-ins (the fixture wrote them without packing a series),
    // then from the series, then from both: every tenth series missing and one of
    // a version this binary does not read.
    let steps: [&str; 3] = [
        "",
        "SELECT 1",
        "DELETE FROM series WHERE kr_id % 10 = 3; UPDATE series SET points = x'09' WHERE kr_id = 2000",
    ];
    for sql in steps {
        if !sql.is_empty() {
            let mut conn = Connection::open(&path).unwrap();
            let tx = conn.transaction().unwrap();
            super::super::series::refresh(&tx).unwrap();
            tx.execute_batch(sql).unwrap();
            tx.commit().unwrap();
        }
        read_every_way(&mut store, &path, as_of);
    }
}

/// A cycle and everything are read as ranges, skipping the other cycle's key
/// results; one owner's key results, a quarter of the ids, are looked up by id.
fn read_every_way(store: &mut Store, path: &std::path::Path, as_of: NaiveDate) {
    for (scope, shared) in [
        (Scope::cycle("2026-Q4"), true),
        (Scope::default(), true),
        (
            Scope {
                objective_owner: Some("owner-1".into()),
                ..Scope::cycle("2026-Q4")
            },
            false,
        ),
    ] {
        store
            .read(|tx| {
                let keys = Keys::of(tx, &scope)?;
                let parts = keys.parts(8);
                assert_eq!(parts.len() > 1, shared, "{scope:?}");
                let (read, ()) = parallel::share(
                    tx,
                    path,
                    parts.len(),
                    |conn, i| keys.read(conn, as_of, parts[i].clone()),
                    |_| Ok(()),
                )?;
                let want = reference(tx, &scope, as_of);
                same(&keys, &History::concat(read), &want);
                same(&keys, &keys.read(tx, as_of, keys.all())?, &want);
                // With a large load for the helper to take first (a report's key
                // results): the same history, and the load as it reads alone.
                let krs = |conn: &Connection| crate::store::krs::by_objective(conn, &scope);
                let (history, shared_krs, ()) =
                    read_sharing_with(tx, path, &scope, as_of, krs, |_| Ok(()))?;
                same(&keys, &history, &want);
                assert_eq!(history, want);
                assert_eq!(shared_krs, krs(tx)?);
                assert_eq!(shared_krs.len(), keys.ids.len());
                assert!(shared_krs.is_sorted_by_key(|k| (k.objective, k.id)));
                Ok(())
            })
            .unwrap();
    }
}

#[test]
fn the_latest_check_ins_looked_up_in_parts_are_those_looked_up_at_once() {
    let (_dir, path) = organisation();
    let as_of: NaiveDate = "2026-11-23".parse().unwrap();
    let mut store = Store::open(&path).unwrap();
    for scope in [
        Scope::cycle("2026-Q4"),
        Scope::default(),
        Scope {
            objective_owner: Some("owner-1".into()),
            ..Scope::default()
        },
    ] {
        store
            .read(|tx| {
                let mut whole = crate::store::checkins::latest(tx, &scope, as_of)?;
                // Looked up in parts for a cycle's views, check-ins come without uids.
                for c in &mut whole {
                    c.uid.clear();
                }
                let (parts, during) =
                    crate::store::checkins::latest_sharing(tx, &path, &scope, as_of, |_| {
                        Ok("meanwhile")
                    })?;
                assert!(whole.len() > 100);
                assert_eq!(parts, whole);
                assert_eq!(during, "meanwhile");
                Ok(())
            })
            .unwrap();
    }
}

#[test]
fn the_helper_stands_down_when_it_would_see_a_later_commit() {
    let (_dir, path) = organisation();
    let as_of: NaiveDate = "2026-12-31".parse().unwrap();
    let scope = Scope::cycle("2026-Q4");
    let mut store = Store::open(&path).unwrap();
    store
        .read(|tx| {
            let keys = Keys::of(tx, &scope)?;
            let want = reference(tx, &scope, as_of);
            // Another process checks in after this snapshot was taken.
            Connection::open(&path)?.execute_batch(
                "INSERT INTO op (at, user, kind) VALUES ('2026-11-24T09:00:00', 'bob', 'checkin');
                 INSERT INTO checkin (kr_id, date, value, author) VALUES (7, '2026-11-24', 99, 'bob');",
            )?;
            let parts = keys.parts(8);
            let elsewhere = AtomicUsize::new(0);
            let main = std::ptr::from_ref::<Connection>(tx) as usize;
            let (read, ()) = parallel::share(
                tx,
                &path,
                parts.len(),
                |conn, i| {
                    if std::ptr::from_ref(conn) as usize != main {
                        elsewhere.fetch_add(1, Ordering::Relaxed);
                    }
                    keys.read(conn, as_of, parts[i].clone())
                },
                |_| Ok(()),
            )?;
            assert_eq!(elsewhere.load(Ordering::Relaxed), 0);
            same(&keys, &History::concat(read), &want);
            Ok(())
        })
        .unwrap();
}
