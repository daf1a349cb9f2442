//! The end of a cycle: `okr review` (scores, changed targets and reflections as one
//! document), `okr review note`, and `okr cycle carry` into the next cycle.

use std::collections::HashMap;

use serde::Serialize;

use super::Ctx;
use super::report::{self, Report, Request};
use crate::model::{KrKind, Measure, NewKeyResult, NewObjective, ObjectiveId, State};
use crate::store::reflections::{Origin, Reflection, Topic};
use crate::store::{self, Scope, Store};
use crate::{Error, Result};

/// The review of a cycle: the report at its end (or today, while it runs) with the
/// reflections and where carried objectives came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review {
    pub schema: u32,
    /// Whether the cycle has ended (else the review is provisional).
    #[serde(rename = "final")]
    pub final_: bool,
    pub report: Report,
    pub reflections: Vec<Reflection>,
    pub origins: Vec<Origin>,
    /// Where each objective's reflections and origin are in the lists above: a review
    /// of 10,000 objectives looks each up, not through the lists.
    #[serde(skip)]
    index: HashMap<ObjectiveId, (Vec<usize>, Option<usize>)>,
}

impl Review {
    pub fn new(
        final_: bool,
        report: Report,
        reflections: Vec<Reflection>,
        origins: Vec<Origin>,
    ) -> Review {
        let mut index: HashMap<ObjectiveId, (Vec<usize>, Option<usize>)> = HashMap::new();
        for (i, r) in reflections.iter().enumerate() {
            index.entry(r.objective).or_default().0.push(i);
        }
        for (i, o) in origins.iter().enumerate() {
            index.entry(o.objective).or_default().1.get_or_insert(i);
        }
        Review {
            schema: 2,
            final_,
            report,
            reflections,
            origins,
            index,
        }
    }

    pub fn reflections_of(&self, o: ObjectiveId) -> impl Iterator<Item = &Reflection> {
        let at = self.index.get(&o).map_or(&[][..], |(r, _)| r);
        at.iter().map(|&i| &self.reflections[i])
    }

    pub fn origin_of(&self, o: ObjectiveId) -> Option<&Origin> {
        let i = self.index.get(&o)?.1?;
        Some(&self.origins[i])
    }
}

/// `okr review [--cycle C]`: as of the cycle's end, or today while it runs; `week`:
/// with the week's check-ins ([`Request::week`]).
pub fn review(store: &mut Store, ctx: &Ctx, cycle: Option<&str>, week: bool) -> Result<Review> {
    let cycle = store.read(|tx| super::cycles::resolve_or_current(tx, cycle, ctx.today))?;
    let as_of = ctx.today.min(cycle.end);
    let report = report::report(
        store,
        ctx,
        &Request {
            cycle: Some(cycle.name.clone()),
            as_of: Some(as_of),
            week,
            // Grades given at the review, after the cycle's end, count in it.
            grades_until: Some(ctx.today),
            ..Request::default()
        },
    )?;
    let scope = Scope::cycle(&cycle.name);
    let (reflections, origins) = store.read(|tx| {
        Ok((
            store::reflections::list(tx, &scope)?,
            store::reflections::origins(tx, &scope)?,
        ))
    })?;
    Ok(Review::new(
        ctx.today >= cycle.end,
        report,
        reflections,
        origins,
    ))
}

/// `okr review note OBJECTIVE TEXT`: a reflection, dated today, by the user.
pub fn note(
    store: &mut Store,
    ctx: &Ctx,
    objective: &str,
    topic: Topic,
    text: &str,
) -> Result<Reflection> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid_with_hint(
            "a reflection needs some text",
            "say what went well, what did not, or what was learned",
        ));
    }
    store.write(&ctx.head("reflection", None), |tx| {
        let id = store::objectives::resolve(tx, objective)?;
        let r = Reflection {
            objective: id,
            date: ctx.today,
            author: ctx.user.clone(),
            topic,
            text: text.to_string(),
        };
        store::reflections::insert(tx, &r)?;
        let summary = format!("reflection on {id} ({topic}): {text}");
        Ok((r, summary))
    })
}

/// What `okr cycle carry` did (or would do, in a dry run).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Carried {
    pub from: String,
    pub to: String,
    /// `(new id, origin id, title)` of each objective carried.
    pub objectives: Vec<(ObjectiveId, ObjectiveId, String)>,
    pub key_results: usize,
    /// Objectives already carried by an earlier run.
    pub already: usize,
    /// `(carried objective, what it now aligns to, the parent left behind)`: a child
    /// whose parent was not carried aligns to the nearest carried ancestor's copy.
    pub realigned: Vec<(ObjectiveId, ObjectiveId, ObjectiveId)>,
}

