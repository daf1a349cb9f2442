//! The fast path for authors' files as okr writes them: one check-in per line, in one
//! exact shape (see [`super::authors::checkins_file`]). An organisation's first sync
//! reads a million such lines, and a general TOML parser spends most of that import
//! on them.
//!
//! It reads only a strict subset of TOML whose meaning is plain: the lines okr writes,
//! character for character, with strings that need no escape, plain numbers and valid
//! dates. Anything else in the file, even one line (an edit by hand, an escape, a
//! reflection, a stray space), and [`checkins`] says `None`: the file is then read by
//! the TOML parser, which also gives every error. What it returns is what the TOML
//! parser returns for the same text, spans included (a test proves it on generated
//! files).

use std::ops::Range;

use toml::Spanned;
use toml::value::{Date, Datetime};

use super::entries::{CheckinEntry, CheckinsFile};

/// An author's file read by the fast path, or `None` when it is not exactly in the
/// shape okr writes.
pub(crate) fn checkins(text: &str) -> Option<CheckinsFile> {
    if text.contains('\r') {
        return None;
    }
    let mut file = CheckinsFile {
        format: None,
        cycle: None,
        author: Spanned::new(0..0, String::new()),
        checkin: Vec::new(),
        reflection: Vec::new(),
    };
    let (mut author, mut checkins, mut reflections) = (false, false, false);
    let mut at = 0;
    let mut lines = text.split_inclusive('\n');
    while let Some(raw) = lines.next() {
        let start = at;
        at += raw.len();
        let line = raw.strip_suffix('\n').unwrap_or(raw);
        if line.is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            if comment.chars().any(|c| c.is_control() && c != '\t') {
                return None;
            }
            continue;
        }
        let mut p = Parser { text, at: start };
        let top = !checkins && !reflections;
        if line == "checkin = [" && top {
            checkins = true;
            let mut closed = false;
            for raw in lines.by_ref() {
                let start = at;
                at += raw.len();
                if raw == "]\n" || raw == "]" {
                    closed = true;
                    break;
                }
                let mut p = Parser { text, at: start };
                file.checkin.push(p.entry()?);
                if !(p.eat(",\n") || (p.eat(",") && p.at == text.len())) {
                    return None;
                }
            }
            if !closed {
                return None;
            }
            continue;
        }
        if line == "reflection = [" && !reflections {
            // Reflections are few: any at all, and the TOML parser reads the file.
            reflections = true;
            let next = lines.next()?;
            if next != "]\n" && next != "]" {
                return None;
            }
            at += next.len();
            continue;
        }
        if p.eat("format = ") && file.format.is_none() && top {
            let (n, span) = p.integer()?;
            file.format = Some(Spanned::new(span, n));
        } else if p.eat("cycle = ") && file.cycle.is_none() && top {
            let (s, span) = p.string()?;
            file.cycle = Some(Spanned::new(span, s.to_string()));
        } else if p.eat("author = ") && !author && top {
            let (s, span) = p.string()?;
            file.author = Spanned::new(span, s.to_string());
            author = true;
        } else {
            return None;
        }
        if p.at != start + line.len() {
            return None;
        }
    }
    author.then_some(file)
}

