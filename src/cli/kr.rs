//! `okr kr add|list|show|edit|rm`.

use anyhow::Result;
use clap::{Args, Subcommand};
use okr::model::{Keep, KrKind, Level};
use okr::ops::krs::{AddKr, EditKr};
use okr::render::{self, Format};
use okr::store::Scope;
use okr::{Error, ops};

use super::{App, parse};

/// Key results: the measurable part of an objective
#[derive(Debug, Subcommand)]
pub enum KrCommand {
    /// Add a key result to an objective
    #[command(after_help = "Examples:
  okr kr add lyzp \"Cut p95 report time from 800 ms to 200 ms\" --unit ms
  okr kr add lyzp \"Grow weekly active teams to 500\" --start 120 --target 500 --unit teams
  okr kr add lnvy \"续约率保持在 90% 以上\" --kind threshold --target 90 --unit %
  okr kr add lnvy \"Publish the public API\" --kind boolean --weight 2")]
    Add(AddArgs),
    /// List key results with their current values [default: the current quarter's]
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  okr kr list
  okr kr list --owner alice --cycle all
  okr kr list --objective lyzp --format json"
    )]
    List(ListArgs),
    /// Show a key result with all its check-ins
    #[command(after_help = "Examples:
  okr kr show oqsw
  okr kr show oqsw --format json")]
    Show(IdArg),
    /// Change a key result's fields
    #[command(after_help = "Examples:
  okr kr edit oqsw --target 250
  okr kr edit oqsw --owner bob --weight 2
  okr kr edit oqsw --kind boolean --yes      # drops start and target, after asking")]
    Edit(EditArgs),
    /// Delete a key result (asks first, or `--yes`)
    #[command(after_help = "Examples:
  okr kr rm oqsw
  okr kr rm oqsw --with-checkins --yes")]
    Rm(RmArgs),
    Source(super::pull::SourceArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The objective it measures: its id (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::objectives())]
    pub objective: String,
    /// What will be true, with its number: "Cut p95 latency from 800 ms to 200 ms"
    pub title: String,
    /// The value to reach (for a threshold: the value to hold)
    #[arg(long, allow_hyphen_values = true, value_name = "N")]
    pub target: Option<String>,
    /// The value now [default: 0; for a threshold, the target]
    #[arg(long, allow_hyphen_values = true, value_name = "N")]
    pub start: Option<String>,
    /// Free text: %, users, ms, 元
    #[arg(long)]
    pub unit: Option<String>,
    /// Metric (a number from start to target), boolean (a milestone: done or not) or
    /// threshold (a value to hold)
    #[arg(long, value_parser = parse::names::<KrKind>(KrKind::ALL), default_value = "metric")]
    pub kind: KrKind,
    /// For thresholds: which side holds [default: at-least]
    #[arg(long, value_parser = parse::names::<Keep>(Keep::ALL))]
    pub keep: Option<Keep>,
    /// Relative weight in the objective's progress [default: 1]
    #[arg(long, value_name = "W")]
    pub weight: Option<String>,
    /// Who owns it [default: the objective's owner]
    #[arg(long)]
    pub owner: Option<String>,
    /// Due date, if earlier than the cycle's end
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub due: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this objective's key results
    #[arg(long, value_name = "ID", add = super::complete::objectives())]
    pub objective: Option<String>,
    /// Cycle name, or `all` [default: the quarter containing today]
    #[arg(long)]
    pub cycle: Option<String>,
    /// Key results owned by this person
    #[arg(long)]
    pub owner: Option<String>,
    /// Only key results of objectives of this level
    #[arg(long, value_parser = parse::names::<Level>(Level::ALL))]
    pub level: Option<Level>,
    #[command(flatten)]
    pub limit: super::Limit,
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// Key result id, as okr shows it (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::krs())]
    pub id: String,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Key result id, as okr shows it (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::krs())]
    pub id: String,
    /// New title (checked against its start and target, as at `add`)
    #[arg(long)]
    pub title: Option<String>,
    /// New target
    #[arg(long, allow_hyphen_values = true, value_name = "N")]
    pub target: Option<String>,
    /// New start
    #[arg(long, allow_hyphen_values = true, value_name = "N")]
    pub start: Option<String>,
    /// New unit
    #[arg(long)]
    pub unit: Option<String>,
    /// New kind (asks first when the change drops values, or `--yes`)
    #[arg(long, value_parser = parse::names::<KrKind>(KrKind::ALL))]
    pub kind: Option<KrKind>,
    /// For thresholds: which side holds
    #[arg(long, value_parser = parse::names::<Keep>(Keep::ALL))]
    pub keep: Option<Keep>,
    /// New relative weight
    #[arg(long, value_name = "W")]
    pub weight: Option<String>,
    /// New owner
    #[arg(long)]
    pub owner: Option<String>,
    /// New due date
    #[arg(
        long,
        value_name = "DATE",
        conflicts_with = "no_due",
        allow_hyphen_values = true
    )]
    pub due: Option<String>,
    /// Remove the due date
    #[arg(long)]
    pub no_due: bool,
    /// Move it to another objective
    #[arg(long, value_name = "ID", add = super::complete::objectives())]
    pub objective: Option<String>,
    /// Why: kept in the log, and beside a new start, target or weight in the history
    /// (asked in a terminal; required when the config says `require_reason = true`)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// The day a new start, target or weight takes effect (default today); reports as
    /// of earlier days keep the old values
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Key result id, as okr shows it (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::krs())]
    pub id: String,
    /// Also delete its check-ins (otherwise refused)
    #[arg(long)]
    pub with_checkins: bool,
}

