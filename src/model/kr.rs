//! Key results: the measurable part. Each belongs to one objective.

use chrono::NaiveDate;
use serde::Serialize;

use super::objective::{clean_owner, clean_title};
use super::{KrId, ObjectiveId, Uid, names};
use crate::{Error, Result};

names!(
    /// `metric` moves from start to target (either direction); `boolean` is a milestone
    /// (0 or 1); `threshold` is a health metric kept at or above / at or below a value.
    KrKind, "key result kind" { Metric => "metric", Boolean => "boolean", Threshold => "threshold" }
);

names!(
    /// Which side of a threshold counts as holding.
    Keep, "threshold direction" { AtLeast => "at-least", AtMost => "at-most" }
);

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyResult {
    pub id: KrId,
    pub uid: Uid,
    pub objective: ObjectiveId,
    pub title: String,
    pub kind: KrKind,
    pub start: f64,
    pub target: f64,
    pub unit: String,
    pub weight: f64,
    pub owner: String,
    /// For thresholds only: which side holds.
    pub keep: Option<Keep>,
    /// An optional due date; lint checks that it lies within the cycle.
    pub due: Option<NaiveDate>,
    /// The day it was added with `okr kr add` (unknown for key results from files).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<NaiveDate>,
}

impl KeyResult {
    /// Added within the week before `as_of`: too new to be stale.
    pub fn is_new(&self, as_of: NaiveDate) -> bool {
        self.created
            .is_some_and(|c| c <= as_of && (as_of - c).num_days() < 7)
    }
}

/// The fields a user sets, before the store assigns ids.
#[derive(Debug, Clone, PartialEq)]
pub struct NewKeyResult {
    pub objective: ObjectiveId,
    pub title: String,
    pub kind: KrKind,
    pub start: Option<f64>,
    pub target: Option<f64>,
    pub unit: String,
    pub weight: f64,
    /// `None` means the objective's owner.
    pub owner: Option<String>,
    pub keep: Option<Keep>,
    pub due: Option<NaiveDate>,
}

/// A key result's measurable definition, checked as a whole so that `add` and `edit`
/// refuse exactly the same things.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    pub kind: KrKind,
    pub start: f64,
    pub target: f64,
    pub weight: f64,
    pub keep: Option<Keep>,
}

impl Measure {
    /// Fills defaults for the kind and refuses what cannot be measured.
    pub fn new(
        kind: KrKind,
        start: Option<f64>,
        target: Option<f64>,
        weight: f64,
        keep: Option<Keep>,
    ) -> Result<Measure> {
        for (name, v) in [("start", start), ("target", target)] {
            if let Some(v) = v {
                super::value::check_value(v, name)?;
            }
        }
        super::value::check_weight(weight)?;
        if keep.is_some() && kind != KrKind::Threshold {
            return Err(Error::invalid_with_hint(
                format!("`--keep` only applies to threshold key results, not to a {kind}"),
                "add `--kind threshold`",
            ));
        }
        let m = match kind {
            KrKind::Metric => {
                let target = target.ok_or_else(|| {
                    Error::invalid_with_hint(
                        "a metric key result needs a target",
                        "pass `--target N` (and `--start N` if it does not start at 0)",
                    )
                })?;
                let start = start.unwrap_or(0.0);
                if start == target {
                    return Err(Error::invalid_with_hint(
                        format!(
                            "start and target are both `{}`: there is nothing to measure",
                            super::format_number(start)
                        ),
                        "set a target different from the start, or use `--kind threshold` to hold a value",
                    ));
                }
                Measure {
                    kind,
                    start,
                    target,
                    weight,
                    keep: None,
                }
            }
            KrKind::Boolean => {
                if start.is_some_and(|s| s != 0.0) || target.is_some_and(|t| t != 1.0) {
                    return Err(Error::invalid(
                        "a boolean key result always goes from 0 to 1; leave out `--start` and `--target`",
                    ));
                }
                Measure {
                    kind,
                    start: 0.0,
                    target: 1.0,
                    weight,
                    keep: None,
                }
            }
            KrKind::Threshold => {
                let target = target.ok_or_else(|| {
                    Error::invalid_with_hint(
                        "a threshold key result needs a target",
                        "pass `--target N`, the value to hold",
                    )
                })?;
                Measure {
                    kind,
                    start: start.unwrap_or(target),
                    target,
                    weight,
                    keep: Some(keep.unwrap_or(Keep::AtLeast)),
                }
            }
        };
        Ok(m)
    }
}

impl NewKeyResult {
    pub fn validate(mut self) -> Result<(NewKeyResult, Measure)> {
        self.title = clean_title(&self.title, "key result")?;
        self.unit = self.unit.trim().to_string();
        if let Some(o) = &self.owner {
            self.owner = Some(clean_owner(o)?);
        }
        let m = Measure::new(self.kind, self.start, self.target, self.weight, self.keep)?;
        Ok((self, m))
    }
}

