//! The progress math of PRODUCT.md, exactly, as pure functions.
//!
//! - KR progress `p = clamp((current − start) / (target − start), 0, 1)`, with the
//!   unclamped ratio kept; booleans are 0 or 1; thresholds are 1 while they hold.
//! - Objective progress is the weight-weighted mean of its KRs.
//! - Expected progress on day `d` of cycle `[s, e]` is `(d − s + 1) / (e − s + 1)`.
//! - Status follows from the gap between expected and actual progress.
//!
//! Weekly figures live in [`weekly`], end-of-cycle scores in [`score`].

pub mod score;
pub mod weekly;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{CheckIn, Cycle, Keep, KeyResult, KrKind, Revision, in_force};

/// A check-in as the math reads it: its day, value and confidence (no note, author or
/// id: 16 bytes, so that a million of them fit in a report's memory).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub date: NaiveDate,
    pub value: f64,
    pub confidence: Option<u8>,
}

impl From<&CheckIn> for Point {
    fn from(c: &CheckIn) -> Point {
        Point {
            date: c.date,
            value: c.value,
            confidence: c.confidence,
        }
    }
}

/// The points of check-ins, in their order.
pub fn points(checkins: &[CheckIn]) -> Vec<Point> {
    checkins.iter().map(Point::from).collect()
}

/// Where a key result stands: the unclamped ratio and the progress in [0, 1].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Progress {
    pub raw: f64,
    pub progress: f64,
}

/// `(current − start) / (target − start)`, unclamped. Halving first keeps both spans
/// finite for any finite values; halving is exact, so the ratio has the same bits as
/// the plain formula wherever that is finite.
pub fn ratio(start: f64, target: f64, current: f64) -> f64 {
    (current / 2.0 - start / 2.0) / (target / 2.0 - start / 2.0)
}

/// Progress of a key result whose current value is `current`.
pub fn kr_progress(kr: &KeyResult, current: f64) -> Progress {
    measured_progress(kr, kr.start, kr.target, current)
}

/// A threshold never measured holds nothing yet: its progress is 0 and it is not
/// started, however its start stands to its target (which by default it equals). A
/// metric or a milestone counts from its start, as the contract says.
pub fn unmeasured_counts_zero(kr: &KeyResult) -> bool {
    kr.kind == KrKind::Threshold
}

/// Progress of `kr` measured from `start` to `target` (those in force on a day).
fn measured_progress(kr: &KeyResult, start: f64, target: f64, current: f64) -> Progress {
    let raw = match kr.kind {
        KrKind::Metric => ratio(start, target, current),
        KrKind::Boolean => f64::from(u8::from(current >= 1.0)),
        KrKind::Threshold => {
            let holds = match kr.keep.unwrap_or(Keep::AtLeast) {
                Keep::AtLeast => current >= target,
                Keep::AtMost => current <= target,
            };
            f64::from(u8::from(holds))
        }
    };
    // start = target is refused at every door, so `raw` is finite; guard anyway so a
    // hand-edited database (a span of 1e-300) can never make a NaN or an infinity
    // escape into a report: an overflowing ratio keeps its sign at the largest f64.
    // `+ 0.0` turns a negative zero (0 / −600) into 0, so `-0` never prints.
    let raw = match raw {
        r if r.is_nan() => 0.0,
        r => r.clamp(f64::MIN, f64::MAX) + 0.0,
    };
    Progress {
        raw,
        progress: raw.clamp(0.0, 1.0),
    }
}

/// A key result with its check-ins and the revisions of its measure: what progress on
/// any day is computed from. Each day uses the start and target in force on it.
#[derive(Debug, Clone, Copy)]
pub struct Track<'a> {
    pub kr: &'a KeyResult,
    /// Sorted by (date, id) of their check-ins.
    pub checkins: &'a [Point],
    /// Sorted by date, the original first; empty when the measure never changed.
    pub revisions: &'a [Revision],
}

