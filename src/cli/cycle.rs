//! `okr cycle list|add|show`.

use anyhow::Result;
use clap::{Args, Subcommand};
use okr::model::Cycle;
use okr::ops;
use okr::render;

use super::{App, parse};

/// Quarters, halves, years and custom cycles
#[derive(Debug, Subcommand)]
pub enum CycleCommand {
    /// List custom cycles, cycles in use, and the current quarter
    #[command(after_help = "Examples:
  okr cycle list
  okr cycle list --format json")]
    List,
    /// Add a custom cycle (quarters like 2026-Q4 need no setup)
    #[command(after_help = "Examples:
  okr cycle add winter-push --start 2026-12-01 --end 2027-02-28
  okr objective add \"Ship the winter release\" --cycle winter-push")]
    Add(AddArgs),
    /// Show a cycle's dates and how far through it today is
    #[command(after_help = "Examples:
  okr cycle show
  okr cycle show 2026Q4
  okr cycle show winter-push")]
    Show(ShowArgs),
    /// Start the next cycle from this one: unfinished key results carry over
    #[command(after_help = "Examples:
  okr cycle carry 2026-Q4 2027-Q1 --dry-run
  okr cycle carry 2026-Q4 2027-Q1
  okr cycle carry 2026-Q4 2027-Q1 --reset-targets

Each active objective with unfinished key results is copied into TO with those key
results, each starting from its final value in FROM; alignment follows the carried
parents. Running it again adds nothing.")]
    Carry(CarryArgs),
}

#[derive(Debug, Args)]
pub struct CarryArgs {
    /// The cycle that ends
    pub from: String,
    /// The cycle that starts
    pub to: String,
    /// Keep each key result's distance from start to target, from its new start
    /// (otherwise the target stays as it was)
    #[arg(long)]
    pub reset_targets: bool,
    /// Say what would be carried, change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// A one-word name, e.g. `winter-push`
    pub name: String,
    /// First day (included)
    #[arg(long, allow_hyphen_values = true, value_name = "DATE")]
    pub start: String,
    /// Last day (included)
    #[arg(long, allow_hyphen_values = true, value_name = "DATE")]
    pub end: String,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The cycle [default: the quarter containing today]
    pub name: Option<String>,
}

pub fn run(app: &mut App, cmd: CycleCommand) -> Result<()> {
    let mut store = app.store()?;
    match cmd {
        CycleCommand::List => {
            let rows = ops::cycles::list(&mut store, &app.ctx)?;
            render::cycles(&mut app.out, &rows, app.format, app.style)?;
        }
        CycleCommand::Add(a) => {
            let start = parse::date(app, Some(&a.start))?.unwrap_or(app.ctx.today);
            let end = parse::date(app, Some(&a.end))?.unwrap_or(app.ctx.today);
            let c = ops::cycles::add(&mut store, &app.ctx, Cycle::custom(&a.name, start, end)?)?;
            app.say(format!(
                "Added cycle {} ({} .. {}, {} days)",
                c.name,
                c.start,
                c.end,
                c.days()
            ))?;
        }
        CycleCommand::Show(a) => {
            let row = ops::cycles::show(&mut store, &app.ctx, a.name.as_deref())?;
            render::cycle(&mut app.out, &row, app.format, app.style)?;
        }
        CycleCommand::Carry(a) => {
            let c = ops::review::carry(
                &mut store,
                &app.ctx,
                &a.from,
                &a.to,
                a.reset_targets,
                a.dry_run,
            )?;
            let verb = if a.dry_run { "Would carry" } else { "Carried" };
            for (new, old, title) in &c.objectives {
                app.say(format!("{verb} {old} → {new}: {title}"))?;
            }
            for (child, ancestor, left) in &c.realigned {
                app.say(format!(
                    "{child} aligns to {ancestor}: its parent {left} was not carried (nothing left to do in it)"
                ))?;
            }
            app.say(format!(
                "{verb} {} objective(s) and {} key result(s) from {} to {}{}",
                c.objectives.len(),
                c.key_results,
                c.from,
                c.to,
                if c.already > 0 {
                    format!(" ({} carried before)", c.already)
                } else {
                    String::new()
                }
            ))?;
        }
    }
    Ok(())
}
