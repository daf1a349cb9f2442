//! Turning rows into model values, and model values into column text.

use std::str::FromStr;

use chrono::NaiveDate;
use rusqlite::Row;
use rusqlite::types::Type;

use crate::model::{CheckIn, KeyResult, KrId, Name, Objective, ObjectiveId, Uid};

/// Reads a text column through `FromStr` (levels, kinds, dates).
pub(crate) fn parsed<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<T>
where
    T::Err: std::fmt::Display,
{
    let text = row.get_ref(idx)?.as_str()?;
    text.parse::<T>().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, format!("`{text}`: {e}").into())
    })
}

pub(crate) fn parsed_opt<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<T>>
where
    T::Err: std::fmt::Display,
{
    match row.get_ref(idx)? {
        rusqlite::types::ValueRef::Null => Ok(None),
        _ => parsed(row, idx).map(Some),
    }
}

/// A date column: `2026-11-23` read without allocating (a report reads a million),
/// anything else through chrono, which says what is wrong with it.
pub(crate) fn date(row: &Row<'_>, idx: usize) -> rusqlite::Result<NaiveDate> {
    // As bytes: a date that parses is ASCII, so UTF-8 needs no check first.
    if let Ok(s) = row.get_ref(idx)?.as_bytes()
        && let Some(d) = iso_day(s)
    {
        return Ok(d);
    }
    parsed(row, idx)
}

/// A date column that may be empty, read as [`date`] reads one.
pub(crate) fn date_opt(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match row.get_ref(idx)? {
        rusqlite::types::ValueRef::Null => Ok(None),
        _ => date(row, idx).map(Some),
    }
}

fn iso_day(s: &[u8]) -> Option<NaiveDate> {
    let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *s else {
        return None;
    };
    let mut n = [0u32; 8];
    for (slot, b) in n.iter_mut().zip([y0, y1, y2, y3, m0, m1, d0, d1]) {
        *slot = u32::from(b.checked_sub(b'0').filter(|d| *d <= 9)?);
    }
    let year = n[0] * 1000 + n[1] * 100 + n[2] * 10 + n[3];
    NaiveDate::from_ymd_opt(year as i32, n[4] * 10 + n[5], n[6] * 10 + n[7])
}

/// An objective's columns, with its parent's uid last (for the parent's name).
pub(crate) const OBJECTIVE_COLUMNS: &str = "o.id, o.uid, o.title, o.description, o.cycle, o.level, o.owner, o.kind, \
     o.parent_id, o.state, (SELECT p.uid FROM objective p WHERE p.id = o.parent_id)";

/// A name from the uid in column `idx`, `len` letters long.
fn name(row: &Row<'_>, idx: usize, len: usize) -> rusqlite::Result<Name> {
    Ok(Name::of(row.get_ref(idx)?.as_str()?, len))
}

/// Reads [`OBJECTIVE_COLUMNS`], naming ids with `len` letters.
pub(crate) fn objective(len: usize) -> impl Fn(&Row<'_>) -> rusqlite::Result<Objective> {
    move |row| {
        Ok(Objective {
            id: ObjectiveId(row.get(0)?, name(row, 1, len)?),
            uid: Uid(row.get(1)?),
            title: row.get(2)?,
            description: row.get(3)?,
            cycle: row.get(4)?,
            level: parsed(row, 5)?,
            owner: row.get(6)?,
            kind: parsed(row, 7)?,
            parent: match row.get::<_, Option<i64>>(8)? {
                Some(p) => Some(ObjectiveId(p, name(row, 10, len)?)),
                None => None,
            },
            state: parsed(row, 9)?,
        })
    }
}

/// A key result's columns (`k`, joined with its objective `o`), with the objective's
/// uid last.
pub(crate) const KR_COLUMNS: &str = "k.id, k.uid, k.objective_id, k.title, k.kind, k.start, k.target, \
     k.unit, k.weight, coalesce(k.owner, o.owner), k.keep, k.due, k.created, o.uid";

/// Reads [`KR_COLUMNS`], naming ids with `len` letters.
pub(crate) fn key_result(len: usize) -> impl Fn(&Row<'_>) -> rusqlite::Result<KeyResult> {
    move |row| {
        Ok(KeyResult {
            id: KrId(row.get(0)?, name(row, 1, len)?),
            uid: Uid(row.get(1)?),
            objective: ObjectiveId(row.get(2)?, name(row, 13, len)?),
            title: row.get(3)?,
            kind: parsed(row, 4)?,
            start: row.get(5)?,
            target: row.get(6)?,
            unit: row.get(7)?,
            weight: row.get(8)?,
            owner: row.get(9)?,
            keep: parsed_opt(row, 10)?,
            due: date_opt(row, 11)?,
            created: date_opt(row, 12)?,
        })
    }
}

/// A check-in's columns (`c`, joined with its key result `k`), with the key result's
/// uid last.
pub(crate) const CHECKIN_COLUMNS: &str =
    "c.id, c.kr_id, c.value, c.date, c.confidence, c.note, c.author, k.uid, c.uid";

/// Reads [`CHECKIN_COLUMNS`], naming ids with `len` letters.
pub(crate) fn checkin(len: usize) -> impl Fn(&Row<'_>) -> rusqlite::Result<CheckIn> {
    move |row| {
        Ok(CheckIn {
            id: row.get(0)?,
            uid: row.get(8)?,
            kr: KrId(row.get(1)?, name(row, 7, len)?),
            value: row.get(2)?,
            date: date(row, 3)?,
            confidence: row.get(4)?,
            note: row.get(5)?,
            author: row.get(6)?,
        })
    }
}
