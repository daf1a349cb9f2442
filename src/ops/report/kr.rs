//! One key result's figures in a report, and all of them on two cores.

use foldhash::{HashMap, HashMapExt};
use std::ops::Range;

use chrono::NaiveDate;

use super::figures::{Dot, KrReport};
use crate::model::{Cycle, Grade, KeyResult, KrId, KrKind, Objective, ObjectiveId, Revision};
use crate::progress::score::{Band, kr_score};
use crate::progress::weekly::{Calendar, Week, projection, remaining_weeks, required_pace};
use crate::progress::{self, Thresholds, Track, latest_as_of};
use crate::store::history::History;

/// What every key result of a report is measured against, worked out once.
pub(super) struct Common<'a> {
    cycle: &'a Cycle,
    as_of: NaiveDate,
    thresholds: &'a Thresholds,
    expected: f64,
    remaining: f64,
    before_week: NaiveDate,
    calendar: Calendar,
    weekly_partial: bool,
    history: &'a History,
    /// Each key result's grades (and clearings), by day.
    grades: HashMap<KrId, Vec<&'a Grade>>,
    /// Grades set up to this day count.
    graded_by: NaiveDate,
    all_revisions: &'a [Revision],
    revisions_of: HashMap<KrId, Range<usize>>,
    dots: bool,
    /// The cycle's name, shared by every key result's report.
    cycle_name: std::sync::Arc<str>,
}

impl<'a> Common<'a> {
    pub(super) fn new(
        cycle: &'a Cycle,
        as_of: NaiveDate,
        thresholds: &'a Thresholds,
        history: &'a History,
        grades: &'a [Grade],
        revisions: &'a [Revision],
    ) -> Common<'a> {
        let mut revisions_of: HashMap<KrId, Range<usize>> = HashMap::new();
        for (i, r) in revisions.iter().enumerate() {
            revisions_of
                .entry(r.kr)
                .and_modify(|range| range.end = i + 1)
                .or_insert(i..i + 1);
        }
        Common {
            cycle,
            as_of,
            thresholds,
            expected: progress::expected(cycle, as_of),
            remaining: remaining_weeks(cycle, as_of),
            before_week: crate::progress::weekly::day_before(Week::of(as_of).monday),
            calendar: Calendar::new(cycle, as_of),
            weekly_partial: crate::progress::weekly::in_progress(cycle, as_of),
            history,
            grades: {
                let mut by_kr: HashMap<KrId, Vec<&Grade>> = HashMap::new();
                for g in grades {
                    by_kr.entry(g.kr).or_default().push(g);
                }
                by_kr
            },
            graded_by: as_of,
            all_revisions: revisions,
            revisions_of,
            dots: false,
            cycle_name: cycle.name.as_str().into(),
        }
    }

    /// Counts hand grades set up to `day` (never fewer than up to the as-of date).
    pub(super) fn graded_by(self, day: NaiveDate) -> Common<'a> {
        Common {
            graded_by: day.max(self.as_of),
            ..self
        }
    }

    /// Whether each key result's report lists its check-ins as dots.
    pub(super) fn with_dots(self, dots: bool) -> Common<'a> {
        Common { dots, ..self }
    }

    /// The figures of `kr`, an objective's key result; its title and names move in.
    fn report(&self, kr: KeyResult, objective: &Objective) -> KrReport {
        let Common {
            cycle,
            as_of,
            thresholds,
            expected,
            remaining,
            before_week,
            weekly_partial,
            ..
        } = *self;
        let o = objective;
        let hist = self.history.of(kr.id);
        let revisions = self
            .revisions_of
            .get(&kr.id)
            .map_or(&[][..], |r| &self.all_revisions[r.clone()]);
        let track = Track {
            kr: &kr,
            checkins: hist,
            revisions,
        };
        let (start, target, weight) = track.measure_on(as_of);
        let changes: Vec<Revision> = revisions
            .iter()
            .filter(|r| r.from.is_some_and(|d| d <= as_of))
            .cloned()
            .collect();
        let latest = latest_as_of(hist, as_of);
        let current = latest.map_or(start, |c| c.value);
        let p = track.progress_on(as_of);
        // A threshold never measured is not started (its progress is 0).
        let threshold = progress::unmeasured_counts_zero(&kr);
        let unmeasured = track.unmeasured_on(as_of) && threshold;
        let unmeasured_before = track.unmeasured_on(self.before_week) && threshold;
        let vel = self.calendar.velocity(&track);
        let scored_on = as_of.min(cycle.end);
        let scored = latest_as_of(hist, scored_on);
        let computed = track.progress_on(scored_on).progress;
        // A grade counts from the day it was set: a report dated before it uses the
        // computed score and says that a grade came later.
        // The grade in force: the latest entry on or before `graded_by` (none if that one
        // cleared it); a later grade is named.
        let (grade, graded_later) = match self.grades.get(&kr.id) {
            Some(all) => {
                let upto = all.partition_point(|g| g.date <= self.graded_by);
                let now = all[..upto]
                    .last()
                    .filter(|g| !g.cleared)
                    .map(|g| (*g).clone());
                let later = match now {
                    Some(_) => None,
                    None => all[upto..].iter().find(|g| !g.cleared).map(|g| g.date),
                };
                (now, later)
            }
            None => (None, None),
        };
        let score = kr_score(computed, grade.as_ref().map(|g| g.grade));
        let week_before = track.progress_on(before_week).progress;
        // The week's change is measured as the key result is measured now: a target
        // moved during the week is not progress (`measure_changed` marks it).
        let measure_changed = changes
            .iter()
            .any(|r| r.from.is_some_and(|d| d > before_week && d <= as_of));
        let week_delta = if measure_changed {
            let before_now = match latest_as_of(hist, before_week) {
                Some(c) => track.progress_of(as_of, c.value).progress,
                None if progress::unmeasured_counts_zero(&kr) => 0.0,
                None => {
                    track
                        .progress_of(as_of, track.measure_on(before_week).0)
                        .progress
                }
            };
            p.progress - before_now
        } else {
            p.progress - week_before
        };
        let weekly = self.calendar.weekly(&track);
        let dots = match self.dots {
            true => hist
                .iter()
                .map(|c| Dot {
                    date: c.date,
                    value: c.value,
                    progress: track.progress_of(c.date, c.value).progress,
                    confidence: c.confidence,
                })
                .collect(),
            false => Vec::new(),
        };
        let scored_value = scored.map_or(track.measure_on(scored_on).0, |c| c.value);
        // A reached milestone cannot regress, so it needs no more check-ins.
        let stale = cycle.contains(as_of)
            && !(kr.kind == KrKind::Boolean && p.progress >= 1.0)
            && !kr.is_new(as_of)
            && progress::is_stale(hist, as_of);
        KrReport {
            id: kr.id,
            uid: kr.uid.0,
            objective: kr.objective,
            title: kr.title,
            owner: kr.owner,
            level: o.level,
            cycle: if o.cycle == *self.cycle_name {
                self.cycle_name.clone()
            } else {
                o.cycle.as_str().into()
            },
            kind: kr.kind,
            keep: kr.keep,
            start,
            target,
            current,
            unit: kr.unit,
            weight,
            original: (!changes.is_empty())
                .then(|| revisions.first().cloned())
                .flatten(),
            changes,
            ratio: p.raw,
            progress: p.progress,
            expected,
            status: match unmeasured {
                true if as_of >= cycle.start => progress::Status::NotStarted,
                _ => progress::status(p.progress, cycle, as_of, thresholds),
            },
            confidence: hist[..hist.partition_point(|c| c.date <= as_of)]
                .iter()
                .rev()
                .find_map(|c| c.confidence),
            velocity: vel,
            projection: projection(p.progress, vel, remaining),
            required_pace: required_pace(p.progress, remaining),
            stale,
            last_checkin: latest.map(|c| c.date),
            weekly,
            weekly_partial,
            scored_on,
            scored_value,
            scored_checkin: scored.map(|c| c.date),
            computed_score: computed,
            grade,
            graded_later,
            score,
            band: Band::of(score),
            week_before,
            week_delta,
            measure_changed,
            status_before: match unmeasured_before {
                true if before_week >= cycle.start => progress::Status::NotStarted,
                _ => progress::status(week_before, cycle, before_week, thresholds),
            },
            dots,
            initiatives: Vec::new(),
        }
    }
}

