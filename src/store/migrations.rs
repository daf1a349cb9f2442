//! The schema, as an append-only list of migrations tracked by `PRAGMA user_version`.
//!
//! Never edit or remove a migration that has shipped: add a new one at the end.

use rusqlite_migration::{M, Migrations};

pub(super) const V1: &str = r#"
CREATE TABLE cycle (
    name  TEXT PRIMARY KEY,
    start TEXT NOT NULL,
    end   TEXT NOT NULL
) STRICT;

CREATE TABLE objective (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    title       TEXT NOT NULL,
    description TEXT,
    cycle       TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('company', 'team', 'personal')),
    owner       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('committed', 'aspirational')),
    parent_id   INTEGER REFERENCES objective (id),
    state       TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'done', 'archived'))
) STRICT;
CREATE INDEX objective_by_cycle ON objective (cycle, owner, level);
CREATE INDEX objective_by_parent ON objective (parent_id);

CREATE TABLE key_result (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    objective_id INTEGER NOT NULL REFERENCES objective (id),
    title        TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('metric', 'boolean', 'threshold')),
    start        REAL NOT NULL,
    target       REAL NOT NULL,
    unit         TEXT NOT NULL DEFAULT '',
    weight       REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
    owner        TEXT,
    keep         TEXT CHECK (keep IN ('at-least', 'at-most')),
    due          TEXT
) STRICT;
CREATE INDEX key_result_by_objective ON key_result (objective_id);
CREATE INDEX key_result_by_owner ON key_result (owner);

CREATE TABLE checkin (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    kr_id      INTEGER NOT NULL REFERENCES key_result (id),
    date       TEXT NOT NULL,
    value      REAL NOT NULL,
    confidence INTEGER CHECK (confidence BETWEEN 0 AND 10),
    note       TEXT,
    author     TEXT NOT NULL
) STRICT;
CREATE INDEX checkin_by_kr_date ON checkin (kr_id, date, id);
CREATE INDEX checkin_by_date ON checkin (date);

CREATE TABLE grade (
    kr_id  INTEGER PRIMARY KEY REFERENCES key_result (id),
    grade  REAL NOT NULL CHECK (grade BETWEEN 0 AND 1),
    note   TEXT NOT NULL,
    author TEXT NOT NULL,
    date   TEXT NOT NULL
) STRICT;
"#;

/// The day a key result was added with `okr kr add` (none for older ones and for
/// key results that came from team files): a key result added this week is not stale.
const V2: &str = "ALTER TABLE key_result ADD COLUMN created TEXT;";

/// The operation log (`okr log`, `okr undo`), the history of key results' measures,
/// reflections and carry links. Generated from [`V3_TABLES`]; see [`v3`].
static V3: std::sync::LazyLock<String> = std::sync::LazyLock::new(v3);

/// The data tables as V3 left them: name, columns, whether the first column is the
/// rowid, and the SQL that names the key result and the objective a row belongs to
/// (for `okr log --kr` / `--objective`). Frozen with V3: a later migration that adds a
/// column recreates the triggers, and [`super::oplog::TABLES`] follows it.
pub(super) const V3_TABLES: &[(&str, &[&str], bool, &str, &str)] = &[
    (
        "cycle",
        &["name", "start", "end", "op"],
        false,
        "NULL",
        "NULL",
    ),
    (
        "objective",
        &[
            "id",
            "uid",
            "title",
            "description",
            "cycle",
            "level",
            "owner",
            "kind",
            "parent_id",
            "state",
            "op",
            "origin",
        ],
        true,
        "NULL",
        "OLD.id",
    ),
    (
        "key_result",
        &[
            "id",
            "uid",
            "objective_id",
            "title",
            "kind",
            "start",
            "target",
            "unit",
            "weight",
            "owner",
            "keep",
            "due",
            "created",
            "op",
            "origin",
        ],
        true,
        "OLD.id",
        "OLD.objective_id",
    ),
    (
        "checkin",
        &[
            "id",
            "uid",
            "kr_id",
            "date",
            "value",
            "confidence",
            "note",
            "author",
            "op",
        ],
        true,
        "OLD.kr_id",
        "NULL",
    ),
    (
        "grade",
        &["kr_id", "grade", "note", "author", "date", "op"],
        true,
        "OLD.kr_id",
        "NULL",
    ),
    (
        "measure",
        &[
            "id", "kr_id", "date", "start", "target", "weight", "reason", "author", "op",
        ],
        true,
        "OLD.kr_id",
        "NULL",
    ),
    (
        "reflection",
        &[
            "id",
            "uid",
            "objective_id",
            "date",
            "author",
            "topic",
            "text",
            "op",
        ],
        true,
        "NULL",
        "OLD.objective_id",
    ),
];

