//! The migrations after V5: each key result's check-ins packed (V6), initiatives and
//! links across teams (V7).

use super::{V3_TABLES, triggers};

/// Each key result's check-ins packed in one row (`store::series`), and the triggers
/// that delete a key result's series and list it stale whenever one of its check-ins
/// changes, whatever changes it; a write transaction packs the listed ones again.
/// Every key result starts stale. (A migration that rebuilds `checkin` must make
/// these triggers again, as V5 made V3's.)
pub(super) static V6: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        r#"
CREATE TABLE series (
    kr_id  INTEGER PRIMARY KEY,
    points BLOB NOT NULL
) STRICT;
CREATE TABLE series_stale (kr_id INTEGER PRIMARY KEY) STRICT;
INSERT INTO series_stale (kr_id) SELECT id FROM key_result;

{insert_trigger}
CREATE TRIGGER series_checkin_update AFTER UPDATE OF id, kr_id, date, value, confidence ON checkin BEGIN
    DELETE FROM series WHERE kr_id IN (OLD.kr_id, NEW.kr_id);
    INSERT OR IGNORE INTO series_stale (kr_id) VALUES (OLD.kr_id), (NEW.kr_id);
END;
CREATE TRIGGER series_checkin_delete AFTER DELETE ON checkin BEGIN
    DELETE FROM series WHERE kr_id = OLD.kr_id;
    INSERT OR IGNORE INTO series_stale (kr_id) VALUES (OLD.kr_id);
END;
CREATE TRIGGER series_key_result_delete AFTER DELETE ON key_result BEGIN
    DELETE FROM series WHERE kr_id = OLD.id;
    DELETE FROM series_stale WHERE kr_id = OLD.id;
END;
"#,
        insert_trigger = crate::store::series::INSERT_TRIGGER
    )
});

/// The data tables added after V3, as [`V3_TABLES`] lists those: recorded by the same
/// triggers, so that `okr undo` puts their rows back.
pub(in crate::store) const V7_TABLES: &[(&str, &[&str], bool, &str, &str)] = &[
    (
        "task",
        &[
            "id", "uid", "kr_id", "title", "owner", "due", "done", "created", "op",
        ],
        true,
        "OLD.kr_id",
        "NULL",
    ),
    (
        "link",
        &["id", "from_id", "to_id", "created", "op"],
        true,
        "NULL",
        "OLD.from_id",
    ),
];

/// Every data table the op log records.
pub(in crate::store) fn recorded_tables() -> impl Iterator<
    Item = &'static (
        &'static str,
        &'static [&'static str],
        bool,
        &'static str,
        &'static str,
    ),
> {
    V3_TABLES.iter().chain(V7_TABLES)
}

/// Initiatives under key results (`store::tasks`): open until `done` holds the day
/// they were ticked off. Links across teams (`store::links`): `from` contributes to
/// `to`, an objective of the same cycle, besides its parent. Both recorded for undo
/// as V3's tables are.
pub(super) static V7: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let mut recorded = String::new();
    for (table, columns, _, kr, objective) in V7_TABLES {
        recorded.push_str(&format!(
            "CREATE TABLE was_{table} (change INTEGER PRIMARY KEY, {});\n",
            columns.join(", ")
        ));
        recorded.push_str(&triggers(table, columns, kr, objective));
    }
    format!(
        r#"
CREATE TABLE task (
    id      INTEGER PRIMARY KEY,
    uid     TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    kr_id   INTEGER NOT NULL REFERENCES key_result (id),
    title   TEXT NOT NULL,
    owner   TEXT NOT NULL,
    due     TEXT,
    done    TEXT,
    created TEXT NOT NULL,
    op      INTEGER
) STRICT;
CREATE INDEX task_by_kr ON task (kr_id);
CREATE INDEX task_by_owner ON task (owner);
CREATE TABLE link (
    id      INTEGER PRIMARY KEY,
    from_id INTEGER NOT NULL REFERENCES objective (id),
    to_id   INTEGER NOT NULL REFERENCES objective (id),
    created TEXT NOT NULL,
    op      INTEGER,
    UNIQUE (from_id, to_id),
    CHECK (from_id <> to_id)
) STRICT;
CREATE INDEX link_to ON link (to_id);
{recorded}"#
    )
});
