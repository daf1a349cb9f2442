//! `okr trend`: the score of each cycle, cycle after cycle (final for cycles that have
//! ended, provisional for the one running), overall or per owner or level.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::report::by::By;
use super::report::{ObjectiveReport, Request};
use super::{Ctx, cycles};
use crate::model::{Cycle, Level};
use crate::progress::weighted_mean;
use crate::store::Store;
use crate::{Error, Result};

/// What to show the trend of.
#[derive(Debug, Clone, Default)]
pub struct TrendRequest {
    /// `FROM..TO` by cycle name, either end open (`2026-Q1..`) [default: every cycle
    /// that holds objectives and has started]
    pub cycles: Option<String>,
    pub by: Option<By>,
    pub owner: Option<String>,
    pub level: Option<Level>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trend {
    /// Version of this JSON schema.
    pub schema: u32,
    pub by: Option<By>,
    /// Oldest first.
    pub cycles: Vec<TrendCycle>,
    /// One row (`all`), or one per owner or level; `scores` in the order of `cycles`.
    pub groups: Vec<TrendGroup>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendCycle {
    #[serde(flatten)]
    pub cycle: Cycle,
    /// The day its scores are taken: its end, or today while it runs.
    pub as_of: NaiveDate,
    /// Whether the cycle has ended, so that its scores are final.
    #[serde(rename = "final")]
    pub is_final: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendGroup {
    pub name: String,
    /// The mean score of the group's objectives in each cycle (`null` where it had
    /// none with key results).
    pub scores: Vec<Option<f64>>,
}

/// The scores of the cycles in `req`, from the same report `okr score` shows of each.
pub fn trend(store: &mut Store, ctx: &Ctx, req: &TrendRequest) -> Result<Trend> {
    let (from, to) = store.read(|tx| {
        let (from, to) = split_range(req.cycles.as_deref())?;
        let resolve = |name: Option<&str>| name.map(|n| cycles::resolve(tx, n)).transpose();
        Ok((resolve(from)?, resolve(to)?))
    })?;
    if let (Some(f), Some(t)) = (&from, &to)
        && f.start > t.start
    {
        return Err(Error::invalid_with_hint(
            format!("cycle `{}` starts after `{}`", f.name, t.name),
            "write the range oldest first: `--cycles 2026-Q1..2026-Q4`",
        ));
    }
    let chosen: Vec<Cycle> = cycles::list(store, ctx)?
        .into_iter()
        .filter(|row| row.objectives > 0 && row.cycle.start <= ctx.today)
        .map(|row| row.cycle)
        .filter(|c| from.as_ref().is_none_or(|f| c.start >= f.start))
        .filter(|c| to.as_ref().is_none_or(|t| c.start <= t.start))
        .collect();
    let mut trend = Trend {
        schema: 2,
        by: req.by,
        cycles: Vec::new(),
        groups: Vec::new(),
    };
    // Where each group's row is in `trend.groups`.
    let mut rows: HashMap<String, usize> = HashMap::new();
    for (i, cycle) in chosen.into_iter().enumerate() {
        let as_of = ctx.today.min(cycle.end);
        let report = super::report::report(
            store,
            ctx,
            &Request {
                cycle: Some(cycle.name.clone()),
                owner: req.owner.clone(),
                level: req.level,
                as_of: Some(as_of),
                week: false,
                dots: false,
                // A cycle's final score includes grades given after its end.
                grades_until: Some(ctx.today),
            },
        )?;
        for (name, score) in scores(&report.objectives, req.by) {
            let at = *rows.entry(name.clone()).or_insert_with(|| {
                trend.groups.push(TrendGroup {
                    name,
                    scores: vec![None; i],
                });
                trend.groups.len() - 1
            });
            trend.groups[at].scores.push(score);
        }
        for g in &mut trend.groups {
            g.scores.resize(i + 1, None);
        }
        trend.cycles.push(TrendCycle {
            is_final: as_of >= cycle.end,
            as_of,
            cycle,
        });
    }
    match req.by {
        Some(By::Level) => trend
            .groups
            .sort_by_key(|g| g.name.parse::<Level>().map_or(u8::MAX, |l| l as u8)),
        Some(By::Owner) => trend.groups.sort_by(|a, b| a.name.cmp(&b.name)),
        None => {}
    }
    Ok(trend)
}

/// Each group's mean objective score in one cycle's report.
fn scores(objectives: &[ObjectiveReport], by: Option<By>) -> Vec<(String, Option<f64>)> {
    // In the order groups first appear, found through `rows`.
    let mut groups: Vec<(String, Vec<f64>)> = Vec::new();
    let mut rows: HashMap<&str, usize> = HashMap::new();
    for o in objectives {
        let name = match by {
            None => "all",
            Some(By::Owner) => o.owner.as_str(),
            Some(By::Level) => o.level.as_str(),
        };
        let at = *rows.entry(name).or_insert_with(|| {
            groups.push((name.to_string(), Vec::new()));
            groups.len() - 1
        });
        groups[at].1.extend(o.score);
    }
    groups
        .into_iter()
        .map(|(name, s)| (name, weighted_mean(s.into_iter().map(|v| (1.0, v)))))
        .collect()
}

/// `FROM..TO`, `FROM..`, `..TO` or one cycle `C` (from and to).
fn split_range(range: Option<&str>) -> Result<(Option<&str>, Option<&str>)> {
    let Some(range) = range.map(str::trim) else {
        return Ok((None, None));
    };
    fn end(s: &str) -> Option<&str> {
        Some(s.trim()).filter(|s| !s.is_empty())
    }
    match range.split_once("..") {
        Some((from, to)) if !to.contains("..") => Ok((end(from), end(to))),
        Some(_) => Err(Error::invalid_with_hint(
            format!("`{range}` is not a range of cycles"),
            "write `FROM..TO`, `FROM..` or `..TO`, such as `2026-Q1..2026-Q4`",
        )),
        None => Ok((end(range), end(range))),
    }
}
