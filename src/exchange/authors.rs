//! Writing an author's file (check-ins and reflections): machine-written, canonical,
//! one line per entry so that git's union merge can join two clones' additions.

use chrono::NaiveDate;

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
        out.push_str("{ id = ");
        push_basic_string(&mut out, &e.uid);
        out.push_str(", kr = ");
        push_basic_string(&mut out, &e.kr);
        out.push_str(&format!(", date = {}, value = {}", e.date, number(e.value)));
        if let Some(c) = e.confidence {
            out.push_str(&format!(", confidence = {c}"));
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
fn number(v: f64) -> String {
    let mut value = number_value(v);
    value.decor_mut().clear();
    value.to_string()
}

/// A TOML basic string on one line: line breaks and other control characters escaped.
fn basic_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_basic_string(&mut out, s);
    out
}

fn push_basic_string(out: &mut String, s: &str) {
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
}

/// What okr writes into `checkins/.gitattributes`: git's built-in union merge for the
/// one-line-per-entry author files.
pub const GITATTRIBUTES: &str = "*.toml merge=union\n";
