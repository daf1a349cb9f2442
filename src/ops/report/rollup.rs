//! What a report says about more than one key result: rolled-up progress up the
//! alignment tree, the summary counts, and the ISO week of the as-of date.

use foldhash::{HashMap, HashSet};

use chrono::NaiveDate;

use super::figures::{KrReport, ObjectiveReport, StatusMix, Summary, WeekReport};
use crate::model::{CheckIn, KrId, ObjectiveId};
use crate::ops::CheckInView;
use crate::progress::weekly::Week;

/// Rolled-up progress: the mean of an objective's own progress (if it has key results)
/// and the rolled-up progress of each child in the report.
pub(super) fn rollup(reports: &mut [ObjectiveReport]) {
    let index: HashMap<ObjectiveId, usize> =
        reports.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
    fn visit(
        i: usize,
        reports: &[ObjectiveReport],
        index: &HashMap<ObjectiveId, usize>,
        memo: &mut Vec<Option<Option<f64>>>,
        depth: usize,
    ) -> Option<f64> {
        if let Some(v) = memo[i] {
            return v;
        }
        let mut parts: Vec<f64> = reports[i].progress.into_iter().collect();
        if depth < 64 {
            for c in &reports[i].children {
                if let Some(v) = index
                    .get(c)
                    .and_then(|&j| visit(j, reports, index, memo, depth + 1))
                {
                    parts.push(v);
                }
            }
        }
        let v = (!parts.is_empty()).then(|| parts.iter().sum::<f64>() / parts.len() as f64);
        memo[i] = Some(v);
        v
    }
    let mut memo = vec![None; reports.len()];
    let values: Vec<Option<f64>> = (0..reports.len())
        .map(|i| visit(i, reports, &index, &mut memo, 0))
        .collect();
    for (o, v) in reports.iter_mut().zip(values) {
        o.rollup = v;
    }
}

pub(super) fn summarize(reports: &[ObjectiveReport]) -> Summary {
    let ids: HashSet<ObjectiveId> = reports.iter().map(|o| o.id).collect();
    let tops: Vec<f64> = reports
        .iter()
        .filter(|o| o.parent.is_none_or(|p| !ids.contains(&p)))
        .filter_map(|o| o.rollup)
        .collect();
    let krs = reports.iter().flat_map(|o| &o.key_results);
    Summary {
        objectives: reports.len(),
        key_results: krs.clone().count(),
        progress: (!tops.is_empty()).then(|| tops.iter().sum::<f64>() / tops.len() as f64),
        mix: StatusMix::of(krs),
    }
}

pub(super) fn week_report(
    week_checkins: Option<&[CheckIn]>,
    reports: &[ObjectiveReport],
    week: Week,
    as_of: NaiveDate,
) -> WeekReport {
    let checkins = week_checkins.map(|all| {
        let krs: HashMap<KrId, &KrReport> = reports
            .iter()
            .flat_map(|o| &o.key_results)
            .map(|k| (k.id, k))
            .collect();
        let mut checkins: Vec<CheckInView> = all
            .iter()
            .filter(|c| c.date >= week.monday && c.date <= as_of)
            .filter_map(|c| {
                let k = krs.get(&c.kr)?;
                Some(CheckInView {
                    kr_title: k.title.clone(),
                    unit: k.unit.clone(),
                    kr_kind: k.kind,
                    checkin: c.clone(),
                })
            })
            .collect();
        checkins.sort_by_key(|c| (c.checkin.date, c.checkin.id));
        checkins
    });
    // An owner is missing when none of their key results got a check-in this week:
    // each's latest check-in up to `as_of` is older than Monday.
    let mut checked: HashMap<&str, bool> = HashMap::default();
    for k in reports.iter().flat_map(|o| &o.key_results) {
        let this_week = k
            .last_checkin
            .is_some_and(|d| d >= week.monday && d <= as_of);
        *checked.entry(k.owner.as_str()).or_default() |= this_week;
    }
    let mut missing: Vec<String> = checked
        .into_iter()
        .filter(|(_, checked)| !checked)
        .map(|(owner, _)| owner.to_string())
        .collect();
    missing.sort();
    WeekReport {
        label: week.label(),
        monday: week.monday,
        sunday: week.sunday,
        checkins,
        missing,
        initiatives_done: Vec::new(),
        initiatives_overdue: Vec::new(),
    }
}

/// An owner's report: another's objective keeps its own figures and lists only `who`'s
/// key results under it, marked `partial`; the week's check-ins and the initiatives
/// follow the key results shown. Nothing changes without an owner.
pub(super) fn only_owner(
    reports: &mut [ObjectiveReport],
    who: Option<&str>,
    week: Option<Vec<crate::model::CheckIn>>,
    tasks: Vec<crate::model::Task>,
) -> (Option<Vec<crate::model::CheckIn>>, Vec<crate::model::Task>) {
    let Some(who) = who else {
        return (week, tasks);
    };
    for o in reports.iter_mut().filter(|o| o.owner != who) {
        o.key_results.retain(|k| k.owner == who);
        o.partial = true;
    }
    let shown: HashSet<crate::model::KrId> = reports
        .iter()
        .flat_map(|o| o.key_results.iter().map(|k| k.id))
        .collect();
    let week = week.map(|mut all| {
        all.retain(|c| shown.contains(&c.kr));
        all
    });
    let tasks = tasks
        .into_iter()
        .filter(|t| shown.contains(&t.kr))
        .collect();
    (week, tasks)
}
