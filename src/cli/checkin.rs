//! `okr checkin [KR] [VALUE]`, `okr checkin list`, `okr checkin undo`.
//!
//! In a terminal, `okr checkin` alone is the weekly ritual: it walks my key results
//! due this week one after another and ends with a summary to paste into the team
//! chat; a missing value is typed at a prompt. Without a terminal nothing is asked: the
//! command fails at once, naming what to pass.

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use okr::model::ValueInput;
use okr::ops::checkins::Record;
use okr::render::{self, Format, text};
use okr::{Error, ops};

use super::{App, parse};

mod ritual;
use ritual::ritual;

/// Record a key result's value (`okr checkin oqsw 42`, `okr checkin oqsw +3`)
///
/// VALUE sets the value; `+N` / `-N` change it from the current value; `=-N` sets a
/// negative value; for milestones, `done` means 1.
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_help = "Examples:
  okr checkin                  # in a terminal: walk this week's key results, one by one
  okr checkin oqsw 42 -c 8 -n \"two pilots signed\"
  okr checkin oqsw +3             # three more than now
  okr checkin xtov done          # a milestone reached
  okr checkin oqsw 40 --date \"last friday\""
)]
pub struct CheckinArgs {
    #[command(subcommand)]
    pub action: Option<CheckinAction>,
    /// Key result id [asked in a terminal]
    #[arg(add = super::complete::krs())]
    pub kr: Option<String>,
    /// The new value, or +N / -N for a change [asked in a terminal]
    #[arg(allow_negative_numbers = true, allow_hyphen_values = true)]
    pub value: Option<String>,
    /// How sure you are of reaching the target, 0–10
    #[arg(long, short, value_name = "0-10")]
    pub confidence: Option<String>,
    /// What happened, in a few words
    #[arg(long, short)]
    pub note: Option<String>,
    /// The day the value was measured (backfilling is fine) [default: today]
    #[arg(long, short, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CheckinAction {
    /// List check-ins, newest first
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  okr checkin list
  okr checkin list oqsw --limit 0
  okr checkin list --cycle 2026-Q4 --format csv > checkins.csv"
    )]
    List(ListArgs),
    /// Remove the check-in recorded last (asks first, or `--yes`)
    #[command(after_help = "Examples:
  okr checkin undo
  okr checkin undo oqsw --yes")]
    Undo(UndoArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this key result's check-ins
    #[arg(add = super::complete::krs())]
    pub kr: Option<String>,
    /// Only this cycle's check-ins (or `all`) [default: all]
    #[arg(long)]
    pub cycle: Option<String>,
    /// Show at most N (0: all)
    #[arg(long, short = 'n', value_name = "N", default_value_t = 50)]
    pub limit: usize,
}

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// Only undo the latest check-in of this key result
    #[arg(add = super::complete::krs())]
    pub kr: Option<String>,
}

pub fn run(app: &mut App, args: CheckinArgs) -> Result<()> {
    match args.action {
        Some(CheckinAction::List(a)) => list(app, a),
        Some(CheckinAction::Undo(a)) => undo(app, a),
        None => record(app, args),
    }
}

