//! Each key result's check-ins packed in one row of `series`: what a report reads
//! instead of a million rows of `checkin` (fifty thousand rows of a few hundred bytes,
//! each decoded without SQLite's per-column work).
//!
//! A series is a copy, and a copy must never be stale: the triggers that schema V6
//! puts on `checkin` and `key_result` delete a key result's series in the same
//! statement that changes one of its check-ins (whatever makes the change: a command,
//! an import, an undo, sqlite3 by hand), and list the key result in `series_stale`.
//! Every write transaction of [`super::Store`] ends by packing the listed ones again
//! ([`refresh`]). A key result with no series (just added, or changed by someone who
//! did not refresh) is read from `checkin` instead ([`super::history`]): a missing
//! series costs time, never a wrong figure.
//!
//! The format, version 1: one byte `1`, then per check-in, ordered by (date, id), 13
//! bytes: the day as days since 0001-01-01 (i32, little-endian), the value (f64,
//! little-endian), the confidence (u8; 255 for none). A blob of any other version is
//! treated as missing.

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, params};

use crate::Result;
use crate::progress::Point;

const VERSION: u8 = 1;
const POINT: usize = 13;
const NO_CONFIDENCE: u8 = u8::MAX;

/// Packs `points`, ordered by (date, id).
pub fn encode(points: &[Point]) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + points.len() * POINT);
    out.push(VERSION);
    for p in points {
        out.extend_from_slice(&p.date.num_days_from_ce().to_le_bytes());
        out.extend_from_slice(&p.value.to_le_bytes());
        out.push(p.confidence.unwrap_or(NO_CONFIDENCE));
    }
    out
}

/// Fills `out` with the points of `blob` dated on or before `as_of`, in order; false
/// (and `out` left empty) when the blob is not a series this binary reads.
pub fn decode(blob: &[u8], as_of: NaiveDate, out: &mut Vec<Point>) -> bool {
    out.clear();
    let Some((&VERSION, rest)) = blob.split_first() else {
        return false;
    };
    if rest.len() % POINT != 0 {
        return false;
    }
    let last = as_of.num_days_from_ce();
    for p in rest.chunks_exact(POINT) {
        let day = i32::from_le_bytes([p[0], p[1], p[2], p[3]]);
        if day > last {
            break;
        }
        let Some(date) = NaiveDate::from_num_days_from_ce_opt(day) else {
            out.clear();
            return false;
        };
        let value = f64::from_le_bytes([p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11]]);
        let confidence = (p[12] != NO_CONFIDENCE).then_some(p[12]);
        out.push(Point {
            date,
            value,
            confidence,
        });
    }
    true
}

/// The trigger that drops a key result's series when a check-in is added to it, as
/// schema V6 made it; [`pause`] and [`resume`] take it away and put it back.
pub(super) const INSERT_TRIGGER: &str =
    "CREATE TRIGGER series_checkin_insert AFTER INSERT ON checkin BEGIN
    DELETE FROM series WHERE kr_id = NEW.kr_id;
    INSERT OR IGNORE INTO series_stale (kr_id) VALUES (NEW.kr_id);
END;";

/// For a bulk load into the empty check-in table, inside its transaction: no trigger
/// work per row. [`resume`] must follow in the same transaction.
pub fn pause(conn: &Connection) -> Result<()> {
    conn.execute_batch("DROP TRIGGER IF EXISTS series_checkin_insert")?;
    Ok(())
}

/// Ends a bulk load: every key result with check-ins is stale at once, and the
/// trigger is back.
pub fn resume(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "INSERT OR IGNORE INTO series_stale (kr_id) SELECT DISTINCT kr_id FROM checkin;
         DELETE FROM series WHERE kr_id IN (SELECT kr_id FROM series_stale);",
    )?;
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = 'series_checkin_insert')",
        [],
        |r| r.get(0),
    )?;
    if !exists {
        conn.execute_batch(INSERT_TRIGGER)?;
    }
    Ok(())
}

