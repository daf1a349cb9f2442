//! A grid's cells in one buffer, and borrowed views of its rows and cells.

use std::fmt::Write as _;
use std::ops::Range;

use comfy_table::Color;

/// A cell of a table, made on its own (see [`RowWriter`] for many).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    pub text: String,
    pub color: Option<Color>,
    /// A narrower form, used when the table must shrink ([`Narrow::Short`]).
    pub short: Option<String>,
}

impl Cell {
    pub fn colored(text: impl Into<String>, color: Option<Color>) -> Cell {
        Cell {
            text: text.into(),
            color,
            short: None,
        }
    }

    /// The same cell with a narrower form for tight terminals.
    pub fn or_short(mut self, short: impl Into<String>) -> Cell {
        self.short = Some(short.into());
        self
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell {
            text,
            color: None,
            short: None,
        }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::from(text.to_string())
    }
}

/// The cells of a grid in one buffer: a report's table has 600,000 of them, and a
/// string each would be as many allocations and several times the memory.
#[derive(Debug, Clone, Default)]
pub(super) struct Cells {
    text: String,
    cells: Vec<Stored>,
    /// Where each row's cells end in `cells`.
    ends: Vec<usize>,
}

/// A cell in [`Cells`]: its text, then its short form (if any), ending at `end`; it
/// starts where the cell before it ends. 16 bytes a cell, where a start, a length and
/// an optional short length took 32: the cells are most of a large table's memory.
#[derive(Debug, Clone, Copy)]
struct Stored {
    end: usize,
    /// The short form's length, or [`NO_SHORT`].
    short: u32,
    color: Option<Color>,
}

const NO_SHORT: u32 = u32::MAX;
const _: () = assert!(std::mem::size_of::<Stored>() <= 16);

impl Cells {
    pub(super) fn push(&mut self, row: Vec<Cell>) {
        for c in row {
            let mut short = c.short.map(|s| move |buf: &mut String| buf.push_str(&s));
            self.write(
                c.color,
                |buf| buf.push_str(&c.text),
                short.as_mut().map(|s| s as &mut dyn FnMut(&mut String)),
            );
        }
        self.end_row();
    }

    /// Writes a cell at the end of the buffer: `text` writes its text, `short` (if
    /// any) its short form, with no string of their own.
    pub(super) fn write(
        &mut self,
        color: Option<Color>,
        text: impl FnOnce(&mut String),
        short: Option<&mut dyn FnMut(&mut String)>,
    ) {
        text(&mut self.text);
        let text_end = self.text.len();
        let short = short.map_or(NO_SHORT, |write| {
            write(&mut self.text);
            // A short form longer than 4 GB cannot be told from none: it is left out.
            u32::try_from(self.text.len() - text_end)
                .ok()
                .filter(|&n| n != NO_SHORT)
                .unwrap_or_else(|| {
                    self.text.truncate(text_end);
                    NO_SHORT
                })
        });
        self.cells.push(Stored {
            end: self.text.len(),
            short,
            color,
        });
    }

    /// Whether no cell needs cleaning: no line break, nothing a terminal would run. A
    /// byte-wise scan (a report's cells are 12 MB of text).
    pub(super) fn is_clean(&self) -> bool {
        let bytes = self.text.as_bytes();
        let breaks = bytes
            .iter()
            .fold(false, |found, &b| found | (b == b'\n') | (b == b'\r'));
        !breaks && !super::super::terminal::needs_escaping(bytes)
    }

    /// Makes room for `factor` times what the buffers hold now, at once: a block
    /// filled from a long list reserves once from its first items instead of doubling
    /// (and copying, and touching fresh pages) a dozen times.
    pub(super) fn reserve_scaled(&mut self, factor: f64) {
        let more = |n: usize| (n as f64 * (factor - 1.0).max(0.0)) as usize;
        self.text.reserve(more(self.text.len()));
        self.cells.reserve(more(self.cells.len()));
        self.ends.reserve(more(self.ends.len()));
    }

    /// Ends the row whose cells were [`Cells::write`]n since the last row.
    pub(super) fn end_row(&mut self) {
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
            start: from.checked_sub(1).map_or(0, |prev| self.cells[prev].end),
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
    /// Where the row's first cell starts in `text`.
    start: usize,
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
        let start = match col {
            0 => self.start,
            _ => self.cells[col - 1].end,
        };
        let short = (c.short != NO_SHORT).then(|| c.end - c.short as usize);
        let text_end = short.unwrap_or(c.end);
        Some(CellRef {
            text: &self.text[start..text_end],
            short: short.map(|s| &self.text[s..c.end]),
            color: c.color,
        })
    }

    pub(super) fn cells(self) -> impl Iterator<Item = CellRef<'a>> {
        (0..self.len()).filter_map(move |col| self.get(col))
    }
}

/// Writes one row of a [`Grid`](super::Grid), cell by cell, into the grid's buffer: for tables of
/// many rows, where a string per cell would be most of the work.
pub struct RowWriter<'g> {
    pub(super) cells: &'g mut Cells,
}

impl RowWriter<'_> {
    /// A cell of this text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.cells.write(None, |s| s.push_str(text), None);
        self
    }

    /// A cell formatted from `args` (`format_args!`).
    pub fn fmt(&mut self, args: std::fmt::Arguments) -> &mut Self {
        self.cells.write(
            None,
            |s| {
                let _ = s.write_fmt(args);
            },
            None,
        );
        self
    }

    /// A cell that `write` writes, in `color`.
    pub fn cell(&mut self, color: Option<Color>, write: impl FnOnce(&mut String)) -> &mut Self {
        self.cells.write(color, write, None);
        self
    }

    /// A cell that `write` writes, and `short` its narrower form ([`Cell::or_short`](super::Cell::or_short)).
    pub fn cell_or_short(
        &mut self,
        write: impl FnOnce(&mut String),
        mut short: impl FnMut(&mut String),
    ) -> &mut Self {
        self.cells.write(None, write, Some(&mut short));
        self
    }
}

impl Drop for RowWriter<'_> {
    fn drop(&mut self) {
        self.cells.end_row();
    }
}