pub fn run(app: &mut App, cmd: KrCommand) -> Result<()> {
    let mut store = app.store()?;
    match cmd {
        KrCommand::Add(a) => {
            let req = AddKr {
                objective: a.objective,
                title: a.title,
                kind: a.kind,
                start: parse::number(a.start.as_deref(), "start")?,
                target: parse::number(a.target.as_deref(), "target")?,
                unit: a.unit,
                weight: parse::weight(a.weight.as_deref())?,
                owner: a.owner,
                keep: a.keep,
                due: parse::date(app, a.due.as_deref())?,
                created: app.ctx.today,
            };
            let added = ops::krs::add(&mut store, &app.ctx, req)?;
            let kr = added.kr;
            if app.format == Format::Json {
                render::json(&mut app.out, &kr)?;
            } else {
                let measure = match kr.keep {
                    Some(keep) => {
                        format!("hold {} {}", keep, render::text::value(kr.target, &kr.unit))
                    }
                    None => format!(
                        "{} → {}",
                        render::text::value(kr.start, &kr.unit),
                        render::text::value(kr.target, &kr.unit)
                    ),
                };
                app.say(format!(
                    "Added key result {} to objective {}: {} ({measure})",
                    kr.id, kr.objective, kr.title
                ))?;
                if added.from_title.is_some() {
                    app.say("  start and target taken from the title")?;
                }
            }
        }
        KrCommand::List(a) => {
            let mut scope = Scope {
                cycle: parse::cycle_filter(app, a.cycle.as_deref()),
                owner: a.owner,
                level: a.level,
                ..Scope::default()
            };
            if let Some(o) = &a.objective {
                scope.objective =
                    Some(ops::objectives::show(&mut store, &app.ctx, o)?.objective.id);
                if a.cycle.is_none() {
                    scope.cycle = None;
                }
            }
            let mut rows = ops::krs::list(&mut store, &app.ctx, &scope)?;
            let more = a.limit.cut(&mut rows);
            render::krs(&mut app.out, &rows, app.format, app.style)?;
            app.more("key results", more)?;
        }
        KrCommand::Show(a) => {
            let s = ops::krs::show(&mut store, &app.ctx, &a.id)?;
            render::kr(&mut app.out, &s, app.format, app.style)?;
        }
        KrCommand::Edit(a) => {
            let req = EditKr {
                title: a.title,
                kind: a.kind,
                start: parse::number(a.start.as_deref(), "start")?,
                target: parse::number(a.target.as_deref(), "target")?,
                unit: a.unit,
                weight: parse::weight(a.weight.as_deref())?,
                owner: a.owner,
                keep: a.keep,
                due: if a.no_due {
                    Some(None)
                } else {
                    parse::date(app, a.due.as_deref())?.map(Some)
                },
                objective: a.objective,
                drop_values: false,
                reason: None,
                from: parse::date(app, a.date.as_deref())?,
            };
            if (EditKr {
                from: None,
                ..req.clone()
            }) == EditKr::default()
            {
                return Err(Error::invalid_with_hint(
                    "nothing to change",
                    "pass a field to change, e.g. `--target`",
                )
                .into());
            }
            let mut req = req;
            if let Some(kind) = req.kind {
                let current = ops::krs::show(&mut store, &app.ctx, &a.id)?.kr.kr;
                if let Some(lost) = current.dropped_by(kind) {
                    let action = format!(
                        "making key result {} a {kind}, which drops {lost},",
                        current.id
                    );
                    if !app.confirm(&action)? {
                        app.say("Nothing changed.")?;
                        return Ok(());
                    }
                    req.drop_values = true;
                }
            }
            let measured = req.start.is_some() || req.target.is_some() || req.weight.is_some();
            req.reason = app.reason(a.reason, measured)?;
            let kr = ops::krs::edit(&mut store, &app.ctx, &a.id, req)?;
            app.say(format!("Updated key result {}: {}", kr.id, kr.title))?;
        }
        KrCommand::Source(a) => super::pull::source(app, &mut store, a)?,
        KrCommand::Rm(a) => {
            let s = ops::krs::show(&mut store, &app.ctx, &a.id)?;
            let id = s.kr.kr.id;
            let blocked = !a.with_checkins && !s.checkins.is_empty();
            let action = format!("deleting key result {id} (`{}`)", s.kr.kr.title);
            if !blocked && !app.confirm(&action)? {
                app.say("Nothing deleted.")?;
                return Ok(());
            }
            let (kr, n) = ops::krs::remove(&mut store, &app.ctx, &id.to_string(), a.with_checkins)?;
            app.say(format!(
                "Deleted key result {} ({}) with {n} check-in(s)",
                kr.id, kr.title
            ))?;
        }
    }
    Ok(())
}