/// Packs again the series of the key results listed stale, in one pass over their
/// check-ins, and empties the list. Returns how many were packed.
pub fn refresh(conn: &Connection) -> Result<usize> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.kr_id, c.date, c.value, c.confidence FROM series_stale s
         JOIN key_result k ON k.id = s.kr_id
         LEFT JOIN checkin c ON c.kr_id = s.kr_id
         ORDER BY s.kr_id, c.date, c.id",
    )?;
    let mut put =
        conn.prepare_cached("INSERT OR REPLACE INTO series (kr_id, points) VALUES (?1, ?2)")?;
    let mut rows = stmt.query([])?;
    let mut open: Option<i64> = None;
    let mut points = Vec::new();
    let mut packed = 0;
    let mut flush = |kr: i64, points: &mut Vec<Point>| -> Result<()> {
        put.execute(params![kr, encode(points)])?;
        points.clear();
        packed += 1;
        Ok(())
    };
    while let Some(r) = rows.next()? {
        let kr: i64 = r.get(0)?;
        if open.is_some_and(|o| o != kr) {
            flush(open.unwrap_or(kr), &mut points)?;
        }
        open = Some(kr);
        // A key result without check-ins comes once, with no date (LEFT JOIN).
        if r.get_ref(1)?.data_type() != rusqlite::types::Type::Null {
            points.push(Point {
                date: super::rows::date(r, 1)?,
                value: r.get(2)?,
                confidence: r.get(3)?,
            });
        }
    }
    if let Some(kr) = open {
        flush(kr, &mut points)?;
    }
    drop(rows);
    conn.execute("DELETE FROM series_stale", [])?;
    Ok(packed)
}

/// The key results whose series is missing or says other than their check-ins: none,
/// when the triggers and [`refresh`] have done their work. What tests hold it to.
#[cfg(test)]
pub fn disagreements(conn: &Connection) -> Result<Vec<i64>> {
    use std::collections::BTreeMap;
    let mut want: BTreeMap<i64, Vec<Point>> = BTreeMap::new();
    let mut stmt = conn.prepare("SELECT id FROM key_result")?;
    for id in stmt.query_map([], |r| r.get::<_, i64>(0))? {
        want.insert(id?, Vec::new());
    }
    let mut stmt = conn
        .prepare("SELECT kr_id, date, value, confidence FROM checkin ORDER BY kr_id, date, id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        want.entry(r.get(0)?).or_default().push(Point {
            date: super::rows::date(r, 1)?,
            value: r.get(2)?,
            confidence: r.get(3)?,
        });
    }
    let mut got: BTreeMap<i64, Vec<Point>> = BTreeMap::new();
    let mut stmt = conn.prepare("SELECT kr_id, points FROM series")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let mut points = Vec::new();
        if decode(
            r.get_ref(1)?.as_blob().unwrap_or_default(),
            NaiveDate::MAX,
            &mut points,
        ) {
            got.insert(r.get(0)?, points);
        }
    }
    Ok(want
        .into_iter()
        .filter(|(kr, points)| got.get(kr) != Some(points))
        .map(|(kr, _)| kr)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_series_decodes_to_what_was_packed_up_to_the_as_of_day(
            days in proptest::collection::vec((0u32..400, -1e12..1e12f64, proptest::option::of(0u8..=10)), 0..40),
            cut in 0u32..400,
        ) {
            let day0 = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
            let mut points: Vec<Point> = days
                .into_iter()
                .map(|(d, value, confidence)| Point { date: day0 + chrono::Days::new(d.into()), value, confidence })
                .collect();
            points.sort_by_key(|p| p.date);
            let as_of = day0 + chrono::Days::new(cut.into());
            let mut got = vec![Point { date: day0, value: 1.0, confidence: None }];
            prop_assert!(decode(&encode(&points), as_of, &mut got));
            let want: Vec<Point> = points.into_iter().filter(|p| p.date <= as_of).collect();
            prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn a_blob_of_another_version_or_length_is_not_a_series() {
        let mut out = Vec::new();
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let one = encode(&[Point {
            date: day,
            value: 3.0,
            confidence: Some(7),
        }]);
        assert!(decode(&one, day, &mut out) && out.len() == 1);
        for bad in [&[][..], &[2u8][..], &one[..one.len() - 1]] {
            assert!(!decode(bad, day, &mut out));
            assert!(out.is_empty());
        }
    }
}
