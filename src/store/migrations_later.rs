//! The migrations after V5: each key result's check-ins packed (V6), initiatives and
//! links across teams (V7), key results' sources and the commands the user trusts (V8).

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

/// The data tables added by V8, recorded like V7's.
pub(in crate::store) const V8_TABLES: &[(&str, &[&str], bool, &str, &str)] = &[(
    "kr_source",
    &["kr_id", "command", "json_path", "op"],
    true,
    "OLD.kr_id",
    "(SELECT objective_id FROM key_result WHERE id = OLD.kr_id)",
)];

/// The `was_` table and the triggers that record each of `tables` for undo.
fn recorded(tables: &[(&str, &[&str], bool, &str, &str)]) -> String {
    let mut sql = String::new();
    for (table, columns, _, kr, objective) in tables {
        sql.push_str(&format!(
            "CREATE TABLE was_{table} (change INTEGER PRIMARY KEY, {});\n",
            columns.join(", ")
        ));
        sql.push_str(&triggers(table, columns, kr, objective));
    }
    sql
}

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
    V3_TABLES
        .iter()
        .chain(V7_TABLES)
        .chain(V8_TABLES)
        .chain(V10_TABLES)
}

/// Initiatives under key results (`store::tasks`): open until `done` holds the day
/// they were ticked off. Links across teams (`store::links`): `from` contributes to
/// `to`, an objective of the same cycle, besides its parent. Both recorded for undo
/// as V3's tables are.
pub(super) static V7: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let recorded = recorded(V7_TABLES);
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

/// A key result's source (`store::sources`): the shell command that prints its value,
/// recorded for undo. No foreign key: a key result's delete removes its source first,
/// in the same op, and an undo puts both back in whatever order.
///
/// The commands the user trusts (`okr trust`): bookkeeping, not data, like direnv's
/// allow list: an undo does not take trust back. The command itself is the key, not a
/// hash of it, so that no other command can pass for a trusted one.
pub(super) static V8: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let recorded = recorded(V8_TABLES);
    format!(
        r#"
CREATE TABLE kr_source (
    kr_id     INTEGER PRIMARY KEY,
    command   TEXT NOT NULL,
    json_path TEXT,
    op        INTEGER
) STRICT;
CREATE TABLE trusted_command (
    command TEXT PRIMARY KEY,
    trusted TEXT NOT NULL
) STRICT;
{recorded}"#
    )
});

/// Names (`store::names`): an item's name is the first letters of its uid, as many as
/// the database needs for every name to be unique. `retired` keeps the uid of every
/// objective, key result and initiative deleted here, so that its name is never given
/// to another item (and a typed name of a deleted item says so); it is filled from the
/// op log's images of rows deleted before this migration. `name_len` holds how many
/// letters names have now (`store::names` keeps it; the migration's caller computes
/// it). Bookkeeping, not data: no op log, and an undo keeps both.
pub(super) const V9: &str = r#"
CREATE TABLE retired (
    uid   TEXT PRIMARY KEY,
    kind  TEXT NOT NULL CHECK (kind IN ('objective', 'key result', 'initiative')),
    title TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TRIGGER objective_retire AFTER DELETE ON objective BEGIN
    INSERT OR IGNORE INTO retired (uid, kind, title) VALUES (OLD.uid, 'objective', OLD.title);
END;
CREATE TRIGGER key_result_retire AFTER DELETE ON key_result BEGIN
    INSERT OR IGNORE INTO retired (uid, kind, title) VALUES (OLD.uid, 'key result', OLD.title);
END;
CREATE TRIGGER task_retire AFTER DELETE ON task BEGIN
    INSERT OR IGNORE INTO retired (uid, kind, title) VALUES (OLD.uid, 'initiative', OLD.title);
END;
INSERT OR IGNORE INTO retired (uid, kind, title)
    SELECT uid, 'objective', title FROM was_objective WHERE uid NOT IN (SELECT uid FROM objective);
INSERT OR IGNORE INTO retired (uid, kind, title)
    SELECT uid, 'key result', title FROM was_key_result WHERE uid NOT IN (SELECT uid FROM key_result);
INSERT OR IGNORE INTO retired (uid, kind, title)
    SELECT uid, 'initiative', title FROM was_task WHERE uid NOT IN (SELECT uid FROM task);
CREATE TABLE name_len (len INTEGER NOT NULL) STRICT;
INSERT INTO name_len (len) VALUES (4);
"#;

/// The data table added by V10, recorded like V7's.
pub(in crate::store) const V10_TABLES: &[(&str, &[&str], bool, &str, &str)] = &[(
    "grade_history",
    &["id", "kr_id", "grade", "note", "author", "date", "op"],
    true,
    "OLD.kr_id",
    "(SELECT objective_id FROM key_result WHERE id = OLD.kr_id)",
)];

/// Every hand grade with its day (`store::grades`): setting a grade no longer erases
/// the one before, so a report as of a day between two grades uses the first. A cleared
/// grade is a row without one (`grade` NULL): from that day the computed score counts.
/// One per key result and day. The grades there are become the history's first rows.
pub(super) static V10: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        r#"
CREATE TABLE grade_history (
    id     INTEGER PRIMARY KEY,
    kr_id  INTEGER NOT NULL REFERENCES key_result (id),
    grade  REAL CHECK (grade IS NULL OR grade BETWEEN 0 AND 1),
    note   TEXT NOT NULL,
    author TEXT NOT NULL,
    date   TEXT NOT NULL,
    op     INTEGER,
    UNIQUE (kr_id, date)
) STRICT;
INSERT INTO grade_history (kr_id, grade, note, author, date, op)
    SELECT kr_id, grade, note, author, date, op FROM grade;
{}"#,
        recorded(V10_TABLES)
    )
});
