//! `okr score`: scores with bands and verdicts, and `--explain`, the arithmetic.

use std::io::{self, Write};

use super::text::{band_color, score, value};
use super::{Cell, Format, Grid, Narrow, Style, json};
use crate::model::{KrKind, ObjectiveKind, format_number};
use crate::ops::report::{KrReport, ObjectiveReport, Report};

/// Met or missed, once the cycle is over; mid-cycle, where the score stands so far
/// (a provisional score never says "missed").
pub(super) fn verdict(o: &ObjectiveReport, r: &Report) -> &'static str {
    let provisional = r.as_of < r.cycle.end;
    match (o.succeeded, o.kind, provisional) {
        (None, _, _) => "–",
        (Some(true), _, false) => "met",
        (Some(true), _, true) => "met so far",
        (Some(false), ObjectiveKind::Committed, false) => "missed (committed: needs 1.0)",
        (Some(false), ObjectiveKind::Aspirational, false) => "missed (aspirational: needs 0.7)",
        (Some(false), ObjectiveKind::Committed, true) => "below 1.0 so far (committed)",
        (Some(false), ObjectiveKind::Aspirational, true) => "below 0.7 so far (aspirational)",
    }
}

fn when(r: &Report) -> String {
    if r.as_of >= r.cycle.end {
        format!(
            "{} scores (final, the cycle ended {})",
            r.cycle.name, r.cycle.end
        )
    } else {
        format!(
            "{} scores as of {} (provisional: the cycle ends {})",
            r.cycle.name, r.as_of, r.cycle.end
        )
    }
}

pub fn scores(
    out: &mut dyn Write,
    r: &Report,
    format: Format,
    style: Style,
    explain: bool,
) -> io::Result<()> {
    if format == Format::Json {
        return json::report(out, r);
    }
    if explain && matches!(format, Format::Table | Format::Markdown) {
        return explained(out, r);
    }
    if format == Format::Csv {
        return csv(out, r, style);
    }
    if format == Format::Table {
        writeln!(out, "{}", when(r))?;
        writeln!(out)?;
        if r.objectives.is_empty() {
            return writeln!(out, "No objectives in {}.", r.cycle.name);
        }
    }
    let mut g = Grid::new(vec![
        "ID",
        "OBJECTIVE / KEY RESULT",
        "KIND",
        "WEIGHT",
        "COMPUTED",
        "GRADE",
        "SCORE",
        "BAND",
        "VERDICT",
    ])
    .right(&[3, 4, 5, 6])
    .flex(8, 12)
    .flex(1, 24)
    .narrow(&[Narrow::Drop(4), Narrow::Drop(3), Narrow::Drop(2)]);
    let indent = if format == Format::Csv { "" } else { "  " };
    g.push_each(&r.objectives, |g, _, o| {
        g.push(vec![
            o.id.to_string().into(),
            o.title.clone().into(),
            o.kind.as_str().into(),
            "".into(),
            "".into(),
            "".into(),
            o.score.map(score).unwrap_or_else(|| "–".into()).into(),
            o.band
                .map_or_else(|| "–".into(), |b| Cell::colored(b.as_str(), band_color(b))),
            verdict(o, r).into(),
        ]);
        for k in &o.key_results {
            g.push(vec![
                k.id.to_string().into(),
                format!("{indent}{}", k.title).into(),
                k.kind.as_str().into(),
                format_number(k.weight).into(),
                score(k.computed_score).into(),
                match (&k.grade, k.graded_later) {
                    (Some(g), _) => score(g.grade),
                    (None, Some(_)) => "later".into(),
                    (None, None) => String::new(),
                }
                .into(),
                score(k.score).into(),
                Cell::colored(k.band.as_str(), band_color(k.band)),
                grade_note(k).into(),
            ]);
        }
    });
    g.write(out, format, style)
}