/// V3's SQL. Every user action is an `op`; a row remembers the op that inserted it
/// (`op` column), and triggers keep the old image of every row an op updates or
/// deletes (`change` and `was_<table>`), so that `okr undo` can put any op back.
/// Triggers stay silent while an undo runs.
fn v3() -> String {
    let mut sql = String::from(
        r#"
CREATE TABLE op (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    user    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    reason  TEXT,
    undoes  INTEGER UNIQUE REFERENCES op (id)
) STRICT;

CREATE TABLE change (
    id        INTEGER PRIMARY KEY,
    op        INTEGER,
    tbl       TEXT NOT NULL,
    row       INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('update', 'delete')),
    kr        INTEGER,
    objective INTEGER
) STRICT;
CREATE INDEX change_by_op ON change (op);
CREATE INDEX change_by_kr ON change (kr);
CREATE INDEX change_by_objective ON change (objective);

ALTER TABLE cycle ADD COLUMN op INTEGER;
ALTER TABLE objective ADD COLUMN op INTEGER;
ALTER TABLE objective ADD COLUMN origin TEXT;
ALTER TABLE key_result ADD COLUMN op INTEGER;
ALTER TABLE key_result ADD COLUMN origin TEXT;
ALTER TABLE checkin ADD COLUMN op INTEGER;
ALTER TABLE grade ADD COLUMN op INTEGER;

CREATE TABLE measure (
    id     INTEGER PRIMARY KEY,
    kr_id  INTEGER NOT NULL REFERENCES key_result (id),
    date   TEXT NOT NULL,
    start  REAL NOT NULL,
    target REAL NOT NULL,
    weight REAL NOT NULL CHECK (weight > 0),
    reason TEXT,
    author TEXT NOT NULL,
    op     INTEGER,
    UNIQUE (kr_id, date)
) STRICT;

CREATE TABLE reflection (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    objective_id INTEGER NOT NULL REFERENCES objective (id),
    date         TEXT NOT NULL,
    author       TEXT NOT NULL,
    topic        TEXT NOT NULL CHECK (topic IN ('went-well', 'went-badly', 'learned', 'note')),
    text         TEXT NOT NULL,
    op           INTEGER
) STRICT;
CREATE INDEX reflection_by_objective ON reflection (objective_id);
"#,
    );
    for (table, columns, _, kr, objective) in V3_TABLES {
        let cols = columns.join(", ");
        sql.push_str(&format!(
            "\nCREATE TABLE was_{table} (change INTEGER PRIMARY KEY, {cols});\n"
        ));
        sql.push_str(&triggers(table, columns, kr, objective));
    }
    sql
}

/// The triggers that keep the old image of a row of `table` that an op updates or
/// deletes, as V3 made them.
fn triggers(table: &str, columns: &[&str], kr: &str, objective: &str) -> String {
    let quiet = "(SELECT undoes FROM op ORDER BY id DESC LIMIT 1) IS NULL";
    let cols = columns.join(", ");
    let old: Vec<String> = columns.iter().map(|c| format!("OLD.{c}")).collect();
    let new: Vec<String> = columns.iter().map(|c| format!("NEW.{c}")).collect();
    let (old, new) = (old.join(", "), new.join(", "));
    let mut sql = String::new();
    for (event, action, when) in [
        (
            "UPDATE",
            "update",
            format!("({old}) IS NOT ({new}) AND {quiet}"),
        ),
        ("DELETE", "delete", quiet.to_string()),
    ] {
        sql.push_str(&format!(
            "CREATE TRIGGER {table}_{action} AFTER {event} ON {table} WHEN {when} BEGIN
    INSERT INTO change (op, tbl, row, action, kr, objective)
        VALUES ((SELECT max(id) FROM op), '{table}', OLD.rowid, '{action}', {kr}, {objective});
    INSERT INTO was_{table} (change, {cols}) VALUES (last_insert_rowid(), {old});
END;
"
        ));
    }
    sql
}

/// Where this database last wrote each cycle to its team files: the newest op then.
/// Changes made here after it are not in the files yet, and an import keeps them
/// (`store::synced`). Bookkeeping, not data: no op log, nothing to undo.
const V4: &str = "CREATE TABLE synced (cycle TEXT PRIMARY KEY, op INTEGER NOT NULL) STRICT;";

/// What each team file held when this database last read or wrote it
/// (`store::known`; bookkeeping, not data: no op log). And check-ins' ids unique by a
/// named index instead of the table's constraint, so that a first import of a
/// million check-ins can build it after the rows, in one sorted pass
/// (`store::exchange::drop_checkin_indexes`): the table is rebuilt as it was, with its
/// indexes and V3's triggers. The index by key result and date also holds the value
/// and confidence, so that a report reads its million check-ins from the index alone.
static V5: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let (table, columns, _, kr, objective) = V3_TABLES
        .iter()
        .find(|t| t.0 == "checkin")
        .expect("V3 has check-ins");
    let cols = columns.join(", ");
    format!(
        r#"
CREATE TABLE known_file (
    path   TEXT PRIMARY KEY,
    hash   TEXT NOT NULL,
    kind   TEXT NOT NULL CHECK (kind IN ('objectives', 'checkins')),
    cycles TEXT NOT NULL,
    op     INTEGER
) STRICT;

CREATE TABLE checkin_v5 (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL DEFAULT (lower(hex(randomblob(16)))),
    kr_id      INTEGER NOT NULL REFERENCES key_result (id),
    date       TEXT NOT NULL,
    value      REAL NOT NULL,
    confidence INTEGER CHECK (confidence BETWEEN 0 AND 10),
    note       TEXT,
    author     TEXT NOT NULL,
    op         INTEGER
) STRICT;
INSERT INTO checkin_v5 ({cols}) SELECT {cols} FROM checkin;
DROP TABLE checkin;
ALTER TABLE checkin_v5 RENAME TO checkin;
CREATE UNIQUE INDEX checkin_by_uid ON checkin (uid);
CREATE INDEX checkin_by_kr_date ON checkin (kr_id, date, id, value, confidence);
CREATE INDEX checkin_by_date ON checkin (date);
{}"#,
        triggers(table, columns, kr, objective)
    )
});

#[path = "migrations_later.rs"]
mod later;
pub(super) use later::recorded_tables;
use later::{V6, V7, V8, V9, V10};

pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(V1),
        M::up(V2),
        M::up(V3.as_str()),
        M::up(V4),
        M::up(V5.as_str()),
        M::up(V6.as_str()),
        M::up(V7.as_str()),
        M::up(V8.as_str()),
        M::up(V9),
        M::up(V10.as_str()),
    ])
}

/// The schema version this binary writes.
pub fn latest_version() -> i64 {
    10
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::migrations().validate().unwrap();
    }
}
