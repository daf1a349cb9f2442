//! What the progress math reads of check-ins: each key result's [`Point`]s up to a day,
//! read from its packed series ([`super::series`]; from the index by key result and
//! date where it has none), in parts that threads read at once ([`super::parallel`]).

use foldhash::HashMap;
use std::ops::Range;

use chrono::NaiveDate;
use rusqlite::Connection;
use rusqlite::types::Value as SqlValue;

use super::Scope;
use crate::Result;
use crate::model::{CheckIn, KrId};
use crate::progress::Point;

/// Check-ins grouped by key result, each key result's sorted by (date, id).
///
/// The points are kept in the chunks they were read in (a part read on each thread):
/// joining parts moves them, rather than copying a million points into one buffer.
#[derive(Debug, Clone, Default)]
pub struct History {
    chunks: Vec<Vec<Point>>,
    /// Each key result's run: its chunk, and where in it.
    runs: HashMap<KrId, (usize, Range<usize>)>,
}

/// Two histories are equal when they hold the same points for the same key results,
/// however they are chunked.
impl PartialEq for History {
    fn eq(&self, other: &History) -> bool {
        self.runs.len() == other.runs.len()
            && self
                .runs
                .keys()
                .all(|&kr| other.runs.contains_key(&kr) && self.of(kr) == other.of(kr))
    }
}

impl History {
    /// The points of `kr`, oldest first (none if it has no check-in).
    pub fn of(&self, kr: KrId) -> &[Point] {
        self.runs
            .get(&kr)
            .map_or(&[], |(c, r)| &self.chunks[*c][r.clone()])
    }

    /// How many check-ins, of every key result.
    pub fn len(&self) -> usize {
        self.chunks.iter().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.chunks.iter().all(Vec::is_empty)
    }

    /// The history of whole check-ins, in any order.
    pub fn from_checkins(checkins: &[CheckIn]) -> History {
        let mut sorted: Vec<&CheckIn> = checkins.iter().collect();
        sorted.sort_by_key(|c| (c.kr, c.date, c.id));
        let mut b = Builder::default();
        for c in sorted {
            b.push(c.kr, Point::from(c));
        }
        b.finish()
    }

    /// Joins parts that hold different key results. Their points move, in their chunks.
    pub fn concat(parts: Vec<History>) -> History {
        let mut parts = parts.into_iter();
        let Some(mut out) = parts.next() else {
            return History::default();
        };
        let rest: Vec<History> = parts.collect();
        out.runs.reserve(rest.iter().map(|p| p.runs.len()).sum());
        for part in rest {
            let offset = out.chunks.len();
            out.chunks.extend(part.chunks);
            out.runs.extend(
                part.runs
                    .into_iter()
                    .map(|(kr, (c, r))| (kr, (c + offset, r))),
            );
        }
        out
    }
}

/// How many parts the check-ins are read in: enough that two threads finish together.
const PARTS: usize = 8;

/// The check-ins of the key results in `scope` dated on or before `as_of`, a million at
/// an organisation's scale, read on two cores: in parts by key result id, shared with a
/// helper connection on the same snapshot ([`super::parallel`]), while `meanwhile`
/// loads the rest (objectives, key results). Returns both.
pub fn read_sharing<R>(
    conn: &Connection,
    path: &std::path::Path,
    scope: &Scope,
    as_of: NaiveDate,
    meanwhile: impl FnOnce(&Connection) -> Result<R>,
) -> Result<(History, R)> {
    let (history, (), during) = read_sharing_with(conn, path, scope, as_of, |_| Ok(()), meanwhile)?;
    Ok((history, during))
}

/// As [`read_sharing`], with one more large load, `first`, that the helper connection
/// takes on before any part of the check-ins (it starts while `meanwhile` runs): the
/// two cores then finish together, where otherwise the helper would wait for
/// `meanwhile`. Whichever connection runs it, it reads the same snapshot.
pub fn read_sharing_with<X: Send, R>(
    conn: &Connection,
    path: &std::path::Path,
    scope: &Scope,
    as_of: NaiveDate,
    first: impl Fn(&Connection) -> Result<X> + Sync,
    meanwhile: impl FnOnce(&Connection) -> Result<R>,
) -> Result<(History, X, R)> {
    let keys = Keys::of(conn, scope)?;
    let parts = keys.parts(PARTS);
    if parts.len() <= 1 {
        // A few key results: not worth a thread and a second connection.
        let x = first(conn)?;
        let during = meanwhile(conn)?;
        let read = parts
            .into_iter()
            .map(|p| keys.read(conn, as_of, p))
            .collect::<Result<Vec<_>>>()?;
        return Ok((History::concat(read), x, during));
    }
    enum Done<X> {
        First(X),
        Part(History),
    }
    let (done, during) = super::parallel::share(
        conn,
        path,
        parts.len() + 1,
        |conn, i| match i {
            0 => first(conn).map(Done::First),
            i => keys.read(conn, as_of, parts[i - 1].clone()).map(Done::Part),
        },
        meanwhile,
    )?;
    let mut x = None;
    let mut read = Vec::with_capacity(parts.len());
    for d in done {
        match d {
            Done::First(v) => x = Some(v),
            Done::Part(h) => read.push(h),
        }
    }
    // Job 0 is always done (by one connection or the other) when `share` returns.
    let x = match x {
        Some(x) => x,
        None => first(conn)?,
    };
    Ok((History::concat(read), x, during))
}

