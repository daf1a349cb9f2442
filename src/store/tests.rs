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
         PRAGMA user_version = 1;",
    )
    .unwrap();
    drop(conn);
    let mut store = Store::open(&path).unwrap();
    let kr = store
        .read(|tx| krs::get(tx, crate::model::KrId(1)))
        .unwrap();
    assert_eq!((kr.title.as_str(), kr.created), ("K", None));
    let version: i64 = store
        .read(|tx| Ok(tx.pragma_query_value(None, "user_version", |r| r.get(0))?))
        .unwrap();
    assert_eq!(version, migrations::latest_version());
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
                known: 5,
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
