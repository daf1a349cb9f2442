//! Writing an author's file (check-ins and reflections): machine-written, canonical,
//! one line per entry so that git's union merge can join two clones' additions.

use chrono::NaiveDate;
use toml_edit::{Item, Value};

use super::write::{date, number_value};

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

/// A check-in to write into its author's file.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckinOut {
    pub uid: String,
    pub kr: String,
    pub date: NaiveDate,
    pub value: f64,
    pub confidence: Option<u8>,
    pub note: Option<String>,
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
    entries: &[CheckinOut],
    reflections: &[ReflectionOut],
) -> String {
    let mut entries: Vec<&CheckinOut> = entries.iter().collect();
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
    out.push_str("\ncheckin = [\n");
    for e in entries {
        let mut t = toml_edit::InlineTable::new();
        t.insert("id", one_line(&e.uid));
        t.insert("kr", one_line(&e.kr));
        t.insert("date", date_value(e.date));
        t.insert("value", number_value(e.value));
        if let Some(c) = e.confidence {
            t.insert("confidence", i64::from(c).into());
        }
        if let Some(n) = &e.note {
            t.insert("note", one_line(n));
        }
        out.push_str(&inline(Value::InlineTable(t)));
        out.push_str(",\n");
    }
    out.push_str("]\n\nreflection = [\n");
    for r in reflections {
        let mut t = toml_edit::InlineTable::new();
        t.insert("id", one_line(&r.uid));
        t.insert("objective", one_line(&r.objective));
        t.insert("date", date_value(r.date));
        t.insert("topic", one_line(&r.topic));
        t.insert("text", one_line(&r.text));
        out.push_str(&inline(Value::InlineTable(t)));
        out.push_str(",\n");
    }
    out.push_str("]\n");
    out
}

/// A TOML basic string on one line: line breaks and other control characters escaped.
fn basic_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
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
    out
}

/// A string value that displays as a one-line basic string, whatever it holds.
fn one_line(s: &str) -> Value {
    basic_string(s)
        .parse::<Value>()
        .unwrap_or_else(|_| Value::from(s))
}

/// A value as TOML on one line (strings escape their line breaks).
fn inline(mut v: Value) -> String {
    v.decor_mut().clear();
    v.to_string()
}

fn date_value(d: NaiveDate) -> Value {
    match date(d) {
        Item::Value(v) => v,
        _ => Value::from(d.to_string()),
    }
}

/// What okr writes into `checkins/.gitattributes`: git's built-in union merge for the
/// one-line-per-entry author files.
pub const GITATTRIBUTES: &str = "*.toml merge=union\n";
