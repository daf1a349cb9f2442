//! Renderers for the everyday views: cycles, objectives, key results, check-ins.

use std::io::{self, Write};

use super::text::{kr_target, kr_value, opt, percent};
use super::{Format, Grid, Narrow, Style, json};
use crate::ops::cycles::CycleRow;
use crate::ops::{CheckInView, KrView, ObjectiveRow};

pub fn cycles(
    out: &mut dyn Write,
    rows: &[CycleRow],
    format: Format,
    style: Style,
) -> io::Result<()> {
    if format == Format::Json {
        return json(out, rows);
    }
    if format == Format::Csv {
        return super::lists_csv::cycles(rows).write(out, format, style);
    }
    let mut g = Grid::new(vec![
        "CYCLE",
        "START",
        "END",
        "DAYS",
        "ELAPSED",
        "OBJECTIVES",
        "",
    ])
    .right(&[3, 4, 5]);
    for r in rows {
        g.push(vec![
            r.cycle.name.clone().into(),
            r.cycle.start.to_string().into(),
            r.cycle.end.to_string().into(),
            r.days.to_string().into(),
            percent(Some(r.expected)).into(),
            r.objectives.to_string().into(),
            if r.current { "current" } else { "" }.into(),
        ]);
    }
    g.write(out, format, style)
}

pub fn cycle(out: &mut dyn Write, r: &CycleRow, format: Format, style: Style) -> io::Result<()> {
    match format {
        Format::Json => json(out, r),
        Format::Table => {
            writeln!(out, "{} ({})", r.cycle.name, kind_name(r))?;
            writeln!(
                out,
                "  {} .. {}, {} days",
                r.cycle.start, r.cycle.end, r.days
            )?;
            writeln!(out, "  elapsed {}", percent(Some(r.expected)))?;
            writeln!(out, "  objectives {}", r.objectives)
        }
        _ => cycles(out, std::slice::from_ref(r), format, style),
    }
}

pub(super) fn kind_name(r: &CycleRow) -> &'static str {
    match r.cycle.kind {
        crate::model::CycleKind::Quarter => "quarter",
        crate::model::CycleKind::Half => "half",
        crate::model::CycleKind::Year => "year",
        crate::model::CycleKind::Custom => "custom",
    }
}

pub fn objectives(
    out: &mut dyn Write,
    rows: &[ObjectiveRow],
    format: Format,
    style: Style,
) -> io::Result<()> {
    if format == Format::Json {
        return json(out, rows);
    }
    if format == Format::Csv {
        return super::lists_csv::objectives(rows).write(out, format, style);
    }
    let mut g = Grid::new(vec![
        "ID",
        "CYCLE",
        "LEVEL",
        "OWNER",
        "OBJECTIVE",
        "PARENT",
        "KRS",
        "PROGRESS",
        "STATE",
    ])
    .right(&[6, 7])
    .flex(3, 6)
    .flex(4, 20)
    .narrow(&[Narrow::Drop(5), Narrow::Drop(2), Narrow::Drop(1)]);
    for r in rows {
        let o = &r.objective;
        g.push(vec![
            o.id.to_string().into(),
            o.cycle.clone().into(),
            o.level.as_str().into(),
            o.owner.clone().into(),
            o.title.clone().into(),
            opt(o.parent).into(),
            r.key_results.to_string().into(),
            percent(r.progress).into(),
            o.state.as_str().into(),
        ]);
    }
    g.write(out, format, style)
}

pub(super) fn kr_grid(krs: &[KrView], with_objective: bool) -> Grid {
    let mut header = vec!["ID"];
    if with_objective {
        header.push("OBJ");
    }
    header.extend([
        "KEY RESULT",
        "OWNER",
        "KIND",
        "START",
        "CURRENT",
        "TARGET",
        "PROGRESS",
        "CONF",
        "LAST CHECK-IN",
    ]);
    let offset = usize::from(with_objective);
    let g = Grid::new(header)
        .right(&[4 + offset, 5 + offset, 6 + offset, 7 + offset, 8 + offset])
        .flex(2 + offset, 6)
        // Room for four-letter names in the first column at 80 columns.
        .flex(1 + offset, 17);
    let mut steps = vec![
        Narrow::Drop(3 + offset),
        Narrow::Drop(4 + offset),
        Narrow::Drop(9 + offset),
        Narrow::Drop(8 + offset),
    ];
    if with_objective {
        steps.push(Narrow::Drop(1));
    }
    let mut g = g.narrow(&steps);
    for k in krs {
        let mut row = vec![k.kr.id.to_string().into()];
        if with_objective {
            row.push(k.kr.objective.to_string().into());
        }
        row.extend([
            k.kr.title.clone().into(),
            k.kr.owner.clone().into(),
            kind_label(k).into(),
            kr_value(k.kr.start, k.kr.kind, &k.kr.unit).into(),
            kr_value(k.current, k.kr.kind, &k.kr.unit).into(),
            kr_target(k.kr.target, k.kr.kind, k.kr.keep, &k.kr.unit).into(),
            percent(Some(k.progress)).into(),
            opt(k.confidence).into(),
            opt(k.last_checkin).into(),
        ]);
        g.push(row);
    }
    g
}

