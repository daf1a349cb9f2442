//! TOML values in the plain forms okr writes them: a basic string that needs no
//! escape, a number without sign, underscores or leading zeros, a date alone. Each
//! reader says `None` for anything else, and the file goes to the TOML parser.

use std::ops::Range;

use toml::value::{Date, Datetime};

/// A place in a file's text.
pub(super) struct Parser<'t> {
    pub(super) text: &'t str,
    pub(super) at: usize,
}

impl<'t> Parser<'t> {
    fn rest(&self) -> &'t str {
        &self.text[self.at..]
    }

    pub(super) fn eat(&mut self, s: &str) -> bool {
        let yes = self.rest().starts_with(s);
        if yes {
            self.at += s.len();
        }
        yes
    }

    /// A basic string that needs no escape, quotes included in its span.
    pub(super) fn string(&mut self) -> Option<(&'t str, Range<usize>)> {
        let start = self.at;
        let rest = self.rest().strip_prefix('"')?;
        let end = rest.find(['"', '\\', '\n'])?;
        if !rest[end..].starts_with('"') {
            return None;
        }
        let s = &rest[..end];
        if s.chars().any(|c| c < ' ' || c == '\u{7f}') {
            return None;
        }
        self.at += end + 2;
        Some((s, start..self.at))
    }

    /// The digits of a plain number: `-`? then `0` or digits not starting with `0`.
    fn digits(&self) -> Option<usize> {
        let rest = self.rest().as_bytes();
        let sign = usize::from(rest.first() == Some(&b'-'));
        let n = rest[sign..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        match (n, rest.get(sign)) {
            (0, _) => None,
            (1, _) => Some(sign + 1),
            (_, Some(b'0')) => None,
            _ => Some(sign + n),
        }
    }

    pub(super) fn integer(&mut self) -> Option<(i64, Range<usize>)> {
        let start = self.at;
        let n = self.digits()?;
        if !ends(self.rest().as_bytes().get(n)) {
            return None;
        }
        let value = self.rest()[..n].parse().ok()?;
        self.at += n;
        Some((value, start..self.at))
    }

    /// An integer, or a float as `-?digits.digits` with an optional exponent.
    pub(super) fn number(&mut self) -> Option<(f64, Range<usize>)> {
        let start = self.at;
        let whole = self.digits()?;
        let bytes = self.rest().as_bytes();
        let mut n = whole;
        let mut float = false;
        if bytes.get(n) == Some(&b'.') {
            let fraction = bytes[n + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if fraction == 0 {
                return None;
            }
            n += 1 + fraction;
            float = true;
        }
        if matches!(bytes.get(n), Some(b'e' | b'E')) {
            n += 1;
            if matches!(bytes.get(n), Some(b'+' | b'-')) {
                n += 1;
            }
            let exponent = bytes[n..].iter().take_while(|b| b.is_ascii_digit()).count();
            if exponent == 0 {
                return None;
            }
            n += exponent;
            float = true;
        }
        if !ends(bytes.get(n)) {
            return None;
        }
        let s = &self.rest()[..n];
        let value = if float {
            s.parse::<f64>().ok().filter(|v| v.is_finite())?
        } else {
            s.parse::<i64>().ok()? as f64
        };
        self.at += n;
        Some((value, start..self.at))
    }

    /// `YYYY-MM-DD`, a valid day.
    pub(super) fn date(&mut self) -> Option<(Datetime, Range<usize>)> {
        let start = self.at;
        let s = self.rest().get(..10)?.as_bytes();
        let digits = |r: Range<usize>| -> Option<u32> {
            s[r].iter().try_fold(0u32, |n, b| {
                b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
            })
        };
        if s[4] != b'-' || s[7] != b'-' {
            return None;
        }
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        chrono::NaiveDate::from_ymd_opt(year as i32, month, day)?;
        // A time may follow a date in TOML (`2026-11-23T09:00`): not okr's shape.
        if self.rest().as_bytes().get(10) != Some(&b',') {
            return None;
        }
        self.at += 10;
        let date = Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        };
        Some((
            Datetime {
                date: Some(date),
                time: None,
                offset: None,
            },
            start..self.at,
        ))
    }
}

/// What may follow a number in okr's shape: the next key, the end of the entry or line.
fn ends(next: Option<&u8>) -> bool {
    matches!(next, None | Some(b',' | b' ' | b'\n'))
}
