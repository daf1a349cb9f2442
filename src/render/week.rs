//! `okr report --week`: the ISO week of the as-of date, the Monday mail.

use std::io::{self, Write};

use super::text::{delta, percent, status_color};
use super::{Cell, Format, Grid, Style, json};
use crate::ops::report::{KrReport, Report};

/// Key results that moved or changed status this week.
pub(super) fn moved(r: &Report) -> Vec<&KrReport> {
    r.objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .filter(|k| k.week_delta.abs() > 1e-12 || k.status != k.status_before)
        .collect()
}

pub fn week(out: &mut dyn Write, r: &Report, format: Format, style: Style) -> io::Result<()> {
    let w = &r.week;
    let md = format == Format::Markdown;
    match format {
        Format::Json => return json::report(out, r),
        Format::Csv => return csv(out, r),
        _ => {}
    }
    let heading = |out: &mut dyn Write, text: &str| -> io::Result<()> {
        writeln!(out)?;
        if md {
            writeln!(out, "## {text}\n")
        } else {
            writeln!(out, "{text}")
        }
    };
    let title = format!(
        "Week {} ({} .. {}) in {}, as of {}",
        w.label, w.monday, w.sunday, r.cycle.name, r.as_of
    );
    if md {
        writeln!(out, "# OKR week: {title}")?;
        writeln!(out)?;
        writeln!(out, "{}  ", super::report::headline(r))?;
        writeln!(out, "{}", super::report::counts(r))?;
    } else {
        writeln!(out, "{title}")?;
        writeln!(out, "{}", super::report::counts(r))?;
    }

    // `okr report --week` always loads the week's check-ins.
    let checkins = w.checkins.as_deref().unwrap_or_default();
    heading(out, &format!("Check-ins this week: {}", checkins.len()))?;
    if !checkins.is_empty() {
        super::items::checkin_grid(checkins).write(out, format, style)?;
    }

    let moved = moved(r);
    heading(out, "Progress this week")?;
    if moved.is_empty() {
        writeln!(out, "No key result moved.")?;
    } else {
        let mut g = Grid::new(vec![
            "KR",
            "KEY RESULT",
            "OWNER",
            "BEFORE",
            "NOW",
            "CHANGE",
            "STATUS",
        ])
        .right(&[3, 4, 5])
        .flex(2, 6)
        .flex(1, 16);
        for k in &moved {
            let status = if k.status == k.status_before {
                Cell::colored(k.status.as_str(), status_color(k.status))
            } else {
                Cell::colored(
                    format!("{} → {}", k.status_before, k.status),
                    status_color(k.status),
                )
            };
            g.push(vec![
                k.id.to_string().into(),
                k.title.clone().into(),
                k.owner.clone().into(),
                percent(Some(k.week_before)).into(),
                percent(Some(k.progress)).into(),
                match k.measure_changed {
                    true => format!("{}*", delta(k.week_delta)),
                    false => delta(k.week_delta),
                }
                .into(),
                status,
            ]);
        }
        g.write(out, format, style)?;
        if moved.iter().any(|k| k.measure_changed) {
            writeln!(out)?;
            writeln!(
                out,
                "{} target changed this week: the change is measured against the new target, not counted as progress",
                if md { "\\*" } else { "*" }
            )?;
        }
    }

    // Initiatives, where the team names them.
    if super::tasks::named_in(r) {
        for (title, tasks, none) in [
            (
                "Initiatives done this week",
                &w.initiatives_done,
                "None done yet.",
            ),
            (
                "Overdue initiatives",
                &w.initiatives_overdue,
                "None overdue.",
            ),
        ] {
            heading(out, title)?;
            if tasks.is_empty() {
                writeln!(out, "{none}")?;
                continue;
            }
            let mut g = Grid::new(super::tasks::WEEK_HEADER.to_vec()).flex(1, 16);
            for t in tasks {
                g.push(super::tasks::week_row(t).map(Into::into).to_vec());
            }
            g.write(out, format, style)?;
        }
    }

    heading(out, "Owners without a check-in this week")?;
    if w.missing.is_empty() {
        writeln!(out, "Everyone checked in.")
    } else {
        writeln!(out, "{}", w.missing.join(", "))
    }
}

/// One row per key result with its week.
fn csv(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    let mut g = Grid::new(vec![
        "week",
        "kr_id",
        "key_result",
        "owner",
        "before",
        "progress",
        "delta",
        "status_before",
        "status",
        "checkins",
    ]);
    let mut counts: std::collections::HashMap<_, usize> = std::collections::HashMap::new();
    for c in r.week.checkins.iter().flatten() {
        *counts.entry(c.checkin.kr).or_default() += 1;
    }
    for k in r.objectives.iter().flat_map(|o| &o.key_results) {
        let n = counts.get(&k.id).copied().unwrap_or_default();
        g.push(vec![
            r.week.label.clone().into(),
            k.id.to_string().into(),
            k.title.clone().into(),
            k.owner.clone().into(),
            super::text::figure(k.week_before).into(),
            super::text::figure(k.progress).into(),
            super::text::figure(k.week_delta).into(),
            k.status_before.as_str().into(),
            k.status.as_str().into(),
            n.to_string().into(),
        ]);
    }
    g.write(out, Format::Csv, Style::default())
}
