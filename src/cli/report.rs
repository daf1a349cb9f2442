//! `okr report`: where a cycle stands, for people and for cron.

use anyhow::Result;
use clap::Args;
use okr::model::Level;
use okr::ops::report::Request;
use okr::ops::report::by::{By, compare};
use okr::{ops, render};

use super::{App, parse};

/// Where the cycle stands: progress, expected pace, status, confidence, trend
///
/// Never prompts and prints no colour when not on a terminal, so it is safe in cron:
/// `okr report --format markdown --as-of today`. For last week's mail on a Monday,
/// `okr report --week --as-of sunday`.
#[derive(Debug, Default, Args)]
#[command(after_help = "Examples:
  okr report
  okr report --tree
  okr report --week --as-of sunday --format markdown   # the Monday mail
  okr report --owner platform --as-of 2026-10-31
  okr report --by owner                                # teams side by side
  okr report --format csv > q4.csv
  okr report --format html > q4.html                   # a page with charts, to share")]
pub struct ReportArgs {
    /// Cycle name [default: the quarter containing the as-of date]
    #[arg(long)]
    pub cycle: Option<String>,
    /// Only objectives owned by this person or team
    #[arg(long)]
    pub owner: Option<String>,
    /// Only objectives of this level
    #[arg(long, value_parser = parse::names::<Level>(Level::ALL))]
    pub level: Option<Level>,
    /// Report as that day would have seen it: later check-ins are ignored [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub as_of: Option<String>,
    /// The ISO week of the as-of date: check-ins, changes, status moves, who did not check in
    #[arg(long, conflicts_with = "tree")]
    pub week: bool,
    /// Company → team → personal, with rolled-up progress
    #[arg(long)]
    pub tree: bool,
    /// One row per owner or level: objectives, key results, mean progress, status mix
    #[arg(long, value_parser = parse::names::<By>(By::ALL), conflicts_with_all = ["tree", "week"])]
    pub by: Option<By>,
}

pub fn run(app: &mut App, a: ReportArgs) -> Result<()> {
    if app.format == render::Format::Html && (a.week || a.tree) {
        return Err(okr::Error::invalid_with_hint(
            "the HTML report already holds the week and the tree; `--week` and `--tree` are for the terminal",
            "drop them: `okr report --format html`",
        )
        .into());
    }
    let mut store = app.store()?;
    let req = Request {
        cycle: a.cycle,
        owner: a.owner,
        level: a.level,
        as_of: parse::date(app, a.as_of.as_deref())?,
        // The page shows the week's check-ins and every check-in as a dot.
        week: a.week
            || (matches!(app.format, render::Format::Json | render::Format::Html)
                && a.by.is_none()),
        dots: app.format == render::Format::Html && a.by.is_none(),
        grades_until: None,
    };
    let report = ops::report::report(&mut store, &app.ctx, &req)?;
    if let Some(by) = a.by {
        render::comparison(&mut app.out, &compare(&report, by), app.format, app.style)?;
    } else if a.week {
        render::week(&mut app.out, &report, app.format, app.style)?;
    } else if a.tree {
        render::tree(&mut app.out, &report, app.format, app.style)?;
    } else {
        render::report(&mut app.out, &report, app.format, app.style)?;
    }
    super::leave_to_exit(report);
    Ok(())
}
