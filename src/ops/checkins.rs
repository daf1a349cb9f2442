//! `okr checkin`: record a value, list, undo.

use chrono::NaiveDate;

use super::{CheckInView, Ctx, KrView};
use crate::model::{CheckIn, Confidence, Cycle, KrId, State, ValueInput};
use crate::store::checkins::NewCheckIn;
use crate::store::{self, Scope, Store};
use crate::{Error, Result};

#[derive(Debug, Clone)]
pub struct Record {
    pub kr: String,
    pub value: ValueInput,
    pub date: Option<NaiveDate>,
    pub confidence: Option<Confidence>,
    pub note: Option<String>,
    /// Checked in even where the value is implausible ([`crate::model::KeyResult::implausible`]).
    pub sure: bool,
}

/// What a check-in changed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Recorded {
    pub checkin: CheckIn,
    pub previous: f64,
    /// The key result as it stands today.
    pub kr: KrView,
    /// Its progress on the check-in's date (a backfill's own day), which today's may
    /// differ from when a later check-in exists.
    pub progress_on_date: f64,
}

pub fn record(store: &mut Store, ctx: &Ctx, req: Record) -> Result<Recorded> {
    let date = req.date.unwrap_or(ctx.today);
    if date > ctx.today {
        return Err(Error::invalid_with_hint(
            format!(
                "check-in date {date} is in the future (today is {})",
                ctx.today
            ),
            "record it on the day, or backfill an earlier date with `--date`",
        ));
    }
    store.write(&ctx.head("checkin", None), |tx| {
        let id = store::krs::resolve(tx, &req.kr)?;
        let kr = store::krs::get(tx, id)?;
        let objective = store::objectives::get(tx, kr.objective)?;
        if let Ok(cycle) = super::cycles::resolve(tx, &objective.cycle)
            && !cycle.contains(date)
        {
            return Err(Error::invalid_with_hint(
                format!(
                    "check-in date {date} is outside the key result's cycle {} ({} to {})",
                    cycle.name, cycle.start, cycle.end
                ),
                "a value from before the cycle is the key result's start: `okr kr edit K --start N`",
            ));
        }
        let scope = Scope::kr(id);
        let previous = store::checkins::latest(tx, &scope, date)?
            .first()
            .map_or(kr.start, |c| c.value);
        if let ValueInput::Milestone(_) = req.value
            && kr.kind != crate::model::KrKind::Boolean
        {
            return Err(Error::invalid_with_hint(
                format!(
                    "`done` and `yes` are for milestones; key result {} is a {} from {} to {}{}",
                    kr.id,
                    kr.kind,
                    crate::model::format_number(kr.start),
                    crate::model::format_number(kr.target),
                    if kr.unit.is_empty() { String::new() } else { format!(" {}", kr.unit) }
                ),
                "check in the value it stands at now",
            ));
        }
        let value = kr.check_value(req.value.resolve(previous)?)?;
        if !req.sure
            && let Some(why) = kr.implausible(value)
        {
            return Err(Error::Implausible { message: why });
        }
        let note = req
            .note
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty());
        let checkin = store::checkins::insert(
            tx,
            &NewCheckIn {
                kr: id,
                value,
                date,
                confidence: req.confidence.map(Confidence::get),
                note,
                author: ctx.user.clone(),
            },
        )?;
        let on_date = KrView::build(vec![kr.clone()], store::checkins::latest(tx, &scope, date)?)
            .pop()
            .map_or(0.0, |v| v.progress);
        let view = KrView::build(vec![kr], store::checkins::latest(tx, &scope, ctx.today)?)
            .pop()
            .ok_or_else(|| Error::NotFound {
                kind: "key result",
                query: req.kr.clone(),
            })?;
        let summary = format!(
            "checked in {id} \"{}\": {} → {} on {date}",
            view.kr.title,
            crate::model::format_number(previous),
            crate::model::format_number(checkin.value)
        );
        Ok((
            Recorded {
                checkin,
                previous,
                kr: view,
                progress_on_date: on_date,
            },
            summary,
        ))
    })
}

/// Key results to pick from when none was named: this cycle's, of active objectives,
/// the user's own first.
pub fn candidates(store: &mut Store, ctx: &Ctx) -> Result<Vec<KrView>> {
    let scope = Scope {
        cycle: Some(Cycle::quarter_of(ctx.today).name),
        state: Some(State::Active),
        ..Scope::default()
    };
    let mut krs = super::krs::list(store, ctx, &scope)?;
    krs.sort_by_key(|k| k.kr.owner != ctx.user);
    Ok(krs)
}

