//! A cell's text as a table shows it: on one line, neutralised, measured in display
//! columns, and cut to fit.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// One line per cell (a newline in a title would break the table), and nothing from
/// data that a terminal would run.
pub(super) fn clean(s: &str) -> Cow<'_, str> {
    if s.contains(['\n', '\r']) {
        let one_line = s.replace(['\n', '\r'], " ");
        return Cow::Owned(crate::render::terminal::neutralise(&one_line, false).into_owned());
    }
    crate::render::terminal::neutralise(s, false)
}

/// The display width of `text`: its length where it is printable ASCII, as most
/// cells are.
pub(super) fn width(text: &str) -> usize {
    if text.bytes().all(|b| matches!(b, b' '..=b'~')) {
        text.len()
    } else {
        text.width()
    }
}

/// `text` in at most `width` display columns, ending in `…` when cut.
pub fn cut(text: Cow<'_, str>, width: usize) -> Cow<'_, str> {
    if self::width(&text) <= width {
        return text;
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
    Cow::Owned(out)
}
