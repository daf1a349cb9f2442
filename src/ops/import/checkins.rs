//! Importing check-ins: from per-author check-in files and from objectives files.
//! Every key result is found by id or title through indexes built once, so importing
//! half a million check-ins stays linear.

use std::collections::HashMap;

use rusqlite::Transaction;
use toml::Spanned;

use super::{Seen, Summary, checked_uid, conflict, resolve_ref, twin_of};
use chrono::NaiveDate;

use crate::Result;
use crate::exchange::TeamFile;
use crate::exchange::files::{self, Source, date_of};
use crate::exchange::stable_uid;
use crate::model::Cycle;
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

/// A file's check-ins: its source, the file's author (check-in files name it once),
/// and the entries.
type CheckinSource<'a> = (
    &'a Source,
    Option<&'a Spanned<String>>,
    &'a [Spanned<files::CheckinEntry>],
);

pub(super) fn put_checkins<'a>(
    tx: &Transaction<'_>,
    parsed: &'a [TeamFile],
    (kr_uids, kr_titles): (
        &HashMap<String, crate::model::KrId>,
        &HashMap<String, Vec<String>>,
    ),
    (seen, local): (&mut Seen<'a>, &store::synced::Local),
    summary: &mut Summary,
    today: NaiveDate,
    tick: &mut dyn FnMut(usize, usize),
) -> Result<()> {
    // Check-in files name their author once; an objectives file's check-ins each name theirs.
    let files: Vec<CheckinSource<'_>> = parsed
        .iter()
        .map(|f| match f {
            TeamFile::Checkins(s, c) => (s, Some(&c.author), c.checkin.as_slice()),
            TeamFile::Objectives(s, o) => (s, None, o.checkin.as_slice()),
        })
        .filter(|(_, _, entries)| !entries.is_empty())
        .collect();
    let total: usize = files.iter().map(|(_, _, entries)| entries.len()).sum();
    if total == 0 {
        return Ok(());
    }
    // Every key result by id and by title: the files' and the database's; and the
    // cycle each belongs to, which its check-ins must fall in.
    let mut ids: HashMap<String, crate::model::KrId> = kr_uids.clone();
    let mut titles: HashMap<String, Vec<String>> = kr_titles.clone();
    let mut cycles: HashMap<String, Option<Cycle>> = HashMap::new();
    let mut kr_cycle: HashMap<crate::model::KrId, Option<Cycle>> = HashMap::new();
    for k in store::exchange::kr_keys(tx)? {
        titles.entry(k.title).or_default().push(k.uid.clone());
        let cycle = cycles
            .entry(k.cycle)
            .or_insert_with_key(|name| crate::ops::cycles::resolve(tx, name).ok())
            .clone();
        kr_cycle.insert(k.id, cycle);
        ids.entry(k.uid).or_insert(k.id);
    }
    for uids in titles.values_mut() {
        uids.sort();
        uids.dedup();
    }
    let mut existing = store::exchange::checkins_by_uid(tx)?;
    let mut done = 0;
    for (src, file_author, entries) in files {
        for entry in entries {
            let e = entry.get_ref();
            let author = match (file_author, &e.author) {
                (Some(a), _) | (None, Some(a)) => crate::model::clean_owner(a.get_ref())
                    .map_err(|err| src.error(&a.span(), err))?,
                (None, None) => {
                    return Err(src.error(
                        &entry.span(),
                        "a check-in in an objectives file needs an `author`",
                    ));
                }
            };
            let (kr_uid, kr_id) = resolve_ref(src, &e.kr, "key result", &ids, &titles)?;
            let EntryFields {
                uid,
                date,
                value,
                confidence,
                note,
            } = checkin_fields(src, e, &author)?;
            let cycle = kr_cycle.get(&kr_id).and_then(Option::as_ref);
            check_date(src, &e.date, date, cycle, today)?;
            let at = e.id.as_ref().map_or(entry.span(), Spanned::span);
            let twin = twin_of(seen, src, &at, &uid);
            let row = CheckinRow {
                uid: uid.clone(),
                kr_uid,
                date,
                value,
                confidence,
                note,
                author: author.clone(),
            };
            let change = match existing.get(&uid) {
                Some(old) if *old == row => Change::Unchanged,
                Some(_) if local.checkins.contains(&uid) => Change::Kept,
                Some(_) => Change::Updated,
                None => Change::Added,
            };
            // The same check-in in two files (a hand-written file and an export of it):
            // one check-in, as long as the two say the same.
            if let Some(first) = twin {
                if change != Change::Unchanged {
                    return Err(conflict(first, src, &at, &uid, "check-in", None));
                }
                done += 1;
                continue;
            }
            if matches!(change, Change::Added | Change::Updated) {
                store::exchange::put_checkin(tx, kr_id, &row, change == Change::Updated)?;
                existing.insert(uid, row);
            }
            summary.checkins.count(change);
            summary.keep(change, || format!("check-in of {author} on {date}"));
            done += 1;
            if done % 10_000 == 0 || done == total {
                tick(done, total);
            }
        }
    }
    Ok(())
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
