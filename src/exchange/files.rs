//! Reading team files into typed entries that remember where each value stood, so that
//! every complaint can name `file:line:col`.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use crate::{Error, Result};

/// A position in a file, 1-based, columns in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// A file's text and name, for turning spans into positions and errors.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
    /// Byte offset of each line's start, built on first use: positions are then a
    /// binary search, not a scan, however many findings a large file has.
    lines: std::sync::OnceLock<Vec<usize>>,
    /// For a spreadsheet (CSV), where each cell starts, with its row and column: a
    /// position is then a row and a column, as a spreadsheet shows them.
    cells: Option<Vec<Cell>>,
}

/// Where a spreadsheet's cell starts in the text, and its 1-based row and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub at: usize,
    pub row: usize,
    pub col: usize,
}

impl Source {
    pub fn new(path: PathBuf, text: String) -> Source {
        Source {
            path,
            text,
            lines: std::sync::OnceLock::new(),
            cells: None,
        }
    }

    /// A spreadsheet's text, its cells in the order they stand in it.
    pub fn table(path: PathBuf, text: String, cells: Vec<Cell>) -> Source {
        Source {
            cells: Some(cells),
            ..Source::new(path, text)
        }
    }

    /// Whether it is a spreadsheet: it states only what its columns hold.
    pub fn is_table(&self) -> bool {
        self.cells.is_some()
    }

    fn line_starts(&self) -> &[usize] {
        self.lines.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// The 1-based line and character column of a span's start; in a spreadsheet, its
    /// cell's row and column.
    pub fn pos(&self, span: &std::ops::Range<usize>) -> Pos {
        match &self.cells {
            Some(cells) => {
                let i = cells.partition_point(|c| c.at <= span.start);
                cells
                    .get(i.saturating_sub(1))
                    .map_or(Pos { line: 1, col: 1 }, |c| Pos {
                        line: c.row,
                        col: c.col,
                    })
            }
            None => self.text_pos(span),
        }
    }

    /// The 1-based line and character column of a span's start in the text (in a
    /// spreadsheet too: where a snippet shows it).
    pub fn text_pos(&self, span: &std::ops::Range<usize>) -> Pos {
        let starts = self.line_starts();
        let offset = span.start.min(self.text.len());
        let line = starts.partition_point(|&s| s <= offset).max(1);
        let start = starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |t| t.chars().count())
            + 1;
        Pos { line, col }
    }

    /// The text of a 1-based line, without its line break.
    pub fn line(&self, line: usize) -> &str {
        let starts = self.line_starts();
        let Some(&start) = starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = starts.get(line).map_or(self.text.len(), |e| e - 1);
        self.text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches('\r')
    }

    /// `path:line:col: message`.
    pub fn error(&self, span: &std::ops::Range<usize>, message: impl std::fmt::Display) -> Error {
        let p = self.pos(span);
        Error::invalid(format!(
            "{}:{}:{}: {message}",
            self.path.display(),
            p.line,
            p.col
        ))
    }

    /// Like [`Source::error`], with a `hint:` line.
    pub fn error_with_hint(
        &self,
        span: &std::ops::Range<usize>,
        message: impl std::fmt::Display,
        hint: impl Into<String>,
    ) -> Error {
        match self.error(span, message) {
            Error::Invalid { message, .. } => Error::invalid_with_hint(message, hint),
            other => other,
        }
    }
}

pub use super::entries::*;

/// One parsed team file.
#[derive(Debug, Clone)]
pub enum TeamFile {
    Objectives(Source, ObjectivesFile),
    Checkins(Source, CheckinsFile),
}

impl TeamFile {
    pub fn source(&self) -> &Source {
        match self {
            TeamFile::Objectives(s, _) | TeamFile::Checkins(s, _) => s,
        }
    }
}

/// Reads and parses one file: a check-in file has an `author`, a spreadsheet (`.csv`)
/// holds objectives and key results, anything else is read as an objectives file.
/// Errors name `file:line:col` (`file:row:column` in a spreadsheet).
pub fn parse_file(path: &Path) -> Result<TeamFile> {
    if super::sheet::is_sheet(path) {
        let bytes = std::fs::read(path).map_err(Error::io("read", path))?;
        return super::sheet::parse(path, &bytes);
    }
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        action: "read",
        path: path.to_path_buf(),
        source,
    })?;
    parse_text(path, text)
}

pub fn parse_text(path: &Path, text: String) -> Result<TeamFile> {
    if let Some(line) = super::merge::marker_line(&text) {
        return Err(super::merge::conflicted(path, &text, line));
    }
    let src = Source::new(path.to_path_buf(), text);
    let bad = |e: toml::de::Error| {
        let span = e.span().unwrap_or(0..0);
        src.error(
            &span,
            e.message().trim_end_matches('\n').replace('\n', "; "),
        )
    };
    let format_ok = |f: &Option<Spanned<i64>>| -> Result<()> {
        match f {
            Some(v) if !(1..=super::FORMAT).contains(v.get_ref()) => Err(src.error_with_hint(
                &v.span(),
                format!(
                    "format {} is not one this okr reads (it reads formats 1 to {})",
                    v.get_ref(),
                    super::FORMAT
                ),
                "a newer okr wrote this file: upgrade okr to read it",
            )),
            _ => Ok(()),
        }
    };
    if is_checkins(&src.text) {
        // The lines okr writes, read fast; anything else, by the TOML parser.
        let file = match super::lines::checkins(&src.text) {
            Some(file) => file,
            None => toml::from_str(&src.text).map_err(bad)?,
        };
        format_ok(&file.format)?;
        Ok(TeamFile::Checkins(src, file))
    } else {
        let file: ObjectivesFile = toml::from_str(&src.text).map_err(bad)?;
        format_ok(&file.format)?;
        Ok(TeamFile::Objectives(src, file))
    }
}

