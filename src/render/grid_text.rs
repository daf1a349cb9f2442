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

/// The display width of `text`, counted byte-wise where it is printable ASCII and
/// block elements (U+2580–U+259F: progress bars), as nearly every cell is; other text
/// is measured by its characters' widths.
pub(super) fn width(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut columns, mut i) = (0, 0);
    while let Some(&b) = bytes.get(i) {
        match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (b' '..=b'~', ..) => i += 1,
            (0xe2, Some(0x96), Some(0x80..=0x9f)) => i += 3,
            _ => return text.width(),
        }
        columns += 1;
    }
    columns
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_counted_bytewise_agree_with_unicode() {
        let blocks: String = ('\u{2580}'..='\u{259f}').collect();
        for text in [
            "",
            "Ship v2",
            "██████░░░░  62%",
            blocks.as_str(),
            "提升 NPS 到 50",
            "▁▂▃▄▅▆▇█ – …",
            "e\u{301}",
        ] {
            assert_eq!(width(text), text.width(), "{text:?}");
        }
    }
}