fn record(app: &mut App, args: CheckinArgs) -> Result<()> {
    // Everything typed is checked before anything is asked.
    let date = parse::date(app, args.date.as_deref())?;
    let confidence = parse::confidence(args.confidence.as_deref())?;
    let typed_value = args.value.as_deref().map(ValueInput::parse).transpose()?;
    let mut store = app.store()?;
    let kr = match args.kr {
        Some(kr) => kr,
        None if app.interactive => {
            if args.confidence.is_some() || args.note.is_some() {
                return Err(Error::invalid_with_hint(
                    "`--confidence` and `--note` belong to one key result, and none was given",
                    "name it: `okr checkin <KR> <VALUE> -c 7 -n \"…\"`, or run `okr checkin` alone to be asked",
                )
                .into());
            }
            return ritual(app, &mut store, date);
        }
        None => {
            return Err(Error::invalid_with_hint(
                "which key result? none was given, and there is no terminal to ask",
                "pass it first: `okr checkin <KR> <VALUE>`; `okr kr list` shows the ids",
            )
            .into());
        }
    };
    let value = match typed_value {
        Some(v) => v,
        None if app.interactive => ask_value(app, &mut store, &kr)?,
        None => {
            return Err(Error::invalid_with_hint(
                format!("no value given for key result `{kr}`, and there is no terminal to ask"),
                format!("pass it after the key result: `okr checkin {kr} <VALUE>` (or `+N` for a change)"),
            )
            .into());
        }
    };
    let req = Record {
        kr,
        value,
        date,
        confidence,
        note: args.note,
        sure: app.yes,
    };
    let r = record_asking(app, &mut store, req)?;
    if app.format == Format::Json {
        return Ok(render::json(&mut app.out, &r)?);
    }
    let unit = &r.kr.kr.unit;
    // A backfill says the progress on its own day, and today's where a later check-in
    // makes it another.
    let (then, now) = (
        text::percent(Some(r.progress_on_date)),
        text::percent(Some(r.kr.progress)),
    );
    let progress = if r.checkin.date < app.ctx.today && then != now {
        format!("{then} on that day ({now} now)")
    } else {
        then
    };
    app.say(format!(
        "Checked in {} on key result {} ({}): {} → {}, progress {}{}",
        r.checkin.date,
        r.kr.kr.id,
        r.kr.kr.title,
        text::kr_value(r.previous, r.kr.kr.kind, unit),
        text::kr_value(r.checkin.value, r.kr.kr.kind, unit),
        progress,
        r.checkin
            .confidence
            .map(|c| format!(", confidence {c}"))
            .unwrap_or_default()
    ))
}

/// Records a check-in; a value the key result cannot plausibly take (a typo?) is asked
/// about in a terminal, and refused in a script unless `--yes`.
fn record_asking(
    app: &App,
    store: &mut okr::store::Store,
    mut req: Record,
) -> Result<ops::checkins::Recorded> {
    match ops::checkins::record(store, &app.ctx, req.clone()) {
        Err(Error::Implausible { message }) if app.interactive => {
            if !app.confirm(&format!("{message}: check it in all the same"))? {
                return Err(Error::Implausible { message }.into());
            }
            req.sure = true;
            Ok(ops::checkins::record(store, &app.ctx, req)?)
        }
        other => Ok(other?),
    }
}

/// Asks for the value, showing the current one.
fn ask_value(app: &App, store: &mut okr::store::Store, kr: &str) -> Result<ValueInput> {
    let k = ops::checkins::current(store, &app.ctx, kr)?;
    let prompt = format!(
        "{} (now {}, target {}; +N/-N for a change)",
        k.kr.title,
        text::kr_value(k.current, k.kr.kind, &k.kr.unit),
        text::kr_target(k.kr.target, k.kr.kind, k.kr.keep, &k.kr.unit)
    );
    let prompt = render::terminal::neutralise(&prompt, false).into_owned();
    let typed: String = dialoguer::Input::new()
        .with_prompt(prompt)
        .validate_with(|s: &String| ValueInput::parse(s).map(|_| ()).map_err(|e| e.to_string()))
        .interact_text()
        .context("cannot read the value")?;
    Ok(ValueInput::parse(&typed)?)
}

fn list(app: &mut App, a: ListArgs) -> Result<()> {
    let mut store = app.store()?;
    let cycle = a
        .cycle
        .as_deref()
        .filter(|c| !c.eq_ignore_ascii_case("all"));
    let limit = (a.limit > 0).then_some(a.limit);
    let (rows, more) = ops::checkins::list(&mut store, a.kr.as_deref(), cycle, limit)?;
    render::checkins(&mut app.out, &rows, app.format, app.style)?;
    app.more("check-ins", more)
}

fn undo(app: &mut App, a: UndoArgs) -> Result<()> {
    let mut store = app.store()?;
    let Some(last) = ops::checkins::last(&mut store, a.kr.as_deref())? else {
        return Err(Error::invalid("there is no check-in to undo").into());
    };
    let c = &last.checkin;
    let what = format!(
        "the check-in of {} on key result {} ({}) dated {} by {}",
        text::kr_value(c.value, last.kr_kind, &last.unit),
        c.kr,
        last.kr_title,
        c.date,
        c.author
    );
    if !app.confirm(&format!("removing {what}"))? {
        return app.say("Nothing removed.");
    }
    ops::checkins::undo(&mut store, &app.ctx, c, a.kr.as_deref())?;
    app.say(format!("Removed {what}"))
}
