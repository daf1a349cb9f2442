//! Rendering views as tables, markdown, CSV or JSON onto any `io::Write`.
//!
//! Renderers only format: every figure comes from the view. Colour is decided once, at
//! the edge, and passed in as [`Style`]; nothing here looks at the terminal.

use std::io;

use crate::threads::on_two_threads;

mod compare;
mod csv;
mod grid;
pub mod html;
mod items;
mod json;
pub mod lint;
mod lists_csv;
mod report;
mod report_csv;
mod review;
mod score;
mod show;
pub(crate) mod tasks;
pub mod terminal;
pub mod text;
mod tree;
mod trend;
mod week;

pub use compare::comparison;
pub use csv::Csv;
pub use grid::{Cell, Grid, Narrow, RowWriter, cut};
pub use items::*;
pub use json::json;
pub use report::report;
pub use review::review;
pub use score::scores;
pub use show::{kr, objective};
pub use tasks::tasks;
pub use tree::tree;
pub use trend::trend;
pub use week::week;

/// The data formats of `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Table,
    Markdown,
    Json,
    Csv,
    /// A self-contained page ([`html`]): `okr report` and `okr trend`.
    Html,
}

impl std::str::FromStr for Format {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "table" => Ok(Format::Table),
            "markdown" | "md" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "html" => Ok(Format::Html),
            other => Err(crate::Error::invalid(format!(
                "`{other}` is not a format; expected one of table, markdown, json, csv, html"
            ))),
        }
    }
}

/// How output may look: colour or not, and the width tables must fit (none: as wide
/// as their content, as when output goes to a file or a pipe, or with `--wide`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    pub color: bool,
    pub width: Option<usize>,
}

/// Writes what `each` writes of every item (it is given the item's index), in order,
/// into memory first (a `Vec`, which small writes cost little) and then out. A long
/// list (a report's 10,000 objectives) is written in chunks, two at a time on two
/// threads: no more than two chunks are held.
pub(crate) fn write_each<T: Sync>(
    out: &mut dyn io::Write,
    items: &[T],
    each: impl Fn(&mut Vec<u8>, usize, &T) -> io::Result<()> + Sync,
) -> io::Result<()> {
    /// Items in a chunk.
    const CHUNK: usize = 256;
    let chunk = |from: usize, buf: &mut Vec<u8>| -> io::Result<()> {
        let from = from.min(items.len());
        let to = (from + CHUNK).min(items.len());
        for (i, t) in items[from..to].iter().enumerate() {
            each(buf, from + i, t)?;
        }
        Ok(())
    };
    let parallel = items.len() >= 2 * CHUNK;
    let mut buf = Vec::new();
    for from in (0..items.len()).step_by(2 * CHUNK) {
        buf.clear();
        let (a, b) = on_two_threads(
            parallel,
            || chunk(from, &mut buf),
            || {
                let mut later = Vec::new();
                chunk(from + CHUNK, &mut later).map(|()| later)
            },
        );
        a?;
        out.write_all(&buf)?;
        out.write_all(&b?)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    #[test]
    fn a_long_list_written_on_two_threads_comes_out_in_order() {
        // Four chunks and a part: the last pair is a part of a chunk and nothing.
        let items: Vec<usize> = (0..1100).collect();
        let mut out = Vec::new();
        super::write_each(&mut out, &items, |out, i, n| {
            assert_eq!(i, *n);
            writeln!(out, "{n}")
        })
        .unwrap();
        let expected: String = items.iter().map(|n| format!("{n}\n")).collect();
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    #[test]
    fn a_failed_write_in_either_half_is_the_result() {
        let items: Vec<usize> = (0..1100).collect();
        for bad in [10, 300, 1050] {
            let mut out = Vec::new();
            let written = super::write_each(&mut out, &items, |out, _, &n| match n == bad {
                true => Err(std::io::Error::other("closed")),
                false => writeln!(out, "{n}"),
            });
            assert_eq!(written.unwrap_err().to_string(), "closed");
        }
    }
}
