//! Rows and columns, rendered as an aligned table (wide characters measured by display
//! width, via comfy-table), a markdown table, or CSV.
//!
//! A table given a width ([`Style::width`]) fits it, the way `ps` or `jj log` fit a
//! terminal: first the narrowings the table names, in order (a cell's short form, a
//! column left out), then the flexible columns (titles, owners, notes) cut with `…`,
//! measured by display width so that Chinese counts two columns a character.

use std::io::{self, Write};

use comfy_table::{CellAlignment, Color, ColumnConstraint, Table, TableStyle};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Format, Style};

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
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
    /// Columns aligned right (numbers).
    pub right: Vec<usize>,
    /// Columns that may be cut with `…`, each down to a minimum width, in the order
    /// they give way.
    pub flex: Vec<(usize, usize)>,
    /// How to narrow the table before cutting text, in order.
    pub narrow: Vec<Narrow>,
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
    pub fn new(header: Vec<&'static str>) -> Grid {
        Grid {
            header,
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
        self.rows.push(row);
    }

    /// A cell's text as shown (one line, nothing a terminal would run).
    fn shown_text(&self, row: &[Cell], col: usize, short: bool) -> String {
        row.get(col)
            .map(|c| match (&c.short, short) {
                (Some(s), true) => clean(s),
                _ => clean(&c.text),
            })
            .unwrap_or_default()
    }

    /// Each column's natural width.
    fn widths(&self, short: &[usize]) -> Vec<usize> {
        (0..self.header.len())
            .map(|col| {
                let use_short = short.contains(&col);
                self.rows
                    .iter()
                    .map(|r| self.shown_text(r, col, use_short).width())
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
        }
    }

    /// The text of each cell as shown, header first: cut to fit, one line, and
    /// escaped for markdown.
    fn shown(&self, fit: &Fit, markdown: bool) -> Vec<Vec<String>> {
        let cap = |col: usize, text: String| match fit.cap.iter().find(|(c, _)| *c == col) {
            Some((_, w)) => cut(&text, *w),
            None => text,
        };
        let header = fit
            .shown
            .iter()
            .map(|&col| cap(col, self.header[col].to_string()))
            .collect();
        let rows = self.rows.iter().map(|row| {
            fit.shown
                .iter()
                .filter(|&&col| col < row.len())
                .map(|&col| {
                    let text = cap(col, self.shown_text(row, col, fit.short.contains(&col)));
                    if markdown {
                        text.replace('|', "\\|")
                    } else {
                        text
                    }
                })
                .collect()
        });
        std::iter::once(header).chain(rows).collect()
    }

    /// The table without colour, laid out as comfy-table lays it out (a test holds
    /// them to the same bytes) at a fraction of the cost: a report's table has 60,000
    /// rows.
    fn write_plain(&self, out: &mut dyn Write, markdown: bool, fit: &Fit) -> io::Result<()> {
        let cells = self.shown(fit, markdown);
        // comfy-table gives an empty column one column of width.
        let mut widths = vec![1; fit.shown.len()];
        for row in &cells {
            for (w, text) in widths.iter_mut().zip(row) {
                *w = (*w).max(text.width());
            }
        }
        let right: Vec<bool> = fit.shown.iter().map(|c| self.right.contains(c)).collect();
        // Padding: one space each side, none before the first column of a plain table.
        let pad = |i: usize| if markdown || i > 0 { 1 } else { 0 };
        let mut line = String::new();
        let spaces = |line: &mut String, n: usize| line.extend(std::iter::repeat_n(' ', n));
        for (r, row) in cells.iter().enumerate() {
            line.clear();
            for (i, &w) in widths.iter().enumerate() {
                if markdown {
                    line.push('|');
                }
                let text = row.get(i).map_or("", String::as_str);
                let gap = w - text.width();
                spaces(&mut line, pad(i) + if right[i] { gap } else { 0 });
                line.push_str(text);
                spaces(&mut line, 1 + if right[i] { 0 } else { gap });
            }
            if markdown {
                line.push('|');
            }
            writeln!(out, "{}", line.trim_end())?;
            if markdown && r == 0 {
                line.clear();
                for &w in &widths {
                    line.push('|');
                    line.extend(std::iter::repeat_n('-', w + 2));
                }
                line.push('|');
                writeln!(out, "{line}")?;
            }
        }
        Ok(())
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
        let cap = |col: usize, text: String| match fit.cap.iter().find(|(c, _)| *c == col) {
            Some((_, w)) => cut(&text, *w),
            None => text,
        };
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
                let c = comfy_table::Cell::new(cap(col, self.header[col].to_string()));
                if style.color {
                    c.add_attribute(comfy_table::Attribute::Bold)
                } else {
                    c
                }
            })
            .collect();
        t.set_header(header);
        for row in &self.rows {
            t.add_row(
                fit.shown
                    .iter()
                    .filter(|&&col| col < row.len())
                    .map(|&col| {
                        let text = cap(col, self.shown_text(row, col, fit.short.contains(&col)));
                        let text = if markdown {
                            text.replace('|', "\\|")
                        } else {
                            text
                        };
                        let c = comfy_table::Cell::new(text);
                        match (style.color, row[col].color) {
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
        for row in &self.rows {
            for c in row {
                csv.field(&c.text)?;
            }
            csv.end()?;
        }
        Ok(())
    }
}

/// One line per cell (a newline in a title would break the table), and nothing from
/// data that a terminal would run.
fn clean(s: &str) -> String {
    super::terminal::neutralise(&s.replace(['\n', '\r'], " "), false).into_owned()
}

/// `text` in at most `width` display columns, ending in `…` when cut.
pub fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(ch);
        used += w;
    }
    let mut out = out.trim_end().to_string();
    out.push('…');
    out
}

#[cfg(test)]
#[path = "grid_tests.rs"]
mod tests;
