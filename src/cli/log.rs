//! `okr log` and `okr undo`: who changed what and why, and taking the latest change back.

use anyhow::Result;
use clap::Args;
use okr::ops::history::{self, LogQuery};
use okr::render;

use super::{App, Limit, parse};

/// Every change to the data, newest first: when, who, what (old → new), why
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr log
  okr log --kr oqsw              who moved this target, and why?
  okr log --objective lyzp --since 2026-11-01
  okr log --format json | jq '.[] | select(.kind == \"edit\")'")]
pub struct LogArgs {
    /// Only changes to this key result (its check-ins, grade and history included)
    #[arg(long, value_name = "ID", add = super::complete::krs())]
    pub kr: Option<String>,
    /// Only changes to this objective and its key results
    #[arg(long, value_name = "ID", add = super::complete::objectives())]
    pub objective: Option<String>,
    /// Only changes made on or after this day
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<String>,
    #[command(flatten)]
    pub limit: Limit,
}

/// Take back the latest change of any kind (a check-in, an edit, an import…)
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr undo            says what it would take back, and asks
  okr undo --yes      in a script
  okr log             the undo is in the log too; undo again to go further back")]
pub struct UndoArgs {}

pub fn log(app: &mut App, a: LogArgs) -> Result<()> {
    let mut store = app.store()?;
    let q = LogQuery {
        kr: a.kr,
        objective: a.objective,
        since: parse::date(app, a.since.as_deref())?,
        limit: (a.limit.limit > 0).then_some(a.limit.limit),
    };
    let (rows, more) = history::log(&mut store, &q)?;
    if rows.is_empty() && app.format == render::Format::Table {
        return app.say("No changes recorded.");
    }
    render::oplog(&mut app.out, &rows, app.format, app.style)?;
    app.more("changes", more)
}

pub fn undo(app: &mut App, _: UndoArgs) -> Result<()> {
    let mut store = app.store()?;
    let target = history::undoable(&mut store)?;
    let what = format!(
        "#{} by {} on {} ({})",
        target.id,
        target.user,
        target.at.get(..16).unwrap_or(&target.at),
        target.summary
    );
    if !app.confirm(&format!("undoing {what}"))? {
        return app.say("Nothing undone.");
    }
    history::undo(&mut store, &app.ctx, &target)?;
    app.say(format!("Undid {what}"))
}
