//! `okr report --by owner|level`: the report's objectives compared group by group,
//! the way a leadership meeting compares departments.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::figures::{ObjectiveReport, Report, StatusMix};
use crate::model::{Cycle, names};
use crate::progress::{self, Status};

names!(
    /// What objectives are grouped by: their owner or their level.
    By, "grouping" { Owner => "owner", Level => "level" }
);

/// One row per group, from a [`Report`]: the same figures, so a comparison can never
/// disagree with the report it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Version of this JSON schema.
    pub schema: u32,
    pub cycle: Cycle,
    pub as_of: NaiveDate,
    pub by: By,
    /// Share of the cycle elapsed on `as_of`.
    pub expected: f64,
    /// Owners by name; levels company → team → personal.
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The owner, or the level.
    pub name: String,
    pub objectives: usize,
    pub key_results: usize,
    /// Mean of the group's objectives' progress (those with key results).
    pub progress: Option<f64>,
    pub expected: f64,
    /// The status of `progress` against `expected`.
    pub status: Option<Status>,
    #[serde(flatten)]
    pub mix: StatusMix,
}

/// Groups `r`'s objectives by `by`. By owner, each key result counts under its own
/// owner, who may own no objective at all; a group's progress is the mean of its
/// objectives' progress, or, for someone who owns key results only, of theirs.
pub fn compare(r: &Report, by: By) -> Comparison {
    type Members<'a> = (Vec<&'a ObjectiveReport>, Vec<&'a super::figures::KrReport>);
    let mut groups: BTreeMap<(u8, &str), Members<'_>> = BTreeMap::new();
    for o in &r.objectives {
        let key = match by {
            By::Owner => (0, o.owner.as_str()),
            By::Level => (o.level as u8, o.level.as_str()),
        };
        let group = groups.entry(key).or_default();
        group.0.push(o);
        match by {
            By::Level => group.1.extend(&o.key_results),
            By::Owner => {
                for k in &o.key_results {
                    groups.entry((0, k.owner.as_str())).or_default().1.push(k);
                }
            }
        }
    }
    let groups = groups
        .into_iter()
        .map(|((_, name), (objectives, krs))| {
            let measured: Vec<f64> = objectives.iter().filter_map(|o| o.progress).collect();
            let progress = if measured.is_empty() {
                crate::progress::weighted_mean(krs.iter().map(|k| (k.weight, k.progress)))
            } else {
                Some(measured.iter().sum::<f64>() / measured.len() as f64)
            };
            Group {
                name: name.to_string(),
                objectives: objectives.len(),
                key_results: krs.len(),
                progress,
                expected: r.expected,
                status: progress.map(|p| progress::status(p, &r.cycle, r.as_of, &r.thresholds)),
                mix: StatusMix::of(krs),
            }
        })
        .collect();
    Comparison {
        schema: 2,
        cycle: r.cycle.clone(),
        as_of: r.as_of,
        by,
        expected: r.expected,
        groups,
    }
}
