//! `okr report --format html`: where the cycle stands, to look at. A header with the
//! summary, the groups compared, the week's changes, the alignment tree, then every
//! objective with a burn-up chart per key result.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::svg::{self, Burnup};
use super::{comparison_table, end, escape, mix_legend, start, status, table};
use crate::model::KrKind;
use crate::ops::report::by::Comparison;
use crate::ops::report::{KrReport, ObjectiveReport, Report};
use crate::progress::weekly::Calendar;
use crate::render::text::{delta, kr_target, kr_value, percent};

/// The page of `r`, with its objectives compared by each of `comparisons` (by owner,
/// by level).
pub fn report(out: &mut dyn Write, r: &Report, comparisons: &[Comparison]) -> io::Result<()> {
    start(
        out,
        &format!("OKR report {} as of {}", r.cycle.name, r.as_of),
    )?;
    let mut page = String::new();
    header(&mut page, r);
    for c in comparisons {
        let by = c.by.as_str();
        let _ = writeln!(page, "<section id=\"by-{by}\">\n<h2>By {by}</h2>");
        comparison_table(&mut page, c);
        page.push_str("</section>\n");
    }
    week(&mut page, r);
    tree(&mut page, r);
    let _ = writeln!(page, "<section id=\"objectives\">\n<h2>Objectives</h2>");
    if r.objectives.is_empty() {
        let _ = writeln!(page, "<p>No objectives in {}.</p>", escape(&r.cycle.name));
    }
    out.write_all(page.as_bytes())?;
    // The objectives, most of the page, written as they are made.
    let ends = Calendar::new(&r.cycle, r.as_of).ends().to_vec();
    crate::render::write_each(out, &r.objectives, |buf, _, o| {
        let mut html = String::new();
        objective(&mut html, r, o, &ends);
        buf.extend_from_slice(html.as_bytes());
        Ok(())
    })?;
    out.write_all(b"</section>\n")?;
    end(out, &format!("the check-ins up to {}", r.as_of))
}

fn header(page: &mut String, r: &Report) {
    let s = &r.summary;
    let _ = write!(
        page,
        "<header>\n<h1>OKR report · {}</h1>\n\
         <p class=\"muted\">as of {} · {} to {} · {} of the cycle elapsed · {} weeks left</p>\n\
         <nav><a href=\"#by-owner\">By owner</a><a href=\"#by-level\">By level</a>\
         <a href=\"#week\">This week</a><a href=\"#tree\">Alignment</a>\
         <a href=\"#objectives\">Objectives</a></nav>\n<div class=\"cards\">\n\
         <div class=\"card\"><b>{}</b>objectives</div>\n\
         <div class=\"card\"><b>{}</b>key results</div>\n",
        escape(&r.cycle.name),
        r.as_of,
        r.cycle.start,
        r.cycle.end,
        percent(Some(r.expected)),
        crate::model::format_number((r.remaining_weeks * 10.0).round() / 10.0),
        s.objectives,
        s.key_results,
    );
    let mut meter = String::new();
    let overall = s
        .progress
        .map(|p| crate::progress::status(p, &r.cycle, r.as_of, &r.thresholds));
    svg::meter(
        &mut meter,
        s.progress,
        r.expected,
        overall.map_or("", |s| s.as_str()),
    );
    let _ = writeln!(
        page,
        "<div class=\"card\"><b>{}</b>progress, {} expected<br>{meter}</div>",
        percent(s.progress),
        percent(Some(r.expected))
    );
    let mut mix = String::new();
    svg::mix(&mut mix, &s.mix);
    let stale = match s.mix.stale {
        0 => String::new(),
        n => format!(", {n} stale"),
    };
    let _ = write!(
        page,
        "<div class=\"card\"><b>{} of {}</b>done or on track{stale}<br>{mix}",
        s.mix.done + s.mix.on_track,
        s.key_results
    );
    mix_legend(page);
    page.push_str("</div>\n</div>\n</header>\n");
}

