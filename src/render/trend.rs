//! `okr trend`: scores cycle after cycle, with a sparkline per row.

use std::io::{self, Write};

use super::text::{score, sparkline};
use super::{Cell, Format, Grid, Style, json};
use crate::ops::report::by::By;
use crate::ops::trend::Trend;

pub fn trend(out: &mut dyn Write, t: &Trend, format: Format, style: Style) -> io::Result<()> {
    match format {
        Format::Json => return json(out, t),
        Format::Csv => return csv(out, t),
        Format::Html => return super::html::trend(out, t),
        Format::Markdown => {
            writeln!(out, "# OKR scores by cycle")?;
            writeln!(out)?;
        }
        Format::Table => {}
    }
    if t.cycles.is_empty() {
        return writeln!(out, "No cycle with objectives in that range.");
    }
    let first = match t.by {
        None => "",
        Some(By::Owner) => "OWNER",
        Some(By::Level) => "LEVEL",
    };
    // A provisional score's cycle is marked `*` (explained under the table).
    let star = if format == Format::Markdown {
        "\\*"
    } else {
        "*"
    };
    let mut header: Vec<String> = vec![first.to_string()];
    header.extend(t.cycles.iter().map(|c| {
        let mark = if c.is_final { "" } else { star };
        format!("{}{mark}", c.cycle.name)
    }));
    header.push("TREND".to_string());
    let n = t.cycles.len();
    let mut g = Grid::new(header)
        .right(&(1..=n).collect::<Vec<_>>())
        .flex(0, 8);
    for group in &t.groups {
        let mut row: Vec<Cell> = vec![group.name.clone().into()];
        row.extend(
            group
                .scores
                .iter()
                .map(|s| s.map_or_else(|| "–".to_string(), score).into()),
        );
        let known: Vec<f64> = group.scores.iter().flatten().copied().collect();
        row.push(sparkline(&known).into());
        g.push(row);
    }
    g.write(out, format, style)?;
    if let Some(running) = t.cycles.iter().find(|c| !c.is_final) {
        writeln!(out)?;
        let note = format!(
            "* provisional: {} runs until {}; its scores are as of {}",
            running.cycle.name, running.cycle.end, running.as_of
        );
        match format {
            Format::Markdown => writeln!(out, "{}", note.replacen('*', "\\*", 1))?,
            _ => writeln!(out, "{note}")?,
        }
    }
    Ok(())
}

/// One row per group and cycle: the shape spreadsheets pivot.
fn csv(out: &mut dyn Write, t: &Trend) -> io::Result<()> {
    let mut csv = super::Csv::new(out);
    let group = t.by.map_or("group", By::as_str);
    for h in [group, "cycle", "start", "end", "as_of", "final", "score"] {
        csv.field(h)?;
    }
    csv.end()?;
    for g in &t.groups {
        for (c, s) in t.cycles.iter().zip(&g.scores) {
            csv.field(&g.name)?;
            csv.field(&c.cycle.name)?;
            csv.show(c.cycle.start)?;
            csv.show(c.cycle.end)?;
            csv.show(c.as_of)?;
            csv.show(c.is_final)?;
            match s {
                Some(s) => csv.show(crate::model::figure(*s) + 0.0)?,
                None => csv.field("")?,
            }
            csv.end()?;
        }
    }
    Ok(())
}
