//! `okr objective add|list|show|edit|close|archive|rm|link|unlink`.

use anyhow::Result;
use clap::{Args, Subcommand};
use okr::model::{Level, ObjectiveKind, State};
use okr::ops::objectives::{AddObjective, EditObjective};
use okr::render::{self, Format};
use okr::store::Scope;
use okr::{Error, ops};

use super::{App, parse};

/// Qualitative goals on three levels: company, team, personal
#[derive(Debug, Subcommand)]
pub enum ObjectiveCommand {
    /// Add an objective to a cycle
    #[command(after_help = "Examples:
  okr objective add \"Win the enterprise market\" --level company --kind committed
  okr objective add \"赢得华东区企业客户\" --level team --parent lnvy --owner 李伟
  okr objective add \"Make check-ins take seconds\" --cycle 2027-Q1")]
    Add(AddArgs),
    /// List objectives [default: the current quarter's]
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  okr objective list
  okr objective list --cycle all --owner alice
  okr objective list --level company --format csv > objectives.csv"
    )]
    List(ListArgs),
    /// Show an objective with its key results, check-ins, parent and children
    #[command(after_help = "Examples:
  okr objective show lyzp
  okr objective show 3f2a --format json")]
    Show(IdArg),
    /// Change an objective's fields
    #[command(after_help = "Examples:
  okr objective edit lyzp --title \"Win the enterprise market in the east\"
  okr objective edit lyzp --parent lnvy
  okr objective edit lyzp --no-parent --level company")]
    Edit(EditArgs),
    /// Mark an objective done
    #[command(after_help = "Examples:
  okr objective close lyzp")]
    Close(IdArg),
    /// Archive an objective (kept with its history, out of the way)
    #[command(after_help = "Examples:
  okr objective archive lyzp")]
    Archive(IdArg),
    /// Delete an objective and its key results (asks first, or `--yes`)
    #[command(after_help = "Examples:
  okr objective rm lyzp
  okr objective rm lyzp --with-checkins --yes")]
    Rm(RmArgs),
    /// Record that an objective contributes to another team's objective, besides its parent
    #[command(after_help = "Examples:
  okr objective link pprl --supports tmlw        # support's objective serves sales' objective
  okr objective link pprl --supports lnvy")]
    Link(LinkArgs),
    /// Remove a link made with `okr objective link`
    #[command(after_help = "Examples:
  okr objective unlink pprl --supports tmlw")]
    Unlink(LinkArgs),
}

#[derive(Debug, Args)]
pub struct LinkArgs {
    /// The objective that contributes: its id (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::objectives())]
    pub id: String,
    /// The objective it contributes to: another team's, in the same cycle
    #[arg(long, value_name = "OBJECTIVE", add = super::complete::objectives())]
    pub supports: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// What you want to achieve, qualitatively
    pub title: String,
    /// Cycle name, e.g. 2026-Q4 [default: the quarter containing today]
    #[arg(long)]
    pub cycle: Option<String>,
    /// Company, team or personal
    #[arg(long, value_parser = parse::names::<Level>(Level::ALL), default_value = "personal")]
    pub level: Level,
    /// Who owns it [default: you, from OKR_USER, the config file or $USER]
    #[arg(long)]
    pub owner: Option<String>,
    /// The objective this one supports (alignment)
    #[arg(long, value_name = "ID", add = super::complete::objectives())]
    pub parent: Option<String>,
    /// Committed (succeeds at a 1.0 score) or aspirational (succeeds at 0.7)
    #[arg(long, value_parser = parse::names::<ObjectiveKind>(ObjectiveKind::ALL), default_value = "aspirational")]
    pub kind: ObjectiveKind,
    /// Why it matters, in a sentence or two
    #[arg(long)]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Cycle name, or `all` [default: the quarter containing today]
    #[arg(long)]
    pub cycle: Option<String>,
    /// Only objectives owned by this person
    #[arg(long)]
    pub owner: Option<String>,
    /// Only objectives of this level
    #[arg(long, value_parser = parse::names::<Level>(Level::ALL))]
    pub level: Option<Level>,
    /// Only objectives in this state
    #[arg(long, value_parser = parse::names::<State>(State::ALL))]
    pub state: Option<State>,
    #[command(flatten)]
    pub limit: super::Limit,
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// Objective id, as okr shows it (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::objectives())]
    pub id: String,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Objective id, as okr shows it (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::objectives())]
    pub id: String,
    /// New title
    #[arg(long)]
    pub title: Option<String>,
    /// New description (an empty string removes it)
    #[arg(long)]
    pub description: Option<String>,
    /// Move it to another cycle
    #[arg(long)]
    pub cycle: Option<String>,
    /// New level
    #[arg(long, value_parser = parse::names::<Level>(Level::ALL))]
    pub level: Option<Level>,
    /// New owner
    #[arg(long)]
    pub owner: Option<String>,
    /// Committed or aspirational
    #[arg(long, value_parser = parse::names::<ObjectiveKind>(ObjectiveKind::ALL))]
    pub kind: Option<ObjectiveKind>,
    /// Align it to another objective
    #[arg(long, value_name = "ID", conflicts_with = "no_parent", add = super::complete::objectives())]
    pub parent: Option<String>,
    /// Remove the alignment to a parent
    #[arg(long)]
    pub no_parent: bool,
    /// Active, done or archived
    #[arg(long, value_parser = parse::names::<State>(State::ALL))]
    pub state: Option<State>,
    /// Why: kept in the log (required when the config says `require_reason = true`)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Objective id, as okr shows it (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::objectives())]
    pub id: String,
    /// Also delete the check-ins of its key results (otherwise refused)
    #[arg(long)]
    pub with_checkins: bool,
}

