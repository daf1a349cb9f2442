//! Importing check-ins: from per-author check-in files and from objectives files.
//! Every key result is found by id or title through indexes built once, and each
//! check-in costs one index probe when it is new, so importing a million check-ins
//! stays linear and holds none of them in memory.

use std::collections::{BTreeSet, HashMap};

use rusqlite::Transaction;
use toml::Spanned;

use std::sync::Arc;

use super::{Seen, Summary, checked_uid, resolve_ref};
use chrono::NaiveDate;

use crate::Result;
use crate::exchange::files::{self, Source, date_of};
use crate::exchange::stable_uid;
use crate::model::Cycle;
use crate::model::KrId;
use crate::store;
use crate::store::exchange::{Change, StoredCheckin};

/// The uid of a hand-written check-in: derived from the fields as written.
pub fn checkin_uid(
    kr: &str,
    author: &str,
    date: chrono::NaiveDate,
    value: f64,
    note: Option<&str>,
) -> String {
    stable_uid(&[
        "checkin",
        kr,
        author,
        &date.to_string(),
        &value.to_string(),
        note.unwrap_or(""),
    ])
}

/// A check-in entry's fields, checked, with its id (derived when written without one).
pub(crate) struct EntryFields {
    pub uid: String,
    pub date: chrono::NaiveDate,
    pub value: f64,
    pub confidence: Option<u8>,
    pub note: Option<String>,
}

/// Reads one check-in entry of `author`'s file. Import and export both use this, so a
/// hand-written check-in gets the same derived id on both sides.
pub(crate) fn checkin_fields(
    src: &Source,
    e: &files::CheckinEntry,
    author: &str,
) -> Result<EntryFields> {
    let date = date_of(src, &e.date)?;
    let value = *e.value.get_ref();
    if let Err(err) = crate::model::check_value(value, "value") {
        return Err(src.error(&e.value.span(), err));
    }
    let confidence = match &e.confidence {
        Some(c) => Some(
            crate::model::Confidence::new(*c.get_ref())
                .map_err(|err| src.error(&c.span(), err))?
                .get(),
        ),
        None => None,
    };
    let note = e
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string);
    let uid = match &e.id {
        Some(id) => checked_uid(src, id)?,
        None => checkin_uid(e.kr.get_ref().trim(), author, date, value, note.as_deref()),
    };
    Ok(EntryFields {
        uid,
        date,
        value,
        confidence,
        note,
    })
}

/// Every key result by id and by title (the files' and the database's), and the cycle
/// each belongs to, which its check-ins must fall in. Read-only once built: the thread
/// that parses authors' files checks their check-ins against it.
pub(super) struct KrIndex {
    ids: HashMap<String, KrId>,
    titles: HashMap<String, Vec<String>>,
    kr_cycle: HashMap<KrId, Option<Arc<Cycle>>>,
    today: NaiveDate,
}

impl KrIndex {
    pub fn new(
        tx: &Transaction<'_>,
        (kr_uids, kr_titles): (&HashMap<String, KrId>, &HashMap<String, Vec<String>>),
        today: NaiveDate,
    ) -> Result<KrIndex> {
        let mut ids = kr_uids.clone();
        let mut titles = kr_titles.clone();
        let mut cycles: HashMap<String, Option<Arc<Cycle>>> = HashMap::new();
        let mut kr_cycle = HashMap::new();
        store::exchange::each_kr(tx, |id, uid, title, name| {
            let cycle = match cycles.get(name) {
                Some(c) => c.clone(),
                None => {
                    let c = crate::ops::cycles::resolve(tx, name).ok().map(Arc::new);
                    cycles.insert(name.to_string(), c.clone());
                    c
                }
            };
            kr_cycle.insert(id, cycle);
            titles.entry(title).or_default().push(uid.clone());
            ids.entry(uid).or_insert(id);
        })?;
        for uids in titles.values_mut() {
            uids.sort();
            uids.dedup();
        }
        Ok(KrIndex {
            ids,
            titles,
            kr_cycle,
            today,
        })
    }

