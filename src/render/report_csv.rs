//! `okr report --format csv`: one row per key result, written as it goes.

use std::io::{self, Write};

use crate::ops::report::Report;

const CSV_HEADER: &[&str] = &[
    "cycle",
    "as_of",
    "objective_id",
    "objective",
    "kr_id",
    "key_result",
    "owner",
    "level",
    "kind",
    "start",
    "target",
    "current",
    "unit",
    "weight",
    "ratio",
    "progress",
    "expected",
    "status",
    "confidence",
    "velocity",
    "projection",
    "required_pace",
    "stale",
    "last_checkin",
    "score",
    "band",
];

/// One row per key result; numbers unrounded so that spreadsheets can compute. Written
/// as it goes: a report of 50,000 key results is never held as text.
pub(super) fn csv(out: &mut dyn Write, r: &Report) -> io::Result<()> {
    let mut csv = super::Csv::new(out);
    for h in CSV_HEADER {
        csv.field(h)?;
    }
    csv.end()?;
    let as_of = r.as_of.to_string();
    super::write_each(out, &r.objectives, |out, _, o| {
        let mut csv = super::Csv::new(out);
        let objective_id = o.id.to_string();
        for k in &o.key_results {
            csv.field(&r.cycle.name)?;
            csv.field(&as_of)?;
            csv.field(&objective_id)?;
            csv.field(&o.title)?;
            csv.show(k.id)?;
            csv.field(&k.title)?;
            csv.field(&k.owner)?;
            csv.field(k.level.as_str())?;
            csv.field(k.kind.as_str())?;
            for v in [k.start, k.target, k.current] {
                csv.show(v + 0.0)?;
            }
            csv.field(&k.unit)?;
            csv.show(k.weight + 0.0)?;
            for v in [k.ratio, k.progress, k.expected] {
                figure(&mut csv, Some(v))?;
            }
            csv.field(k.status.as_str())?;
            match k.confidence {
                Some(c) => csv.show(c)?,
                None => csv.field("")?,
            }
            for v in [k.velocity, k.projection, k.required_pace] {
                figure(&mut csv, v)?;
            }
            csv.show(k.stale)?;
            match k.last_checkin {
                Some(d) => csv.show(d)?,
                None => csv.field("")?,
            }
            figure(&mut csv, Some(k.score))?;
            csv.field(k.band.as_str())?;
            csv.end()?;
        }
        Ok(())
    })
}

/// A computed figure, rounded to 9 decimals ([`crate::model::figure`]); empty if none.
fn figure(csv: &mut super::Csv<'_>, v: Option<f64>) -> io::Result<()> {
    match v {
        Some(v) => csv.show(crate::model::figure(v) + 0.0),
        None => csv.field(""),
    }
}