/// The key results in scope, by id: what [`Keys::read`] reads the check-ins of, in
/// parts ([`Keys::parts`]) that threads can read at once.
#[derive(Debug, Clone, Default)]
pub struct Keys {
    /// Sorted, each once.
    ids: Vec<i64>,
}

impl Keys {
    pub fn of(conn: &Connection, scope: &Scope) -> Result<Keys> {
        let (filter, params) = scope.sql(true);
        let mut stmt = conn.prepare(&format!(
            "SELECT k.id FROM key_result k JOIN objective o ON o.id = k.objective_id {filter}"
        ))?;
        let mut ids = stmt
            .query_map(rusqlite::params_from_iter(params), |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        ids.sort_unstable();
        ids.dedup();
        Ok(Keys { ids })
    }

    /// At most `n` parts with about as many key results each, for [`Keys::read`]; one
    /// for a few key results, which is not worth sharing.
    pub fn parts(&self, n: usize) -> Vec<Range<usize>> {
        let len = self.ids.len();
        let n = if len < 2048 { 1 } else { n.max(1) };
        let step = len.div_ceil(n).max(1);
        (0..len)
            .step_by(step)
            .map(|start| start..(start + step).min(len))
            .collect()
    }

    /// The lowest and highest id in `part`, if it has any.
    pub fn span(&self, part: Range<usize>) -> Option<(i64, i64)> {
        let ids = &self.ids[part];
        Some((*ids.first()?, *ids.last()?))
    }

    /// The whole, as one part.
    pub fn all(&self) -> Range<usize> {
        0..self.ids.len()
    }

    /// The check-ins dated on or before `as_of` of the key results in `part`: their
    /// packed series ([`super::series`]), and for those that have none, their rows of
    /// `checkin`.
    ///
    /// Where the part's key results are most of the ids in its span (a cycle's key
    /// results are mostly added together), the series are read as one range, in
    /// order, and those of other key results skipped. Otherwise (one person's key
    /// results among thousands) each is looked up by id.
    pub fn read(&self, conn: &Connection, as_of: NaiveDate, part: Range<usize>) -> Result<History> {
        let ids = &self.ids[part];
        let (Some(&lo), Some(&hi)) = (ids.first(), ids.last()) else {
            return Ok(History::default());
        };
        let span = hi.saturating_sub(lo).saturating_add(1);
        let (packed, missing) = if (ids.len() as i64).saturating_mul(4) >= span {
            let sql = "SELECT kr_id, points FROM series WHERE kr_id BETWEEN ?1 AND ?2";
            read_series(
                conn,
                sql,
                &[SqlValue::Integer(lo), SqlValue::Integer(hi)],
                ids,
                as_of,
            )?
        } else {
            let sql = "SELECT kr_id, points FROM series \
                       WHERE kr_id IN (SELECT value FROM json_each(?1)) ORDER BY kr_id";
            read_series(conn, sql, &[id_list(ids)], ids, as_of)?
        };
        if missing.is_empty() {
            return Ok(packed);
        }
        let sql = "SELECT c.kr_id, c.date, c.id, c.value, c.confidence FROM checkin c \
                   WHERE c.kr_id IN (SELECT value FROM json_each(?1)) AND c.date <= ?2";
        let params = [id_list(&missing), SqlValue::Text(as_of.to_string())];
        let unpacked = read_sorted(conn, sql, &params)?;
        Ok(History::concat(vec![packed, unpacked]))
    }
}

/// `ids` as a JSON array, for `json_each`: one parameter for any number of ids.
fn id_list(ids: &[i64]) -> SqlValue {
    let mut json = String::with_capacity(ids.len() * 7 + 2);
    json.push('[');
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            json.push(',');
        }
        json.push_str(&id.to_string());
    }
    json.push(']');
    SqlValue::Text(json)
}

