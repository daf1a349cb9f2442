//! JSON as okr writes it: pretty, with a final newline, computed figures rounded to 9
//! decimals ([`crate::model::figure`]) and typed values exact.
//!
//! Figures are told apart by their keys ([`FIGURES`]), wherever they sit, and rounded
//! as they are written ([`Rounding`]): a report of 50,000 key results (70 MB of JSON)
//! streams out without a tree of it in memory.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{CharEscape, Formatter, PrettyFormatter};

/// Pretty JSON with a final newline: the documented, stable schema.
pub fn json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    // The serializer makes many small writes (a comma, a key, an indent): into a buffer
    // of a known type they are copies, where through `dyn Write` each is a call.
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    let mut ser = serde_json::Serializer::with_formatter(&mut buffered, Rounding::default());
    value
        .serialize(&mut ser)
        .map_err(|e| match e.io_error_kind() {
            // A closed pipe stays a closed pipe, so that `okr … | head` ends quietly.
            Some(kind) => io::Error::from(kind),
            None => io::Error::other(e),
        })?;
    writeln!(buffered)?;
    buffered.flush()
}

/// The JSON keys that hold computed figures (as opposed to values people typed).
const FIGURES: &[&str] = &[
    "progress",
    "ratio",
    "expected",
    "rollup",
    "velocity",
    "projection",
    "required_pace",
    "score",
    "computed_score",
    "week_before",
    "week_delta",
    "weekly",
    "remaining_weeks",
    "confidence",
];

/// Whether `key` is one of [`FIGURES`] (asked of every key written: a `match` the
/// compiler turns into a switch on length and a compare).
fn is_figure(key: &str) -> bool {
    let figure = matches!(
        key,
        "progress"
            | "ratio"
            | "expected"
            | "rollup"
            | "velocity"
            | "projection"
            | "required_pace"
            | "score"
            | "computed_score"
            | "week_before"
            | "week_delta"
            | "weekly"
            | "remaining_weeks"
            | "confidence"
    );
    debug_assert_eq!(figure, FIGURES.contains(&key));
    figure
}

/// serde_json's pretty formatter, rounding the floats of figures: those whose nearest
/// key is one of [`FIGURES`] (in an array under such a key, each item).
#[derive(Default)]
struct Rounding {
    pretty: PrettyFormatter<'static>,
    /// The key being written, or the last one written.
    key: String,
    /// Whether a key is being written.
    in_key: bool,
    /// Whether a float written now is a figure.
    figure: bool,
    /// `figure` outside each object being written.
    outer: Vec<bool>,
}

impl Formatter for Rounding {
    fn write_f64<W: ?Sized + Write>(&mut self, w: &mut W, value: f64) -> io::Result<()> {
        let value = if self.figure {
            crate::model::figure(value)
        } else {
            value
        };
        self.pretty.write_f64(w, value)
    }

    fn begin_string<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.begin_string(w)
    }

    fn write_string_fragment<W: ?Sized + Write>(&mut self, w: &mut W, s: &str) -> io::Result<()> {
        if self.in_key {
            self.key.push_str(s);
        }
        self.pretty.write_string_fragment(w, s)
    }

    fn write_char_escape<W: ?Sized + Write>(&mut self, w: &mut W, e: CharEscape) -> io::Result<()> {
        // No figure's key has an escape: a key with one is not a figure's.
        if self.in_key {
            self.key.push('\\');
        }
        self.pretty.write_char_escape(w, e)
    }

    fn end_string<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_string(w)
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.begin_array(w)
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_array(w)
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.pretty.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_array_value(w)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.outer.push(self.figure);
        self.figure = false;
        self.pretty.begin_object(w)
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.figure = self.outer.pop().unwrap_or(false);
        self.pretty.end_object(w)
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.key.clear();
        self.in_key = true;
        self.pretty.begin_object_key(w, first)
    }

    fn end_object_key<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.in_key = false;
        self.figure = is_figure(&self.key);
        self.pretty.end_object_key(w)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json as value;

    use super::*;

    fn written(v: &serde_json::Value) -> String {
        let mut out = Vec::new();
        json(&mut out, v).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn figures_are_rounded_wherever_they_sit_and_typed_values_are_not() {
        let third = 1.0 / 3.0;
        let v = value!({
            "progress": third,
            "start": third,
            "weekly": [third, 0.5],
            "confidence": 7,
            "key_results": [{"score": third, "target": third, "weekly": [third]}],
            "score": {"target": third, "ratio": third},
            "pro\"gress": third,
        });
        let r = "0.333333333";
        let x = "0.3333333333333333";
        assert_eq!(
            written(&v),
            format!(
                "{{\n  \"progress\": {r},\n  \"start\": {x},\n  \"weekly\": [\n    {r},\n    0.5\n  ],\n  \
                 \"confidence\": 7,\n  \"key_results\": [\n    {{\n      \"score\": {r},\n      \
                 \"target\": {x},\n      \"weekly\": [\n        {r}\n      ]\n    }}\n  ],\n  \
                 \"score\": {{\n    \"target\": {x},\n    \"ratio\": {r}\n  }},\n  \"pro\\\"gress\": {x}\n}}\n"
            )
        );
    }
}