impl<'a> Track<'a> {
    /// A key result whose measure never changed.
    pub fn new(kr: &'a KeyResult, checkins: &'a [Point]) -> Track<'a> {
        Track {
            kr,
            checkins,
            revisions: &[],
        }
    }

    /// Start, target and weight in force on `d`.
    pub fn measure_on(&self, d: NaiveDate) -> (f64, f64, f64) {
        match in_force(self.revisions, d) {
            Some(r) => (r.start, r.target, r.weight),
            None => (self.kr.start, self.kr.target, self.kr.weight),
        }
    }

    /// Progress at the end of day `d`, with the values in force that day.
    /// Progress of `value` measured as on day `d` (the start and target then in force).
    pub fn progress_of(&self, d: NaiveDate, value: f64) -> Progress {
        let (start, target, _) = self.measure_on(d);
        measured_progress(self.kr, start, target, value)
    }

    pub fn progress_on(&self, d: NaiveDate) -> Progress {
        let (start, target, _) = self.measure_on(d);
        let latest = latest_as_of(self.checkins, d);
        if latest.is_none() && unmeasured_counts_zero(self.kr) {
            return Progress {
                raw: 0.0,
                progress: 0.0,
            };
        }
        let current = latest.map_or(start, |c| c.value);
        measured_progress(self.kr, start, target, current)
    }

    /// Whether nothing has been measured on `d`: a threshold then is not started.
    pub fn unmeasured_on(&self, d: NaiveDate) -> bool {
        latest_as_of(self.checkins, d).is_none()
    }
}

/// The latest check-in dated on or before `as_of`. `checkins` must be sorted by
/// (date, id), as the store returns them; a later entry on the same day wins.
pub fn latest_as_of(checkins: &[Point], as_of: NaiveDate) -> Option<&Point> {
    let end = checkins.partition_point(|c| c.date <= as_of);
    end.checked_sub(1).map(|i| &checkins[i])
}

/// The value that counts on `as_of`: the latest check-in's, else the start.
pub fn current_value(kr: &KeyResult, checkins: &[Point], as_of: NaiveDate) -> f64 {
    latest_as_of(checkins, as_of).map_or(kr.start, |c| c.value)
}

/// Progress of a key result on `as_of` (its measure never changed; else see [`Track`]).
pub fn progress_as_of(kr: &KeyResult, checkins: &[Point], as_of: NaiveDate) -> Progress {
    Track::new(kr, checkins).progress_on(as_of)
}

/// The weight-weighted mean of `(weight, value)` pairs; `None` when there are none.
///
/// Weights are scaled by the largest one when the plain sums would overflow, so even
/// weights of 1e308 (which no door lets in) give the right mean.
pub fn weighted_mean(items: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let items: Vec<(f64, f64)> = items.into_iter().collect();
    let sums = |scale: f64| {
        items.iter().fold((0.0, 0.0), |(sum, weights), &(w, v)| {
            let w = w / scale;
            (sum + w * v, weights + w)
        })
    };
    let (mut sum, mut weights) = sums(1.0);
    if !(sum.is_finite() && weights.is_finite()) {
        let top = items.iter().fold(0.0, |m: f64, &(w, _)| m.max(w));
        (sum, weights) = sums(top);
    }
    (weights > 0.0).then(|| sum / weights)
}

/// How far through the cycle `date` is, in days, clamped to [0, 1].
pub fn expected(cycle: &Cycle, date: NaiveDate) -> f64 {
    let elapsed = (date - cycle.start).num_days() + 1;
    (elapsed as f64 / cycle.days() as f64).clamp(0.0, 1.0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Done,
    NotStarted,
    OnTrack,
    AtRisk,
    OffTrack,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::NotStarted => "not-started",
            Status::OnTrack => "on-track",
            Status::AtRisk => "at-risk",
            Status::OffTrack => "off-track",
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The gaps (expected − actual) at which a goal stops being on track and at risk.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub at_risk: f64,
    pub off_track: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            at_risk: 0.10,
            off_track: 0.25,
        }
    }
}

/// Status on `as_of`: `done` at p ≥ 1, `not-started` before the cycle, else by the gap.
/// Progress is judged without float noise ([`crate::model::judged`]), never rounded up:
/// a progress below 1 is never done.
pub fn status(progress: f64, cycle: &Cycle, as_of: NaiveDate, t: &Thresholds) -> Status {
    if crate::model::judged(progress) >= 1.0 {
        return Status::Done;
    }
    if as_of < cycle.start {
        return Status::NotStarted;
    }
    // Round away float noise so that a gap of exactly 0.10 is on track, as written.
    let gap = ((expected(cycle, as_of) - progress) * 1e9).round() / 1e9;
    if gap <= t.at_risk {
        Status::OnTrack
    } else if gap <= t.off_track {
        Status::AtRisk
    } else {
        Status::OffTrack
    }
}

/// A key result is stale on `as_of` when none of its check-ins is dated within the
/// last 7 days (as_of and the six days before).
pub fn is_stale(checkins: &[Point], as_of: NaiveDate) -> bool {
    latest_as_of(checkins, as_of).is_none_or(|c| (as_of - c.date).num_days() >= 7)
}

#[cfg(test)]
mod tests;
