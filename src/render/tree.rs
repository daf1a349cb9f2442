//! `okr report --tree`: company → team → personal, with rolled-up progress.

use std::collections::HashMap;
use std::io::{self, Write};

use super::report::{headline, progress_cell, status_cell};
use super::text::percent;
use super::{Format, Grid, Narrow, Style, json};
use crate::model::ObjectiveId;
use crate::ops::report::{ObjectiveReport, Report};

/// `--tree`: company → team → personal, with rolled-up progress.
pub fn tree(out: &mut dyn Write, r: &Report, format: Format, style: Style) -> io::Result<()> {
    if format == Format::Json {
        return json::report(out, r);
    }
    let rows = tree_rows(r);
    if format == Format::Markdown {
        writeln!(out, "# OKR tree: {}", r.cycle.name)?;
        writeln!(out)?;
        writeln!(out, "{}", headline(r))?;
        writeln!(out)?;
        for (depth, o) in &rows {
            writeln!(
                out,
                "{}- **{} {}** ({}, {}): {} rolled up, {} own, {}",
                "  ".repeat(*depth),
                o.id,
                o.title,
                o.level,
                o.owner,
                percent(o.rollup),
                percent(o.progress),
                o.rollup_status.map_or("–", |s| s.as_str())
            )?;
            for l in &o.supports {
                writeln!(
                    out,
                    "{}  - ↔ supports **{}** {} ({})",
                    "  ".repeat(*depth),
                    l.id,
                    l.title,
                    l.owner
                )?;
            }
        }
        return Ok(());
    }
    if format == Format::Table {
        writeln!(out, "{}", headline(r))?;
        writeln!(out)?;
        if rows.is_empty() {
            return writeln!(out, "No objectives in {}.", r.cycle.name);
        }
    }
    if format == Format::Csv {
        let mut g = Grid::new(vec![
            "id",
            "parent",
            "depth",
            "objective",
            "level",
            "owner",
            "progress",
            "rollup",
            "status",
            "rollup_status",
        ]);
        let num = super::text::figure_opt;
        for (depth, o) in &rows {
            g.push(vec![
                o.id.to_string().into(),
                o.parent.map(|p| p.to_string()).unwrap_or_default().into(),
                depth.to_string().into(),
                o.title.clone().into(),
                o.level.as_str().into(),
                o.owner.clone().into(),
                num(o.progress).into(),
                num(o.rollup).into(),
                o.status.map_or("", |s| s.as_str()).into(),
                o.rollup_status.map_or("", |s| s.as_str()).into(),
            ]);
        }
        return g.write(out, format, style);
    }
    let mut g = Grid::new(vec![
        "ID",
        "OBJECTIVE",
        "LEVEL",
        "OWNER",
        "OWN",
        "ROLLED UP",
        "STATUS",
    ])
    .right(&[4])
    .flex(3, 6)
    .flex(1, 24)
    .narrow(&[Narrow::Short(5), Narrow::Drop(2), Narrow::Drop(3)]);
    let prefixes = tree_prefixes(&rows);
    for (i, ((depth, o), prefix)) in rows.iter().zip(&prefixes).enumerate() {
        g.push(vec![
            o.id.to_string().into(),
            format!("{prefix}{}", o.title).into(),
            o.level.as_str().into(),
            o.owner.clone().into(),
            percent(o.progress).into(),
            progress_cell(o.rollup),
            status_cell(o.rollup_status),
        ]);
        if o.supports.is_empty() {
            continue;
        }
        // Under the objective: its own branch continued, then its children's.
        let mut cont = prefix.replace("├─ ", "│  ").replace("└─ ", "   ");
        let has_children = rows.get(i + 1).is_some_and(|(d, _)| d > depth);
        cont.push_str(if has_children { "│  " } else { "   " });
        for l in &o.supports {
            g.push(vec![
                "".into(),
                format!("{cont}↔ supports {} {} ({})", l.id, l.title, l.owner).into(),
                "".into(),
                "".into(),
                "".into(),
                "".into(),
                "".into(),
            ]);
        }
    }
    g.write(out, format, style)
}

/// Objectives in tree order (depth first, report order among siblings) with depths.
/// Objectives whose parent is outside the report are roots.
pub(super) fn tree_rows(r: &Report) -> Vec<(usize, &ObjectiveReport)> {
    let by_id: HashMap<_, _> = r.objectives.iter().map(|o| (o.id, o)).collect();
    let mut rows = Vec::new();
    fn walk<'a>(
        o: &'a ObjectiveReport,
        depth: usize,
        by_id: &HashMap<ObjectiveId, &'a ObjectiveReport>,
        rows: &mut Vec<(usize, &'a ObjectiveReport)>,
    ) {
        rows.push((depth, o));
        if depth < 64 {
            for c in &o.children {
                if let Some(child) = by_id.get(c) {
                    walk(child, depth + 1, by_id, rows);
                }
            }
        }
    }
    for o in r
        .objectives
        .iter()
        .filter(|o| o.parent.is_none_or(|p| !by_id.contains_key(&p)))
    {
        walk(o, 0, &by_id, &mut rows);
    }
    rows
}

/// `├─ `, `│  └─ ` and so on, from depths in depth-first order.
fn tree_prefixes(rows: &[(usize, &ObjectiveReport)]) -> Vec<String> {
    let depths: Vec<usize> = rows.iter().map(|(d, _)| *d).collect();
    // Whether another sibling follows row `i` at the same depth before the tree climbs above it.
    let has_next = |i: usize| {
        depths[i + 1..]
            .iter()
            .take_while(|d| **d >= depths[i])
            .any(|d| *d == depths[i])
    };
    let mut prefixes = Vec::with_capacity(rows.len());
    for i in 0..rows.len() {
        let d = depths[i];
        if d == 0 {
            prefixes.push(String::new());
            continue;
        }
        let mut p = String::new();
        for level in 1..d {
            // The ancestor at `level` on this row's path: the nearest row above at that depth.
            let anc = (0..i).rev().find(|&j| depths[j] == level).unwrap_or(0);
            p.push_str(if has_next(anc) { "│  " } else { "   " });
        }
        p.push_str(if has_next(i) { "├─ " } else { "└─ " });
        prefixes.push(p);
    }
    prefixes
}
