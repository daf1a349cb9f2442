//! Rendering views as tables, markdown, CSV or JSON onto any `io::Write`.
//!
//! Renderers only format: every figure comes from the view. Colour is decided once, at
//! the edge, and passed in as [`Style`]; nothing here looks at the terminal.

mod csv;
mod grid;
mod items;
mod json;
pub mod lint;
mod lists_csv;
mod report;
mod review;
mod score;
pub mod terminal;
pub mod text;
mod tree;
mod week;

pub use csv::Csv;
pub use grid::{Cell, Grid, Narrow, cut};
pub use items::*;
pub use json::json;
pub use report::report;
pub use review::review;
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

/// How output may look: colour or not, and the width tables must fit (none: as wide
/// as their content, as when output goes to a file or a pipe, or with `--wide`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    pub color: bool,
    pub width: Option<usize>,
}
