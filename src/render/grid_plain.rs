//! The plain layout: a table without colour, as comfy-table lays it out, made on two
//! threads for a long table.

use std::borrow::Cow;
use std::io::{self, Write};
use std::ops::Range;

use super::cells::Cells;
use super::{Fit, Grid, TWO_THREADS, width};
use crate::threads::on_two_threads;

/// Rows a thread prints into memory at a time.
const CHUNK: usize = 2048;

/// How a plain table's lines are laid out.
struct Layout {
    widths: Vec<usize>,
    right: Vec<bool>,
    markdown: bool,
}

impl Layout {
    /// Appends one line of the table to `line`: `texts` are its cells, in the shown
    /// columns' order (fewer for a short row).
    fn fill<'a>(&self, line: &mut String, texts: impl Iterator<Item = Cow<'a, str>>) {
        let from = line.len();
        let spaces = |line: &mut String, mut n: usize| {
            const SPACES: &str = "                                ";
            while n > 0 {
                let k = n.min(SPACES.len());
                line.push_str(&SPACES[..k]);
                n -= k;
            }
        };
        let mut texts = texts.fuse();
        for (i, &w) in self.widths.iter().enumerate() {
            if self.markdown {
                line.push('|');
            }
            let text = texts.next().unwrap_or_default();
            let gap = w - width(&text);
            // Padding: one space each side, none before the first column of a plain
            // table.
            let pad = usize::from(self.markdown || i > 0);
            spaces(line, pad + if self.right[i] { gap } else { 0 });
            line.push_str(&text);
            spaces(line, 1 + if self.right[i] { 0 } else { gap });
        }
        if self.markdown {
            line.push('|');
        }
        let end = from + line[from..].trim_end().len();
        line.truncate(end);
        line.push('\n');
    }
}

impl Grid {
    /// The rows in pieces of at most [`CHUNK`] rows, in order.
    fn chunks(&self) -> Vec<(&Cells, Range<usize>)> {
        self.blocks
            .iter()
            .flat_map(|b| {
                (0..b.len())
                    .step_by(CHUNK)
                    .map(move |from| (b, from..(from + CHUNK).min(b.len())))
            })
            .collect()
    }

    /// The table without colour, laid out as comfy-table lays it out (a test holds
    /// them to the same bytes) at a fraction of the cost: a report's table has 60,000
    /// rows. Two passes over the cells, one for the widths and one to print, each on
    /// two threads for a long table, and no copy of the cells: a cell's text is
    /// borrowed unless it must change.
    pub(super) fn write_plain(
        &self,
        out: &mut dyn Write,
        markdown: bool,
        fit: &Fit,
    ) -> io::Result<()> {
        let chunks = self.chunks();
        let parallel = self.blocks.iter().map(Cells::len).sum::<usize>() >= TWO_THREADS;
        if parallel && self.clean.get().is_none() {
            // Whether any cell needs cleaning, found on two threads (half the blocks
            // each) before either pass asks for it.
            let (a, b) = self.blocks.split_at(self.blocks.len() / 2);
            let all = |blocks: &[Cells]| blocks.iter().all(Cells::is_clean);
            let (a, b) = on_two_threads(true, || all(a), || all(b));
            let _ = self.clean.set(a && b);
        }
        let (first, second) = chunks.split_at(if parallel {
            chunks.len() / 2
        } else {
            chunks.len()
        });
        let widths_of = |chunks: &[(&Cells, Range<usize>)]| {
            // comfy-table gives an empty column one column of width.
            let mut widths = vec![1; fit.shown.len()];
            for (block, rows) in chunks {
                for row in block.rows_in(rows.clone()) {
                    for (w, &col) in widths
                        .iter_mut()
                        .zip(&fit.shown)
                        .filter(|(_, c)| **c < row.len())
                    {
                        *w = (*w).max(width(&self.cell_text(row, col, fit, markdown)));
                    }
                }
            }
            widths
        };
        let (mut widths, later) =
            on_two_threads(parallel, || widths_of(first), || widths_of(second));
        for ((w, later), &col) in widths.iter_mut().zip(later).zip(&fit.shown) {
            *w = (*w).max(later).max(width(&self.header_text(col, fit)));
        }
        let layout = Layout {
            widths,
            right: fit.shown.iter().map(|c| self.right.contains(c)).collect(),
            markdown,
        };
        let mut line = String::new();
        layout.fill(
            &mut line,
            fit.shown.iter().map(|&col| self.header_text(col, fit)),
        );
        if markdown {
            for &w in &layout.widths {
                line.push('|');
                line.extend(std::iter::repeat_n('-', w + 2));
            }
            line.push_str("|\n");
        }
        out.write_all(line.as_bytes())?;
        // A line's length in bytes when its text is ASCII: room for a chunk at once.
        let line_bytes = layout.widths.iter().map(|w| w + 3).sum::<usize>() + 2;
        let print = |chunk: Option<&(&Cells, Range<usize>)>| {
            let rows = chunk.map_or(0, |(_, rows)| rows.len());
            let mut text = String::with_capacity(rows * line_bytes);
            for row in chunk
                .into_iter()
                .flat_map(|(b, rows)| b.rows_in(rows.clone()))
            {
                let texts = fit
                    .shown
                    .iter()
                    .filter(|&&col| col < row.len())
                    .map(|&col| self.cell_text(row, col, fit, markdown));
                layout.fill(&mut text, texts);
            }
            text
        };
        // Two chunks at a time, one on each thread, each into memory and then out.
        for pair in chunks.chunks(2) {
            let (a, b) = on_two_threads(parallel, || print(pair.first()), || print(pair.get(1)));
            out.write_all(a.as_bytes())?;
            out.write_all(b.as_bytes())?;
        }
        Ok(())
    }
}
