//! A grid's cells in one buffer, and borrowed views of its rows and cells.

use std::ops::Range;

use comfy_table::Color;

use super::Cell;

/// The cells of a grid in one buffer: a report's table has 600,000 of them, and a
/// string each would be as many allocations and several times the memory.
#[derive(Debug, Clone, Default)]
pub(super) struct Cells {
    text: String,
    cells: Vec<Stored>,
    /// Where each row's cells end in `cells`.
    ends: Vec<usize>,
}

/// A cell in [`Cells`]: its text at `start`, its short form (if any) right after.
#[derive(Debug, Clone, Copy)]
struct Stored {
    start: usize,
    len: u32,
    short: Option<u32>,
    color: Option<Color>,
}

impl Cells {
    /// Every cell's text (and short form), one after the other.
    pub(super) fn text(&self) -> &str {
        &self.text
    }

    pub(super) fn push(&mut self, row: Vec<Cell>) {
        for c in row {
            let start = self.text.len();
            self.text.push_str(&c.text);
            let short = c.short.map(|s| {
                self.text.push_str(&s);
                s.len() as u32
            });
            self.cells.push(Stored {
                start,
                len: c.text.len() as u32,
                short,
                color: c.color,
            });
        }
        self.ends.push(self.cells.len());
    }

    pub(super) fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows_in(0..self.ends.len())
    }

    /// The rows numbered `rows`.
    pub(super) fn rows_in(&self, rows: Range<usize>) -> impl Iterator<Item = Row<'_>> {
        let first = match rows.start {
            0 => 0,
            n => self.ends[n - 1],
        };
        let starts = std::iter::once(first).chain(self.ends[rows.clone()].iter().copied());
        starts.zip(&self.ends[rows]).map(|(from, &to)| Row {
            text: &self.text,
            cells: &self.cells[from..to],
        })
    }

    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }
}

/// One row of a grid, borrowed.
#[derive(Clone, Copy)]
pub(super) struct Row<'a> {
    text: &'a str,
    cells: &'a [Stored],
}

/// One cell of a row, borrowed.
pub(super) struct CellRef<'a> {
    pub(super) text: &'a str,
    pub(super) short: Option<&'a str>,
    pub(super) color: Option<Color>,
}

impl<'a> Row<'a> {
    pub(super) fn len(&self) -> usize {
        self.cells.len()
    }

    pub(super) fn get(&self, col: usize) -> Option<CellRef<'a>> {
        let c = self.cells.get(col)?;
        let end = c.start + c.len as usize;
        Some(CellRef {
            text: &self.text[c.start..end],
            short: c.short.map(|n| &self.text[end..end + n as usize]),
            color: c.color,
        })
    }

    pub(super) fn cells(self) -> impl Iterator<Item = CellRef<'a>> {
        (0..self.len()).filter_map(move |col| self.get(col))
    }
}
