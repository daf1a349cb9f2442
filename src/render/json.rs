//! JSON as okr writes it: pretty, with a final newline, computed figures rounded to 9
//! decimals ([`crate::model::figure`]) and typed values exact.
//!
//! Figures are told apart by their keys ([`FIGURES`]), wherever they sit, and rounded
//! as they are written ([`Rounding`]): a report of 50,000 key results (70 MB of JSON)
//! streams out without a tree of it in memory.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{CharEscape, Formatter, PrettyFormatter};

use crate::ops::report::Report;

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

/// A report as [`json`] writes it, its objectives (nearly all of it: 70 MB at an
/// organisation's scale) on two threads, a chunk at a time ([`super::write_each`]).
///
/// The frame around them is written here as serde writes it (a test holds the two to
/// the same bytes): the fields before `objectives`, then each objective at its depth,
/// then `week`.
pub fn report(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    #[derive(Serialize)]
    struct Head<'a> {
        schema: u32,
        cycle: &'a crate::model::Cycle,
        as_of: chrono::NaiveDate,
        expected: f64,
        remaining_weeks: f64,
        thresholds: &'a crate::progress::Thresholds,
        summary: &'a crate::ops::report::figures::Summary,
    }
    let head = Head {
        schema: r.schema,
        cycle: &r.cycle,
        as_of: r.as_of,
        expected: r.expected,
        remaining_weeks: r.remaining_weeks,
        thresholds: &r.thresholds,
        summary: &r.summary,
    };
    let mut buf = Vec::new();
    write_at(&mut buf, 0, &head)?;
    // `{ … }` without its closing line: the object goes on.
    buf.truncate(buf.len() - b"\n}".len());
    buf.extend_from_slice(b",\n  \"objectives\": [");
    out.write_all(&buf)?;
    super::write_each(out, &r.objectives, |buf, i, o| {
        buf.extend_from_slice(if i == 0 { b"\n    " } else { b",\n    " });
        write_at(buf, 2, o)
    })?;
    buf.clear();
    if !r.objectives.is_empty() {
        buf.extend_from_slice(b"\n  ");
    }
    buf.extend_from_slice(b"],\n  \"week\": ");
    write_at(&mut buf, 1, &r.week)?;
    buf.extend_from_slice(b"\n}\n");
    out.write_all(&buf)
}

/// `value` as pretty JSON that begins `depth` levels deep (its inner lines indented
/// for that depth), figures rounded.
fn write_at<T: Serialize + ?Sized>(out: &mut Vec<u8>, depth: usize, value: &T) -> io::Result<()> {
    let mut f = Rounding::default();
    for _ in 0..depth {
        f.pretty.begin_array(&mut io::sink())?;
    }
    value
        .serialize(&mut serde_json::Serializer::with_formatter(out, f))
        .map_err(io::Error::other)
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
    "scores",
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
            | "scores"
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

#[cfg(test)]
mod report_tests {
    use crate::model::{Objective, ObjectiveKind};
    use crate::ops::report::edge_tests::{Kr, objective, report};

    /// What serde writes of the whole report, in one piece.
    fn whole(r: &crate::ops::report::Report) -> Vec<u8> {
        let mut out = Vec::new();
        super::json(&mut out, r).unwrap();
        out
    }

    #[test]
    fn a_report_written_in_chunks_on_two_threads_is_the_one_serde_writes() {
        // Enough objectives for several chunks, and none at all.
        let objectives: Vec<Objective> = (1..=700)
            .map(|i| objective(i, (i > 1).then_some(1), ObjectiveKind::Committed))
            .collect();
        let krs: Vec<Kr> = (0..2100).map(|i| Kr(i / 3 + 1, 0.0, 30.0, 1.0)).collect();
        let checkins: Vec<(i64, &str, f64)> = (0..2100)
            .map(|i| (i + 1, "2026-11-02", (i % 31) as f64 / 3.0))
            .collect();
        for r in [
            report(objectives, &krs, &checkins, &[], "2026-11-23"),
            report(Vec::new(), &[], &[], &[], "2026-11-23"),
        ] {
            let mut chunked = Vec::new();
            super::report(&mut chunked, &r).unwrap();
            assert_eq!(
                String::from_utf8(chunked).unwrap(),
                String::from_utf8(whole(&r)).unwrap()
            );
        }
    }
}
