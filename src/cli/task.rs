//! `okr task add|list|done|reopen|edit|rm`: initiatives under key results.

use anyhow::Result;
use clap::{Args, Subcommand};
use okr::model::TaskState;
use okr::ops::tasks::{AddTask, EditTask, TaskQuery};
use okr::{ops, render};

use super::{App, parse};

/// Initiatives: the work under a key result that should move it
#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// Name an initiative under a key result
    #[command(after_help = "Examples:
  okr task add oqsw \"Index the check-ins by date\" --due 2026-12-04
  okr task add qlnu \"Interview five teams\" --owner bob")]
    Add(AddArgs),
    /// List initiatives [default: the open ones of the current quarter]
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  okr task list --owner me               # my week at a glance
  okr task list --kr oqsw --state all
  okr task list --objective lyzp --format json"
    )]
    List(ListArgs),
    /// Tick an initiative off, today
    #[command(after_help = "Examples:
  okr task done pryl
  okr task done 0d43b1       # the uid's hex digits, as the team files write it")]
    Done(IdArg),
    /// Open a done initiative again
    #[command(after_help = "Examples:
  okr task reopen pryl")]
    Reopen(IdArg),
    /// Change an initiative's title, owner, due day or key result
    #[command(after_help = "Examples:
  okr task edit pryl --due 2026-12-11
  okr task edit pryl --owner carol --no-due")]
    Edit(EditArgs),
    /// Delete an initiative (asks first, or `--yes`)
    #[command(after_help = "Examples:
  okr task rm pryl --yes")]
    Rm(IdArg),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The key result it should move: its id (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::krs())]
    pub kr: String,
    /// What will be done: "Index the check-ins by date"
    pub title: String,
    /// Who does it [default: the key result's owner]
    #[arg(long)]
    pub owner: Option<String>,
    /// When it is due
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub due: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only those under this key result (any cycle)
    #[arg(long, add = super::complete::krs())]
    pub kr: Option<String>,
    /// Only those under this objective's key results (any cycle)
    #[arg(long, add = super::complete::objectives())]
    pub objective: Option<String>,
    /// Only this person's (`me`: yours)
    #[arg(long)]
    pub owner: Option<String>,
    /// Open, done or all
    #[arg(long, value_parser = parse::names::<TaskState>(TaskState::ALL), default_value = "open")]
    pub state: TaskState,
    /// Cycle name, or `all` [default: the current quarter]
    #[arg(long)]
    pub cycle: Option<String>,
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// Initiative id, as okr shows it (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::tasks())]
    pub id: String,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Initiative id, as okr shows it (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::tasks())]
    pub id: String,
    /// New title
    #[arg(long)]
    pub title: Option<String>,
    /// New owner
    #[arg(long)]
    pub owner: Option<String>,
    /// New due day
    #[arg(
        long,
        value_name = "DATE",
        allow_hyphen_values = true,
        conflicts_with = "no_due"
    )]
    pub due: Option<String>,
    /// Remove the due day
    #[arg(long)]
    pub no_due: bool,
    /// Move it under another key result
    #[arg(long, add = super::complete::krs())]
    pub kr: Option<String>,
}

pub fn run(app: &mut App, cmd: TaskCommand) -> Result<()> {
    let mut store = app.store()?;
    let me = |app: &App, owner: Option<String>| match owner {
        Some(o) if o == "me" => Some(app.ctx.user.clone()),
        o => o,
    };
    match cmd {
        TaskCommand::Add(a) => {
            let req = AddTask {
                kr: a.kr,
                title: a.title,
                owner: me(app, a.owner),
                due: parse::date(app, a.due.as_deref())?,
            };
            let t = ops::tasks::add(&mut store, &app.ctx, req)?;
            if app.format == render::Format::Json {
                render::json(&mut app.out, &t)?;
            } else {
                let due = t.due.map_or_else(String::new, |d| format!(", due {d}"));
                app.say(format!(
                    "Added initiative {} under {}: {} (owner {}{due})",
                    t.id, t.kr, t.title, t.owner
                ))?;
            }
        }
        TaskCommand::List(a) => {
            let q = TaskQuery {
                cycle: if a.kr.is_some() || a.objective.is_some() {
                    None
                } else {
                    parse::cycle_filter(app, a.cycle.as_deref())
                },
                kr: a.kr,
                objective: a.objective,
                owner: me(app, a.owner),
                state: Some(a.state),
            };
            let rows = ops::tasks::list(&mut store, &app.ctx, &q)?;
            render::tasks(&mut app.out, &rows, app.format, app.style)?;
        }
        TaskCommand::Done(a) => {
            let t = ops::tasks::tick(&mut store, &app.ctx, &a.id, true)?;
            app.say(format!("Done: {} {}", t.id, t.title))?;
        }
        TaskCommand::Reopen(a) => {
            let t = ops::tasks::tick(&mut store, &app.ctx, &a.id, false)?;
            app.say(format!("Open again: {} {}", t.id, t.title))?;
        }
        TaskCommand::Edit(a) => {
            let req = EditTask {
                title: a.title,
                owner: me(app, a.owner),
                due: if a.no_due {
                    Some(None)
                } else {
                    parse::date(app, a.due.as_deref())?.map(Some)
                },
                kr: a.kr,
            };
            let t = ops::tasks::edit(&mut store, &app.ctx, &a.id, req)?;
            app.say(format!("Updated initiative {}: {}", t.id, t.title))?;
        }
        TaskCommand::Rm(a) => {
            let t = ops::tasks::get(&mut store, &a.id)?;
            if !app.confirm(&format!("deleting initiative {} (`{}`)", t.id, t.title))? {
                app.say("Nothing deleted.")?;
                return Ok(());
            }
            let t = ops::tasks::remove(&mut store, &app.ctx, &t.id.to_string())?;
            app.say(format!("Deleted initiative {} ({})", t.id, t.title))?;
        }
    }
    Ok(())
}