    /// Checks the check-ins of one file and resolves their key results, adding the
    /// cycles of those to `cycles`. An author's file names its author once
    /// (`file_author`); in an objectives file each check-in names its own.
    pub fn prepare(
        &self,
        src: &Source,
        file_author: Option<&str>,
        entries: &[Spanned<files::CheckinEntry>],
        seen: &Seen,
        cycles: &mut BTreeSet<String>,
    ) -> Result<Vec<Prepared>> {
        let mut out = Vec::with_capacity(entries.len());
        for entry in entries {
            let e = entry.get_ref();
            let author = match (file_author, &e.author) {
                (Some(a), _) => a.to_string(),
                (None, Some(a)) => crate::model::clean_owner(a.get_ref())
                    .map_err(|err| src.error(&a.span(), err))?,
                (None, None) => {
                    return Err(src.error(
                        &entry.span(),
                        "a check-in in an objectives file needs an `author`",
                    ));
                }
            };
            let (_, kr) = resolve_ref(seen, src, &e.kr, "key result", &self.ids, &self.titles)?;
            let EntryFields {
                uid,
                date,
                value,
                confidence,
                note,
            } = checkin_fields(src, e, &author)?;
            let cycle = self.kr_cycle.get(&kr).and_then(Option::as_deref);
            check_date(src, &e.date, date, cycle, self.today)?;
            if let Some(c) = cycle
                && !cycles.contains(&c.name)
            {
                cycles.insert(c.name.clone());
            }
            let mut id = [0u8; 32];
            match uid.as_bytes() {
                bytes if bytes.len() == 32 => id.copy_from_slice(bytes),
                _ => return Err(src.error(&entry.span(), format!("`{uid}` is not an okr id"))),
            }
            out.push(Prepared {
                at: e.id.as_ref().map_or(entry.span(), Spanned::span),
                kr,
                uid: id,
                date,
                value,
                confidence,
                note,
                author: file_author.is_none().then_some(author),
            });
        }
        Ok(out)
    }
}

/// A check-in checked and resolved, ready to write: lean, since a million of them pass
/// from the thread that reads to the one that writes.
pub(super) struct Prepared {
    kr: KrId,
    /// Its id: 32 hex digits.
    uid: [u8; 32],
    date: NaiveDate,
    value: f64,
    confidence: Option<u8>,
    note: Option<String>,
    /// Its own author, in an objectives file; else the file's.
    author: Option<String>,
    /// Where it is, for an error.
    at: std::ops::Range<usize>,
}

const INSERT: &str = "INSERT INTO checkin (uid, kr_id, date, value, confidence, note, author, op)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

/// Writes prepared check-ins, with its statement prepared once for the whole import.
pub(super) struct Writer<'tx> {
    conn: &'tx rusqlite::Connection,
    insert: rusqlite::Statement<'tx>,
    /// Loading without the check-ins' indexes (see [`Writer::bulk`]).
    bulk: bool,
    local: &'tx store::synced::Local,
    op: i64,
}