/// A key result due for its weekly check-in, with the check-in it had last.
#[derive(Debug, Clone, PartialEq)]
pub struct Due {
    pub kr: KrView,
    pub last: Option<CheckIn>,
}

/// My key results due for a check-in: this quarter's, of active objectives, owned by
/// me, with no check-in yet this (ISO) week, except milestones already reached. In id
/// order, from one set-based read.
pub fn due(store: &mut Store, ctx: &Ctx) -> Result<Vec<Due>> {
    let monday = crate::progress::weekly::Week::of(ctx.today).monday;
    let scope = Scope {
        cycle: Some(Cycle::quarter_of(ctx.today).name),
        state: Some(State::Active),
        owner: Some(ctx.user.clone()),
        ..Scope::default()
    };
    store.read(|tx| {
        let krs = store::krs::list(tx, &scope)?;
        let latest = store::checkins::latest(tx, &scope, ctx.today)?;
        let last: std::collections::HashMap<KrId, CheckIn> =
            latest.iter().map(|c| (c.kr, c.clone())).collect();
        Ok(KrView::build(krs, latest)
            .into_iter()
            .filter(|k| k.last_checkin.is_none_or(|d| d < monday))
            .filter(|k| !(k.kr.kind == crate::model::KrKind::Boolean && k.progress >= 1.0))
            .map(|k| Due {
                last: last.get(&k.kr.id).cloned(),
                kr: k,
            })
            .collect())
    })
}

/// The current value of one key result today, for the prompt.
pub fn current(store: &mut Store, ctx: &Ctx, typed: &str) -> Result<KrView> {
    store.read(|tx| {
        let id = store::krs::resolve(tx, typed)?;
        let kr = store::krs::get(tx, id)?;
        let latest = store::checkins::latest(tx, &Scope::kr(id), ctx.today)?;
        let view = KrView::build(vec![kr], latest).pop();
        view.ok_or_else(|| Error::NotFound {
            kind: "key result",
            query: typed.to_string(),
        })
    })
}

/// Check-ins of one key result, or of a cycle, newest first, at most `limit` of them;
/// with how many more there are.
pub fn list(
    store: &mut Store,
    kr: Option<&str>,
    cycle: Option<&str>,
    limit: Option<usize>,
) -> Result<(Vec<CheckInView>, usize)> {
    store.read(|tx| {
        let scope = match kr {
            Some(typed) => Scope::kr(store::krs::resolve(tx, typed)?),
            None => match cycle {
                Some(c) => Scope::cycle(&super::cycles::resolve(tx, c)?.name),
                None => Scope::default(),
            },
        };
        let checkins = store::checkins::recent(tx, &scope, limit)?;
        let more = match limit {
            Some(l) if checkins.len() == l => store::checkins::count(tx, &scope)? - l,
            _ => 0,
        };
        let ids: Vec<KrId> = checkins.iter().map(|c| c.kr).collect();
        let krs = store::krs::by_ids(tx, &ids)?;
        Ok((CheckInView::build(checkins, &krs), more))
    })
}

/// The check-in `undo` would remove: the one recorded last (of one key result, if named).
pub fn last(store: &mut Store, kr: Option<&str>) -> Result<Option<CheckInView>> {
    store.read(|tx| {
        let scope = match kr {
            Some(typed) => Scope::kr(store::krs::resolve(tx, typed)?),
            None => Scope::default(),
        };
        let Some(c) = store::checkins::last_recorded(tx, &scope)? else {
            return Ok(None);
        };
        let kr = store::krs::get(tx, c.kr)?;
        Ok(CheckInView::build(vec![c], &[kr]).pop())
    })
}

/// Removes the check-in `last` returned, if it is still the last one recorded.
pub fn undo(store: &mut Store, ctx: &Ctx, expected: &CheckIn, kr: Option<&str>) -> Result<()> {
    store.write(&ctx.head("rm", None), |tx| {
        let scope = match kr {
            Some(typed) => Scope::kr(store::krs::resolve(tx, typed)?),
            None => Scope::default(),
        };
        match store::checkins::last_recorded(tx, &scope)? {
            Some(c) if c.id == expected.id => {
                store::checkins::delete(tx, c.id)?;
                let summary = format!(
                    "removed the check-in of {} on {}: {}",
                    c.kr,
                    c.date,
                    crate::model::format_number(c.value)
                );
                Ok(((), summary))
            }
            _ => Err(Error::invalid(
                "another check-in was recorded meanwhile; nothing was undone",
            )),
        }
    })
}
