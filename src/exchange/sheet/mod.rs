//! OKRs as a spreadsheet (CSV): one row per key result, as most teams start.
//!
//! A spreadsheet is read into the same entries as an objectives file, and imported by
//! the same rules (idempotent, all or nothing, matched by title). What it cannot say (an
//! objective's kind, state and description; a key result's history, initiatives and
//! source; `keep` and `due` when a cell is blank) keeps the database's value. Positions
//! in errors are `file:row:column`, counted as the spreadsheet shows them (the header
//! is row 1).
//!
//! Rows of one objective share its cycle and title. A blank cycle or objective is the
//! row above's (as merged cells are saved); a row without a key result states only its
//! objective. An objective's owner is its first row's; another owner on a later row
//! owns that row's key result.

pub mod columns;
mod read;
mod text;
mod write;

use std::path::Path;

pub use columns::{Col, Lang};
pub use text::Encoding;
pub use write::{Row, write};

use super::files::{Cell, Source, TeamFile};
use crate::{Error, Result};
use text::Field;

/// How a spreadsheet is stored and spelled: what an export keeps of the file it
/// replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Form {
    pub encoding: Encoding,
    pub sep: char,
    pub lang: Lang,
}

impl Default for Form {
    fn default() -> Form {
        Form {
            encoding: Encoding::Utf8,
            sep: ',',
            lang: Lang::En,
        }
    }
}

impl Form {
    /// The form of an existing spreadsheet; `None` when it is not one okr can read.
    pub fn of(bytes: &[u8]) -> Option<Form> {
        let (text, encoding) = text::decode(bytes)?;
        let sep = text::separator(&text);
        let records = text::records(&text, sep).ok()?;
        let (_, header) = header_row(&records)?;
        let lang = header
            .iter()
            .find_map(|f| Col::of_header(&f.text))
            .map_or(Lang::En, |(_, l)| l);
        Some(Form {
            encoding,
            sep,
            lang,
        })
    }
}

/// Whether a path names a spreadsheet: `.csv` or `.tsv`, in any case.
pub fn is_sheet(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("tsv"))
}

/// The header: the first of the first ten rows that names two columns okr knows (rows
/// above it are a title), with its index.
fn header_row(records: &[Vec<Field>]) -> Option<(usize, &[Field])> {
    records.iter().take(10).enumerate().find_map(|(i, r)| {
        let known = r
            .iter()
            .filter(|f| Col::of_header(&f.text).is_some())
            .count();
        (known >= 2).then_some((i, r.as_slice()))
    })
}

/// Reads a spreadsheet's bytes into an objectives file.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<TeamFile> {
    let (text, _) = text::decode(bytes).ok_or_else(|| {
        Error::invalid_with_hint(
            format!(
                "{}: this is neither UTF-8 nor GBK (GB18030) text",
                path.display()
            ),
            "save it from the spreadsheet as CSV (UTF-8)",
        )
    })?;
    let sep = text::separator(&text);
    let records = match text::records(&text, sep) {
        Ok(r) => r,
        Err(u) => {
            let src = Source::new(path.to_path_buf(), text);
            return Err(src.error(&(u.at..u.at), u.message));
        }
    };
    let cells = records
        .iter()
        .enumerate()
        .flat_map(|(row, r)| {
            r.iter().enumerate().map(move |(col, f)| Cell {
                at: f.at,
                row: row + 1,
                col: col + 1,
            })
        })
        .collect();
    let src = Source::table(path.to_path_buf(), text, cells);
    let file = read::Reader::new(&src, &records, sep)?.read()?;
    Ok(TeamFile::Objectives(src, file))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Text as a title may be: no blank ends, anything a spreadsheet could choke on
    /// inside (separators, quotes, line breaks, a formula's first character, Chinese).
    fn text() -> impl Strategy<Value = String> {
        "[a-z0-9 ,;\"'=+@\\-\t\n目标家%]{1,10}"
            .prop_filter("no blank ends", |s| !s.trim().is_empty() && s.trim() == s)
    }

    fn number() -> impl Strategy<Value = f64> {
        prop_oneof![
            any::<f64>().prop_filter("finite", |v| v.is_finite()),
            (-10_000i64..10_000).prop_map(|v| v as f64 / 100.0),
        ]
    }

    proptest! {
        /// Whatever okr writes into a sheet, in any form, it reads back as it was.
        #[test]
        fn what_okr_writes_it_reads_back_exactly(
            rows in prop::collection::vec((text(), text(), text(), text(), number(), number()), 1..6),
            sep in prop_oneof![Just(','), Just(';'), Just('\t')],
            encoding in prop_oneof![
                Just(Encoding::Utf8), Just(Encoding::Utf8Bom), Just(Encoding::Gb18030),
                Just(Encoding::Utf16Le), Just(Encoding::Utf16Be),
            ],
            lang in prop_oneof![Just(Lang::En), Just(Lang::Zh)],
        ) {
            // One key result per objective, each objective's title its own.
            let titled: Vec<(String, String, &str, &str, f64, f64)> = rows
                .iter()
                .enumerate()
                .map(|(i, (o, k, owner, unit, s, t))| {
                    (format!("{o} {i}"), k.clone(), owner.as_str(), unit.as_str(), *s, *t)
                })
                .collect();
            let written: Vec<Row<'_>> = titled
                .iter()
                .map(|(o, k, owner, unit, s, t)| Row {
                    cycle: "2026-Q4",
                    level: "team",
                    owner,
                    objective: o,
                    key_result: k,
                    kind: "metric",
                    start: Some(*s),
                    target: Some(*t),
                    unit,
                    weight: Some(1.0),
                    ..Row::default()
                })
                .collect();
            let form = Form { encoding, sep, lang };
            let bytes = write(&written, form);
            // GBK whose few Chinese characters happen to be valid UTF-8 (`0目` is
            // `30 C4 BF`) is read as UTF-8: a sheet with Chinese headers never is.
            let utf8 = std::str::from_utf8(&bytes).is_ok();
            prop_assume!(encoding != Encoding::Gb18030 || !utf8 || bytes.is_ascii());
            let read_as = if utf8 && encoding == Encoding::Gb18030 { Encoding::Utf8 } else { encoding };
            prop_assert_eq!(Form::of(&bytes), Some(Form { encoding: read_as, ..form }));
            let TeamFile::Objectives(_, file) = parse(Path::new("t.csv"), &bytes).unwrap() else {
                panic!("a sheet is an objectives file");
            };
            prop_assert_eq!(file.objective.len(), titled.len());
            for (o, (title, kr, owner, unit, s, t)) in file.objective.iter().zip(&titled) {
                let o = o.get_ref();
                prop_assert_eq!(o.title.get_ref(), title);
                prop_assert_eq!(o.owner.as_ref().unwrap().get_ref(), owner);
                prop_assert_eq!(o.level.as_ref().unwrap().get_ref(), "team");
                let k = o.kr[0].get_ref();
                prop_assert_eq!(k.title.get_ref(), kr);
                prop_assert_eq!(k.unit.as_deref(), Some(*unit));
                prop_assert_eq!(*k.start.as_ref().unwrap().get_ref(), *s);
                prop_assert_eq!(*k.target.as_ref().unwrap().get_ref(), *t);
                prop_assert_eq!(k.kind.as_ref().unwrap().get_ref(), "metric");
            }
        }
    }
}