/// What `--week` shows: key results that moved, the check-ins, who did not check in.
fn week(page: &mut String, r: &Report) {
    let w = &r.week;
    let _ = writeln!(
        page,
        "<section id=\"week\">\n<h2>This week: {} ({} to {})</h2>",
        escape(&w.label),
        w.monday,
        w.sunday
    );
    let moved = crate::render::week::moved(r);
    if moved.is_empty() {
        page.push_str("<p>No key result moved.</p>\n");
    } else {
        let rows: Vec<Vec<String>> = moved
            .iter()
            .map(|k| {
                let moved = if k.status == k.status_before {
                    status(Some(k.status))
                } else {
                    format!(
                        "{} → {}",
                        status(Some(k.status_before)),
                        status(Some(k.status))
                    )
                };
                vec![
                    k.id.to_string(),
                    escape(&k.title),
                    escape(&k.owner),
                    percent(Some(k.week_before)),
                    percent(Some(k.progress)),
                    delta(k.week_delta),
                    moved,
                ]
            })
            .collect();
        table(
            page,
            &[
                "KR",
                "Key result",
                "Owner",
                "Before",
                "Now",
                "Change",
                "Status",
            ],
            &[3, 4, 5],
            &rows,
        );
    }
    if let Some(checkins) = &w.checkins {
        let _ = writeln!(page, "<h3>Check-ins this week: {}</h3>", checkins.len());
        let rows: Vec<Vec<String>> = checkins
            .iter()
            .map(|c| {
                let ci = &c.checkin;
                vec![
                    ci.date.to_string(),
                    ci.kr.to_string(),
                    escape(&c.kr_title),
                    escape(&kr_value(ci.value, c.kr_kind, &c.unit)),
                    ci.confidence.map_or_else(|| "–".into(), |x| x.to_string()),
                    escape(&ci.author),
                    escape(ci.note.as_deref().unwrap_or_default()),
                ]
            })
            .collect();
        if !rows.is_empty() {
            table(
                page,
                &[
                    "Date",
                    "KR",
                    "Key result",
                    "Value",
                    "Confidence",
                    "By",
                    "Note",
                ],
                &[3, 4],
                &rows,
            );
        }
    }
    if crate::render::tasks::named_in(r) {
        for (title, tasks) in [
            ("Initiatives done this week", &w.initiatives_done),
            ("Overdue initiatives", &w.initiatives_overdue),
        ] {
            let _ = writeln!(page, "<h3>{title}: {}</h3>", tasks.len());
            let rows: Vec<Vec<String>> = tasks
                .iter()
                .map(|t| {
                    crate::render::tasks::week_row(t)
                        .map(|cell| escape(&cell))
                        .to_vec()
                })
                .collect();
            if !rows.is_empty() {
                table(
                    page,
                    &["ID", "Initiative", "KR", "Owner", "Due", "Done"],
                    &[],
                    &rows,
                );
            }
        }
    }
    page.push_str("<h3>Owners without a check-in this week</h3>\n");
    if w.missing.is_empty() {
        page.push_str("<p>Everyone checked in.</p>\n");
    } else {
        let names: Vec<String> = w.missing.iter().map(|m| escape(m)).collect();
        let _ = writeln!(page, "<p>{}</p>", names.join(", "));
    }
    page.push_str("</section>\n");
}

/// Company → team → personal, each objective with its rolled-up progress.
fn tree(page: &mut String, r: &Report) {
    page.push_str("<section id=\"tree\">\n<h2>Alignment</h2>\n");
    let rows = crate::render::tree::tree_rows(r);
    if rows.is_empty() {
        page.push_str("<p>No objectives.</p>\n");
    }
    page.push_str("<ul class=\"tree\">\n");
    for (depth, o) in rows {
        let mut meter = String::new();
        let st = o.rollup_status.map_or("", |s| s.as_str());
        svg::meter(&mut meter, o.rollup, o.expected, st);
        let _ = writeln!(
            page,
            "<li style=\"margin-left:{}em\"><span class=\"title\"><a href=\"#{id}\"><span class=\"id\">{id}</span></a>{}</span>\
             <span class=\"muted\">{} · {}</span>{meter}<span>{}</span>{}</li>",
            depth.min(12) as f64 * 1.5,
            escape(&o.title),
            o.level,
            escape(&o.owner),
            percent(o.rollup),
            status(o.rollup_status),
            id = o.id,
        );
        for l in &o.supports {
            let _ = writeln!(
                page,
                "<li class=\"link\" style=\"margin-left:{}em\"><span class=\"title\">↔ supports <a href=\"#{id}\"><span class=\"id\">{id}</span></a>{} <span class=\"muted\">({})</span></span></li>",
                depth.min(12) as f64 * 1.5 + 1.5,
                escape(&l.title),
                escape(&l.owner),
                id = l.id,
            );
        }
    }
    page.push_str("</ul>\n</section>\n");
}

