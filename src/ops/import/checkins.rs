//! Importing check-ins: from per-author check-in files and from objectives files.
//! Every key result is found by id or title through indexes built once, and each
//! check-in costs one index probe when it is new, so importing a million check-ins
//! stays linear and holds none of them in memory.

use std::collections::{BTreeSet, HashMap};

use rusqlite::Transaction;
use toml::Spanned;

use super::{Seen, Summary, checked_uid, resolve_ref};
use chrono::NaiveDate;

use crate::Result;
use crate::exchange::files::{self, Source, date_of};
use crate::exchange::stable_uid;
use crate::model::Cycle;
use crate::model::KrId;
use crate::store;
use crate::store::exchange::{Change, CheckinRow};

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

/// Check-ins as they are imported: every key result by id and by title (the files'
/// and the database's), and the cycle each belongs to, which its check-ins must fall in.
pub(super) struct Checkins<'l> {
    ids: HashMap<String, KrId>,
    titles: HashMap<String, Vec<String>>,
    kr_cycle: HashMap<KrId, Option<std::rc::Rc<Cycle>>>,
    local: &'l store::synced::Local,
    today: NaiveDate,
}

impl<'l> Checkins<'l> {
    pub fn new(
        tx: &Transaction<'_>,
        (kr_uids, kr_titles): (&HashMap<String, KrId>, &HashMap<String, Vec<String>>),
        local: &'l store::synced::Local,
        today: NaiveDate,
    ) -> Result<Checkins<'l>> {
        let mut ids = kr_uids.clone();
        let mut titles = kr_titles.clone();
        let mut cycles: HashMap<String, Option<std::rc::Rc<Cycle>>> = HashMap::new();
        let mut kr_cycle = HashMap::new();
        for k in store::exchange::kr_keys(tx)? {
            titles.entry(k.title).or_default().push(k.uid.clone());
            let cycle = cycles
                .entry(k.cycle)
                .or_insert_with_key(|name| {
                    crate::ops::cycles::resolve(tx, name)
                        .ok()
                        .map(std::rc::Rc::new)
                })
                .clone();
            kr_cycle.insert(k.id, cycle);
            ids.entry(k.uid).or_insert(k.id);
        }
        for uids in titles.values_mut() {
            uids.sort();
            uids.dedup();
        }
        Ok(Checkins {
            ids,
            titles,
            kr_cycle,
            local,
            today,
        })
    }

    /// Adds or updates the check-ins of one file (its source and number). An author's
    /// file names its author once (`file_author`); in an objectives file each check-in
    /// names its own. Returns the cycles of the key results they belong to.
    pub fn put(
        &mut self,
        tx: &Transaction<'_>,
        (src, file): (&Source, u32),
        file_author: Option<&str>,
        entries: &[Spanned<files::CheckinEntry>],
        seen: &mut Seen,
        summary: &mut Summary,
    ) -> Result<BTreeSet<String>> {
        let mut cycles = BTreeSet::new();
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
            let (kr_uid, kr_id) =
                resolve_ref(seen, src, &e.kr, "key result", &self.ids, &self.titles)?;
            let EntryFields {
                uid,
                date,
                value,
                confidence,
                note,
            } = checkin_fields(src, e, &author)?;
            let cycle = self.kr_cycle.get(&kr_id).and_then(Option::as_deref);
            check_date(src, &e.date, date, cycle, self.today)?;
            if let Some(c) = cycle
                && !cycles.contains(&c.name)
            {
                cycles.insert(c.name.clone());
            }
            let at = e.id.as_ref().map_or(entry.span(), Spanned::span);
            let twin = seen.twin_of(file, &uid);
            let row = CheckinRow {
                uid,
                kr_uid,
                date,
                value,
                confidence,
                note,
                author,
            };
            // Most check-ins of a first import are new: one insert tells.
            let change = if twin.is_none() && store::exchange::add_checkin(tx, kr_id, &row)? {
                Change::Added
            } else {
                match store::exchange::checkin_by_uid(tx, &row.uid)? {
                    Some(old) if old == row => Change::Unchanged,
                    Some(_) if self.local.checkins.contains(&row.uid) => Change::Kept,
                    Some(_) => Change::Updated,
                    None => Change::Added,
                }
            };
            // The same check-in in two files (a hand-written file and an export of it),
            // or twice in a file that git merged: one check-in, as long as the two say
            // the same.
            if let Some(first) = twin {
                if change != Change::Unchanged {
                    return Err(seen.conflict(first, src, &at, &row.uid, "check-in", None));
                }
                continue;
            }
            if change == Change::Updated {
                store::exchange::update_checkin(tx, kr_id, &row)?;
            }
            summary.checkins.count(change);
            summary.keep(change, || {
                format!("check-in of {} on {}", row.author, row.date)
            });
        }
        Ok(cycles)
    }
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
