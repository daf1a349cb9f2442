//! `okr report`: the default view (objectives with their key results) and `--tree`.

use std::io::{self, Write};

use super::text::{
    percent, push_bar, push_kr_target, push_kr_value, push_percent, push_sparkline, sparkline,
    status_color,
};
use super::{Cell, Format, Grid, Narrow, RowWriter, Style, json};
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

/// A key result's row of the table, written straight into the grid: there are 50,000
/// of them in an organisation's report.
fn kr_row(mut row: RowWriter, k: &KrReport) {
    row.fmt(format_args!("{}", k.id))
        .fmt(format_args!("  {}", k.title))
        .text(&k.owner)
        .cell_or_short(|s| push_arrow(s, k, false), |s| push_arrow(s, k, true))
        .cell_or_short(
            |s| push_progress(s, k.progress),
            |s| right_percent(s, Some(k.progress)),
        )
        .cell(None, |s| push_percent(s, Some(k.expected)))
        .cell(status_color(k.status), |s| s.push_str(k.status.as_str()));
    match k.confidence {
        Some(c) => row.fmt(format_args!("{c}")),
        None => row.text("–"),
    };
    row.cell(None, |s| push_sparkline(s, &k.weekly))
        .cell(k.stale.then_some(comfy_table::Color::Yellow), |s| {
            s.push_str(&notes(k))
        });
}

/// A percentage right-aligned in four columns, as the progress cell shows it.
fn right_percent(s: &mut String, p: Option<f64>) {
    let from = s.len();
    push_percent(s, p);
    let width = s[from..].chars().count();
    if width < 4 {
        s.insert_str(from, &"    "[..4 - width]);
    }
}

/// `310 teams → 500 teams`, or `310 → 500` where the table is tight; a milestone is
/// `done` or `not done`.
fn arrow(k: &KrReport) -> Cell {
    let (mut full, mut short) = (String::new(), String::new());
    push_arrow(&mut full, k, false);
    if k.kind == KrKind::Boolean {
        return full.into();
    }
    push_arrow(&mut short, k, true);
    Cell::from(full).or_short(short)
}

/// [`arrow`]'s text, written at the end of `s`; `short` drops a unit longer than `%`.
fn push_arrow(s: &mut String, k: &KrReport, short: bool) {
    if k.kind == KrKind::Boolean {
        return push_kr_value(s, k.current, k.kind, "");
    }
    let unit = match k.unit.as_str() {
        "%" | "‰" | "" => &k.unit,
        _ if short => "",
        unit => unit,
    };
    push_kr_value(s, k.current, k.kind, unit);
    s.push_str(" → ");
    push_kr_target(s, k.target, k.kind, k.keep, unit);
    s.push_str(changed_mark(k));
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
        .map(|k| k.id.to_string())
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
        Some(p) => {
            let (mut full, mut short) = (String::new(), String::new());
            push_progress(&mut full, p);
            right_percent(&mut short, Some(p));
            Cell::from(full).or_short(short)
        }
        None => "–".into(),
    }
}

/// [`progress_cell`]'s full text, written at the end of `s`.
fn push_progress(s: &mut String, p: f64) {
    push_bar(s, p, 10);
    s.push(' ');
    right_percent(s, Some(p));
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
        Format::Csv => super::report_csv::csv(out, r),
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
        let title = match o.partial {
            true => format!("{} †", o.title),
            false => o.title.clone(),
        };
        g.push(vec![
            o.id.to_string().into(),
            title.into(),
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
            kr_row(g.row(), k);
        }
    });
    g.write(out, Format::Table, style)?;
    if let Some(note) = changed_note(r) {
        writeln!(out)?;
        writeln!(out, "{note}")?;
    }
    if let Some(note) = partial_note(r) {
        writeln!(out)?;
        writeln!(out, "{note}")?;
    }
    Ok(())
}

/// The note that explains `†`: in an owner's report, another's objective under which
/// the owner has key results.
pub(super) fn partial_note(r: &Report) -> Option<&'static str> {
    r.objectives.iter().any(|o| o.partial).then_some(
        "† another's objective: only the asked owner's key results are listed under it; its figures are the whole objective's",
    )
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
    if let Some(note) = partial_note(r) {
        writeln!(out)?;
        writeln!(out, "{note}")?;
    }
    Ok(())
}

fn objective_section(out: &mut dyn Write, o: &ObjectiveReport) -> io::Result<()> {
    writeln!(out)?;
    let mark = if o.partial { " †" } else { "" };
    writeln!(out, "## {} {}{mark}", o.id, o.title.replace('\n', " "))?;
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
            k.id.to_string().into(),
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