impl<'tx> Writer<'tx> {
    pub fn new(tx: &'tx Transaction<'_>, local: &'tx store::synced::Local) -> Result<Writer<'tx>> {
        Ok(Writer {
            conn: tx,
            insert: tx.prepare(&format!("{INSERT} ON CONFLICT (uid) DO NOTHING"))?,
            bulk: false,
            local,
            op: store::synced::newest_op(tx)?,
        })
    }

    /// Loads into the empty check-in table (a newcomer's first sync, however large)
    /// without its indexes, which [`Writer::finish`] builds after the rows in one sorted
    /// pass each: a first sync of a million check-ins otherwise goes to placing random
    /// ids in a B-tree one by one. The table
    /// being empty, two rows with one id can only be twins in the files, which `Seen`
    /// tells; the first twin builds the indexes at once (twins are compared in the
    /// database), and the load goes on with them.
    pub fn bulk(&mut self) -> Result<()> {
        store::exchange::drop_checkin_indexes(self.conn)?;
        store::series::pause(self.conn)?;
        self.insert = self.conn.prepare(INSERT)?;
        self.bulk = true;
        Ok(())
    }

    /// Ends a bulk load: builds the check-ins' indexes, and lists every key result's
    /// series stale (their trigger is off while the rows go in).
    pub fn finish(&mut self) -> Result<()> {
        if self.bulk {
            store::exchange::create_checkin_indexes(self.conn)?;
            store::series::resume(self.conn)?;
            self.insert = self
                .conn
                .prepare(&format!("{INSERT} ON CONFLICT (uid) DO NOTHING"))?;
            self.bulk = false;
        }
        Ok(())
    }

    /// Adds or updates prepared check-ins of the file `src` (number `file`), whose
    /// author is `file_author` unless a check-in names its own.
    pub fn write(
        &mut self,
        tx: &Transaction<'_>,
        (src, file, seen): (&Source, u32, &Seen),
        file_author: &str,
        prepared: Vec<Prepared>,
        summary: &mut Summary,
    ) -> Result<()> {
        for p in prepared {
            let uid = std::str::from_utf8(&p.uid).unwrap_or_default();
            let twin = seen.twin_of(file, uid);
            if twin.is_some() {
                self.finish()?;
            }
            let author = p.author.as_deref().unwrap_or(file_author);
            let day = iso_date(p.date);
            let day = std::str::from_utf8(&day).unwrap_or_default();
            let row = StoredCheckin {
                kr: p.kr,
                date: day,
                value: p.value,
                confidence: p.confidence,
                note: p.note.as_deref(),
                author,
            };
            // Into an empty table every check-in is new (but twins): one insert. Else
            // most are there already (a pull changed a line or two of a file): one
            // look, and an insert for the new ones.
            let differs = match (self.bulk, twin) {
                (true, None) => None,
                _ => store::exchange::checkin_differs(tx, uid, &row)?,
            };
            let change = match differs {
                Some(false) => Change::Unchanged,
                Some(true) if self.local.checkins.contains(uid) => Change::Kept,
                Some(true) => Change::Updated,
                None => Change::Added,
            };
            if change == Change::Added && twin.is_none() {
                self.insert.execute(rusqlite::params![
                    uid,
                    row.kr.0,
                    row.date,
                    row.value,
                    row.confidence,
                    row.note,
                    row.author,
                    self.op
                ])?;
            }
            // The same check-in in two files (a hand-written file and an export of it),
            // or twice in a file that git merged: one check-in, as long as the two say
            // the same.
            if let Some(first) = twin {
                if change != Change::Unchanged {
                    return Err(seen.conflict(first, src, &p.at, uid, "check-in", None));
                }
                continue;
            }
            if change == Change::Updated {
                store::exchange::update_checkin(tx, uid, &row)?;
            }
            summary.checkins.count(change);
            summary.keep(change, || format!("check-in of {author} on {}", p.date));
        }
        Ok(())
    }
}

/// `2026-11-23` for a year of four digits, without allocating: a million of them per
/// import. Other years are not in any cycle.
fn iso_date(d: NaiveDate) -> [u8; 10] {
    use chrono::Datelike;
    let (y, m, d) = (d.year().clamp(0, 9999) as u32, d.month(), d.day());
    let digit = |n: u32| b'0' + (n % 10) as u8;
    [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(d / 10),
        digit(d),
    ]
}

/// What `okr checkin` refuses, import refuses too: a date in the future (a day of grace
/// for a teammate whose today is already tomorrow), or outside the key result's cycle.
fn check_date(
    src: &Source,
    at: &Spanned<toml::value::Datetime>,
    date: NaiveDate,
    cycle: Option<&Cycle>,
    today: NaiveDate,
) -> Result<()> {
    if today.succ_opt().is_some_and(|tomorrow| date > tomorrow) {
        return Err(src.error(
            &at.span(),
            format!("check-in date {date} is in the future (today is {today})"),
        ));
    }
    if let Some(c) = cycle.filter(|c| !c.contains(date)) {
        return Err(src.error_with_hint(
            &at.span(),
            format!(
                "check-in date {date} is outside the key result's cycle {} ({} to {})",
                c.name, c.start, c.end
            ),
            "a value from before the cycle is the key result's `start`",
        ));
    }
    Ok(())
}