impl KeyResult {
    /// Re-checks a key result after an edit.
    pub fn validate(&mut self) -> Result<()> {
        self.title = clean_title(&self.title, "key result")?;
        self.owner = clean_owner(&self.owner)?;
        self.unit = self.unit.trim().to_string();
        let m = Measure::new(
            self.kind,
            Some(self.start),
            Some(self.target),
            self.weight,
            self.keep,
        )?;
        (self.start, self.target, self.keep) = (m.start, m.target, m.keep);
        Ok(())
    }

    /// Whether a value is acceptable for this key result's kind.
    pub fn check_value(&self, value: f64) -> Result<f64> {
        super::value::check_value(value, "value")?;
        if self.kind == KrKind::Boolean && value != 0.0 && value != 1.0 {
            return Err(Error::invalid_with_hint(
                format!(
                    "key result {} is a milestone: its value is 0 or 1, not `{}`",
                    self.id,
                    super::format_number(value)
                ),
                "check in `1` (or `done`) when it is reached",
            ));
        }
        Ok(value)
    }
}

impl KeyResult {
    /// Why `value` is not a value this key result can plausibly take, if it is not: a
    /// percentage outside 0–100 where start and target are inside it, a sign that start
    /// and target do not have, or more than 100 times their size. A typo (`1 500` for
    /// `15.00`) is caught; a value that is right after all is confirmed (`--yes`).
    pub fn implausible(&self, value: f64) -> Option<String> {
        if self.kind == KrKind::Boolean {
            return None;
        }
        let n = super::format_number;
        let (lo, hi) = (self.start.min(self.target), self.start.max(self.target));
        let unit = self.unit.trim();
        let with_unit = |v: f64| match unit {
            "" => n(v),
            "%" => format!("{}%", n(v)),
            u => format!("{} {u}", n(v)),
        };
        let range = match self.kind {
            KrKind::Threshold => {
                format!("this key result's threshold is {}", with_unit(self.target))
            }
            _ => format!(
                "this key result runs from {} to {}",
                with_unit(self.start),
                with_unit(self.target)
            ),
        };
        if self.unit.trim() == "%" && lo >= 0.0 && hi <= 100.0 && !(0.0..=100.0).contains(&value) {
            return Some(format!(
                "{} is outside 0–100%, and {range}",
                with_unit(value)
            ));
        }
        if lo >= 0.0 && value < 0.0 {
            return Some(format!("{} is negative, and {range}", with_unit(value)));
        }
        if hi <= 0.0 && value > 0.0 {
            return Some(format!("{} is positive, and {range}", with_unit(value)));
        }
        let scale = self.start.abs().max(self.target.abs()).max(hi - lo);
        if scale > 0.0 && value.abs() > 100.0 * scale {
            return Some(format!(
                "{} is more than 100 times the size of this key result's numbers ({range})",
                with_unit(value)
            ));
        }
        None
    }

    /// What changing it to `kind` would drop, in words, if anything: a milestone has no
    /// start and target, a metric no `keep`.
    pub fn dropped_by(&self, kind: KrKind) -> Option<String> {
        if kind == self.kind {
            return None;
        }
        let n = crate::model::format_number;
        let mut parts = Vec::new();
        if kind == KrKind::Boolean && (self.start, self.target) != (0.0, 1.0) {
            parts.push(format!(
                "its start {} and target {}",
                n(self.start),
                n(self.target)
            ));
        }
        if self.kind == KrKind::Threshold && self.keep == Some(Keep::AtMost) {
            parts.push("its `keep at-most`".to_string());
        }
        (!parts.is_empty()).then(|| parts.join(" and "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_equal_to_target_is_refused() {
        let err = Measure::new(KrKind::Metric, Some(5.0), Some(5.0), 1.0, None).unwrap_err();
        assert!(err.to_string().contains("start and target are both `5`"));
    }

    #[test]
    fn non_finite_numbers_are_refused() {
        assert!(Measure::new(KrKind::Metric, None, Some(f64::NAN), 1.0, None).is_err());
        assert!(Measure::new(KrKind::Metric, Some(f64::INFINITY), Some(1.0), 1.0, None).is_err());
        assert!(Measure::new(KrKind::Metric, None, Some(1.0), f64::NAN, None).is_err());
    }

    #[test]
    fn kinds_fill_their_defaults() {
        let m = Measure::new(KrKind::Metric, None, Some(100.0), 1.0, None).unwrap();
        assert_eq!((m.start, m.target), (0.0, 100.0));
        let b = Measure::new(KrKind::Boolean, None, None, 2.0, None).unwrap();
        assert_eq!((b.start, b.target, b.weight), (0.0, 1.0, 2.0));
        let t = Measure::new(KrKind::Threshold, None, Some(99.9), 1.0, None).unwrap();
        assert_eq!(
            (t.start, t.target, t.keep),
            (99.9, 99.9, Some(Keep::AtLeast))
        );
        assert!(Measure::new(KrKind::Boolean, None, Some(5.0), 1.0, None).is_err());
        assert!(Measure::new(KrKind::Metric, None, Some(5.0), 1.0, Some(Keep::AtMost)).is_err());
        assert!(Measure::new(KrKind::Metric, None, Some(5.0), 0.0, None).is_err());
    }
}
