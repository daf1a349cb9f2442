//! `okr objective show` and `okr kr show`: one objective or key result with what hangs
//! off it (key results, check-ins, initiatives, alignment and links).

use std::io::{self, Write};

use super::items::{checkin_grid, kind_label, kr_grid};
use super::text::{kr_target, kr_value, opt, percent};
use super::{Format, Grid, Style, json};
use crate::ops::{KrShow, ObjectiveShow};

pub fn objective(
    out: &mut dyn Write,
    s: &ObjectiveShow,
    format: Format,
    style: Style,
) -> io::Result<()> {
    if format == Format::Json {
        return json(out, s);
    }
    let o = &s.objective;
    writeln!(out, "Objective {}: {}", o.id, o.title)?;
    writeln!(out, "  id        {}", o.uid)?;
    writeln!(out, "  cycle     {}", o.cycle)?;
    writeln!(out, "  level     {} ({})", o.level, o.kind)?;
    writeln!(out, "  owner     {}", o.owner)?;
    writeln!(out, "  state     {}", o.state)?;
    writeln!(out, "  progress  {}", percent(s.progress))?;
    if let Some(d) = &o.description {
        writeln!(out, "  about     {d}")?;
    }
    match &s.parent {
        Some(p) => writeln!(
            out,
            "  aligns to {} {} ({}, {})",
            p.id, p.title, p.level, p.owner
        )?,
        None => writeln!(out, "  aligns to –")?,
    }
    for c in &s.children {
        writeln!(
            out,
            "  supported by {} {} ({}, {})",
            c.id, c.title, c.level, c.owner
        )?;
    }
    let links = [
        ("supports", &s.supports),
        ("supported across by", &s.supported_by),
    ];
    for (how, l) in links
        .iter()
        .flat_map(|(how, ls)| ls.iter().map(move |l| (how, l)))
    {
        writeln!(
            out,
            "  ↔ {how} {} {} ({}, {})",
            l.id, l.title, l.level, l.owner
        )?;
    }
    if let Some(f) = &s.carried_from {
        writeln!(out, "  carried from {} {} ({})", f.from, f.title, f.cycle)?;
    }
    writeln!(out)?;
    if s.key_results.is_empty() {
        writeln!(out, "No key results yet.")?;
    } else {
        kr_grid(&s.key_results, false).write(out, format, style)?;
    }
    if !s.recent_checkins.is_empty() {
        writeln!(out)?;
        writeln!(out, "Recent check-ins")?;
        checkin_grid(&s.recent_checkins).write(out, format, style)?;
    }
    if !s.initiatives.is_empty() {
        writeln!(out)?;
        writeln!(out, "Initiatives")?;
        super::tasks::grid(&s.initiatives, true).write(out, format, style)?;
    }
    Ok(())
}

pub fn kr(out: &mut dyn Write, s: &KrShow, format: Format, style: Style) -> io::Result<()> {
    if format == Format::Json {
        return json(out, s);
    }
    let k = &s.kr;
    writeln!(out, "Key result {}: {}", k.kr.id, k.kr.title)?;
    writeln!(out, "  id         {}", k.kr.uid)?;
    writeln!(out, "  objective  {} {}", s.objective.id, s.objective.title)?;
    writeln!(out, "  owner      {}", k.kr.owner)?;
    writeln!(out, "  kind       {}", kind_label(k))?;
    let (kind, unit) = (k.kr.kind, &k.kr.unit);
    writeln!(out, "  start      {}", kr_value(k.kr.start, kind, unit))?;
    writeln!(
        out,
        "  target     {}",
        kr_target(k.kr.target, kind, k.kr.keep, unit)
    )?;
    writeln!(out, "  current    {}", kr_value(k.current, kind, unit))?;
    writeln!(
        out,
        "  progress   {} (ratio {})",
        percent(Some(k.progress)),
        super::text::ratio(k.ratio)
    )?;
    writeln!(
        out,
        "  weight     {}",
        crate::model::format_number(k.kr.weight)
    )?;
    if let Some(d) = k.kr.due {
        writeln!(out, "  due        {d}")?;
    }
    if !s.initiatives.is_empty() {
        writeln!(out)?;
        writeln!(out, "Initiatives")?;
        super::tasks::grid(&s.initiatives, false).write(out, format, style)?;
    }
    writeln!(out)?;
    if s.checkins.is_empty() {
        return writeln!(out, "No check-ins yet.");
    }
    let mut g = Grid::new(vec!["DATE", "VALUE", "CONF", "AUTHOR", "NOTE"])
        .right(&[1, 2])
        .flex(4, 12)
        .flex(3, 6);
    for c in &s.checkins {
        g.push(vec![
            c.date.to_string().into(),
            kr_value(c.value, k.kr.kind, &k.kr.unit).into(),
            opt(c.confidence).into(),
            c.author.clone().into(),
            c.note.clone().unwrap_or_default().into(),
        ]);
    }
    g.write(out, format, style)
}