/// `okr cycle carry FROM TO`: each active objective of FROM with unfinished key results
/// is copied into TO with those key results, each starting from its final value in
/// FROM, aligned to the carried parent when that was carried too.
pub fn carry(
    store: &mut Store,
    ctx: &Ctx,
    from: &str,
    to: &str,
    reset_targets: bool,
    dry_run: bool,
) -> Result<Carried> {
    let (from, to) = store.read(|tx| {
        Ok((
            super::cycles::resolve(tx, from)?,
            super::cycles::resolve(tx, to)?,
        ))
    })?;
    if from.name == to.name {
        return Err(Error::invalid_with_hint(
            format!("cannot carry {} into itself", from.name),
            "name the next cycle: `okr cycle carry 2026-Q4 2027-Q1`",
        ));
    }
    let end = report::report(
        store,
        ctx,
        &Request {
            cycle: Some(from.name.clone()),
            as_of: Some(from.end),
            ..Request::default()
        },
    )?;
    store.write_or_rollback(!dry_run, &ctx.head("carry", None), |tx| {
        let done = store::reflections::carried_into(tx, &to.name)?;
        let mut out = Carried {
            from: from.name.clone(),
            to: to.name.clone(),
            ..Carried::default()
        };
        let mut new_ids: HashMap<ObjectiveId, ObjectiveId> = HashMap::new();
        let mut parents = Vec::new();
        for o in end.objectives.iter().filter(|o| o.state == State::Active) {
            // Unfinished key results go on; a threshold (a health metric to keep) is
            // never finished, held or not.
            let open: Vec<_> = o
                .key_results
                .iter()
                .filter(|k| k.progress < 1.0 || k.kind == KrKind::Threshold)
                .collect();
            if open.is_empty() {
                continue;
            }
            if done.contains(&o.uid) {
                out.already += 1;
                continue;
            }
            let full = store::objectives::get(tx, o.id)?;
            let new = NewObjective {
                title: full.title.clone(),
                description: full.description.clone(),
                cycle: to.name.clone(),
                level: full.level,
                owner: full.owner.clone(),
                kind: full.kind,
                parent: None,
            }
            .validate()?;
            let created = store::objectives::insert(tx, &new)?;
            store::reflections::set_objective_origin(tx, created.id, &o.uid)?;
            new_ids.insert(o.id, created.id);
            parents.push((created.id, o.parent));
            for k in open {
                let kr = store::krs::get(tx, k.id)?;
                let start = match kr.kind {
                    KrKind::Metric => k.scored_value,
                    _ => kr.start,
                };
                let target = match (kr.kind, reset_targets) {
                    (KrKind::Metric, true) => start + (kr.target - kr.start),
                    _ => kr.target,
                };
                let measure = Measure::new(kr.kind, Some(start), Some(target), kr.weight, kr.keep)?;
                // A title that states its start and target states the new start.
                let n = crate::model::format_number;
                let title = match kr.kind {
                    KrKind::Metric if start != kr.start => crate::smart::stated::with_range(
                        &kr.title,
                        &n(start),
                        (target != kr.target).then(|| n(target)).as_deref(),
                    )
                    .unwrap_or_else(|| kr.title.clone()),
                    _ => kr.title.clone(),
                };
                let new = NewKeyResult {
                    objective: created.id,
                    title,
                    kind: kr.kind,
                    start: Some(start),
                    target: Some(target),
                    unit: kr.unit.clone(),
                    weight: kr.weight,
                    owner: (kr.owner != full.owner).then(|| kr.owner.clone()),
                    keep: kr.keep,
                    due: None,
                };
                let added =
                    store::krs::insert(tx, &new, &measure, to.start.max(ctx.today.min(to.end)))?;
                store::reflections::set_kr_origin(tx, added.id, &kr.uid.0)?;
                out.key_results += 1;
            }
            out.objectives.push((created.id, o.id, full.title.clone()));
        }
        // Alignment follows the carried parents; where a parent was left behind, the
        // nearest carried ancestor (said); none carried, none.
        let parent_of: HashMap<ObjectiveId, Option<ObjectiveId>> =
            end.objectives.iter().map(|o| (o.id, o.parent)).collect();
        for (id, parent) in parents {
            let mut up = parent;
            let mut steps = 0;
            let found = loop {
                match up {
                    Some(p) if new_ids.contains_key(&p) => break Some(p),
                    Some(p) if steps < 64 => {
                        up = parent_of.get(&p).copied().flatten();
                        steps += 1;
                    }
                    _ => break None,
                }
            };
            if let Some(ancestor) = found {
                let mut o = store::objectives::get(tx, id)?;
                o.parent = Some(new_ids[&ancestor]);
                store::objectives::update(tx, &o)?;
                if Some(ancestor) != parent
                    && let Some(left) = parent
                {
                    out.realigned.push((id, new_ids[&ancestor], left));
                }
            }
        }
        let summary = if out.objectives.is_empty() {
            String::new()
        } else {
            format!(
                "carried {} objective(s) and {} key result(s) from {} to {}",
                out.objectives.len(),
                out.key_results,
                from.name,
                to.name
            )
        };
        Ok((out, summary))
    })
}
