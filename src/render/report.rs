//! `okr report`: the default view (objectives with their key results) and `--tree`.

use std::io::{self, Write};

use super::text::{bar, kr_target, kr_value, percent, sparkline, status_color};
use super::{Cell, Format, Grid, Narrow, Style, json};
use crate::model::{KrKind, format_number};
use crate::ops::report::{KrReport, ObjectiveReport, Report};

/// One line on where the cycle stands.
pub(super) fn headline(r: &Report) -> String {
    format!(
        "{} · as of {} · {} of the cycle elapsed · {} weeks left",
        r.cycle.name,
        r.as_of,
        percent(Some(r.expected)),
        format_number((r.remaining_weeks * 10.0).round() / 10.0)
    )
}

pub(super) fn counts(r: &Report) -> String {
    let s = &r.summary;
    let mut parts = vec![format!(
        "{} objectives, {} key results",
        s.objectives, s.key_results
    )];
    let m = &s.mix;
    let by: Vec<String> = [
        (m.done, "done"),
        (m.on_track, "on-track"),
        (m.at_risk, "at-risk"),
        (m.off_track, "off-track"),
        (m.not_started, "not-started"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, name)| format!("{n} {name}"))
    .collect();
    if !by.is_empty() {
        parts.push(by.join(", "));
    }
    if m.stale > 0 {
        parts.push(format!("{} stale", m.stale));
    }
    parts.join(" · ")
}

/// `310 teams → 500 teams`, or `310 → 500` where the table is tight; a milestone is
/// `done` or `not done`.
fn arrow(k: &KrReport) -> Cell {
    if k.kind == KrKind::Boolean {
        return kr_value(k.current, k.kind, "").into();
    }
    let full = format!(
        "{} → {}",
        kr_value(k.current, k.kind, &k.unit),
        kr_target(k.target, k.kind, k.keep, &k.unit)
    );
    let short = match k.unit.as_str() {
        "%" | "‰" | "" => full.clone(),
        _ => format!(
            "{} → {}",
            format_number(k.current),
            kr_target(k.target, k.kind, k.keep, "")
        ),
    };
    let mark = changed_mark(k);
    Cell::from(format!("{full}{mark}")).or_short(format!("{short}{mark}"))
}

/// What the last column says of a key result: `stale`, and how many of its
/// initiatives are done (`tasks 1/3`).
fn notes(k: &KrReport) -> String {
    let mut parts = Vec::new();
    if k.stale {
        parts.push("stale".to_string());
    }
    if !k.initiatives.is_empty() {
        let done = k.initiatives.iter().filter(|t| !t.is_open()).count();
        parts.push(format!("tasks {done}/{}", k.initiatives.len()));
    }
    parts.join(" · ")
}

/// `*` after a target that changed during the cycle (explained under the table).
fn changed_mark(k: &KrReport) -> &'static str {
    if k.changes.is_empty() { "" } else { "*" }
}

/// The note that explains `*`, when a key result carries it.
pub(super) fn changed_note(r: &Report) -> Option<String> {
    let changed: Vec<String> = r
        .objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .filter(|k| !k.changes.is_empty())
        .map(|k| format!("K{}", k.id))
        .collect();
    (!changed.is_empty()).then(|| {
        format!(
            "* target changed during the cycle ({}): `okr log --kr ID` says who changed it and why",
            changed.join(", ")
        )
    })
}

/// `███░░░░░░░  28%`, or ` 28%` where the table is tight.
pub(super) fn progress_cell(p: Option<f64>) -> Cell {
    match p {
        Some(p) => Cell::from(format!("{} {:>4}", bar(p, 10), percent(Some(p))))
            .or_short(format!("{:>4}", percent(Some(p)))),
        None => "–".into(),
    }
}

pub(super) fn status_cell(s: Option<crate::progress::Status>) -> Cell {
    match s {
        Some(s) => Cell::colored(s.as_str(), status_color(s)),
        None => "–".into(),
    }
}

pub fn report(out: &mut dyn Write, r: &Report, format: Format, style: Style) -> io::Result<()> {
    match format {
        Format::Json => json::report(out, r),
        Format::Html => {
            use crate::ops::report::by::{By, compare};
            super::html::report(out, r, &[compare(r, By::Owner), compare(r, By::Level)])
        }
        Format::Csv => csv(out, r),
        Format::Markdown => markdown(out, r),
        Format::Table => table(out, r, style),
    }
}

fn table(out: &mut dyn Write, r: &Report, style: Style) -> io::Result<()> {
    writeln!(out, "{}", headline(r))?;
    writeln!(out, "{}", counts(r))?;
    writeln!(out)?;
    if r.objectives.is_empty() {
        return writeln!(out, "No objectives in {}.", r.cycle.name);
    }
    let mut g = Grid::new(vec![
        "ID",
        "OBJECTIVE / KEY RESULT",
        "OWNER",
        "CURRENT → TARGET",
        "PROGRESS",
        "EXPECTED",
        "STATUS",
        "CONF",
        "WEEKS",
        "",
    ])
    .right(&[5, 7])
    .flex(2, 6)
    .flex(1, 24)
    .narrow(&[
        Narrow::Drop(8),
        Narrow::Short(4),
        Narrow::Drop(5),
        Narrow::Short(3),
        Narrow::Drop(7),
        Narrow::Drop(2),
    ]);
    g.push_each(&r.objectives, |g, i, o| {
        if i > 0 {
            g.push(vec![]);
        }
        g.push(vec![
            format!("O{}", o.id).into(),
            o.title.clone().into(),
            o.owner.clone().into(),
            Cell::from(format!("{} · {}", o.level, o.kind)).or_short(o.level.as_str()),
            progress_cell(o.progress),
            percent(Some(o.expected)).into(),
            status_cell(o.status),
            o.confidence
                .map(|c| format!("{c:.1}"))
                .unwrap_or_else(|| "–".into())
                .into(),
            "".into(),
            "".into(),
        ]);
        for k in &o.key_results {
            g.push(vec![
                format!("K{}", k.id).into(),
                format!("  {}", k.title).into(),
                k.owner.clone().into(),
                arrow(k),
                progress_cell(Some(k.progress)),
                percent(Some(k.expected)).into(),
                status_cell(Some(k.status)),
                k.confidence
                    .map_or_else(|| "–".into(), |c| c.to_string())
                    .into(),
                sparkline(&k.weekly).into(),
                Cell::colored(notes(k), k.stale.then_some(comfy_table::Color::Yellow)),
            ]);
        }
    });
    g.write(out, Format::Table, style)?;
    if let Some(note) = changed_note(r) {
        writeln!(out)?;
        writeln!(out, "{note}")?;
    }
    Ok(())
}

