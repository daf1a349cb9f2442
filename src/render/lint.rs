//! Lint findings, for people (like a compiler), for scripts (JSON) and for GitHub
//! Actions (`::error file=…,line=…,col=…::` annotations).

use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::exchange::files::Source;
use crate::smart::{Finding, Severity};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LintFormat {
    Human,
    Json,
    Github,
}

/// Where a finding points, in lines and columns (1-based; columns in characters).
struct Position<'a> {
    path: String,
    line: usize,
    col: usize,
    end_col: usize,
    /// The line of the text that the snippet shows.
    shown_line: usize,
    text: &'a str,
    /// Display columns before the span and of the span, for the underline.
    pad: usize,
    width: usize,
}

fn position<'a>(f: &Finding, sources: &'a [Source]) -> Option<Position<'a>> {
    let at = f.at.as_ref()?;
    let src = sources.get(at.source)?;
    let crate::exchange::files::Pos { line, col } = src.pos(&at.span);
    // Where the snippet shows it: the same, but for a spreadsheet's cell.
    let shown = src.text_pos(&at.span);
    let text = src.line(shown.line);
    let before: String = text.chars().take(shown.col - 1).collect();
    let span_text = src.text.get(at.span.clone()).unwrap_or("");
    let first_line = span_text.lines().next().unwrap_or("");
    Some(Position {
        path: src.path.display().to_string(),
        line,
        col,
        end_col: col
            + if src.is_table() {
                0
            } else {
                first_line.chars().count()
            },
        shown_line: shown.line,
        text,
        pad: before.width(),
        width: first_line.width().max(1),
    })
}

pub fn findings(
    out: &mut dyn Write,
    findings: &[Finding],
    sources: &[Source],
    format: LintFormat,
    color: bool,
) -> io::Result<()> {
    match format {
        LintFormat::Human => human(out, findings, sources, color),
        LintFormat::Json => json(out, findings, sources),
        LintFormat::Github => github(out, findings, sources),
    }
}

fn human(
    out: &mut dyn Write,
    findings: &[Finding],
    sources: &[Source],
    color: bool,
) -> io::Result<()> {
    let paint = |code: &str, s: &str| {
        if color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    for f in findings {
        let head = match f.severity {
            Severity::Error => paint("1;31", "error"),
            Severity::Warning => paint("1;33", "warning"),
            Severity::Note => paint("1;36", "note"),
        };
        writeln!(out, "{head}[{}]: {}", f.rule, f.message)?;
        match position(f, sources) {
            Some(p) => {
                let gutter = p.shown_line.to_string().len();
                let blank = " ".repeat(gutter);
                writeln!(out, "{blank}--> {}:{}:{}", p.path, p.line, p.col)?;
                writeln!(out, "{blank} |")?;
                writeln!(out, "{} | {}", p.shown_line, p.text)?;
                writeln!(
                    out,
                    "{blank} | {}{}",
                    " ".repeat(p.pad),
                    paint("1;31", &"^".repeat(p.width))
                )?;
                if let Some(s) = &f.suggestion {
                    writeln!(out, "{blank} = help: {s}")?;
                }
            }
            None => {
                writeln!(out, "  --> {}", f.subject)?;
                if let Some(s) = &f.suggestion {
                    writeln!(out, "   = help: {s}")?;
                }
            }
        }
        writeln!(out)?;
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    writeln!(
        out,
        "okr lint: {}, {}, {}",
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        plural(count(Severity::Note), "note")
    )
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    severity: Severity,
    message: &'a str,
    suggestion: Option<&'a str>,
    subject: &'a str,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    end_column: Option<usize>,
}

fn json(out: &mut dyn Write, findings: &[Finding], sources: &[Source]) -> io::Result<()> {
    let items: Vec<JsonFinding<'_>> = findings
        .iter()
        .map(|f| {
            let p = position(f, sources);
            JsonFinding {
                rule: f.rule,
                severity: f.severity,
                message: &f.message,
                suggestion: f.suggestion.as_deref(),
                subject: &f.subject,
                file: p.as_ref().map(|p| p.path.clone()),
                line: p.as_ref().map(|p| p.line),
                column: p.as_ref().map(|p| p.col),
                end_column: p.as_ref().map(|p| p.end_col),
            }
        })
        .collect();
    super::json(out, &items)
}

/// GitHub workflow commands: data escaped as `%25`, `%0D`, `%0A`; properties also `:` and `,`.
fn github(out: &mut dyn Write, findings: &[Finding], sources: &[Source]) -> io::Result<()> {
    let data = |s: &str| {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    };
    let prop = |s: &str| data(s).replace(':', "%3A").replace(',', "%2C");
    for f in findings {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let mut message = f.message.clone();
        if let Some(s) = &f.suggestion {
            message.push_str(&format!(" (help: {s})"));
        }
        match position(f, sources) {
            Some(p) => writeln!(
                out,
                "::{level} file={},line={},col={},endColumn={},title={}::{}",
                prop(&p.path),
                p.line,
                p.col,
                p.end_col,
                prop(f.rule),
                data(&message)
            )?,
            None => writeln!(
                out,
                "::{level} title={}::{}: {}",
                prop(f.rule),
                data(&f.subject),
                data(&message)
            )?,
        }
    }
    Ok(())
}
