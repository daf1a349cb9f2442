//! CSV as okr writes it: RFC 4180 quoting, and never a formula for a spreadsheet.

use std::io::{self, Write};

/// CSV written as it goes, field by field, with nothing allocated per field.
pub struct Csv<'a> {
    out: &'a mut dyn Write,
    /// Whether the line has a field yet.
    started: bool,
    /// Where numbers are formatted before they are written.
    buf: String,
}

impl<'a> Csv<'a> {
    pub fn new(out: &'a mut dyn Write) -> Csv<'a> {
        Csv {
            out,
            started: false,
            buf: String::new(),
        }
    }

    /// One field. Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab
    /// or carriage return first) gets a leading `'`, as OWASP recommends; a plain
    /// number such as `-0.5` stays a number.
    pub fn field(&mut self, s: &str) -> io::Result<()> {
        if std::mem::replace(&mut self.started, true) {
            self.out.write_all(b",")?;
        }
        let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r'])
            && !s.parse::<f64>().is_ok_and(f64::is_finite);
        let quoted = s.contains([',', '"', '\n', '\r']);
        if quoted {
            self.out.write_all(b"\"")?;
        }
        if formula {
            self.out.write_all(b"'")?;
        }
        if quoted {
            let mut parts = s.split('"');
            if let Some(first) = parts.next() {
                self.out.write_all(first.as_bytes())?;
            }
            for part in parts {
                self.out.write_all(b"\"\"")?;
                self.out.write_all(part.as_bytes())?;
            }
            self.out.write_all(b"\"")
        } else {
            self.out.write_all(s.as_bytes())
        }
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

    /// Ends the line.
    pub fn end(&mut self) -> io::Result<()> {
        self.started = false;
        self.out.write_all(b"\n")
    }
}
