//! A spreadsheet's bytes: which encoding and separator it uses (Excel and WPS in China
//! save GBK; Excel elsewhere may save semicolons, or UTF-16 with tabs), and its records
//! with where each field starts, so that an error names its row and column.

use std::borrow::Cow;

/// How a spreadsheet's text is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    #[default]
    Utf8,
    /// UTF-8 with a byte-order mark, as Excel's "CSV UTF-8" saves it.
    Utf8Bom,
    /// GB18030, which reads GBK: what Excel and WPS save in China.
    Gb18030,
    /// UTF-16 with a byte-order mark, as Excel's "Unicode text" saves it.
    Utf16Le,
    Utf16Be,
}

impl Encoding {
    pub const NAMES: &[&str] = &["utf-8", "utf-8-bom", "gb18030", "gbk"];

    pub fn parse(name: &str) -> Option<Encoding> {
        match name.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" => Some(Encoding::Utf8),
            "utf-8-bom" | "utf8-bom" => Some(Encoding::Utf8Bom),
            "gb18030" | "gbk" | "gb2312" => Some(Encoding::Gb18030),
            _ => None,
        }
    }
}

/// The text of `bytes`, and how it was stored: a byte-order mark decides; else UTF-8
/// when the bytes are valid UTF-8, else GB18030. `None` when they are none of these.
///
/// GBK text is valid UTF-8 only by chance, and for a character or two at most (`目`
/// is `C4 BF`, also `Ŀ` in UTF-8): a sheet with Chinese headers, or more than a few
/// Chinese characters, is never taken for UTF-8.
pub fn decode(bytes: &[u8]) -> Option<(String, Encoding)> {
    let strict = |enc: &'static encoding_rs::Encoding, body: &[u8]| {
        enc.decode_without_bom_handling_and_without_replacement(body)
            .map(Cow::into_owned)
    };
    if let Some(body) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Some((
            std::str::from_utf8(body).ok()?.to_string(),
            Encoding::Utf8Bom,
        ));
    }
    if let Some(body) = bytes.strip_prefix(b"\xFF\xFE") {
        return Some((strict(encoding_rs::UTF_16LE, body)?, Encoding::Utf16Le));
    }
    if let Some(body) = bytes.strip_prefix(b"\xFE\xFF") {
        return Some((strict(encoding_rs::UTF_16BE, body)?, Encoding::Utf16Be));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some((text.to_string(), Encoding::Utf8));
    }
    Some((strict(encoding_rs::GB18030, bytes)?, Encoding::Gb18030))
}

/// `text` stored as `encoding`.
pub fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    let utf16 = |bom: [u8; 2], unit: fn(u16) -> [u8; 2]| {
        let mut out = bom.to_vec();
        out.extend(text.encode_utf16().flat_map(unit));
        out
    };
    match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Utf8Bom => [b"\xEF\xBB\xBF", text.as_bytes()].concat(),
        // Every character has a GB18030 form: nothing is replaced.
        Encoding::Gb18030 => encoding_rs::GB18030.encode(text).0.into_owned(),
        Encoding::Utf16Le => utf16([0xFF, 0xFE], u16::to_le_bytes),
        Encoding::Utf16Be => utf16([0xFE, 0xFF], u16::to_be_bytes),
    }
}

/// The separator of a spreadsheet's fields: the one of comma, semicolon and tab that its
/// first line (its header) uses most, outside quotes; a comma when it uses none.
pub fn separator(text: &str) -> char {
    let mut counts = [(',', 0), ('\t', 0), (';', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if !quoted => {
                if let Some(n) = counts.iter_mut().find(|(s, _)| *s == c) {
                    n.1 += 1;
                }
            }
            _ => {}
        }
    }
    // The first of the most used: a comma wins a tie.
    counts
        .iter()
        .fold(
            (',', 0),
            |best, &(s, n)| if n > best.1 { (s, n) } else { best },
        )
        .0
}

/// One field: where it starts in the text, and what it says (quotes undone).
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub at: usize,
    pub text: String,
}

/// A record that could not be read: where, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub at: usize,
    pub message: &'static str,
}

