//! `okr report --by owner|level`: one row per owner or level, side by side.

use std::io::{self, Write};

use super::report::{progress_cell, status_cell};
use super::text::percent;
use super::{Format, Grid, Narrow, Style, json};
use crate::ops::report::by::{By, Comparison, Group};

pub fn comparison(
    out: &mut dyn Write,
    c: &Comparison,
    format: Format,
    style: Style,
) -> io::Result<()> {
    match format {
        Format::Json => return json(out, c),
        Format::Csv => return csv(out, c),
        Format::Html => return super::html::comparison(out, c),
        Format::Markdown => {
            writeln!(out, "# OKR report by {}: {}", c.by, c.cycle.name)?;
            writeln!(out)?;
            writeln!(out, "{}  ", line(c))?;
            writeln!(out)?;
        }
        Format::Table => {
            writeln!(out, "{}", line(c))?;
            writeln!(out)?;
        }
    }
    if c.groups.is_empty() {
        return writeln!(out, "No objectives in {}.", c.cycle.name);
    }
    let mut g = Grid::new(vec![
        match c.by {
            By::Owner => "OWNER",
            By::Level => "LEVEL",
        },
        "OBJECTIVES",
        "KRS",
        "PROGRESS",
        "EXPECTED",
        "STATUS",
        "DONE",
        "ON-TRACK",
        "AT-RISK",
        "OFF-TRACK",
        "NOT-STARTED",
        "STALE",
    ])
    .right(&[1, 2, 4, 6, 7, 8, 9, 10, 11])
    .flex(0, 8)
    .narrow(&[
        Narrow::Drop(11),
        Narrow::Short(3),
        Narrow::Drop(4),
        Narrow::Drop(10),
        Narrow::Drop(2),
    ]);
    for group in &c.groups {
        g.push(vec![
            group.name.clone().into(),
            group.objectives.to_string().into(),
            group.key_results.to_string().into(),
            progress_cell(group.progress),
            percent(Some(group.expected)).into(),
            status_cell(group.status),
            count(group.mix.done),
            count(group.mix.on_track),
            count(group.mix.at_risk),
            count(group.mix.off_track),
            count(group.mix.not_started),
            count(group.mix.stale),
        ]);
    }
    g.write(out, format, style)
}

/// `2026-Q4 · as of 2026-11-23 · 58% of the cycle elapsed · 4 owners`.
fn line(c: &Comparison) -> String {
    let n = c.groups.len();
    let what = match (c.by, n) {
        (By::Owner, 1) => "owner",
        (By::Owner, _) => "owners",
        (By::Level, 1) => "level",
        (By::Level, _) => "levels",
    };
    format!(
        "{} · as of {} · {} of the cycle elapsed · {n} {what}",
        c.cycle.name,
        c.as_of,
        percent(Some(c.expected))
    )
}

/// A count, or nothing for none (so that the mix stands out).
fn count(n: usize) -> super::Cell {
    match n {
        0 => "".into(),
        n => n.to_string().into(),
    }
}

/// One row per group; figures unrounded so that spreadsheets can compute.
fn csv(out: &mut dyn Write, c: &Comparison) -> io::Result<()> {
    let mut csv = super::Csv::new(out);
    for h in [
        "cycle",
        "as_of",
        c.by.as_str(),
        "objectives",
        "key_results",
        "progress",
        "expected",
        "status",
        "done",
        "on_track",
        "at_risk",
        "off_track",
        "not_started",
        "stale",
    ] {
        csv.field(h)?;
    }
    csv.end()?;
    for Group {
        name,
        objectives,
        key_results,
        progress,
        expected,
        status,
        mix,
    } in &c.groups
    {
        csv.field(&c.cycle.name)?;
        csv.show(c.as_of)?;
        csv.field(name)?;
        csv.show(objectives)?;
        csv.show(key_results)?;
        match progress {
            Some(p) => csv.show(crate::model::figure(*p) + 0.0)?,
            None => csv.field("")?,
        }
        csv.show(crate::model::figure(*expected) + 0.0)?;
        csv.field(status.map_or("", |s| s.as_str()))?;
        for n in [
            mix.done,
            mix.on_track,
            mix.at_risk,
            mix.off_track,
            mix.not_started,
            mix.stale,
        ] {
            csv.show(n)?;
        }
        csv.end()?;
    }
    Ok(())
}