struct Parser<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Parser<'t> {
    fn rest(&self) -> &'t str {
        &self.text[self.at..]
    }

    fn eat(&mut self, s: &str) -> bool {
        let yes = self.rest().starts_with(s);
        if yes {
            self.at += s.len();
        }
        yes
    }

    /// `{ id = "…", kr = "…", date = 2026-11-23, value = 4[, confidence = 7][, note = "…"] }`
    fn entry(&mut self) -> Option<Spanned<CheckinEntry>> {
        let start = self.at;
        if !self.eat("{ id = ") {
            return None;
        }
        let (id, id_at) = self.string()?;
        if !self.eat(", kr = ") {
            return None;
        }
        let (kr, kr_at) = self.string()?;
        if !self.eat(", date = ") {
            return None;
        }
        let (date, date_at) = self.date()?;
        if !self.eat(", value = ") {
            return None;
        }
        let (value, value_at) = self.number()?;
        let confidence = if self.eat(", confidence = ") {
            let (c, at) = self.integer()?;
            Some(Spanned::new(at, c))
        } else {
            None
        };
        let note = if self.eat(", note = ") {
            Some(self.string()?.0.to_string())
        } else {
            None
        };
        if !self.eat(" }") {
            return None;
        }
        let entry = CheckinEntry {
            id: Some(Spanned::new(id_at, id.to_string())),
            kr: Spanned::new(kr_at, kr.to_string()),
            date: Spanned::new(date_at, date),
            value: Spanned::new(value_at, value),
            confidence,
            note,
            author: None,
        };
        Some(Spanned::new(start..self.at, entry))
    }

    /// A basic string that needs no escape, quotes included in its span.
    fn string(&mut self) -> Option<(&'t str, Range<usize>)> {
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

    fn integer(&mut self) -> Option<(i64, Range<usize>)> {
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
    fn number(&mut self) -> Option<(f64, Range<usize>)> {
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
    fn date(&mut self) -> Option<(Datetime, Range<usize>)> {
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

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use proptest::prelude::*;

    use super::*;
    use crate::exchange::authors::{CheckinOut, checkins_file};

    /// Everything a file says, spans included, to compare the two readers.
    fn said(f: &CheckinsFile) -> String {
        let s = |v: &Spanned<String>| format!("{:?}@{:?}", v.get_ref(), v.span());
        let mut out = format!(
            "format {:?} cycle {:?} author {}\n",
            f.format.as_ref().map(|v| (*v.get_ref(), v.span())),
            f.cycle.as_ref().map(s),
            s(&f.author)
        );
        for e in &f.checkin {
            let c = e.get_ref();
            out.push_str(&format!(
                "{:?}: id {:?} kr {} date {}@{:?} value {:?}@{:?} confidence {:?} note {:?} author {:?} \n",
                e.span(),
                c.id.as_ref().map(s),
                s(&c.kr),
                c.date.get_ref(),
                c.date.span(),
                c.value.get_ref().to_bits(),
                c.value.span(),
                c.confidence.as_ref().map(|v| (*v.get_ref(), v.span())),
                c.note,
                c.author.as_ref().map(s),
            ));
        }
        out.push_str(&format!("reflections {}", f.reflection.len()));
        out
    }

    fn both(text: &str) -> (Option<String>, String) {
        let toml: CheckinsFile = toml::from_str(text).expect("valid TOML");
        (checkins(text).as_ref().map(said), said(&toml))
    }

    fn entry(
        (id, kr, day, value, confidence, note): (
            String,
            String,
            u32,
            f64,
            Option<u8>,
            Option<String>,
        ),
    ) -> CheckinOut<'static> {
        CheckinOut {
            uid: Cow::Owned(id),
            kr: Cow::Owned(kr),
            date: chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap()
                + chrono::Days::new(day.into()),
            value,
            confidence,
            note: note.map(Cow::Owned),
        }
    }

    proptest! {
        #[test]
        fn what_it_reads_is_what_the_toml_parser_reads(
            author in "\\PC{0,12}",
            cycle in proptest::option::of("[A-Za-z0-9-]{1,8}"),
            entries in proptest::collection::vec(
                (
                    "[0-9a-f]{32}",
                    "\\PC{0,16}|[0-9a-f]{32}",
                    0u32..400,
                    prop_oneof![
                        (-1_000_000i64..1_000_000).prop_map(|v| v as f64),
                        -1e6f64..1e6,
                        Just(1e300),
                        Just(-2.5e-9),
                    ],
                    proptest::option::of(0u8..=10),
                    proptest::option::of("\\PC{0,20}|[\"\\\\\t\n]{1,3}"),
                ),
                0..6,
            ),
        ) {
            let entries: Vec<_> = entries.into_iter().map(entry).collect();
            let text = checkins_file(cycle.as_deref(), &author, &entries, &[]);
            let (fast, toml) = both(&text);
            if let Some(fast) = fast {
                prop_assert_eq!(fast, toml);
            } else {
                // Only what needs an escape leaves the fast path.
                let plain = |s: &str| !s.chars().any(|c| c == '"' || c == '\\' || c.is_control());
                prop_assert!(
                    !plain(&author)
                        || entries.iter().any(|e| !plain(&e.kr) || e.note.as_deref().is_some_and(|n| !plain(n))),
                    "{}", text
                );
            }
        }
    }

    #[test]
    fn anything_but_the_shape_okr_writes_is_left_to_the_toml_parser() {
        let head = "format = 2\ncycle = \"2026-Q4\"\nauthor = \"ann\"\n\ncheckin = [\n";
        let line = "{ id = \"0123456789abcdef0123456789abcdef\", kr = \"K\", date = 2026-11-20, value = 4, confidence = 7 },\n";
        let tail = "]\n\nreflection = [\n]\n";
        let file = format!("{head}{line}{tail}");
        let (fast, toml) = both(&file);
        assert_eq!(fast.as_deref(), Some(toml.as_str()));
        for (from, to) in [
            ("value = 4", "value = 4_0"),
            ("value = 4", "value = +4"),
            ("value = 4", "value = 04"),
            ("value = 4", "value = inf"),
            ("value = 4", "value = 4.5e3"),
            ("value = 4,", "value =  4,"),
            ("date = 2026-11-20", "date = 2026-11-20T09:00:00"),
            ("kr = \"K\"", "kr = \"K\\u0041\""),
            ("kr = \"K\"", "kr = 'K'"),
            ("kr = \"K\"", "kr = \"K\tL\""),
            ("author = \"ann\"", "author = \"ann\" # me"),
            ("format = 2\n", "format = 2\nformat = 2\n"),
            (
                "\n]\n",
                "\n{ id = \"x\", objective = \"O\", date = 2026-11-20, text = \"t\" },\n]\n",
            ),
            (" },\n]", " }\n]"),
            ("\n", "\r\n"),
        ] {
            let changed = file.replacen(from, to, 1);
            assert_ne!(changed, file);
            match toml::from_str::<CheckinsFile>(&changed) {
                // Valid TOML outside the shape: read by the TOML parser, or read the same.
                Ok(toml) => {
                    if let Some(fast) = checkins(&changed) {
                        assert_eq!(said(&fast), said(&toml), "{changed}");
                    }
                }
                Err(_) => assert!(checkins(&changed).is_none(), "{changed}"),
            }
        }
        // Not quite okr's shape, though valid: the TOML parser reads these.
        for (from, to) in [
            ("value = 4", "value = 4_0"),
            ("kr = \"K\"", "kr = 'K'"),
            ("\n", "\r\n"),
        ] {
            assert!(checkins(&file.replacen(from, to, 1)).is_none());
        }
        assert!(checkins(&file.replace("author = \"ann\"\n", "")).is_none());
        assert!(checkins(&file.replace(tail, "")).is_none());
    }
}
