//! Rendering views as tables, markdown, CSV or JSON onto any `io::Write`.
//!
//! Renderers only format: every figure comes from the view. Colour is decided once, at
//! the edge, and passed in as [`Style`]; nothing here looks at the terminal.

mod csv;
mod grid;
mod items;
pub mod lint;
mod lists_csv;
mod report;
mod review;
mod score;
pub mod terminal;
pub mod text;
mod tree;
mod week;

use std::io::{self, Write};

use serde::Serialize;

pub use csv::Csv;
pub use grid::{Cell, Grid, Narrow, cut};
pub use items::*;
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

/// Pretty JSON with a final newline: the documented, stable schema. Computed figures
/// are rounded to 9 decimals ([`crate::model::figure`]); typed values stay exact.
pub fn json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let mut tree = serde_json::to_value(value).map_err(io::Error::other)?;
    round_figures(&mut tree, false);
    serde_json::to_writer_pretty(&mut *out, &tree).map_err(|e| match e.io_error_kind() {
        // A closed pipe stays a closed pipe, so that `okr … | head` ends quietly.
        Some(kind) => io::Error::from(kind),
        None => io::Error::other(e),
    })?;
    writeln!(out)
}

/// The JSON keys that hold computed figures (as opposed to values people typed).
const FIGURES: &[&str] = &[
    "progress",
    "ratio",
    "expected",
    "rollup",
    "velocity",
    "projection",
    "required_pace",
    "score",
    "computed_score",
    "week_before",
    "week_delta",
    "weekly",
    "remaining_weeks",
    "confidence",
];

fn round_figures(v: &mut serde_json::Value, figure: bool) {
    match v {
        serde_json::Value::Number(n) if figure && !n.is_i64() && !n.is_u64() => {
            if let Some(r) = n
                .as_f64()
                .and_then(|f| serde_json::Number::from_f64(crate::model::figure(f)))
            {
                *n = r;
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                round_figures(item, figure);
            }
        }
        serde_json::Value::Object(map) => {
            for (key, item) in map.iter_mut() {
                round_figures(item, FIGURES.contains(&key.as_str()));
            }
        }
        _ => {}
    }
}
