//! `--format html`: one self-contained page for people who do not live in a terminal
//! (leaders, other departments, the all-hands): inline CSS and SVG, no script, and
//! nothing fetched from anywhere, so it reads offline and when mailed, follows the
//! system's light or dark setting, and prints on A4.
//!
//! Everything a page shows of the data is text that came from someone's team file:
//! it is escaped ([`escape`]) and can never be markup. The same data and as-of date
//! give the same bytes: nothing on the page depends on the clock or the machine.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::ops::report::by::{By, Comparison};
use crate::ops::trend::Trend;
use crate::render::terminal::neutralise;
use crate::render::text::{percent, score};

mod report;
mod svg;

pub use report::report;

const CSS: &str = include_str!("page.css");

/// `text` fit to stand in HTML text or a quoted attribute: `&`, `<`, `>`, `"` and `'`
/// as entities, and control and invisible characters (an escape sequence, a bidi
/// override that would make a title read backwards) shown as `\u{…}`, as the terminal
/// shows them.
pub fn escape(text: &str) -> String {
    let text = neutralise(text, false);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page's head and the start of its body.
fn start(out: &mut dyn Write, title: &str) -> io::Result<()> {
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <meta name=\"generator\" content=\"okr\">\n\
         <title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
        escape(title)
    )
}

/// The end of the page: what made it, from what.
fn end(out: &mut dyn Write, from: &str) -> io::Result<()> {
    write!(
        out,
        "<footer>Made by okr from {}.</footer>\n</body>\n</html>\n",
        escape(from)
    )
}

/// A table of cells already escaped; `numeric` columns are aligned right.
fn table(out: &mut String, header: &[&str], numeric: &[usize], rows: &[Vec<String>]) {
    out.push_str("<table>\n<thead><tr>");
    for (i, h) in header.iter().enumerate() {
        let class = if numeric.contains(&i) {
            " class=\"num\""
        } else {
            ""
        };
        let _ = write!(out, "<th{class}>{}</th>", escape(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let class = if numeric.contains(&i) {
                " class=\"num\""
            } else {
                ""
            };
            let _ = write!(out, "<td{class}>{cell}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A status as a coloured word: `<span class="status at-risk">at-risk</span>`.
fn status(s: Option<crate::progress::Status>) -> String {
    match s {
        Some(s) => format!("<span class=\"status {s}\">{s}</span>"),
        None => "–".into(),
    }
}

/// The legend of the status colours of [`svg::mix`].
fn mix_legend(out: &mut String) {
    out.push_str("<div class=\"legend\">");
    for name in ["done", "on-track", "at-risk", "off-track", "not-started"] {
        let _ = write!(out, "<span class=\"{name}\">{name}</span>");
    }
    out.push_str("</div>\n");
}

/// The rows of a comparison: per group, its counts, its progress against the
/// expected pace as a bar, and its key results by status as a stacked bar.
fn comparison_table(out: &mut String, c: &Comparison) {
    let rows: Vec<Vec<String>> = c
        .groups
        .iter()
        .map(|g| {
            let mut meter = String::new();
            svg::meter(
                &mut meter,
                g.progress,
                g.expected,
                g.status.map_or("", |s| s.as_str()),
            );
            let mut mix = String::new();
            svg::mix(&mut mix, &g.mix);
            vec![
                escape(&g.name),
                g.objectives.to_string(),
                g.key_results.to_string(),
                format!("{meter} {}", percent(g.progress)),
                mix,
                status(g.status),
            ]
        })
        .collect();
    let name = match c.by {
        By::Owner => "Owner",
        By::Level => "Level",
    };
    table(
        out,
        &[
            name,
            "Objectives",
            "Key results",
            "Progress",
            "Key results by status",
            "Status",
        ],
        &[1, 2],
        &rows,
    );
    mix_legend(out);
}

/// `okr report --by owner|level --format html`: the groups side by side.
pub fn comparison(out: &mut dyn Write, c: &Comparison) -> io::Result<()> {
    let by = c.by.as_str();
    start(out, &format!("OKR {} by {by}", c.cycle.name))?;
    let mut page = String::new();
    let _ = write!(
        page,
        "<header>\n<h1>{} by {by}</h1>\n<p class=\"muted\">as of {} · {} of the cycle elapsed (the tick on each bar)</p>\n</header>\n",
        escape(&c.cycle.name),
        c.as_of,
        percent(Some(c.expected)),
    );
    comparison_table(&mut page, c);
    out.write_all(page.as_bytes())?;
    end(out, &format!("the check-ins up to {}", c.as_of))
}

/// `okr trend --format html`: scores per cycle as lines, and as a table.
pub fn trend(out: &mut dyn Write, t: &Trend) -> io::Result<()> {
    let labels: Vec<String> = t.cycles.iter().map(|c| c.cycle.name.clone()).collect();
    let span = match (labels.first(), labels.last()) {
        (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
        (Some(a), _) => a.clone(),
        _ => "no cycles".into(),
    };
    start(out, &format!("OKR scores, {span}"))?;
    let mut page = String::new();
    let by =
        t.by.map_or_else(String::new, |b| format!(" by {}", b.as_str()));
    let _ = write!(page, "<header>\n<h1>Scores{by}, {}</h1>\n", escape(&span));
    let provisional = t.cycles.last().is_some_and(|c| !c.is_final);
    if provisional {
        page.push_str(
            "<p class=\"muted\">The last cycle is still running: its scores (hollow points) are provisional.</p>\n",
        );
    }
    page.push_str("</header>\n");
    if t.cycles.is_empty() {
        page.push_str("<p>No cycles with objectives in this range.</p>\n");
    } else {
        let series: Vec<&[Option<f64>]> = t.groups.iter().map(|g| g.scores.as_slice()).collect();
        svg::lines(&mut page, &labels, &series, provisional);
        page.push_str("<div class=\"legend\">");
        for (i, g) in t.groups.iter().enumerate() {
            let _ = write!(
                page,
                "<span class=\"s{}\">{}</span>",
                i % 8,
                escape(&g.name)
            );
        }
        page.push_str("</div>\n");
        let mut header: Vec<&str> = vec![match t.by {
            Some(By::Owner) => "Owner",
            Some(By::Level) => "Level",
            None => "",
        }];
        header.extend(labels.iter().map(String::as_str));
        let rows: Vec<Vec<String>> = t
            .groups
            .iter()
            .map(|g| {
                std::iter::once(escape(&g.name))
                    .chain(g.scores.iter().map(|s| s.map_or_else(|| "–".into(), score)))
                    .collect()
            })
            .collect();
        let numeric: Vec<usize> = (1..=labels.len()).collect();
        table(&mut page, &header, &numeric, &rows);
    }
    out.write_all(page.as_bytes())?;
    let upto = t
        .cycles
        .last()
        .map_or_else(String::new, |c| format!(" up to {}", c.as_of));
    end(out, &format!("each cycle's scores{upto}"))
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn a_title_is_text_never_markup() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(escape("客户满意度 ≥ 90%"), "客户满意度 ≥ 90%");
        // A bidi override and an escape sequence are shown, not obeyed.
        assert_eq!(escape("a\u{202e}b\u{1b}[2J"), "a\\u{202e}b\\u{1b}[2J");
    }
}
