//! Every figure of a report, from loaded rows, by one pure function: [`build`]
//! (roll-ups, the summary and the week are in [`super::rollup`]).
//!
//! Renderers only format what is here, so a table, a markdown mail, JSON and CSV can
//! never disagree. The field names are the JSON schema documented in `docs/json.md`.

use std::collections::BTreeMap;

use foldhash::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::{kr, rollup};
use crate::model::{
    CheckIn, Cycle, Grade, Keep, KeyResult, KrId, KrKind, Level, Objective, ObjectiveId,
    ObjectiveKind, Revision, State, Task,
};
use crate::progress::score::{Band, succeeded};
use crate::progress::weekly::{Week, projection, remaining_weeks};
use crate::progress::{self, Status, Thresholds, weighted_mean};
use crate::store::history::History;

/// What a report is computed from. `history` holds the check-ins of `krs` dated on or
/// before `as_of`, as the math reads them; `week` the check-ins of `as_of`'s week up
/// to it, whole, if they were asked for.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub cycle: Cycle,
    pub as_of: NaiveDate,
    pub thresholds: Thresholds,
    pub objectives: Vec<Objective>,
    pub krs: Vec<KeyResult>,
    pub history: History,
    /// Whether each key result's report lists its check-ins ([`KrReport::dots`]).
    pub dots: bool,
    pub week: Option<Vec<CheckIn>>,
    pub grades: Vec<Grade>,
    /// Hand grades set up to this day count (at least the as-of date).
    pub graded_by: NaiveDate,
    /// An owner's report: of others' objectives, only this person's key results.
    pub only_owner: Option<String>,
    /// Revisions of the key results' measures, sorted by (key result, date).
    pub revisions: Vec<Revision>,
    /// The initiatives under `krs`.
    pub tasks: Vec<Task>,
    /// Links from the objectives: (objective, the one it supports).
    pub links: Vec<(ObjectiveId, Objective)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Version of this JSON schema.
    pub schema: u32,
    pub cycle: Cycle,
    pub as_of: NaiveDate,
    /// Share of the cycle elapsed on `as_of`.
    pub expected: f64,
    pub remaining_weeks: f64,
    pub thresholds: Thresholds,
    pub summary: Summary,
    pub objectives: Vec<ObjectiveReport>,
    pub week: WeekReport,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Summary {
    pub objectives: usize,
    pub key_results: usize,
    /// Mean progress of the top-level objectives in the report, rolled up.
    pub progress: Option<f64>,
    #[serde(flatten)]
    pub mix: StatusMix,
}

/// Key results by status, and how many are stale.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct StatusMix {
    pub done: usize,
    pub on_track: usize,
    pub at_risk: usize,
    pub off_track: usize,
    pub not_started: usize,
    pub stale: usize,
}

