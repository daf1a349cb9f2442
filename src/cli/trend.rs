//! `okr trend`: scores across cycles.

use anyhow::Result;
use clap::Args;
use okr::model::Level;
use okr::ops::report::by::By;
use okr::ops::trend::TrendRequest;
use okr::{ops, render};

use super::{App, parse};

/// Scores cycle after cycle: final for ended cycles, provisional for the running one
///
/// A score per cycle is the mean of its objectives' scores, as `okr score` shows them:
/// overall, or per owner or level with `--by`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr trend
  okr trend --by owner
  okr trend --cycles 2026-Q1..2026-Q4 --by level --format csv
  okr trend --by owner --format html > trend.html      # the scores as lines")]
pub struct TrendArgs {
    /// Cycles from one to another by name, oldest first; either end may be left open
    /// (`2026-Q1..`) [default: every cycle that holds objectives and has started]
    #[arg(long, value_name = "FROM..TO")]
    pub cycles: Option<String>,
    /// One row per owner or level
    #[arg(long, value_parser = parse::names::<By>(By::ALL))]
    pub by: Option<By>,
    /// Only objectives owned by this person or team
    #[arg(long)]
    pub owner: Option<String>,
    /// Only objectives of this level
    #[arg(long, value_parser = parse::names::<Level>(Level::ALL))]
    pub level: Option<Level>,
}

pub fn run(app: &mut App, a: TrendArgs) -> Result<()> {
    let mut store = app.store()?;
    let req = TrendRequest {
        cycles: a.cycles,
        by: a.by,
        owner: a.owner,
        level: a.level,
    };
    let trend = ops::trend::trend(&mut store, &app.ctx, &req)?;
    render::trend(&mut app.out, &trend, app.format, app.style)?;
    Ok(())
}