/// One objective: its figures, and each key result with its burn-up.
fn objective(html: &mut String, r: &Report, o: &ObjectiveReport, ends: &[chrono::NaiveDate]) {
    let mut meter = String::new();
    svg::meter(
        &mut meter,
        o.progress,
        o.expected,
        o.status.map_or("", |s| s.as_str()),
    );
    let confidence = o.confidence.map_or_else(String::new, |c| {
        format!(
            " · confidence {}",
            crate::model::format_number((c * 10.0).round() / 10.0)
        )
    });
    let _ = write!(
        html,
        "<article class=\"objective\" id=\"{id}\">\n<h3><span class=\"id\">{id}</span>{}</h3>\n\
         <p class=\"meta\">{} · {} · {} · owner {}{confidence}</p>\n\
         <div class=\"progress\">{meter}<span>{} of {} expected</span></div>\n<div class=\"krs\">\n",
        escape(&o.title),
        status(o.status),
        o.level,
        o.kind,
        escape(&o.owner),
        percent(o.progress),
        percent(Some(o.expected)),
        id = o.id,
    );
    for l in &o.supports {
        let _ = writeln!(
            html,
            "<p class=\"meta\">↔ supports <a href=\"#{id}\">{id}</a> {} ({})</p>",
            escape(&l.title),
            escape(&l.owner),
            id = l.id
        );
    }
    if o.key_results.is_empty() {
        html.push_str("<p class=\"muted\">No key results yet.</p>\n");
    }
    for k in &o.key_results {
        kr(html, r, k, ends);
    }
    html.push_str("</div>\n</article>\n");
}

fn kr(html: &mut String, r: &Report, k: &KrReport, ends: &[chrono::NaiveDate]) {
    let now = if k.kind == KrKind::Boolean {
        kr_value(k.current, k.kind, "")
    } else {
        format!(
            "{} → {}",
            kr_value(k.current, k.kind, &k.unit),
            kr_target(k.target, k.kind, k.keep, &k.unit)
        )
    };
    let stale = if k.stale {
        " · <span class=\"at-risk\">stale</span>"
    } else {
        ""
    };
    let _ = write!(
        html,
        "<figure class=\"kr\" id=\"{id}\"><figcaption><span class=\"id\">{id}</span>{}<br>\
         <span class=\"value\">{}</span> · {} · {}{stale}</figcaption>",
        escape(&k.title),
        escape(&now),
        percent(Some(k.progress)),
        status(Some(k.status)),
        id = k.id,
    );
    let value = |v: f64| kr_value(v, k.kind, &k.unit);
    let label = format!(
        "{}: {} of {} expected on {}",
        k.id,
        percent(Some(k.progress)),
        percent(Some(k.expected)),
        r.as_of
    );
    svg::burnup(
        html,
        &Burnup {
            cycle: &r.cycle,
            as_of: r.as_of,
            ends: &ends[..k.weekly.len().min(ends.len())],
            weekly: &k.weekly,
            progress: k.progress,
            projection: k.projection,
            dots: &k.dots,
            value: &value,
            status: k.status.as_str(),
            label: &label,
        },
    );
    if !k.initiatives.is_empty() {
        html.push_str("<ul class=\"tasks\">");
        for t in &k.initiatives {
            let (class, when) = match (t.done, t.is_overdue(r.as_of)) {
                (Some(d), _) => ("task-done", format!("done {d}")),
                (None, true) => (
                    "task-overdue",
                    format!("overdue since {}", t.due.unwrap_or(r.as_of)),
                ),
                (None, false) => (
                    "task-open",
                    t.due.map_or_else(String::new, |d| format!("due {d}")),
                ),
            };
            let when = if when.is_empty() {
                String::new()
            } else {
                format!(" · {when}")
            };
            let _ = write!(
                html,
                "<li class=\"{class}\"><span class=\"id\">{}</span>{} <span class=\"muted\">· {}{when}</span></li>",
                t.id,
                escape(&t.title),
                escape(&t.owner),
            );
        }
        html.push_str("</ul>");
    }
    html.push_str("</figure>\n");
}