/// The records of `text` (RFC 4180: a field in double quotes may hold the separator,
/// line breaks, and a quote written twice; a line ends with LF, CRLF or CR), each a
/// list of fields; an empty line is a record of one empty field. A quote inside an
/// unquoted field is kept as it is.
pub fn records(text: &str, sep: char) -> Result<Vec<Vec<Field>>, Unreadable> {
    let bytes = text.as_bytes();
    let sep = sep as u8;
    let mut out = Vec::new();
    let mut record = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let at = i;
        let mut field = String::new();
        if bytes[i] == b'"' {
            i += 1;
            loop {
                let Some(rel) = text[i..].find('"') else {
                    return Err(Unreadable {
                        at,
                        message: "a quoted field is never closed: a quote is missing",
                    });
                };
                field.push_str(&text[i..i + rel]);
                i += rel + 1;
                if bytes.get(i) == Some(&b'"') {
                    field.push('"');
                    i += 1;
                } else {
                    break;
                }
            }
            if !matches!(bytes.get(i), None | Some(b'\n' | b'\r')) && bytes[i] != sep {
                return Err(Unreadable {
                    at,
                    message: "text after a quoted field's closing quote; a quote inside a quoted field is written twice (\"\")",
                });
            }
        } else {
            let end = bytes[i..]
                .iter()
                .position(|&b| b == sep || b == b'\n' || b == b'\r')
                .map_or(bytes.len(), |p| i + p);
            field.push_str(&text[i..end]);
            i = end;
        }
        record.push(Field { at, text: field });
        match bytes.get(i) {
            Some(&b) if b == sep => {
                i += 1;
                if i == bytes.len() {
                    record.push(Field {
                        at: i,
                        text: String::new(),
                    });
                }
            }
            Some(b'\r') => {
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                out.push(std::mem::take(&mut record));
            }
            Some(b'\n') => {
                i += 1;
                out.push(std::mem::take(&mut record));
            }
            _ => {}
        }
    }
    if !record.is_empty() {
        out.push(record);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, sep: char) -> Vec<Vec<String>> {
        records(text, sep)
            .unwrap()
            .into_iter()
            .map(|r| r.into_iter().map(|f| f.text).collect())
            .collect()
    }

    #[test]
    fn quoted_fields_hold_separators_quotes_and_line_breaks() {
        let text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n";
        assert_eq!(
            texts(text, ','),
            vec![vec!["a", "b,c", "say \"hi\""], vec!["two\nlines", "", "x"]]
        );
        let r = records(text, ',').unwrap();
        assert_eq!(r[1][2].at, text.find(",x").unwrap() + 1);
    }

    #[test]
    fn empty_lines_and_a_trailing_separator_are_kept_as_empty_fields() {
        assert_eq!(
            texts("a;b\n\nc;", ';'),
            vec![vec!["a", "b"], vec![""], vec!["c", ""]]
        );
    }

    #[test]
    fn a_quote_left_open_or_text_after_a_closing_quote_is_unreadable() {
        assert_eq!(records("a,\"b\n", ',').unwrap_err().at, 2);
        assert_eq!(records("\"b\"c,d", ',').unwrap_err().at, 0);
    }

    #[test]
    fn the_separator_is_the_one_the_header_uses_most() {
        assert_eq!(separator("周期;目标;关键结果\n1,2,3,4"), ';');
        assert_eq!(separator("cycle\tobjective\t\"a,b,c\"\n"), '\t');
        assert_eq!(separator("cycle,objective\n"), ',');
        assert_eq!(separator("cycle\n"), ',');
    }

    #[test]
    fn gbk_bytes_are_read_as_gb18030_and_written_back_the_same() {
        let text = "周期,目标\n2026-Q4,提升留存\n";
        let gbk = encode(text, Encoding::Gb18030);
        assert!(std::str::from_utf8(&gbk).is_err());
        assert_eq!(decode(&gbk), Some((text.to_string(), Encoding::Gb18030)));
        for enc in [Encoding::Utf8Bom, Encoding::Utf16Le, Encoding::Utf16Be] {
            assert_eq!(decode(&encode(text, enc)), Some((text.to_string(), enc)));
        }
        assert_eq!(decode(b"\xFF\xFE\x00\xD8"), None);
    }
}
