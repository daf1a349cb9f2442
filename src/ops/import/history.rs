//! Importing a key result's history: its `plan` and `[[objective.kr.change]]` entries.
//!
//! The file wins, as for every field: a key result that states a history gets exactly
//! that history. One that states none (a file from an older okr, or written by hand)
//! keeps the database's history while its values agree with what is in force now; if
//! the file gives it other values, they are its plan, as an edit before the cycle would.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Transaction;

use crate::exchange::files::{KrEntry, Source, date_of};
use crate::model::{Cycle, KrId, Measure, Revision, format_number};
use crate::store::{self, Scope};
use crate::{Error, Result};

/// Every key result's history in the database, loaded once.
pub(super) struct Histories {
    by_kr: HashMap<KrId, Vec<Revision>>,
    today: NaiveDate,
}

impl Histories {
    pub fn load(tx: &Transaction<'_>, today: NaiveDate) -> Result<Histories> {
        let mut by_kr: HashMap<KrId, Vec<Revision>> = HashMap::new();
        for r in store::measures::list(tx, &Scope::default())? {
            by_kr.entry(r.kr).or_default().push(r);
        }
        Ok(Histories { by_kr, today })
    }

    /// Whether the entry states a history other than the database's (for a key result
    /// whose local changes are kept).
    pub fn differs(
        &self,
        src: &Source,
        e: &KrEntry,
        kr: KrId,
        (now, owner, cycle): (&Measure, &str, &Cycle),
    ) -> Result<bool> {
        let stated = stated(src, e, kr, (now, owner, cycle), self.today)?;
        let have = self.by_kr.get(&kr).map(Vec::as_slice).unwrap_or_default();
        Ok(stated.is_some_and(|h| h != have))
    }

    /// Applies what the entry says of key result `kr`'s history, given its measure as
    /// the file states it (what is in force now), its owner and cycle. Says whether the
    /// history changed.
    pub fn put(
        &mut self,
        tx: &Transaction<'_>,
        src: &Source,
        e: &KrEntry,
        kr: KrId,
        (now, owner, cycle): (&Measure, &str, &Cycle),
    ) -> Result<bool> {
        let stated = stated(src, e, kr, (now, owner, cycle), self.today)?;
        let have = self.by_kr.get(&kr).map(Vec::as_slice).unwrap_or_default();
        let want = match stated {
            Some(h) => h,
            None => {
                let agrees = have.last().is_none_or(|r| {
                    (r.start, r.target, r.weight) == (now.start, now.target, now.weight)
                });
                if agrees {
                    return Ok(false);
                }
                Vec::new()
            }
        };
        if want == have {
            return Ok(false);
        }
        store::exchange::set_history(tx, kr, &want)?;
        self.by_kr.insert(kr, want);
        Ok(true)
    }
}

/// The history the entry states (`None` when it states none), checked: a plan with at
/// least one change, changes on distinct days within the cycle and not in the future,
/// each a valid measure, and the latest equal to the key result's own values.
fn stated(
    src: &Source,
    e: &KrEntry,
    kr: KrId,
    (now, owner, cycle): (&Measure, &str, &Cycle),
    today: NaiveDate,
) -> Result<Option<Vec<Revision>>> {
    let at = |s: &Option<toml::Spanned<f64>>| s.as_ref().map(|v| *v.get_ref());
    let plan = match (&e.plan, e.change.first()) {
        (None, None) => return Ok(None),
        (Some(p), None) => {
            return Err(src.error_with_hint(
                &p.span(),
                "a `plan` without any `change`: the plan is what the first change changed",
                "remove `plan`, or add the `[[objective.kr.change]]` entries",
            ));
        }
        (None, Some(c)) => {
            return Err(src.error_with_hint(
                &c.span(),
                "a key result with changes needs its `plan`: the values before the first change",
                "add `plan = { start = …, target = …, weight = … }` to the key result",
            ));
        }
        (Some(p), Some(_)) => p,
    };
    let p = plan.get_ref();
    let author = match &p.author {
        Some(a) => {
            crate::model::clean_owner(a.get_ref()).map_err(|err| src.error(&a.span(), err))?
        }
        None => owner.to_string(),
    };
    let first = Revision {
        kr,
        from: None,
        start: at(&p.start).unwrap_or(now.start),
        target: at(&p.target).unwrap_or(now.target),
        weight: at(&p.weight).unwrap_or(now.weight),
        reason: None,
        author,
    };
    check_measure(src, &plan.span(), now, &first)?;
    let mut dated = Vec::new();
    for c in &e.change {
        let ce = c.get_ref();
        let day = date_of(src, &ce.date)?;
        if today.succ_opt().is_some_and(|tomorrow| day > tomorrow) {
            return Err(src.error(
                &ce.date.span(),
                format!("change date {day} is in the future (today is {today})"),
            ));
        }
        if !cycle.contains(day) {
            return Err(src.error(
                &ce.date.span(),
                format!(
                    "change date {day} is outside the key result's cycle {} ({} to {})",
                    cycle.name, cycle.start, cycle.end
                ),
            ));
        }
        let author = crate::model::clean_owner(ce.author.get_ref())
            .map_err(|err| src.error(&ce.author.span(), err))?;
        dated.push((day, c, author));
    }
    dated.sort_by_key(|(day, _, _)| *day);
    let mut history = vec![first];
    for (day, c, author) in dated {
        let ce = c.get_ref();
        let before = history.last().cloned().unwrap_or_else(|| unreachable!());
        if before.from == Some(day) {
            return Err(src.error(
                &ce.date.span(),
                format!("two changes of this key result on {day}; one day has one change"),
            ));
        }
        let rev = Revision {
            kr,
            from: Some(day),
            start: at(&ce.start).unwrap_or(before.start),
            target: at(&ce.target).unwrap_or(before.target),
            weight: at(&ce.weight).unwrap_or(before.weight),
            reason: ce
                .reason
                .as_deref()
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(str::to_string),
            author,
        };
        check_measure(src, &c.span(), now, &rev)?;
        history.push(rev);
    }
    if let Some(last) = history.last() {
        let n = format_number;
        let disagree = [
            ("start", last.start, now.start, &e.start),
            ("target", last.target, now.target, &e.target),
            ("weight", last.weight, now.weight, &e.weight),
        ]
        .into_iter()
        .find(|(_, a, b, _)| a != b);
        if let Some((field, changed, stated, place)) = disagree {
            let day = last.from.map_or_else(String::new, |d| format!(" from {d}"));
            let at = place.as_ref().map_or(e.title.span(), |p| p.span());
            return Err(src.error_with_hint(
                &at,
                format!(
                    "this key result's {field} is {}, but its latest change makes it {}{day}",
                    n(stated),
                    n(changed)
                ),
                format!(
                    "record the new {field} as a `[[objective.kr.change]]` with its date and reason, or set `{field} = {}`",
                    n(changed)
                ),
            ));
        }
    }
    Ok(Some(history))
}

/// A revision must be a measure the key result's kind allows.
fn check_measure(
    src: &Source,
    at: &std::ops::Range<usize>,
    now: &Measure,
    r: &Revision,
) -> Result<()> {
    Measure::new(now.kind, Some(r.start), Some(r.target), r.weight, now.keep)
        .map(|_| ())
        .map_err(|err: Error| src.error(at, err))
}