impl StatusMix {
    /// Counts `krs`.
    pub fn of<'a>(krs: impl IntoIterator<Item = &'a KrReport>) -> StatusMix {
        let mut mix = StatusMix::default();
        for k in krs {
            *match k.status {
                Status::Done => &mut mix.done,
                Status::OnTrack => &mut mix.on_track,
                Status::AtRisk => &mut mix.at_risk,
                Status::OffTrack => &mut mix.off_track,
                Status::NotStarted => &mut mix.not_started,
            } += 1;
            mix.stale += usize::from(k.stale);
        }
        mix
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectiveReport {
    pub id: ObjectiveId,
    pub uid: String,
    pub title: String,
    pub owner: String,
    pub level: Level,
    pub cycle: String,
    pub kind: ObjectiveKind,
    pub state: State,
    pub parent: Option<ObjectiveId>,
    /// Objectives in this report aligned to this one.
    pub children: Vec<ObjectiveId>,
    /// Other teams' objectives it contributes to, besides its parent
    /// (`okr objective link`), whether in this report or not.
    pub supports: Vec<crate::ops::ObjectiveRef>,
    /// Start, target, current and unit belong to key results; `null` here.
    pub start: Option<f64>,
    pub target: Option<f64>,
    pub current: Option<f64>,
    pub unit: Option<String>,
    /// Weighted mean of its key results' progress.
    pub progress: Option<f64>,
    /// Mean of its own progress and its children's rolled-up progress.
    pub rollup: Option<f64>,
    pub expected: f64,
    pub status: Option<Status>,
    /// The status of the rolled-up progress (what `--tree` shows).
    pub rollup_status: Option<Status>,
    /// Mean of its key results' latest confidences.
    pub confidence: Option<f64>,
    pub velocity: Option<f64>,
    pub projection: Option<f64>,
    pub score: Option<f64>,
    pub band: Option<Band>,
    /// Aspirational: score ≥ 0.7; committed: score = 1.0.
    pub succeeded: Option<bool>,
    /// In an owner's report, another's objective: only the owner's key results listed.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
    pub key_results: Vec<KrReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KrReport {
    pub id: KrId,
    pub uid: String,
    pub objective: ObjectiveId,
    pub title: String,
    pub owner: String,
    pub level: Level,
    /// Shared by every key result of the report (one cycle): one allocation, not
    /// 50,000.
    #[serde(serialize_with = "shared_str")]
    pub cycle: std::sync::Arc<str>,
    pub kind: KrKind,
    pub keep: Option<Keep>,
    pub start: f64,
    pub target: f64,
    pub current: f64,
    pub unit: String,
    pub weight: f64,
    /// The start, target and weight the key result began the cycle with, when they
    /// changed since (`null` otherwise).
    pub original: Option<Revision>,
    /// Changes of start, target or weight in force by `as_of`, oldest first, with
    /// their reasons. `start`, `target` and `weight` above are those in force on `as_of`.
    pub changes: Vec<Revision>,
    /// Unclamped `(current − start) / (target − start)`.
    pub ratio: f64,
    pub progress: f64,
    pub expected: f64,
    pub status: Status,
    pub confidence: Option<u8>,
    /// Mean weekly change of progress over the last four completed weeks.
    pub velocity: Option<f64>,
    /// Progress at the cycle's end at that velocity.
    pub projection: Option<f64>,
    /// Weekly progress still needed to reach the target.
    pub required_pace: Option<f64>,
    pub stale: bool,
    pub last_checkin: Option<NaiveDate>,
    /// Progress at the end of each ISO week of the cycle so far.
    pub weekly: Vec<f64>,
    /// Whether the last entry of `weekly` is the week in progress (its progress on
    /// `as_of`, before the week, or the cycle, has ended).
    pub weekly_partial: bool,
    /// The day the score is taken: the cycle's end, or `as_of` while it runs.
    pub scored_on: NaiveDate,
    /// The value that counted on `scored_on`, and the check-in it came from.
    pub scored_value: f64,
    pub scored_checkin: Option<NaiveDate>,
    /// Progress on `scored_on`, whatever the grade.
    pub computed_score: f64,
    /// The hand grade, if one was set on or before `as_of`.
    pub grade: Option<Grade>,
    /// The day of a hand grade set after `as_of`: it does not count in this report.
    pub graded_later: Option<NaiveDate>,
    /// The grade if set, else the computed score.
    pub score: f64,
    pub band: Band,
    /// Progress at the end of the week before `as_of`'s week.
    pub week_before: f64,
    /// The week's change, both ends measured as on `as_of` (a moved target is no progress).
    pub week_delta: f64,
    /// Whether start, target or weight changed during `as_of`'s week.
    pub measure_changed: bool,
    pub status_before: Status,
    /// Each check-in up to `as_of`, oldest first, with its progress: the dots of the
    /// HTML report's charts. Empty unless asked for ([`super::Request::dots`]); never
    /// in JSON.
    #[serde(skip)]
    pub dots: Vec<Dot>,
    /// Its initiatives as they stood on `as_of` (one done later is open; one added
    /// later is left out): open ones first, by due day.
    pub initiatives: Vec<Task>,
}

fn shared_str<S: serde::Serializer>(s: &std::sync::Arc<str>, to: S) -> Result<S::Ok, S::Error> {
    to.serialize_str(s)
}

/// A check-in as a chart shows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dot {
    pub date: NaiveDate,
    pub value: f64,
    /// Progress of the value, measured by the start and target in force that day.
    pub progress: f64,
    pub confidence: Option<u8>,
}

/// The ISO week of `as_of`, up to `as_of`: the Monday mail.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekReport {
    pub label: String,
    pub monday: NaiveDate,
    pub sunday: NaiveDate,
    /// `null` unless asked for ([`super::Request::week`]); JSON always asks.
    pub checkins: Option<Vec<crate::ops::CheckInView>>,
    /// Owners of key results in the report with no check-in this week, sorted.
    pub missing: Vec<String>,
    /// Initiatives ticked off this week, up to `as_of`, by day.
    pub initiatives_done: Vec<Task>,
    /// Initiatives open on `as_of` and due before it, by due day.
    pub initiatives_overdue: Vec<Task>,
}

/// `tasks` as they stood on `as_of`: those added by then, done only if done by then.
/// Open ones first, by due day (those without one last), then the done ones: the
/// order of `okr task list`, as of that day.
fn tasks_as_of(tasks: Vec<Task>, as_of: NaiveDate) -> Vec<Task> {
    let mut tasks: Vec<Task> = tasks
        .into_iter()
        .filter(|t| t.created <= as_of)
        .map(|mut t| {
            t.done = t.done.filter(|d| *d <= as_of);
            t
        })
        .collect();
    tasks.sort_by_key(|t| (t.done.is_some(), t.due.is_none(), t.due, t.done, t.id));
    tasks
}

