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

mod scalar;
#[cfg(test)]
mod tests;

use scalar::Parser;
use toml::Spanned;

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

impl Parser<'_> {
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
}
