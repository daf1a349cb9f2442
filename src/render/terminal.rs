//! Text from data on a terminal: control characters neutralised.
//!
//! Titles, notes and names come from other people's team files. Printed raw, an escape
//! sequence in a title could retitle the terminal, clear it, move the cursor or write
//! the clipboard (OSC 52), and a bidi override (U+202E) could make a title read
//! backwards. Every human-readable line okr prints passes through [`neutralise`]: such
//! characters are shown escaped (`\u{1b}`). Only the colour codes okr itself writes (SGR,
//! `ESC [ … m`) pass, and only when colour is on. JSON and CSV stay exact: they have
//! their own escaping.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::model::naming::is_unsafe_char;

/// `text` with control and bidi characters escaped; a line break stays a line break, a
/// tab a tab. With `colour`, SGR sequences (`ESC [ 1;31 m`) pass as they are.
pub fn neutralise(text: &str, colour: bool) -> Cow<'_, str> {
    if !needs_escaping(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(len) = sgr_len(rest).filter(|_| colour) {
            out.push_str(&rest[..len]);
            rest = &rest[len..];
            continue;
        }
        if is_unsafe_char(c) && c != '\n' && c != '\t' {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// Whether UTF-8 `bytes` hold a character [`neutralise`] escapes: a control character
/// other than a line break or a tab (U+0000–U+001F, U+007F–U+009F), or one of the
/// invisible ones of [`is_unsafe_char`].
///
/// A report's table passes a million cells through here, so it first looks, without
/// branching (which the compiler turns into SIMD), for a byte or a pair of bytes that
/// could begin one; only text that has such a pair is read a character at a time.
pub(crate) fn needs_escaping(bytes: &[u8]) -> bool {
    let control = bytes.iter().fold(false, |found, &b| {
        found | ((b < 0x20) & (b != b'\n') & (b != b'\t')) | (b == 0x7f)
    });
    // U+0080–U+009F are C2 80–C2 9F; U+2000–U+207F, E2 80 and E2 81; U+FEFF, EF BB.
    let lead = bytes.windows(2).fold(false, |found, w| {
        found
            | ((w[0] == 0xc2) & (w[1] < 0xa0))
            | ((w[0] == 0xe2) & (w[1] & 0xfe == 0x80))
            | ((w[0] == 0xef) & (w[1] == 0xbb))
    });
    (control || lead)
        && std::str::from_utf8(bytes).map_or(true, |text| {
            text.chars()
                .any(|c| is_unsafe_char(c) && c != '\n' && c != '\t')
        })
}

/// The length of an SGR sequence at the start of `s`: `ESC [` digits and `;`, then `m`.
fn sgr_len(s: &str) -> Option<usize> {
    let body = s.strip_prefix("\u{1b}[")?;
    let params = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (body.as_bytes().get(params) == Some(&b'm')).then_some(2 + params + 1)
}

/// A writer that neutralises what passes through it, a line at a time (so that no
/// sequence is split between two writes).
pub struct Neutralising<W: Write> {
    inner: W,
    colour: bool,
    line: Vec<u8>,
}

impl<W: Write> Neutralising<W> {
    pub fn new(inner: W, colour: bool) -> Self {
        Neutralising {
            inner,
            colour,
            line: Vec::new(),
        }
    }

    fn emit(&mut self, upto: usize) -> io::Result<()> {
        let head = &self.line[..upto];
        if !needs_escaping(head) {
            self.inner.write_all(head)?;
        } else {
            let text = String::from_utf8_lossy(head);
            self.inner
                .write_all(neutralise(&text, self.colour).as_bytes())?;
        }
        self.line.drain(..upto);
        Ok(())
    }

    pub fn get_mut(&mut self) -> &mut W {
        &mut self.inner
    }
}

impl<W: Write> Write for Neutralising<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.line.extend_from_slice(buf);
        if let Some(last) = self.line.iter().rposition(|b| *b == b'\n') {
            self.emit(last + 1)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.line.is_empty() {
            let len = self.line.len();
            self.emit(len)?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_from_data_are_shown_not_run() {
        let title = "\u{1b}]0;pwned\u{7}\u{1b}[2JShip \u{202e}it";
        assert_eq!(
            neutralise(title, false),
            "\\u{1b}]0;pwned\\u{7}\\u{1b}[2JShip \\u{202e}it"
        );
        // With colour on, colour codes pass, and nothing else does.
        assert_eq!(
            neutralise("\u{1b}[1;32mdone\u{1b}[0m \u{1b}[2J", true),
            "\u{1b}[1;32mdone\u{1b}[0m \\u{1b}[2J"
        );
        assert_eq!(neutralise("a\tb\nc 客户", false), "a\tb\nc 客户");
    }

    proptest::proptest! {
        /// The byte-wise check agrees with the definition, a character at a time.
        #[test]
        fn the_byte_check_is_the_character_check(
            text in "[a-z \\n\\t\\x00-\\x1f\\x7f-\\u{a0}\\u{1ff0}-\\u{2070}\\u{feff}客→–…█]{0,12}",
        ) {
            let by_char = text.chars().any(|c| is_unsafe_char(c) && c != '\n' && c != '\t');
            proptest::prop_assert_eq!(needs_escaping(text.as_bytes()), by_char);
        }
    }

    #[test]
    fn a_sequence_split_between_writes_is_still_caught() {
        let mut w = Neutralising::new(Vec::new(), false);
        w.write_all(b"title \x1b").unwrap();
        w.write_all(b"]52;c;aGk=\x07 end\nnext").unwrap();
        w.flush().unwrap();
        assert_eq!(
            String::from_utf8(w.inner).unwrap(),
            "title \\u{1b}]52;c;aGk=\\u{7} end\nnext"
        );
    }
}
