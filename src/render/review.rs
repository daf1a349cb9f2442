//! `okr review`: the end-of-cycle document, fit to commit beside the team's files.

use std::io::{self, Write};

use super::text::{kr_target, kr_value, score};
use super::{Format, Grid, Style, json};
use crate::model::{Revision, format_number};
use crate::ops::report::{KrReport, ObjectiveReport};
use crate::ops::review::Review;

pub fn review(out: &mut dyn Write, r: &Review, format: Format, style: Style) -> io::Result<()> {
    if format == Format::Json {
        return json(out, r);
    }
    let md = format == Format::Markdown;
    let rep = &r.report;
    let c = &rep.cycle;
    let h = |level: usize| heading(md, level);
    writeln!(out, "{}Review: {} ({} to {})", h(1), c.name, c.start, c.end)?;
    writeln!(out)?;
    let krs: usize = rep.objectives.iter().map(|o| o.key_results.len()).sum();
    if r.final_ {
        writeln!(
            out,
            "Final, as of {}: {} objective(s), {krs} key result(s).",
            rep.as_of,
            rep.objectives.len()
        )?;
    } else {
        writeln!(
            out,
            "Provisional, as of {} (the cycle ends {}): {} objective(s), {krs} key result(s).",
            rep.as_of,
            c.end,
            rep.objectives.len()
        )?;
    }
    if rep.objectives.is_empty() {
        writeln!(out)?;
        return writeln!(out, "No objectives in {}.", c.name);
    }
    super::write_each(out, &rep.objectives, |out, _, o| {
        objective(out, r, o, md, style)
    })
}

/// One objective of the review: its score, key results, changes and reflections.
fn objective(
    out: &mut Vec<u8>,
    r: &Review,
    o: &ObjectiveReport,
    md: bool,
    style: Style,
) -> io::Result<()> {
    let rep = &r.report;
    let h = |level: usize| heading(md, level);
    writeln!(out)?;
    writeln!(out, "{}{} {}", h(2), o.id, o.title)?;
    writeln!(out)?;
    let s = o.score.map_or_else(|| "–".to_string(), score);
    let bold = |t: &str| {
        if md {
            format!("**{t}**")
        } else {
            t.to_string()
        }
    };
    writeln!(
        out,
        "{} · {} · owner {} · score {} {} · {}",
        o.level,
        o.kind,
        o.owner,
        bold(&s),
        o.band.map_or("", |b| b.as_str()),
        super::score::verdict(o, rep)
    )?;
    if let Some(origin) = r.origin_of(o.id) {
        writeln!(
            out,
            "Carried from {} ({}) in {}.",
            origin.from, origin.title, origin.cycle
        )?;
    }
    if !o.key_results.is_empty() {
        writeln!(out)?;
        let mut g = Grid::new(vec![
            "KR",
            "Key result",
            "Start",
            "Target",
            "Final",
            "Score",
            "Grade",
        ])
        .right(&[2, 4, 5])
        .flex(1, 20)
        .flex(6, 12);
        for k in &o.key_results {
            g.push(vec![
                k.id.to_string().into(),
                k.title.clone().into(),
                kr_value(
                    k.original.as_ref().map_or(k.start, |r| r.start),
                    k.kind,
                    &k.unit,
                )
                .into(),
                target(k).into(),
                kr_value(k.scored_value, k.kind, &k.unit).into(),
                score(k.score).into(),
                k.grade
                    .as_ref()
                    .map_or_else(String::new, |g| format!("{} ({})", score(g.grade), g.note))
                    .into(),
            ]);
        }
        g.write(
            out,
            if md { Format::Markdown } else { Format::Table },
            style,
        )?;
        let changes: Vec<String> = o.key_results.iter().flat_map(changes).collect();
        if !changes.is_empty() {
            writeln!(out)?;
            writeln!(out, "Changes during the cycle:")?;
            writeln!(out)?;
            for line in changes {
                writeln!(out, "- {line}")?;
            }
        }
    }
    let notes: Vec<_> = r.reflections_of(o.id).collect();
    if !notes.is_empty() {
        writeln!(out)?;
        writeln!(out, "Reflections:")?;
        writeln!(out)?;
        for n in notes {
            let topic = match n.topic.as_str() {
                "went-well" => "Went well",
                "went-badly" => "Did not go well",
                "learned" => "Learned",
                _ => "Note",
            };
            writeln!(out, "- {topic} ({}, {}): {}", n.author, n.date, n.text)?;
        }
    }
    Ok(())
}

/// A markdown heading's marks of `level`, or nothing in plain text.
fn heading(md: bool, level: usize) -> String {
    if md {
        "#".repeat(level) + " "
    } else {
        String::new()
    }
}

/// `100 → 50` when the target changed during the cycle, else the target.
fn target(k: &KrReport) -> String {
    let now = kr_target(k.target, k.kind, k.keep, &k.unit);
    match &k.original {
        Some(o) if o.target != k.target => {
            format!("{} → {now}", kr_target(o.target, k.kind, k.keep, &k.unit))
        }
        _ => now,
    }
}

/// One line per change of a key result's measure: what changed, from when, by whom, why.
fn changes(k: &KrReport) -> Vec<String> {
    let mut before: Option<&Revision> = k.original.as_ref();
    let mut lines = Vec::new();
    for c in &k.changes {
        let n = format_number;
        let mut parts = Vec::new();
        if let Some(b) = before {
            for (name, old, new) in [
                ("start", b.start, c.start),
                ("target", b.target, c.target),
                ("weight", b.weight, c.weight),
            ] {
                if old != new {
                    parts.push(format!("{name} {} → {}", n(old), n(new)));
                }
            }
        }
        let why = c
            .reason
            .as_deref()
            .map_or_else(String::new, |r| format!(": {r}"));
        lines.push(format!(
            "{} {} from {} by {}{why}",
            k.id,
            parts.join(", "),
            c.from.map_or_else(String::new, |d| d.to_string()),
            c.author
        ));
        before = Some(c);
    }
    lines
}