/// The series that `sql` yields (key result, points), ordered by key result, of the
/// key results in `ids` (sorted), as a history up to `as_of`; and the ids in `ids`
/// that have no series this binary reads.
fn read_series(
    conn: &Connection,
    sql: &str,
    params: &[SqlValue],
    ids: &[i64],
    as_of: NaiveDate,
) -> Result<(History, Vec<i64>)> {
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
    let mut b = Builder::default();
    b.runs.reserve(ids.len());
    let mut missing = Vec::new();
    let mut points = Vec::new();
    // The next id of `ids` not yet found or missed.
    let mut at = 0;
    // Once a sixteenth of a long list is read, room for all its points at once,
    // scaled from that sixteenth, instead of doubling (and copying) a dozen times.
    let sample = if ids.len() >= 1024 { ids.len() / 16 } else { 0 };
    while let Some(r) = rows.next()? {
        if at == sample && sample > 0 {
            let all = b.points.len() as f64 * ids.len() as f64 / sample as f64 * 1.05;
            b.points
                .reserve((all as usize).saturating_sub(b.points.len()));
        }
        let kr: i64 = r.get(0)?;
        while ids.get(at).is_some_and(|&k| k < kr) {
            missing.push(ids[at]);
            at += 1;
        }
        if ids.get(at) != Some(&kr) {
            continue;
        }
        at += 1;
        let blob = r.get_ref(1)?.as_blob().unwrap_or_default();
        if !super::series::decode(blob, as_of, &mut points) {
            missing.push(kr);
            continue;
        }
        for p in points.drain(..) {
            b.push(KrId::row(kr), p);
        }
    }
    missing.extend_from_slice(&ids[at.min(ids.len())..]);
    Ok((b.finish(), missing))
}

/// The rows of `sql` (key result, date, id, value, confidence) as a history. They are
/// read in the order SQLite gives; if that ever is not grouped by key result and
/// ordered by (date, id) within each, SQLite sorts them.
fn read_sorted(conn: &Connection, sql: &str, params: &[SqlValue]) -> Result<History> {
    if let Some(h) = read_grouped(conn, sql, params, true)? {
        return Ok(h);
    }
    let sorted = format!("{sql} ORDER BY c.kr_id, c.date, c.id");
    Ok(read_grouped(conn, &sorted, params, false)?.unwrap_or_default())
}

/// Builds a history from points that come grouped by key result, in one chunk.
#[derive(Default)]
struct Builder {
    points: Vec<Point>,
    runs: HashMap<KrId, (usize, Range<usize>)>,
    /// The key result whose run is open, and where it starts.
    open: Option<(KrId, usize)>,
}

impl Builder {
    /// Adds a point; false (and nothing added) if `kr`'s run was already closed.
    fn push(&mut self, kr: KrId, p: Point) -> bool {
        match self.open {
            Some((k, _)) if k == kr => {}
            _ => {
                self.close();
                if self.runs.contains_key(&kr) {
                    return false;
                }
                self.open = Some((kr, self.points.len()));
            }
        }
        self.points.push(p);
        true
    }

    fn close(&mut self) {
        if let Some((kr, start)) = self.open.take() {
            self.runs.insert(kr, (0, start..self.points.len()));
        }
    }

    fn finish(mut self) -> History {
        self.close();
        History {
            chunks: vec![self.points],
            runs: self.runs,
        }
    }
}

/// The rows of `sql` as a history. `strict`: none unless they come grouped by key
/// result and in order of (date, id) within each.
fn read_grouped(
    conn: &Connection,
    sql: &str,
    params: &[SqlValue],
    strict: bool,
) -> Result<Option<History>> {
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
    let mut b = Builder::default();
    let mut last: Option<(i64, NaiveDate, i64)> = None;
    while let Some(r) = rows.next()? {
        let kr: i64 = r.get(0)?;
        let date = super::rows::date(r, 1)?;
        let id: i64 = r.get(2)?;
        let p = Point {
            date,
            value: r.get(3)?,
            confidence: r.get(4)?,
        };
        let ordered = last.is_none_or(|(k, d, i)| k != kr || (d, i) < (date, id));
        if !(b.push(KrId::row(kr), p) && ordered) && strict {
            return Ok(None);
        }
        last = Some((kr, date, id));
    }
    Ok(Some(b.finish()))
}

#[cfg(test)]
#[path = "history_tests.rs"]
mod tests;
