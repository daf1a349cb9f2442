//! `okr cycle …`: resolving names, adding custom cycles, listing.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use super::Ctx;
use crate::model::Cycle;
use crate::store::{self, Scope, Store};
use crate::{Error, Result};

/// Resolves a cycle name: built-in shapes first, then custom cycles.
pub fn resolve(conn: &Connection, name: &str) -> Result<Cycle> {
    if let Some(c) = Cycle::builtin(name) {
        return Ok(c);
    }
    store::cycles::get(conn, name.trim())?.ok_or_else(|| {
        Error::invalid_with_hint(
            format!("unknown cycle `{}`", name.trim()),
            "use a quarter like `2026-Q4`, a half like `2027-H1`, a year like `2027`, or add it with `okr cycle add`",
        )
    })
}

/// The named cycle, or the quarter that contains today.
pub fn resolve_or_current(
    conn: &Connection,
    name: Option<&str>,
    today: NaiveDate,
) -> Result<Cycle> {
    match name {
        Some(n) => resolve(conn, n),
        None => Ok(Cycle::quarter_of(today)),
    }
}

/// Replaces a typed cycle name in a scope by its canonical name (`2026-q4` → `2026-Q4`),
/// refusing unknown cycles.
pub fn canonical(conn: &Connection, scope: &Scope) -> Result<Scope> {
    let mut scope = scope.clone();
    if let Some(name) = &scope.cycle {
        scope.cycle = Some(resolve(conn, name)?.name);
    }
    Ok(scope)
}

pub fn add(store: &mut Store, ctx: &super::Ctx, cycle: Cycle) -> Result<Cycle> {
    store.write(&ctx.head("add", None), |tx| {
        store::cycles::insert(tx, &cycle)?;
        let summary = format!(
            "added cycle {} ({} to {})",
            cycle.name, cycle.start, cycle.end
        );
        Ok((cycle, summary))
    })
}

/// A cycle in `okr cycle list` / `show`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CycleRow {
    #[serde(flatten)]
    pub cycle: Cycle,
    pub days: i64,
    pub objectives: i64,
    pub current: bool,
    /// Share of the cycle elapsed on the as-of date.
    pub expected: f64,
}

fn row(cycle: Cycle, objectives: i64, today: NaiveDate) -> CycleRow {
    CycleRow {
        days: cycle.days(),
        current: cycle.contains(today) && cycle == Cycle::quarter_of(today),
        expected: crate::progress::expected(&cycle, today),
        objectives,
        cycle,
    }
}

/// Custom cycles, cycles that hold objectives, and the current quarter, by start date.
pub fn list(store: &mut Store, ctx: &Ctx) -> Result<Vec<CycleRow>> {
    store.read(|tx| {
        let used = store::objectives::cycles_in_use(tx)?;
        let mut rows: Vec<CycleRow> = Vec::new();
        let push = |c: Cycle, rows: &mut Vec<CycleRow>| {
            if !rows.iter().any(|r| r.cycle.name == c.name) {
                let n = used
                    .iter()
                    .find(|(name, _)| *name == c.name)
                    .map_or(0, |(_, n)| *n);
                rows.push(row(c, n, ctx.today));
            }
        };
        for c in store::cycles::list(tx)? {
            push(c, &mut rows);
        }
        for (name, _) in &used {
            if let Ok(c) = resolve(tx, name) {
                push(c, &mut rows);
            }
        }
        push(Cycle::quarter_of(ctx.today), &mut rows);
        rows.sort_by(|a, b| {
            (a.cycle.start, a.cycle.end, &a.cycle.name).cmp(&(
                b.cycle.start,
                b.cycle.end,
                &b.cycle.name,
            ))
        });
        Ok(rows)
    })
}

pub fn show(store: &mut Store, ctx: &Ctx, name: Option<&str>) -> Result<CycleRow> {
    store.read(|tx| {
        let cycle = resolve_or_current(tx, name, ctx.today)?;
        let n = store::objectives::cycles_in_use(tx)?
            .into_iter()
            .find(|(c, _)| *c == cycle.name)
            .map_or(0, |(_, n)| n);
        Ok(row(cycle, n, ctx.today))
    })
}
