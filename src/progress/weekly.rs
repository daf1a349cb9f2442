//! Weekly figures: ISO-week deltas, velocity, projection, required pace.
//!
//! A week runs Monday to Sunday (ISO 8601). Its delta is the progress at the end of that
//! week minus the progress at the end of the week before. Velocity is the mean delta of
//! the last four completed weeks that overlap the cycle (fewer while the cycle is young).
//! A week is completed once its last day in the cycle has passed: the cycle's last,
//! partial week counts once the cycle has ended, measured to the cycle's last day.

use chrono::{Datelike, Days, IsoWeek, NaiveDate, Weekday};
use serde::Serialize;

use super::Track;
use crate::model::Cycle;

/// How many completed weeks velocity looks back over.
pub const VELOCITY_WEEKS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Week {
    /// ISO year and week number, e.g. 2026 and 53.
    pub year: i32,
    pub week: u32,
    pub monday: NaiveDate,
    pub sunday: NaiveDate,
}

impl Week {
    pub fn of(date: NaiveDate) -> Week {
        let iso: IsoWeek = date.iso_week();
        // At the very ends of chrono's range a week may not fit; the date stands in.
        let monday =
            NaiveDate::from_isoywd_opt(iso.year(), iso.week(), Weekday::Mon).unwrap_or(date);
        Week {
            year: iso.year(),
            week: iso.week(),
            monday,
            sunday: monday.checked_add_days(Days::new(6)).unwrap_or(monday),
        }
    }

    /// `2026-W47`.
    pub fn label(&self) -> String {
        format!("{}-W{:02}", self.year, self.week)
    }

    pub fn previous(&self) -> Week {
        Week::of(day_before(self.monday))
    }
}

/// The day before, or the day itself at the very start of the calendar: date math
/// near chrono's limits must never panic.
pub fn day_before(d: NaiveDate) -> NaiveDate {
    d.pred_opt().unwrap_or(d)
}

/// The weeks that overlap the cycle and whose last day in the cycle is on or before
/// `as_of`, oldest first.
pub fn completed_weeks(cycle: &Cycle, as_of: NaiveDate) -> Vec<Week> {
    let last_day = as_of.min(cycle.end);
    let mut weeks = Vec::new();
    let mut w = Week::of(cycle.start);
    while w.monday <= cycle.end && w.sunday.min(cycle.end) <= last_day {
        weeks.push(w);
        match w.sunday.succ_opt() {
            Some(next) => w = Week::of(next),
            None => break,
        }
    }
    weeks
}

/// Progress at the end of each week of the cycle up to `as_of`; the week containing
/// `as_of`, if not yet over ([`in_progress`]), counts with its progress on `as_of`.
/// The cycle's last week ends with the cycle. For sparklines.
pub fn weekly_progress(t: &Track<'_>, cycle: &Cycle, as_of: NaiveDate) -> Vec<f64> {
    Calendar::new(cycle, as_of).weekly(t)
}

/// The days every key result of a report is measured on, worked out once per report
/// rather than once per key result: the end of each week of the cycle so far
/// ([`weekly_progress`]) and the bounds of the last completed weeks ([`velocity`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Calendar {
    ends: Vec<NaiveDate>,
    /// Of each of the last [`VELOCITY_WEEKS`] completed weeks: the day before it and
    /// its last day in the cycle.
    recent: Vec<(NaiveDate, NaiveDate)>,
}

impl Calendar {
    pub fn new(cycle: &Cycle, as_of: NaiveDate) -> Calendar {
        let last_day = as_of.min(cycle.end);
        let mut ends = Vec::new();
        if last_day >= cycle.start {
            let mut w = Week::of(cycle.start);
            loop {
                let end = w.sunday.min(last_day);
                ends.push(end);
                match w.sunday.succ_opt() {
                    Some(next) if end < last_day => w = Week::of(next),
                    _ => break,
                }
            }
        }
        let weeks = completed_weeks(cycle, as_of);
        let recent = weeks[weeks.len().saturating_sub(VELOCITY_WEEKS)..]
            .iter()
            .map(|w| (day_before(w.monday), w.sunday.min(cycle.end)))
            .collect();
        Calendar { ends, recent }
    }

    /// The last day of each week of the cycle so far: the days of [`Calendar::weekly`].
    pub fn ends(&self) -> &[NaiveDate] {
        &self.ends
    }

    /// [`weekly_progress`] of `t`.
    pub fn weekly(&self, t: &Track<'_>) -> Vec<f64> {
        self.ends
            .iter()
            .map(|&d| t.progress_on(d).progress)
            .collect()
    }

    /// [`velocity`] of `t`.
    pub fn velocity(&self, t: &Track<'_>) -> Option<f64> {
        if self.recent.is_empty() {
            return None;
        }
        let sum: f64 = self
            .recent
            .iter()
            .map(|&(before, end)| t.progress_on(end).progress - t.progress_on(before).progress)
            .sum();
        Some(sum / self.recent.len() as f64)
    }
}

/// Whether the last week of [`weekly_progress`] on `as_of` is still in progress: the
/// cycle has started and `as_of` is before both the week's Sunday and the cycle's end.
pub fn in_progress(cycle: &Cycle, as_of: NaiveDate) -> bool {
    cycle.start <= as_of && as_of < Week::of(as_of).sunday.min(cycle.end)
}

/// Mean delta of the last four completed weeks; `None` before the first week ends.
pub fn velocity(t: &Track<'_>, cycle: &Cycle, as_of: NaiveDate) -> Option<f64> {
    Calendar::new(cycle, as_of).velocity(t)
}

/// Weeks left in the cycle after `as_of` (fractional; 0 once it has ended).
pub fn remaining_weeks(cycle: &Cycle, as_of: NaiveDate) -> f64 {
    let from = as_of.max(day_before(cycle.start));
    ((cycle.end - from).num_days().max(0)) as f64 / 7.0
}

/// `p + velocity × remaining weeks`, clamped to [0, 1].
pub fn projection(progress: f64, velocity: Option<f64>, remaining_weeks: f64) -> Option<f64> {
    velocity.map(|v| (progress + v * remaining_weeks).clamp(0.0, 1.0))
}

/// `(1 − p) / remaining weeks`: the weekly gain still needed. `None` once no weeks remain.
pub fn required_pace(progress: f64, remaining_weeks: f64) -> Option<f64> {
    if progress >= 1.0 {
        Some(0.0)
    } else if remaining_weeks > 0.0 {
        Some((1.0 - progress) / remaining_weeks)
    } else {
        None
    }
}
