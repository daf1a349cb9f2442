//! Rendering views as tables, markdown, CSV or JSON onto any `io::Write`.
//!
//! Renderers only format: every figure comes from the view. Colour is decided once, at
//! the edge, and passed in as [`Style`]; nothing here looks at the terminal.

mod grid;
mod items;
pub mod lint;
mod report;
mod score;
pub mod terminal;
pub mod text;
mod tree;
mod week;

use std::io::{self, Write};

use serde::Serialize;

pub use grid::{Cell, Grid};
pub use items::*;
pub use report::report;
pub use score::scores;
pub use tree::tree;
pub use week::week;

/// The data formats of `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Table,
    Markdown,
    Json,
    Csv,
}

impl std::str::FromStr for Format {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "table" => Ok(Format::Table),
            "markdown" | "md" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            other => Err(crate::Error::invalid(format!(
                "`{other}` is not a format; expected one of table, markdown, json, csv"
            ))),
        }
    }
}

/// How output may look: colour or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    pub color: bool,
}

/// Pretty JSON with a final newline: the documented, stable schema.
pub fn json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    writeln!(out)
}
