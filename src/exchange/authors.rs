//! Writing an author's file (check-ins and reflections): machine-written, canonical,
//! one line per entry so that git's union merge can join two clones' additions.

use std::borrow::Cow;
use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

use super::write::number_value;

/// A reflection to write into its author's file.
#[derive(Debug, Clone, PartialEq)]
pub struct ReflectionOut {
    pub uid: String,
    /// The objective's id (or, in a hand-written file, its title).
    pub objective: String,
    pub date: NaiveDate,
    pub topic: String,
    pub text: String,
}

/// A check-in to write into its author's file: borrowed from the database's rows, or
/// owned when read from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckinOut<'a> {
    pub uid: Cow<'a, str>,
    pub kr: Cow<'a, str>,
    pub date: NaiveDate,
    pub value: f64,
    pub confidence: Option<u8>,
    pub note: Option<Cow<'a, str>>,
}

/// An author's file: canonical, one line per entry — check-ins, then reflections, each
/// sorted by date then id. `cycle` is left out for a file that had none (a person's file
/// across cycles).
///
/// One line per entry is what lets git merge it with `merge=union` (see
/// [`GITATTRIBUTES`]): the same author checking in from two clones adds a line each, and
/// the union holds both. Every other line (the header, the array brackets) is the same
/// in every clone, so the union never doubles it.
pub fn checkins_file(
    cycle: Option<&str>,
    author: &str,
    entries: &[CheckinOut<'_>],
    reflections: &[ReflectionOut],
) -> String {
    let mut entries: Vec<&CheckinOut<'_>> = entries.iter().collect();
    entries.sort_by(|a, b| (a.date, &a.uid).cmp(&(b.date, &b.uid)));
    let mut reflections: Vec<&ReflectionOut> = reflections.iter().collect();
    reflections.sort_by(|a, b| (a.date, &a.uid).cmp(&(b.date, &b.uid)));
    // The author's name goes into a comment: one line, whatever it holds.
    let shown = crate::model::naming::shorten(author);
    let within = cycle.map(|c| format!(" in {c}")).unwrap_or_default();
    let mut out = format!(
        "# okr check-ins and reflections by {shown}{within} (format 2). Only {shown}'s okr writes this file.\n\
         # One line per entry: git merges two clones' lines (merge=union in .gitattributes).\n\
         format = 2\n"
    );
    if let Some(c) = cycle {
        out.push_str(&format!("cycle = {}\n", basic_string(c)));
    }
    out.push_str(&format!("author = {}\n", basic_string(author)));
    out.reserve(entries.len() * 120);
    out.push_str("\ncheckin = [\n");
    for e in entries {
        out.push_str("{ id = ");
        push_basic_string(&mut out, &e.uid);
        out.push_str(", kr = ");
        push_basic_string(&mut out, &e.kr);
        out.push_str(", date = ");
        push_date(&mut out, e.date);
        out.push_str(", value = ");
        push_number(&mut out, e.value);
        if let Some(c) = e.confidence {
            let _ = write!(out, ", confidence = {c}");
        }
        if let Some(n) = &e.note {
            out.push_str(", note = ");
            push_basic_string(&mut out, n);
        }
        out.push_str(" },\n");
    }
    out.push_str("]\n\nreflection = [\n");
    for r in reflections {
        out.push_str("{ id = ");
        push_basic_string(&mut out, &r.uid);
        out.push_str(", objective = ");
        push_basic_string(&mut out, &r.objective);
        out.push_str(&format!(", date = {}, topic = ", r.date));
        push_basic_string(&mut out, &r.topic);
        out.push_str(", text = ");
        push_basic_string(&mut out, &r.text);
        out.push_str(" },\n");
    }
    out.push_str("]\n");
    out
}

/// A number as the objectives file writes it: whole numbers as integers.
fn push_number(out: &mut String, v: f64) {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        let _ = write!(out, "{}", v as i64);
    } else {
        let mut value = number_value(v);
        value.decor_mut().clear();
        let _ = write!(out, "{value}");
    }
}

/// `2026-11-23`, as TOML and chrono write a date of a four-digit year.
fn push_date(out: &mut String, d: NaiveDate) {
    if (0..=9999).contains(&d.year()) {
        let _ = write!(out, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
    } else {
        let _ = write!(out, "{d}");
    }
}

/// A TOML basic string on one line: line breaks and other control characters escaped.
fn basic_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_basic_string(&mut out, s);
    out
}

fn push_basic_string(out: &mut String, s: &str) {
    out.push('"');
    // Most strings (every id) need no escape: copied whole.
    if !s.chars().any(|c| c == '"' || c == '\\' || c.is_control()) {
        out.push_str(s);
        out.push('"');
        return;
    }
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// What okr writes into `checkins/.gitattributes`: git's built-in union merge for the
/// one-line-per-entry author files.
pub const GITATTRIBUTES: &str = "*.toml merge=union\n";

/// What okr writes into the objectives folder's `.gitattributes`: objectives files are
/// merged by okr, entry by entry ([`crate::exchange::merge`]). A clone whose git config
/// does not name the `okr` driver yet merges them as text, as before; `okr sync` names
/// it. (`checkins/.gitattributes` keeps the union merge for authors' files.)
pub const GITATTRIBUTES_OBJECTIVES: &str = "*.toml merge=okr\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_dates_and_strings_are_written_as_toml_edit_and_chrono_write_them() {
        for v in [
            0.0,
            -0.0,
            1.0,
            -3.0,
            42.5,
            0.1,
            1e15,
            9.1e15,
            -2.75e-7,
            123456789.0,
            1e300,
        ] {
            let mut fast = String::new();
            push_number(&mut fast, v);
            let mut value = number_value(v);
            value.decor_mut().clear();
            assert_eq!(fast, value.to_string(), "{v}");
        }
        for d in ["2026-01-05", "0999-12-31", "9999-02-28"] {
            let d: NaiveDate = d.parse().unwrap();
            let mut out = String::new();
            push_date(&mut out, d);
            assert_eq!(out, d.to_string());
        }
        for (s, want) in [
            ("plain 中文", "\"plain 中文\""),
            ("a \"q\" \\ b", "\"a \\\"q\\\" \\\\ b\""),
            (
                "line\nbreak\t\u{7f}\u{85}",
                "\"line\\nbreak\\t\\u007F\\u0085\"",
            ),
        ] {
            assert_eq!(basic_string(s), want);
        }
    }
}