/// One row per objective and per key result, for spreadsheets: plain numbers.
fn csv(out: &mut dyn Write, r: &Report, style: Style) -> io::Result<()> {
    use super::text::{exact, figure, figure_opt};
    let mut g = Grid::new(vec![
        "type",
        "id",
        "objective_id",
        "title",
        "kind",
        "weight",
        "computed_score",
        "grade",
        "score",
        "band",
        "verdict",
        "note",
        "graded_later",
    ]);
    for o in &r.objectives {
        g.push(vec![
            "objective".into(),
            o.id.to_string().into(),
            o.id.to_string().into(),
            o.title.clone().into(),
            o.kind.as_str().into(),
            "".into(),
            "".into(),
            "".into(),
            figure_opt(o.score).into(),
            o.band.map_or("", |b| b.as_str()).into(),
            verdict(o, r).into(),
            "".into(),
            "".into(),
        ]);
        for k in &o.key_results {
            g.push(vec![
                "key_result".into(),
                k.id.to_string().into(),
                o.id.to_string().into(),
                k.title.clone().into(),
                k.kind.as_str().into(),
                exact(k.weight).into(),
                figure(k.computed_score).into(),
                k.grade
                    .as_ref()
                    .map(|g| exact(g.grade))
                    .unwrap_or_default()
                    .into(),
                figure(k.score).into(),
                k.band.as_str().into(),
                "".into(),
                k.grade
                    .as_ref()
                    .map(|g| g.note.clone())
                    .unwrap_or_default()
                    .into(),
                k.graded_later
                    .map(|d| d.to_string())
                    .unwrap_or_default()
                    .into(),
            ]);
        }
    }
    g.write(out, Format::Csv, style)
}

/// How each number was reached: values, dates, weights.
fn explained(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    writeln!(out, "{}", when(r))?;
    for o in &r.objectives {
        writeln!(out)?;
        let s = o.score.map(score).unwrap_or_else(|| "–".into());
        writeln!(
            out,
            "{} {} ({}): score {s}, {}, {}",
            o.id,
            o.title,
            o.kind,
            o.band.map_or("–", |b| b.as_str()),
            verdict(o, r)
        )?;
        if o.key_results.is_empty() {
            writeln!(out, "  no key results, so no score")?;
            continue;
        }
        let terms: Vec<String> = o
            .key_results
            .iter()
            .map(|k| format!("{} × {}", format_number(k.weight), score(k.score)))
            .collect();
        let total: f64 = o.key_results.iter().map(|k| k.weight).sum();
        writeln!(
            out,
            "  = ({}) / {} (weighted mean of its key results)",
            terms.join(" + "),
            format_number(total)
        )?;
        for k in &o.key_results {
            writeln!(
                out,
                "  {} {}: {} {}",
                k.id,
                k.title,
                score(k.score),
                k.band.as_str()
            )?;
            for line in kr_lines(k) {
                writeln!(out, "      {line}")?;
            }
        }
    }
    Ok(())
}

fn kr_lines(k: &KrReport) -> Vec<String> {
    let v = |x: f64| value(x, &k.unit);
    let mut lines = Vec::new();
    match k.scored_checkin {
        Some(d) => lines.push(format!(
            "value {} from the check-in of {d} (latest on or before {})",
            v(k.scored_value),
            k.scored_on
        )),
        None => lines.push(format!(
            "no check-in on or before {}: the start value {} counts",
            k.scored_on,
            v(k.start)
        )),
    }
    let computed = score(k.computed_score);
    match k.kind {
        KrKind::Metric => {
            let ratio = crate::progress::ratio(k.start, k.target, k.scored_value);
            let clamp = if (0.0..=1.0).contains(&ratio) {
                String::new()
            } else {
                format!(", clamped to {computed}")
            };
            lines.push(format!(
                "({} − {}) / ({} − {}) = {}{clamp}",
                format_number(k.scored_value),
                format_number(k.start),
                format_number(k.target),
                format_number(k.start),
                super::text::ratio(ratio),
            ));
        }
        KrKind::Boolean => lines.push(format!(
            "milestone {}: {computed}",
            if k.computed_score >= 1.0 {
                "reached"
            } else {
                "not reached"
            }
        )),
        KrKind::Threshold => {
            let side = match k.keep {
                Some(crate::model::Keep::AtMost) => "at most",
                _ => "at least",
            };
            let held = if k.computed_score >= 1.0 {
                "holds"
            } else {
                "does not hold"
            };
            lines.push(format!(
                "threshold {side} {}: {held}, {computed}",
                v(k.target)
            ));
        }
    }
    if let Some(g) = &k.grade {
        lines.push(format!(
            "graded {} by {} on {} (computed {computed} stays for reference): {}",
            score(g.grade),
            g.author,
            g.date,
            g.note
        ));
    }
    if let Some(d) = k.graded_later {
        lines.push(format!(
            "graded by hand on {d}, after this date: the computed score counts here"
        ));
    }
    lines
}

/// The note beside a key result's score: the grade's reason, or that one came later.
fn grade_note(k: &KrReport) -> String {
    match (&k.grade, k.graded_later) {
        (Some(g), _) => g.note.clone(),
        (None, Some(d)) => format!("graded on {d}, after this date"),
        (None, None) => String::new(),
    }
}