/// Every figure of the report on `input`, which it consumes (a key result's title and
/// names move into its report instead of being copied).
pub fn build(input: Loaded) -> Report {
    let Loaded {
        ref cycle,
        as_of,
        ref thresholds,
        objectives: objective_rows,
        krs,
        ref history,
        dots,
        week: week_checkins,
        ref grades,
        graded_by,
        ref only_owner,
        revisions: ref all_revisions,
        tasks,
        links,
    } = input;
    let mut supports: HashMap<ObjectiveId, Vec<crate::ops::ObjectiveRef>> = HashMap::default();
    for (from, to) in &links {
        supports.entry(*from).or_default().push(to.into());
    }
    let expected = progress::expected(cycle, as_of);
    let remaining = remaining_weeks(cycle, as_of);
    let week = Week::of(as_of);
    let objectives: HashMap<ObjectiveId, &Objective> =
        objective_rows.iter().map(|o| (o.id, o)).collect();
    let common = kr::Common::new(cycle, as_of, thresholds, history, grades, all_revisions)
        .with_dots(dots)
        .graded_by(graded_by);
    let mut krs_of = kr::reports(krs, &objectives, &common);
    let tasks = tasks_as_of(tasks, as_of);
    if !tasks.is_empty() {
        let mut of_kr: HashMap<KrId, Vec<Task>> = HashMap::default();
        for t in &tasks {
            of_kr.entry(t.kr).or_default().push(t.clone());
        }
        for k in krs_of.values_mut().flatten() {
            k.initiatives = of_kr.remove(&k.id).unwrap_or_default();
        }
    }

    let in_report: HashSet<ObjectiveId> = objectives.keys().copied().collect();
    let mut children: BTreeMap<ObjectiveId, Vec<ObjectiveId>> = BTreeMap::new();
    for o in &objective_rows {
        if let Some(p) = o.parent.filter(|p| in_report.contains(p)) {
            children.entry(p).or_default().push(o.id);
        }
    }

    let mut reports: Vec<ObjectiveReport> = objective_rows
        .into_iter()
        .map(|o| {
            let krs = krs_of.remove(&o.id).unwrap_or_default();
            let weighted = |f: &dyn Fn(&KrReport) -> Option<f64>| {
                weighted_mean(krs.iter().filter_map(|k| f(k).map(|v| (k.weight, v))))
            };
            let progress = weighted(&|k| Some(k.progress));
            let vel = if krs.iter().any(|k| k.velocity.is_some()) {
                weighted(&|k| k.velocity)
            } else {
                None
            };
            let score = weighted(&|k| Some(k.score));
            let confidences: Vec<f64> = krs
                .iter()
                .filter_map(|k| k.confidence.map(f64::from))
                .collect();
            ObjectiveReport {
                id: o.id,
                uid: o.uid.0,
                title: o.title,
                owner: o.owner,
                level: o.level,
                cycle: o.cycle,
                kind: o.kind,
                state: o.state,
                parent: o.parent,
                children: children.remove(&o.id).unwrap_or_default(),
                supports: supports.remove(&o.id).unwrap_or_default(),
                start: None,
                target: None,
                current: None,
                unit: None,
                progress,
                rollup: None,
                expected,
                status: progress.map(|p| progress::status(p, cycle, as_of, thresholds)),
                rollup_status: None,
                confidence: (!confidences.is_empty())
                    .then(|| confidences.iter().sum::<f64>() / confidences.len() as f64),
                velocity: vel,
                projection: progress.and_then(|p| projection(p, vel, remaining)),
                score,
                band: score.map(Band::of),
                succeeded: score.map(|s| succeeded(o.kind, s)),
                partial: false,
                key_results: krs,
            }
        })
        .collect();
    rollup::rollup(&mut reports);
    for o in &mut reports {
        o.rollup_status = o
            .rollup
            .map(|p| progress::status(p, cycle, as_of, thresholds));
    }

    let (week_checkins, tasks) =
        rollup::only_owner(&mut reports, only_owner.as_deref(), week_checkins, tasks);
    let summary = rollup::summarize(&reports);
    let mut week = rollup::week_report(week_checkins.as_deref(), &reports, week, as_of);
    week.initiatives_done = tasks
        .iter()
        .filter(|t| t.done.is_some_and(|d| d >= week.monday))
        .cloned()
        .collect();
    week.initiatives_done.sort_by_key(|t| (t.done, t.id));
    week.initiatives_overdue = tasks.into_iter().filter(|t| t.is_overdue(as_of)).collect();
    Report {
        schema: 2,
        cycle: cycle.clone(),
        as_of,
        expected,
        remaining_weeks: remaining,
        thresholds: *thresholds,
        summary,
        objectives: reports,
        week,
    }
}
