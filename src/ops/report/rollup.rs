//! What a report says about more than one key result: rolled-up progress up the
//! alignment tree, the summary counts, and the ISO week of the as-of date.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::figures::{KrReport, ObjectiveReport, Summary, WeekReport};
use crate::model::{CheckIn, KrId, ObjectiveId};
use crate::ops::CheckInView;
use crate::progress::Status;
use crate::progress::weekly::Week;
use crate::store::history::History;

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
    let mut s = Summary {
        objectives: reports.len(),
        progress: (!tops.is_empty()).then(|| tops.iter().sum::<f64>() / tops.len() as f64),
        ..Summary::default()
    };
    for k in reports.iter().flat_map(|o| &o.key_results) {
        s.key_results += 1;
        match k.status {
            Status::Done => s.done += 1,
            Status::OnTrack => s.on_track += 1,
            Status::AtRisk => s.at_risk += 1,
            Status::OffTrack => s.off_track += 1,
            Status::NotStarted => s.not_started += 1,
        }
        s.stale += usize::from(k.stale);
    }
    s
}

pub(super) fn week_report(
    week_checkins: Option<&[CheckIn]>,
    history: &History,
    reports: &[ObjectiveReport],
    week: Week,
    as_of: NaiveDate,
) -> WeekReport {
    let krs: HashMap<KrId, &KrReport> = reports
        .iter()
        .flat_map(|o| &o.key_results)
        .map(|k| (k.id, k))
        .collect();
    let checkins = week_checkins.map(|all| {
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
    // its latest check-in up to `as_of` is older than Monday.
    let checked_in = |k: &KrReport| {
        history
            .of(k.id)
            .last()
            .is_some_and(|p| p.date >= week.monday && p.date <= as_of)
    };
    let checked: HashSet<&str> = krs
        .values()
        .filter(|k| checked_in(k))
        .map(|k| k.owner.as_str())
        .collect();
    let owners: HashSet<&str> = krs.values().map(|k| k.owner.as_str()).collect();
    let mut missing: Vec<String> = owners.difference(&checked).map(|s| s.to_string()).collect();
    missing.sort();
    WeekReport {
        label: week.label(),
        monday: week.monday,
        sunday: week.sunday,
        checkins,
        missing,
    }
}
