//! CSV as okr writes it: RFC 4180 quoting, and never a formula for a spreadsheet.

use std::io::{self, Write};

/// CSV written as it goes, a line at a time (one write per line, however many
/// fields), with nothing allocated per field.
pub struct Csv<'a> {
    out: &'a mut dyn Write,
    /// The line being made; written out when it ends.
    line: Vec<u8>,
    /// Whether the line has a field yet (an empty one leaves `line` empty).
    started: bool,
    /// Where numbers are formatted before they are written.
    buf: String,
    /// The separator: a comma, unless a spreadsheet uses another.
    sep: u8,
}

impl<'a> Csv<'a> {
    pub fn new(out: &'a mut dyn Write) -> Csv<'a> {
        Csv {
            out,
            line: Vec::new(),
            started: false,
            buf: String::new(),
            sep: b',',
        }
    }

    /// Fields separated by `sep` (an ASCII character: `;` or a tab) instead of commas.
    pub fn with_separator(out: &'a mut dyn Write, sep: char) -> Csv<'a> {
        Csv {
            sep: u8::try_from(sep).ok().filter(u8::is_ascii).unwrap_or(b','),
            ..Csv::new(out)
        }
    }

    /// One field. Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab
    /// or carriage return first) gets a leading `'`, as OWASP recommends; a plain
    /// number such as `-0.5` stays a number.
    pub fn field(&mut self, s: &str) -> io::Result<()> {
        let line = &mut self.line;
        if std::mem::replace(&mut self.started, true) {
            line.push(self.sep);
        }
        let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r'])
            && !s.parse::<f64>().is_ok_and(f64::is_finite);
        let quoted = s.contains([char::from(self.sep), '"', '\n', '\r']);
        if quoted {
            line.push(b'"');
        }
        if formula {
            line.push(b'\'');
        }
        if quoted {
            let mut parts = s.split('"');
            if let Some(first) = parts.next() {
                line.extend_from_slice(first.as_bytes());
            }
            for part in parts {
                line.extend_from_slice(b"\"\"");
                line.extend_from_slice(part.as_bytes());
            }
            line.push(b'"');
        } else {
            line.extend_from_slice(s.as_bytes());
        }
        Ok(())
    }

    /// A field holding what `v` displays as (a number, a date).
    pub fn show(&mut self, v: impl std::fmt::Display) -> io::Result<()> {
        use std::fmt::Write as _;
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        let _ = write!(buf, "{v}");
        let written = self.field(&buf);
        self.buf = buf;
        written
    }

    /// Ends the line, and writes it.
    pub fn end(&mut self) -> io::Result<()> {
        self.started = false;
        self.line.push(b'\n');
        let written = self.out.write_all(&self.line);
        self.line.clear();
        written
    }
}
