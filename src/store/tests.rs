//! The store against real files: creation, migration, refusal of what is not okr's.

use super::*;

#[test]
fn a_database_from_the_first_release_is_brought_up_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("okr.db");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(migrations::V1).unwrap();
    conn.execute_batch(
        "INSERT INTO objective (title, cycle, level, owner, kind) VALUES ('O', '2026-Q4', 'team', 'alice', 'committed');
         INSERT INTO key_result (objective_id, title, kind, start, target) VALUES (1, 'K', 'metric', 0, 10);
         INSERT INTO grade (kr_id, grade, note, author, date) VALUES (1, 0.8, 'judged', 'alice', '2026-12-20');
         PRAGMA user_version = 1;",
    )
    .unwrap();
    drop(conn);
    let mut store = Store::open(&path).unwrap();
    let kr = store
        .read(|tx| krs::get(tx, crate::model::KrId::row(1)))
        .unwrap();
    assert_eq!((kr.title.as_str(), kr.created), ("K", None));
    let version: i64 = store
        .read(|tx| Ok(tx.pragma_query_value(None, "user_version", |r| r.get(0))?))
        .unwrap();
    assert_eq!(version, migrations::latest_version());
    // The grade there was is the first of its history.
    let graded = store
        .read(|tx| grades::list(tx, &Scope::default()))
        .unwrap();
    assert_eq!(
        (graded.len(), graded[0].grade, graded[0].note.as_str()),
        (1, 0.8, "judged")
    );
}

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
                known: 10,
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

#[test]
fn check_ins_keep_their_ids_and_history_when_v5_rebuilds_their_table() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("okr.db");
    let mut conn = Connection::open(&path).unwrap();
    migrations::migrations().to_version(&mut conn, 4).unwrap();
    conn.execute_batch(
        "INSERT INTO op (at, user, kind) VALUES ('2026-11-20T09:00:00', 'alice', 'checkin');
         INSERT INTO objective (title, cycle, level, owner, kind, op) VALUES ('O', '2026-Q4', 'team', 'alice', 'committed', 1);
         INSERT INTO key_result (objective_id, title, kind, start, target, op) VALUES (1, 'K', 'metric', 0, 10, 1);
         INSERT INTO checkin (id, uid, kr_id, date, value, confidence, note, author, op)
             VALUES (7, '0123456789abcdef0123456789abcdef', 1, '2026-11-20', 4, 6, 'n', 'alice', 1);",
    )
    .unwrap();
    drop(conn);
    drop(Store::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    let row: (i64, String, f64, i64) = conn
        .query_row("SELECT id, uid, value, op FROM checkin", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap();
    assert_eq!(
        row,
        (7, "0123456789abcdef0123456789abcdef".to_string(), 4.0, 1)
    );
    let twin = conn.execute(
        "INSERT INTO checkin (uid, kr_id, date, value, author) VALUES ('0123456789abcdef0123456789abcdef', 1, '2026-11-21', 5, 'bob')",
        [],
    );
    assert!(twin.is_err(), "ids stay unique");
    // The triggers that let `okr undo` put a deleted check-in back are there again.
    conn.execute("DELETE FROM checkin WHERE id = 7", [])
        .unwrap();
    let kept: (String, f64) = conn
        .query_row(
            "SELECT tbl, value FROM change JOIN was_checkin w ON w.change = change.id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(kept, ("checkin".to_string(), 4.0));
}

#[test]
fn an_older_database_gets_names_in_its_log_and_keeps_its_deleted_items_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("okr.db");
    let mut conn = Connection::open(&path).unwrap();
    migrations::migrations().to_version(&mut conn, 8).unwrap();
    conn.execute_batch(
        "INSERT INTO op (at, user, kind, summary) VALUES ('2026-11-01T09:00:00', 'alice', 'add', 'added O1 \"Win K2 deals\" (team objective, alice, 2026-Q4)');
         INSERT INTO objective (uid, title, cycle, level, owner, kind, op) VALUES ('0123456789abcdef0123456789abcdef', 'Win K2 deals', '2026-Q4', 'team', 'alice', 'committed', 1);
         INSERT INTO op (at, user, kind, summary) VALUES ('2026-11-01T09:01:00', 'alice', 'add', 'added K1 \"Ten deals\" to O1');
         INSERT INTO key_result (uid, objective_id, title, kind, start, target, op) VALUES ('fedcba9876543210fedcba9876543210', 1, 'Ten deals', 'metric', 0, 10, 2);
         INSERT INTO op (at, user, kind, summary) VALUES ('2026-11-02T09:00:00', 'alice', 'rm', 'removed K1 \"Ten deals\" with 0 check-in(s)');
         DELETE FROM key_result WHERE id = 1;",
    )
    .unwrap();
    drop(conn);
    let mut store = Store::open(&path).unwrap();
    let summaries: Vec<String> = store
        .read(|tx| {
            let mut stmt = tx.prepare("SELECT summary FROM op ORDER BY id")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .unwrap();
    assert_eq!(
        summaries,
        [
            // `K2` inside the title is text, not an id.
            "added zyxw \"Win K2 deals\" (team objective, alice, 2026-Q4)",
            "added klmn \"Ten deals\" to zyxw",
            "removed klmn \"Ten deals\" with 0 check-in(s)",
        ]
    );
    // The deleted key result's name is kept: typed, it says what it was.
    let err = store
        .read(|tx| krs::resolve(tx, "klmn"))
        .unwrap_err()
        .to_string();
    assert_eq!(err, "key result `klmn` (“Ten deals”) was deleted");
}
