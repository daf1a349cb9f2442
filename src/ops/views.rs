//! The data ops hand to renderers. Field names here are the JSON schema documented in
//! `docs/json.md`; change them only with the docs.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{CheckIn, KeyResult, KrId, Objective, ObjectiveId};
use crate::progress;

/// A key result with where it stands on a date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KrView {
    #[serde(flatten)]
    pub kr: KeyResult,
    pub current: f64,
    /// Unclamped `(current − start) / (target − start)`: over-achievement stays visible.
    pub ratio: f64,
    pub progress: f64,
    pub confidence: Option<u8>,
    pub last_checkin: Option<NaiveDate>,
}

impl KrView {
    /// Joins key results with their latest check-ins (one per key result, any order).
    pub fn build(krs: Vec<KeyResult>, latest: Vec<CheckIn>) -> Vec<KrView> {
        let mut by_kr: HashMap<KrId, CheckIn> = latest.into_iter().map(|c| (c.kr, c)).collect();
        krs.into_iter()
            .map(|kr| {
                let last = by_kr.remove(&kr.id);
                let current = last.as_ref().map_or(kr.start, |c| c.value);
                let p = match last {
                    None if progress::unmeasured_counts_zero(&kr) => progress::Progress {
                        raw: 0.0,
                        progress: 0.0,
                    },
                    _ => progress::kr_progress(&kr, current),
                };
                KrView {
                    current,
                    ratio: p.raw,
                    progress: p.progress,
                    confidence: last.as_ref().and_then(|c| c.confidence),
                    last_checkin: last.map(|c| c.date),
                    kr,
                }
            })
            .collect()
    }
}

/// A one-line reference to another objective.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectiveRef {
    pub id: ObjectiveId,
    pub uid: String,
    pub title: String,
    pub level: crate::model::Level,
    pub owner: String,
}

impl From<&Objective> for ObjectiveRef {
    fn from(o: &Objective) -> Self {
        ObjectiveRef {
            id: o.id,
            uid: o.uid.0.clone(),
            title: o.title.clone(),
            level: o.level,
            owner: o.owner.clone(),
        }
    }
}

/// An objective in a list: its fields, how many key results, and progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectiveRow {
    #[serde(flatten)]
    pub objective: Objective,
    pub key_results: usize,
    /// Weighted mean of its key results' progress; `null` without key results.
    pub progress: Option<f64>,
}

/// `okr objective show`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectiveShow {
    #[serde(flatten)]
    pub objective: Objective,
    pub progress: Option<f64>,
    /// The parent objective in brief (`parent` itself is its id, as in every objective).
    #[serde(rename = "parent_objective")]
    pub parent: Option<ObjectiveRef>,
    pub children: Vec<ObjectiveRef>,
    /// The objective it was carried from (`okr cycle carry`), if any.
    pub carried_from: Option<crate::store::reflections::Origin>,
    pub key_results: Vec<KrView>,
    pub recent_checkins: Vec<CheckInView>,
    /// The initiatives under its key results, open ones first.
    pub initiatives: Vec<crate::ops::tasks::TaskView>,
    /// Other teams' objectives it contributes to (`okr objective link`).
    pub supports: Vec<ObjectiveRef>,
    /// Other teams' objectives that contribute to it.
    pub supported_by: Vec<ObjectiveRef>,
}

/// `okr kr show`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KrShow {
    #[serde(flatten)]
    pub kr: KrView,
    /// The objective in brief (`objective` itself is its id, as in every key result).
    #[serde(rename = "objective_ref")]
    pub objective: ObjectiveRef,
    pub checkins: Vec<CheckIn>,
    /// Its initiatives, open ones first.
    pub initiatives: Vec<crate::ops::tasks::TaskView>,
}

/// A check-in with the key result it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckInView {
    #[serde(flatten)]
    pub checkin: CheckIn,
    pub kr_title: String,
    pub unit: String,
    /// The key result's kind, so that a milestone's 1 reads `done`.
    pub kr_kind: crate::model::KrKind,
}

impl CheckInView {
    pub fn build(checkins: Vec<CheckIn>, krs: &[KeyResult]) -> Vec<CheckInView> {
        let by_id: HashMap<KrId, &KeyResult> = krs.iter().map(|k| (k.id, k)).collect();
        checkins
            .into_iter()
            .map(|c| {
                let kr = by_id.get(&c.kr);
                CheckInView {
                    kr_title: kr.map(|k| k.title.clone()).unwrap_or_default(),
                    unit: kr.map(|k| k.unit.clone()).unwrap_or_default(),
                    kr_kind: kr.map_or(crate::model::KrKind::Metric, |k| k.kind),
                    checkin: c,
                }
            })
            .collect()
    }
}

/// Weighted objective progress from its key-result views.
pub(crate) fn objective_progress<'a>(krs: impl IntoIterator<Item = &'a KrView>) -> Option<f64> {
    progress::weighted_mean(krs.into_iter().map(|k| (k.kr.weight, k.progress)))
}