fn markdown(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    writeln!(out, "# OKR report: {}", r.cycle.name)?;
    writeln!(out)?;
    writeln!(out, "{}  ", headline(r))?;
    writeln!(out, "{}", counts(r))?;
    if r.objectives.is_empty() {
        writeln!(out)?;
        return writeln!(out, "No objectives in {}.", r.cycle.name);
    }
    super::write_each(out, &r.objectives, |out, _, o| objective_section(out, o))?;
    if let Some(note) = changed_note(r) {
        writeln!(out)?;
        writeln!(out, "{}", note.replacen('*', "\\*", 1))?;
    }
    Ok(())
}

fn objective_section(out: &mut dyn Write, o: &ObjectiveReport) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "## O{} {}", o.id, o.title.replace('\n', " "))?;
    writeln!(out)?;
    let mut facts = vec![
        format!("{} objective", o.level),
        format!("owner {}", o.owner),
        o.kind.to_string(),
    ];
    facts.push(format!(
        "progress **{}** (expected {})",
        percent(o.progress),
        percent(Some(o.expected))
    ));
    if let Some(s) = o.status {
        facts.push(format!("**{s}**"));
    }
    if let Some(c) = o.confidence {
        facts.push(format!("confidence {c:.1}"));
    }
    writeln!(out, "{}", facts.join(" · "))?;
    writeln!(out)?;
    if o.key_results.is_empty() {
        return writeln!(out, "No key results yet.");
    }
    let mut g = Grid::new(vec![
        "KR",
        "Key result",
        "Owner",
        "Current → target",
        "Progress",
        "Status",
        "Confidence",
        "Weeks",
        "Stale",
    ]);
    for k in &o.key_results {
        g.push(vec![
            format!("K{}", k.id).into(),
            k.title.clone().into(),
            k.owner.clone().into(),
            arrow(k),
            percent(Some(k.progress)).into(),
            k.status.as_str().into(),
            k.confidence
                .map_or_else(|| "–".into(), |c| c.to_string())
                .into(),
            sparkline(&k.weekly).into(),
            if k.stale { "stale" } else { "" }.into(),
        ]);
    }
    g.write(out, Format::Markdown, Style::default())
}

const CSV_HEADER: &[&str] = &[
    "cycle",
    "as_of",
    "objective_id",
    "objective",
    "kr_id",
    "key_result",
    "owner",
    "level",
    "kind",
    "start",
    "target",
    "current",
    "unit",
    "weight",
    "ratio",
    "progress",
    "expected",
    "status",
    "confidence",
    "velocity",
    "projection",
    "required_pace",
    "stale",
    "last_checkin",
    "score",
    "band",
];

/// One row per key result; numbers unrounded so that spreadsheets can compute. Written
/// as it goes: a report of 50,000 key results is never held as text.
fn csv(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    let mut csv = super::Csv::new(out);
    for h in CSV_HEADER {
        csv.field(h)?;
    }
    csv.end()?;
    let as_of = r.as_of.to_string();
    super::write_each(out, &r.objectives, |out, _, o| {
        let mut csv = super::Csv::new(out);
        let objective_id = o.id.to_string();
        for k in &o.key_results {
            csv.field(&r.cycle.name)?;
            csv.field(&as_of)?;
            csv.field(&objective_id)?;
            csv.field(&o.title)?;
            csv.show(k.id)?;
            csv.field(&k.title)?;
            csv.field(&k.owner)?;
            csv.field(k.level.as_str())?;
            csv.field(k.kind.as_str())?;
            for v in [k.start, k.target, k.current] {
                csv.show(v + 0.0)?;
            }
            csv.field(&k.unit)?;
            csv.show(k.weight + 0.0)?;
            for v in [k.ratio, k.progress, k.expected] {
                figure(&mut csv, Some(v))?;
            }
            csv.field(k.status.as_str())?;
            match k.confidence {
                Some(c) => csv.show(c)?,
                None => csv.field("")?,
            }
            for v in [k.velocity, k.projection, k.required_pace] {
                figure(&mut csv, v)?;
            }
            csv.show(k.stale)?;
            match k.last_checkin {
                Some(d) => csv.show(d)?,
                None => csv.field("")?,
            }
            figure(&mut csv, Some(k.score))?;
            csv.field(k.band.as_str())?;
            csv.end()?;
        }
        Ok(())
    })
}

/// A computed figure, rounded to 9 decimals ([`crate::model::figure`]); empty if none.
fn figure(csv: &mut super::Csv<'_>, v: Option<f64>) -> io::Result<()> {
    match v {
        Some(v) => csv.show(crate::model::figure(v) + 0.0),
        None => csv.field(""),
    }
}
