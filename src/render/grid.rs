//! Rows and columns, rendered as an aligned table (wide characters measured by display
//! width; laid out by [`plain`] without colour, by comfy-table with it), a markdown
//! table, or CSV. The cells are kept in one buffer ([`cells`]).
//!
//! A table given a width ([`Style::width`]) fits it, the way `ps` or `jj log` fit a
//! terminal: first the narrowings the table names, in order (a cell's short form, a
//! column left out), then the flexible columns (titles, owners, notes) cut with `…`,
//! measured by display width so that Chinese counts two columns a character.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{CellAlignment, ColumnConstraint, Table, TableStyle};
use unicode_width::UnicodeWidthStr;

use super::{Format, Style};
use crate::threads::on_two_threads;

/// One way to make a table narrower, tried in the order a table lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Narrow {
    /// Use the cells' short forms in this column.
    Short(usize),
    /// Leave this column out.
    Drop(usize),
}

#[derive(Debug, Clone, Default)]
pub struct Grid {
    pub header: Vec<Cow<'static, str>>,
    /// The rows, in blocks made one after the other (or at once: [`Grid::push_each`]).
    blocks: Vec<Cells>,
    /// Columns aligned right (numbers).
    pub right: Vec<usize>,
    /// Columns that may be cut with `…`, each down to a minimum width, in the order
    /// they give way.
    pub flex: Vec<(usize, usize)>,
    /// How to narrow the table before cutting text, in order.
    pub narrow: Vec<Narrow>,
    /// Whether no cell needs cleaning (a line break, a character a terminal would
    /// run), found once over the cells' buffers: then each cell is shown as it is,
    /// without looking at it again. Reset by every push.
    clean: std::sync::OnceLock<bool>,
}

#[path = "grid_cells.rs"]
mod cells;
#[path = "grid_plain.rs"]
mod plain;
#[path = "grid_text.rs"]
mod text;
pub use cells::{Cell, RowWriter};
use cells::{Cells, Row};
pub use text::cut;
use text::{clean, width};

/// From this many rows, a table is made and printed on two threads.
const TWO_THREADS: usize = 4096;

/// Pushes the rows `each` makes of `items` (numbered from `first`). A long list
/// reserves room for all of them once its first sixteenth is in, scaled from what that
/// took.
fn fill<T>(g: &mut Grid, items: &[T], first: usize, each: &impl Fn(&mut Grid, usize, &T)) {
    let sample = if items.len() >= 1024 {
        items.len() / 16
    } else {
        items.len()
    };
    for (i, item) in items[..sample].iter().enumerate() {
        each(g, first + i, item);
    }
    if sample < items.len()
        && let Some(last) = g.blocks.last_mut()
    {
        last.reserve_scaled(items.len() as f64 / sample as f64 * 1.05);
    }
    for (i, item) in items[sample..].iter().enumerate() {
        each(g, first + sample + i, item);
    }
}

/// What a table shows at a given width.
struct Fit {
    /// The columns shown, in order.
    shown: Vec<usize>,
    /// Columns showing their short forms.
    short: Vec<usize>,
    /// The widths of cut columns.
    cap: Vec<(usize, usize)>,
}

