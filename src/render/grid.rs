//! Rows and columns, rendered as an aligned table (wide characters measured by display
//! width, via comfy-table), a markdown table, or CSV.

use std::io::{self, Write};

use comfy_table::{CellAlignment, Color, ColumnConstraint, Table, TableStyle};

use super::{Format, Style};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    pub text: String,
    pub color: Option<Color>,
}

impl Cell {
    pub fn colored(text: impl Into<String>, color: Option<Color>) -> Cell {
        Cell {
            text: text.into(),
            color,
        }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell { text, color: None }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell {
            text: text.to_string(),
            color: None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Grid {
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
    /// Columns aligned right (numbers).
    pub right: Vec<usize>,
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

    pub fn push(&mut self, row: Vec<Cell>) {
        self.rows.push(row);
    }

    pub fn write(&self, out: &mut dyn Write, format: Format, style: Style) -> io::Result<()> {
        match format {
            Format::Csv => self.write_csv(out),
            Format::Markdown => self.write_table(out, true, Style { color: false }),
            Format::Table | Format::Json => self.write_table(out, false, style),
        }
    }

    fn write_table(&self, out: &mut dyn Write, markdown: bool, style: Style) -> io::Result<()> {
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
        let header: Vec<comfy_table::Cell> = self
            .header
            .iter()
            .map(|h| {
                let c = comfy_table::Cell::new(h);
                if style.color {
                    c.add_attribute(comfy_table::Attribute::Bold)
                } else {
                    c
                }
            })
            .collect();
        t.set_header(header);
        for row in &self.rows {
            t.add_row(row.iter().map(|cell| {
                let text = clean(&cell.text);
                let text = if markdown {
                    text.replace('|', "\\|")
                } else {
                    text
                };
                let c = comfy_table::Cell::new(text);
                match (style.color, cell.color) {
                    (true, Some(color)) => c.fg(color),
                    _ => c,
                }
            }));
        }
        for (i, col) in t.column_iter_mut().enumerate() {
            if !markdown {
                col.set_padding(if i == 0 { (0, 1) } else { (1, 1) });
            }
            if self.right.contains(&i) {
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
        let line = |cells: Vec<&str>| {
            cells
                .iter()
                .map(|c| csv_field(c))
                .collect::<Vec<_>>()
                .join(",")
        };
        writeln!(
            out,
            "{}",
            line(
                self.header
                    .iter()
                    .map(|h| h.to_ascii_lowercase())
                    .collect::<Vec<_>>()
                    .iter()
                    .map(String::as_str)
                    .collect()
            )
        )?;
        for row in &self.rows {
            writeln!(
                out,
                "{}",
                line(row.iter().map(|c| c.text.as_str()).collect())
            )?;
        }
        Ok(())
    }
}

/// One line per cell (a newline in a title would break the table), and nothing from
/// data that a terminal would run.
fn clean(s: &str) -> String {
    super::terminal::neutralise(&s.replace(['\n', '\r'], " "), false).into_owned()
}

/// One CSV cell. Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or
/// carriage return first) gets a leading `'`, as OWASP recommends; a plain number such
/// as `-0.5` stays a number.
fn csv_field(s: &str) -> String {
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r'])
        && !s.parse::<f64>().is_ok_and(f64::is_finite);
    let s = if formula {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(g: &Grid, f: Format) -> String {
        let mut out = Vec::new();
        g.write(&mut out, f, Style::default()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn wide_characters_align_by_display_width() {
        let mut g = Grid::new(vec!["ID", "TITLE", "N"]).right(&[2]);
        g.push(vec!["1".into(), "客户满意度".into(), "85".into()]);
        g.push(vec!["2".into(), "Churn".into(), "2".into()]);
        let text = render(&g, Format::Table);
        assert_eq!(
            text,
            "ID  TITLE        N\n1   客户满意度  85\n2   Churn        2\n"
        );
    }

    #[test]
    fn csv_never_hands_a_spreadsheet_a_formula() {
        let mut g = Grid::new(vec!["TITLE", "N"]);
        g.push(vec!["=HYPERLINK(\"http://x\",\"y\")".into(), "-0.5".into()]);
        g.push(vec!["+cmd|' /C calc'!A0".into(), "+3".into()]);
        g.push(vec!["@SUM(A1)".into(), "-1e3".into()]);
        g.push(vec!["-2+3".into(), "1".into()]);
        assert_eq!(
            render(&g, Format::Csv),
            "title,n\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-0.5\n'+cmd|' /C calc'!A0,+3\n'@SUM(A1),-1e3\n'-2+3,1\n"
        );
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let mut g = Grid::new(vec!["TITLE", "NOTE"]);
        g.push(vec!["a, b".into(), "say \"hi\"".into()]);
        assert_eq!(
            render(&g, Format::Csv),
            "title,note\n\"a, b\",\"say \"\"hi\"\"\"\n"
        );
    }
}
