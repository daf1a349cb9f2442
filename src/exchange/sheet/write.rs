//! Writing OKRs as a spreadsheet: the columns in okr's order, in the form asked for.

use chrono::NaiveDate;

use super::columns::{COLUMNS, Col, word};
use super::{Form, text};
use crate::render::Csv;
use crate::render::text::exact;

/// One row: a key result with its objective, or an objective alone (`key_result`
/// empty). Names (level, kind, keep) are the model's English ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row<'a> {
    pub cycle: &'a str,
    pub level: &'a str,
    pub owner: &'a str,
    pub objective: &'a str,
    pub parent: &'a str,
    pub key_result: &'a str,
    pub kind: &'a str,
    pub start: Option<f64>,
    pub target: Option<f64>,
    pub unit: &'a str,
    pub weight: Option<f64>,
    pub keep: Option<&'a str>,
    pub due: Option<NaiveDate>,
}

/// The rows as a spreadsheet's bytes: a header, then a line per row. The `keep` and
/// `due` columns are there only when a row has one.
pub fn write(rows: &[Row<'_>], form: Form) -> Vec<u8> {
    let keep = rows.iter().any(|r| r.keep.is_some());
    let due = rows.iter().any(|r| r.due.is_some());
    let cols: Vec<Col> = COLUMNS
        .iter()
        .map(|c| c.0)
        .filter(|c| match c {
            Col::Keep => keep,
            Col::Due => due,
            _ => true,
        })
        .collect();
    let mut out = Vec::new();
    let mut csv = Csv::with_separator(&mut out, form.sep);
    // Writing to memory cannot fail.
    for c in &cols {
        let _ = csv.field(c.header(form.lang));
    }
    let _ = csv.end();
    // Exactly as stored, always with a decimal point, which no spreadsheet reads two
    // ways (`1,125` in a semicolon-separated file could be either).
    let number = |v: Option<f64>| v.map(exact).unwrap_or_default();
    for r in rows {
        for c in &cols {
            let cell = match c {
                Col::Cycle => r.cycle.to_string(),
                Col::Level => word(r.level, form.lang),
                Col::Owner => r.owner.to_string(),
                Col::Objective => r.objective.to_string(),
                Col::Parent => r.parent.to_string(),
                Col::KeyResult => r.key_result.to_string(),
                Col::Kind => word(r.kind, form.lang),
                Col::Start => number(r.start),
                Col::Target => number(r.target),
                Col::Unit => r.unit.to_string(),
                Col::Weight => number(r.weight),
                Col::Keep => r.keep.map(|k| word(k, form.lang)).unwrap_or_default(),
                Col::Due => r.due.map(|d| d.to_string()).unwrap_or_default(),
            };
            // Text that starts like a guarded formula keeps its own `'`: the reader
            // takes one off (`Csv` guards a formula itself).
            let kept = cell.starts_with('\'') && cell[1..].starts_with(['=', '+', '-', '@', '\'']);
            let _ = if kept {
                csv.field(&format!("'{cell}"))
            } else {
                csv.field(&cell)
            };
        }
        let _ = csv.end();
    }
    drop(csv);
    let text = String::from_utf8(out).expect("okr writes UTF-8");
    text::encode(&text, form.encoding)
}
