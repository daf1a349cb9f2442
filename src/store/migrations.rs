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

const LIST: &[M<'static>] = &[M::up(V1), M::up(V2)];

pub fn migrations() -> Migrations<'static> {
    Migrations::from_slice(LIST)
}

/// The schema version this binary writes.
pub fn latest_version() -> i64 {
    LIST.len() as i64
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::migrations().validate().unwrap();
    }
}