/// The top of a check-in file: whose it is and which cycle it names.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CheckinsHeader {
    pub author: String,
    pub cycle: Option<String>,
}

/// Whose a check-in file is, from its [`read_head`]: `None` when the head names no
/// author (an objectives file).
pub fn checkins_header(head: &str) -> Option<CheckinsHeader> {
    toml::from_str::<CheckinsHeader>(head).ok()
}

/// The top of a file: its lines up to the first table header or array of entries.
/// Enough to tell a check-in file and whose it is, without reading its check-ins.
pub fn read_head(path: &Path) -> Result<String> {
    use std::io::BufRead;
    let file = std::fs::File::open(path).map_err(Error::io("read", path))?;
    let mut reader = std::io::BufReader::new(file);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        let n = reader
            .read_line(&mut line)
            .map_err(Error::io("read", path))?;
        if n == 0 || ends_head(&line) {
            return Ok(head);
        }
        head.push_str(&line);
    }
}

/// [`read_head`] of a text already read.
pub fn head_of(text: &str) -> &str {
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        if ends_head(line) {
            break;
        }
        end += line.len();
    }
    &text[..end]
}

/// A table, or an array of entries (`checkin = [`): the head is over.
fn ends_head(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('[') || t.ends_with("= [")
}

/// Whether a file is a check-in file: an `author` key before the first table, or
/// `[[checkin]]` or `[[reflection]]` tables and no `[[objective]]`. Decided without parsing, so that a
/// large file is parsed once.
pub fn is_checkins(text: &str) -> bool {
    match decides(text) {
        Ok(yes) => yes,
        Err(checkins) => checkins,
    }
}

/// [`is_checkins`] from the start of a file: `Ok` when that start decides it, else
/// `Err` with what it says so far (the rest of the file may still decide).
pub(crate) fn decides(text: &str) -> std::result::Result<bool, bool> {
    let mut top = true;
    let mut checkins = false;
    for line in text.lines().map(str::trim_start) {
        if line.starts_with("[[objective]]") {
            return Ok(false);
        }
        checkins |= line.starts_with("[[checkin]]") || line.starts_with("[[reflection]]");
        if line.starts_with('[') {
            top = false;
        } else if top && (line.starts_with("author ") || line.starts_with("author=")) {
            return Ok(true);
        }
    }
    Err(checkins)
}

/// A TOML date (no time) as a `NaiveDate`.
pub fn date_of(src: &Source, d: &Spanned<toml::value::Datetime>) -> Result<NaiveDate> {
    let dt = d.get_ref();
    match (dt.date, dt.time) {
        (Some(date), None) => {
            NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
                .ok_or_else(|| src.error(&d.span(), format!("`{dt}` is not a date")))
        }
        _ => Err(src.error(
            &d.span(),
            format!("expected a date like 2026-11-20, not `{dt}`"),
        )),
    }
}

/// Every `.toml` file under `path` (or `path` itself), sorted, skipping the team's own
/// `okr.toml` at the top.
///
/// The folder's contents are other people's commits: a linked folder is never walked
/// into (so a link loop cannot make the walk endless), a linked file is read only when
/// it stays inside `path` (and only once), and a link that leads outside is refused.
/// A path the user names directly is read as named.
pub fn collect(path: &Path) -> Result<Vec<PathBuf>> {
    let io = Error::io;
    let meta = std::fs::metadata(path).map_err(io("read", path))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let root = std::fs::canonicalize(path).map_err(io("read", path))?;
    let mut out = Vec::new();
    let mut links = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(io("read the folder", &dir))?;
        for entry in entries {
            let entry = entry.map_err(io("read the folder", &dir))?;
            let p = entry.path();
            let name = entry.file_name();
            let hidden = name.to_str().is_some_and(|n| n.starts_with('.'));
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if hidden {
                continue;
            }
            if kind.is_dir() {
                stack.push(p);
                continue;
            }
            let toml = p.extension().is_some_and(|e| e == "toml");
            let marker = dir == path && name == super::team::MARKER;
            if !toml || marker {
                continue;
            }
            if kind.is_file() {
                out.push(p);
            } else if kind.is_symlink() {
                let target = std::fs::canonicalize(&p).map_err(io("follow the link", &p))?;
                if !target.starts_with(&root) {
                    return Err(Error::invalid_with_hint(
                        format!(
                            "`{}` is a link to `{}`, outside `{}`; okr does not read files outside the team folder",
                            p.display(),
                            target.display(),
                            path.display()
                        ),
                        "replace the link with the file itself, or remove it",
                    ));
                }
                if target.is_file() {
                    links.push((p, target));
                }
            }
        }
    }
    // A link to a file that is read anyway would hold every entry twice.
    let regular: std::collections::HashSet<PathBuf> = out
        .iter()
        .filter_map(|p| p.strip_prefix(path).ok().map(|rel| root.join(rel)))
        .collect();
    let mut targets = std::collections::HashSet::new();
    for (link, target) in links {
        if !regular.contains(&target) && targets.insert(target) {
            out.push(link);
        }
    }
    out.sort();
    Ok(out)
}