impl Grid {
    pub fn new<H: Into<Cow<'static, str>>>(header: Vec<H>) -> Grid {
        Grid {
            header: header.into_iter().map(Into::into).collect(),
            ..Grid::default()
        }
    }

    pub fn right(mut self, columns: &[usize]) -> Grid {
        self.right = columns.to_vec();
        self
    }

    /// Lets column `col` be cut with `…`, down to `min` columns; columns named first
    /// are cut first.
    pub fn flex(mut self, col: usize, min: usize) -> Grid {
        self.flex.push((col, min));
        self
    }

    /// The narrowings to try, in order, before text is cut.
    pub fn narrow(mut self, steps: &[Narrow]) -> Grid {
        self.narrow = steps.to_vec();
        self
    }

    pub fn push(&mut self, row: Vec<Cell>) {
        self.clean = std::sync::OnceLock::new();
        if self.blocks.is_empty() {
            self.blocks.push(Cells::default());
        }
        if let Some(last) = self.blocks.last_mut() {
            last.push(row);
        }
    }

    /// A row whose cells are written straight into the grid's buffer, in order; the
    /// row ends when the writer is dropped.
    pub fn row(&mut self) -> RowWriter<'_> {
        self.clean = std::sync::OnceLock::new();
        if self.blocks.is_empty() {
            self.blocks.push(Cells::default());
        }
        let last = self.blocks.len() - 1;
        RowWriter {
            cells: &mut self.blocks[last],
        }
    }

    fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.blocks.iter().flat_map(Cells::rows)
    }

    /// Pushes the rows `each` makes of every item (it is given the item's index), in
    /// order; for a long list, the second half is made on a second thread, into a
    /// block of its own.
    pub fn push_each<T: Sync>(&mut self, items: &[T], each: impl Fn(&mut Grid, usize, &T) + Sync) {
        // An item makes a few rows (an objective, its key results).
        let parallel = items.len() >= TWO_THREADS / 8;
        let half = if parallel {
            items.len() / 2
        } else {
            items.len()
        };
        let ((), later) = on_two_threads(
            parallel,
            || fill(self, &items[..half], 0, &each),
            || {
                let mut g = Grid::default();
                fill(&mut g, &items[half..], half, &each);
                g.blocks
            },
        );
        // The second half stays a block of its own: no copy of it.
        self.blocks.extend(later);
        self.clean = std::sync::OnceLock::new();
    }

    /// A cell's text as shown (one line, nothing a terminal would run), borrowed
    /// where cleaning changes nothing, as for nearly every cell.
    fn shown_text<'a>(&self, row: Row<'a>, col: usize, short: bool) -> Cow<'a, str> {
        let all_clean = *self
            .clean
            .get_or_init(|| self.blocks.iter().all(Cells::is_clean));
        row.get(col).map_or(Cow::Borrowed(""), |c| {
            let text = match (c.short, short) {
                (Some(s), true) => s,
                _ => c.text,
            };
            if all_clean {
                Cow::Borrowed(text)
            } else {
                clean(text)
            }
        })
    }

    /// A cell's text as the table prints it: shown, cut to the column's width if the
    /// fit caps it, and escaped for markdown.
    fn cell_text<'a>(&self, row: Row<'a>, col: usize, fit: &Fit, markdown: bool) -> Cow<'a, str> {
        let mut text = self.shown_text(row, col, fit.short.contains(&col));
        if let Some((_, w)) = fit.cap.iter().find(|(c, _)| *c == col) {
            text = cut(text, *w);
        }
        if markdown && text.contains('|') {
            text = Cow::Owned(text.replace('|', "\\|"));
        }
        text
    }

    /// Each column's natural width.
    fn widths(&self, short: &[usize]) -> Vec<usize> {
        (0..self.header.len())
            .map(|col| {
                let use_short = short.contains(&col);
                self.rows()
                    .map(|r| width(&self.shown_text(r, col, use_short)))
                    .chain([self.header[col].width()])
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    }

    /// The columns, short forms and cuts that make the table fit `width` if it can
    /// (if it cannot, the narrowest it gets).
    fn fit(&self, width: Option<usize>) -> Fit {
        let mut fit = Fit {
            shown: (0..self.header.len()).collect(),
            short: Vec::new(),
            cap: Vec::new(),
        };
        let Some(width) = width else {
            return fit;
        };
        let min_of = |col: usize| self.flex.iter().find(|(c, _)| *c == col).map(|(_, m)| *m);
        // Two columns of padding between neighbours, none at the edges.
        let total = |shown: &[usize], w: &[usize]| {
            shown.iter().map(|&c| w[c]).sum::<usize>() + 2 * shown.len().saturating_sub(1)
        };
        let mut w = self.widths(&fit.short);
        let at_min = |shown: &[usize], w: &[usize]| {
            let cut: Vec<usize> = (0..w.len())
                .map(|c| min_of(c).map_or(w[c], |m| w[c].min(m)))
                .collect();
            total(shown, &cut)
        };
        let mut steps = self.narrow.iter();
        while at_min(&fit.shown, &w) > width {
            match steps.next() {
                Some(Narrow::Short(c)) => {
                    fit.short.push(*c);
                    w = self.widths(&fit.short);
                }
                Some(Narrow::Drop(c)) => fit.shown.retain(|x| x != c),
                None => break,
            }
        }
        // Cut the flexible columns in the order given, each as far as it takes (and
        // no further than its minimum), until the table fits.
        let mut cut = w.clone();
        for &(c, min) in self.flex.iter().filter(|(c, _)| fit.shown.contains(c)) {
            let over = total(&fit.shown, &cut).saturating_sub(width);
            cut[c] -= over.min(cut[c].saturating_sub(min.max(1)));
        }
        fit.cap = fit
            .shown
            .iter()
            .filter(|&&c| cut[c] < w[c])
            .map(|&c| (c, cut[c]))
            .collect();
        fit
    }

    pub fn write(&self, out: &mut dyn Write, format: Format, style: Style) -> io::Result<()> {
        match format {
            Format::Csv => self.write_csv(out),
            Format::Markdown => self.write_table(out, true, Style::default()),
            Format::Table | Format::Json => self.write_table(out, false, style),
            // A page is more than a table: only the views of `html` have one, and the
            // command line offers `--format html` only where they do.
            Format::Html => Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "this view has no HTML form",
            )),
        }
    }

    /// The header's text as the table prints it.
    fn header_text(&self, col: usize, fit: &Fit) -> Cow<'_, str> {
        let text = Cow::Borrowed(&*self.header[col]);
        match fit.cap.iter().find(|(c, _)| *c == col) {
            Some((_, w)) => cut(text, *w),
            None => text,
        }
    }

    fn write_table(&self, out: &mut dyn Write, markdown: bool, style: Style) -> io::Result<()> {
        let fit = self.fit(if markdown { None } else { style.width });
        if style.color {
            self.write_comfy(out, markdown, style, &fit)
        } else {
            self.write_plain(out, markdown, &fit)
        }
    }

    /// The table through comfy-table, which colours cells.
    fn write_comfy(
        &self,
        out: &mut dyn Write,
        markdown: bool,
        style: Style,
        fit: &Fit,
    ) -> io::Result<()> {
        let mut t = Table::new();
        if markdown {
            t.load_style(comfy_table::presets::ASCII_MARKDOWN);
        } else {
            t.load_style(TableStyle::new());
        }
        if style.color {
            t.enforce_styling();
        } else {
            t.force_no_tty();
        }
        let header: Vec<comfy_table::Cell> = fit
            .shown
            .iter()
            .map(|&col| {
                let c = comfy_table::Cell::new(self.header_text(col, fit));
                if style.color {
                    c.add_attribute(comfy_table::Attribute::Bold)
                } else {
                    c
                }
            })
            .collect();
        t.set_header(header);
        for row in self.rows() {
            t.add_row(
                fit.shown
                    .iter()
                    .filter(|&&col| col < row.len())
                    .map(|&col| {
                        let c = comfy_table::Cell::new(self.cell_text(row, col, fit, markdown));
                        match (style.color, row.get(col).and_then(|c| c.color)) {
                            (true, Some(color)) => c.fg(color),
                            _ => c,
                        }
                    }),
            );
        }
        for (i, col) in t.column_iter_mut().enumerate() {
            if !markdown {
                col.set_padding(if i == 0 { (0, 1) } else { (1, 1) });
            }
            if fit.shown.get(i).is_some_and(|c| self.right.contains(c)) {
                col.set_cell_alignment(CellAlignment::Right);
            }
            col.set_constraint(ColumnConstraint::ContentWidth);
        }
        for line in t.lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }

    fn write_csv(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut csv = super::Csv::new(out);
        for h in &self.header {
            csv.field(&h.to_ascii_lowercase())?;
        }
        csv.end()?;
        for row in self.rows() {
            for c in row.cells() {
                csv.field(c.text)?;
            }
            csv.end()?;
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "grid_tests.rs"]
mod tests;