/// The reports of the key results of `objectives`, grouped by objective, each's in the
/// order of `krs` (sorted by objective, then id). The key results are shared out to
/// two threads in two runs of whole objectives.
pub(super) fn reports(
    mut krs: Vec<KeyResult>,
    objectives: &HashMap<ObjectiveId, &Objective>,
    common: &Common<'_>,
) -> HashMap<ObjectiveId, Vec<KrReport>> {
    krs.retain(|k| objectives.contains_key(&k.objective));
    let mut half = krs.len() / 2;
    while half > 0 && half < krs.len() && krs[half - 1].objective == krs[half].objective {
        half += 1;
    }
    let second = krs.split_off(half);
    // Each objective's reports are made straight into a vector of their own.
    let run = |krs: Vec<KeyResult>| -> Vec<(ObjectiveId, Vec<KrReport>)> {
        let ids: Vec<ObjectiveId> = krs.iter().map(|k| k.objective).collect();
        let mut krs = krs.into_iter();
        ids.chunk_by(|a, b| a == b)
            .map(|run| {
                let o = objectives[&run[0]];
                let group = krs.by_ref().take(run.len());
                (run[0], group.map(|kr| common.report(kr, o)).collect())
            })
            .collect()
    };
    let (first, second) = if second.len() < 1024 {
        (run(krs), run(second))
    } else {
        let (first, second) = std::thread::scope(|s| {
            let helper = s.spawn(|| run(second));
            (run(krs), helper.join())
        });
        (
            first,
            second.unwrap_or_else(|e| std::panic::resume_unwind(e)),
        )
    };
    first.into_iter().chain(second).collect()
}