pub fn run(app: &mut App, cmd: ObjectiveCommand) -> Result<()> {
    let mut store = app.store()?;
    match cmd {
        ObjectiveCommand::Add(a) => {
            let o = ops::objectives::add(
                &mut store,
                &app.ctx,
                AddObjective {
                    title: a.title,
                    description: a.description,
                    cycle: a.cycle,
                    level: Some(a.level),
                    owner: a.owner,
                    kind: Some(a.kind),
                    parent: a.parent,
                },
            )?;
            if app.format == Format::Json {
                render::json(&mut app.out, &o)?;
            } else {
                app.say(format!(
                    "Added objective {} ({} {}, {}): {}",
                    o.id, o.cycle, o.level, o.owner, o.title
                ))?;
            }
        }
        ObjectiveCommand::List(a) => {
            let scope = Scope {
                cycle: parse::cycle_filter(app, a.cycle.as_deref()),
                owner: a.owner,
                level: a.level,
                state: a.state,
                ..Scope::default()
            };
            let mut rows = ops::objectives::list(&mut store, &app.ctx, &scope)?;
            let more = a.limit.cut(&mut rows);
            render::objectives(&mut app.out, &rows, app.format, app.style)?;
            app.more("objectives", more)?;
        }
        ObjectiveCommand::Show(a) => {
            let s = ops::objectives::show(&mut store, &app.ctx, &a.id)?;
            render::objective(&mut app.out, &s, app.format, app.style)?;
        }
        ObjectiveCommand::Edit(a) => {
            let req = EditObjective {
                title: a.title,
                description: a.description,
                cycle: a.cycle,
                level: a.level,
                owner: a.owner,
                kind: a.kind,
                parent: if a.no_parent {
                    Some(None)
                } else {
                    a.parent.map(Some)
                },
                state: a.state,
            };
            if req == EditObjective::default() {
                return Err(Error::invalid_with_hint(
                    "nothing to change",
                    "pass a field to change, e.g. `--title` or `--parent`",
                )
                .into());
            }
            let reason = app.reason(a.reason, false)?;
            let o = ops::objectives::edit(&mut store, &app.ctx, &a.id, req, reason.as_deref())?;
            app.say(format!("Updated objective {}: {}", o.id, o.title))?;
        }
        ObjectiveCommand::Close(a) => {
            let o = ops::objectives::set_state(&mut store, &app.ctx, &a.id, State::Done)?;
            app.say(format!("Closed objective {}: {}", o.id, o.title))?;
        }
        ObjectiveCommand::Archive(a) => {
            let o = ops::objectives::set_state(&mut store, &app.ctx, &a.id, State::Archived)?;
            app.say(format!("Archived objective {}: {}", o.id, o.title))?;
        }
        ObjectiveCommand::Rm(a) => {
            let s = ops::objectives::show(&mut store, &app.ctx, &a.id)?;
            let action = format!(
                "deleting objective {} (`{}`) and its {} key result(s)",
                s.objective.id,
                s.objective.title,
                s.key_results.len()
            );
            // What `remove` refuses is refused before asking anything.
            let blocked = !s.children.is_empty()
                || (!a.with_checkins && s.key_results.iter().any(|k| k.last_checkin.is_some()));
            if !blocked && !app.confirm(&action)? {
                app.say("Nothing deleted.")?;
                return Ok(());
            }
            let r = ops::objectives::remove(
                &mut store,
                &app.ctx,
                &s.objective.id.to_string(),
                a.with_checkins,
            )?;
            app.say(format!(
                "Deleted objective {} ({}) with {} key result(s) and {} check-in(s)",
                r.objective.id, r.objective.title, r.key_results, r.checkins
            ))?;
        }
        ObjectiveCommand::Link(a) => {
            let (from, to) = ops::objectives::link(&mut store, &app.ctx, &a.id, &a.supports, true)?;
            app.say(format!(
                "{} {} now supports {} {} ({})",
                from.id, from.title, to.id, to.title, to.owner
            ))?;
        }
        ObjectiveCommand::Unlink(a) => {
            let (from, to) =
                ops::objectives::link(&mut store, &app.ctx, &a.id, &a.supports, false)?;
            app.say(format!(
                "{} no longer supports {} {}",
                from.id, to.id, to.title
            ))?;
        }
    }
    Ok(())
}