pub(super) fn kind_label(k: &KrView) -> String {
    match k.kr.keep {
        Some(crate::model::Keep::AtLeast) => "threshold ≥".into(),
        Some(crate::model::Keep::AtMost) => "threshold ≤".into(),
        None => k.kr.kind.to_string(),
    }
}

pub fn krs(out: &mut dyn Write, krs: &[KrView], format: Format, style: Style) -> io::Result<()> {
    match format {
        Format::Json => json(out, krs),
        Format::Csv => super::lists_csv::krs(krs).write(out, format, style),
        _ => kr_grid(krs, true).write(out, format, style),
    }
}

/// Check-ins as rows. Reports label key results `K7` (left-aligned, like their other
/// ids); lists show the bare number, right-aligned.
pub(super) fn checkin_grid(rows: &[CheckInView]) -> Grid {
    let mut g = Grid::new(vec![
        "DATE",
        "KR",
        "KEY RESULT",
        "VALUE",
        "CONF",
        "AUTHOR",
        "NOTE",
    ])
    .right(&[3, 4])
    .flex(6, 12)
    .flex(5, 6)
    .flex(2, 16);
    for c in rows {
        let kr = c.checkin.kr.to_string();
        g.push(vec![
            c.checkin.date.to_string().into(),
            kr.into(),
            c.kr_title.clone().into(),
            kr_value(c.checkin.value, c.kr_kind, &c.unit).into(),
            opt(c.checkin.confidence).into(),
            c.checkin.author.clone().into(),
            c.checkin.note.clone().unwrap_or_default().into(),
        ]);
    }
    g
}

pub fn checkins(
    out: &mut dyn Write,
    rows: &[CheckInView],
    format: Format,
    style: Style,
) -> io::Result<()> {
    if format == Format::Json {
        return json(out, rows);
    }
    if format == Format::Csv {
        return super::lists_csv::checkins(rows).write(out, format, style);
    }
    checkin_grid(rows).write(out, format, style)
}

/// `okr log`: newest first; an undone operation says by which.
pub fn oplog(
    out: &mut dyn Write,
    rows: &[crate::store::oplog::Entry],
    format: Format,
    style: Style,
) -> io::Result<()> {
    if format == Format::Json {
        return json(out, rows);
    }
    if format == Format::Csv {
        let mut g = Grid::new(vec![
            "id",
            "at",
            "user",
            "kind",
            "summary",
            "reason",
            "undoes",
            "undone_by",
        ]);
        for e in rows {
            let id = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
            g.push(vec![
                e.id.to_string().into(),
                e.at.clone().into(),
                e.user.clone().into(),
                e.kind.clone().into(),
                e.summary.clone().into(),
                e.reason.clone().unwrap_or_default().into(),
                id(e.undoes).into(),
                id(e.undone_by).into(),
            ]);
        }
        return g.write(out, format, style);
    }
    let mut g = Grid::new(vec!["#", "WHEN", "WHO", "WHAT", "WHY"])
        .right(&[0])
        .flex(4, 12)
        .flex(3, 24);
    for e in rows {
        let what = match e.undone_by {
            Some(by) => format!("{} (undone by #{by})", e.summary),
            None => e.summary.clone(),
        };
        g.push(vec![
            e.id.to_string().into(),
            e.at.get(..16).unwrap_or(&e.at).to_string().into(),
            e.user.clone().into(),
            what.into(),
            e.reason.clone().unwrap_or_default().into(),
        ]);
    }
    g.write(out, format, style)
}
