//! `okr checkin` alone in a terminal: the Friday walk through my key results due this
//! week, and the summary to paste into the team chat.

use std::io::Write;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use okr::model::ValueInput;
use okr::ops::checkins::Record;
use okr::render::{self, text};
use okr::{Error, ops};

use super::super::{App, parse};
use super::record_asking;

/// The weekly ritual: each key result of mine due this week in turn, with where it
/// stands; a value (or `+N`), a confidence and a note, or Enter to skip. Each check-in
/// is recorded as soon as it is complete, so Ctrl-C keeps everything before it. Ends
/// with a summary on stdout, ready to paste.
pub(super) fn ritual(
    app: &mut App,
    store: &mut okr::store::Store,
    date: Option<NaiveDate>,
) -> Result<()> {
    let due = ops::checkins::due(store, &app.ctx)?;
    if due.is_empty() {
        return app.say(format!(
            "Nothing due: each of your key results in {} has a check-in this week.",
            okr::model::Cycle::quarter_of(app.ctx.today).name
        ));
    }
    let term = dialoguer::console::Term::stderr();
    let show = |line: String| term.write_line(&render::terminal::neutralise(&line, false));
    show(format!(
        "{} key result{} to check in. Enter skips one; Ctrl-C stops, keeping what is recorded.",
        due.len(),
        if due.len() == 1 { "" } else { "s" }
    ))?;
    let (mut done, mut skipped) = (Vec::new(), Vec::new());
    for (i, d) in due.iter().enumerate() {
        let k = &d.kr;
        show(String::new())?;
        show(format!(
            "[{}/{}] {} {}",
            i + 1,
            due.len(),
            k.kr.id,
            k.kr.title
        ))?;
        show(format!("      {}", standing(d)))?;
        let recorded = loop {
            let typed = ask(&term, "value (+N/-N for a change; Enter skips)", |s| {
                ValueInput::parse(s).map(|_| ())
            })?;
            if typed.is_empty() {
                break None;
            }
            let confidence = ask(&term, "confidence 0-10 (Enter: none)", |s| {
                parse::confidence(Some(s)).map(|_| ())
            })?;
            let note = ask(&term, "note (Enter: none)", |_| Ok(()))?;
            let req = Record {
                kr: k.kr.id.to_string(),
                value: ValueInput::parse(&typed)?,
                date,
                confidence: parse::confidence((!confidence.is_empty()).then_some(&*confidence))?,
                note: (!note.is_empty()).then_some(note),
                sure: app.yes,
            };
            match record_asking(app, store, req) {
                Ok(r) => break Some(r),
                Err(e) => match e.downcast_ref::<Error>() {
                    // An implausible value not confirmed: typed again.
                    Some(Error::Implausible { .. }) => continue,
                    // A value this key result cannot take (`done` on a metric): ask again.
                    Some(invalid @ Error::Invalid { .. }) => show(format!("      {invalid}"))?,
                    _ => return Err(e),
                },
            }
        };
        match recorded {
            Some(r) => {
                show(format!(
                    "      recorded: {} → {}, progress {}",
                    text::kr_value(r.previous, k.kr.kind, &k.kr.unit),
                    text::kr_value(r.checkin.value, k.kr.kind, &k.kr.unit),
                    text::percent(Some(r.kr.progress))
                ))?;
                done.push(r);
            }
            None => skipped.push(k),
        }
    }
    summary(app, &done, &skipped)
}

/// `now 434 ms → target 200 ms · 61% · confidence 8 · last 2026-11-20: "query cache"`.
fn standing(d: &ops::checkins::Due) -> String {
    let k = &d.kr;
    let mut line = format!(
        "now {} → target {} · {}",
        text::kr_value(k.current, k.kr.kind, &k.kr.unit),
        text::kr_target(k.kr.target, k.kr.kind, k.kr.keep, &k.kr.unit),
        text::percent(Some(k.progress))
    );
    if let Some(c) = k.confidence {
        line.push_str(&format!(" · confidence {c}"));
    }
    match &d.last {
        Some(c) => {
            line.push_str(&format!(" · last {}", c.date));
            if let Some(n) = &c.note {
                line.push_str(&format!(": \"{n}\""));
            }
        }
        None => line.push_str(" · no check-in yet"),
    }
    line
}

/// One line typed at a prompt (empty allowed), checked by `valid` until it passes.
fn ask(
    term: &dialoguer::console::Term,
    prompt: &str,
    valid: impl Fn(&str) -> okr::Result<()>,
) -> Result<String> {
    let typed: String = dialoguer::Input::new()
        .with_prompt(format!("      {prompt}"))
        .allow_empty(true)
        .validate_with(|s: &String| match s.trim() {
            "" => Ok(()),
            t => valid(t).map_err(|e| e.to_string()),
        })
        .interact_text_on(term)
        .context("cannot read the answer")?;
    Ok(typed.trim().to_string())
}

/// What was checked in, as a few lines for the team chat.
fn summary(
    app: &mut App,
    done: &[ops::checkins::Recorded],
    skipped: &[&okr::ops::KrView],
) -> Result<()> {
    if app.quiet {
        return Ok(());
    }
    let out = &mut app.out;
    writeln!(out)?;
    writeln!(
        out,
        "Check-ins by {}, {}: {} recorded, {} skipped",
        app.ctx.user,
        app.ctx.today,
        done.len(),
        skipped.len()
    )?;
    for r in done {
        let k = &r.kr.kr;
        let mut line = format!(
            "- {} {}: {} → {} ({})",
            k.id,
            k.title,
            text::kr_value(r.previous, k.kind, &k.unit),
            text::kr_value(r.checkin.value, k.kind, &k.unit),
            text::percent(Some(r.kr.progress))
        );
        if let Some(c) = r.checkin.confidence {
            line.push_str(&format!(", confidence {c}"));
        }
        if let Some(n) = &r.checkin.note {
            line.push_str(&format!(" — {n}"));
        }
        writeln!(out, "{line}")?;
    }
    for k in skipped {
        writeln!(out, "- {} {}: skipped", k.kr.id, k.kr.title)?;
    }
    Ok(())
}
