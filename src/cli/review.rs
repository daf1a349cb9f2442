//! `okr review`: the end-of-cycle review (复盘), and `okr review note`.

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use okr::ops;
use okr::render::{self, Format};
use okr::store::reflections::Topic;

use super::{App, parse};

/// The end-of-cycle review: scores, changed targets and what was learned
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr review --cycle 2026-Q4
  okr review --cycle 2026-Q4 --format markdown > reviews/2026-Q4.md
  okr review note lyzp \"The cache shipped late: we under-estimated the migration\" --topic learned

In a terminal, `okr review` first asks about each of your objectives you have not
reflected on yet: what went well, what did not, what was learned (Enter skips).")]
pub struct ReviewArgs {
    /// The cycle [default: the quarter containing today]
    #[arg(long)]
    pub cycle: Option<String>,
    #[command(subcommand)]
    pub action: Option<ReviewAction>,
}

#[derive(Debug, Subcommand)]
pub enum ReviewAction {
    /// Record a reflection on an objective
    #[command(after_help = "Examples:
  okr review note lyzp \"Two big customers renewed early\" --topic went-well
  okr review note lyzp \"Hiring took a quarter longer than planned\" --topic went-badly")]
    Note(NoteArgs),
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    /// Objective id, as okr shows it (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::objectives())]
    pub objective: String,
    /// The reflection
    pub text: String,
    /// What it is about
    #[arg(long, default_value = "note", value_parser = parse::names::<Topic>(Topic::ALL))]
    pub topic: Topic,
}

pub fn run(app: &mut App, a: ReviewArgs) -> Result<()> {
    let mut store = app.store()?;
    if let Some(ReviewAction::Note(n)) = a.action {
        ops::review::note(&mut store, &app.ctx, &n.objective, n.topic, &n.text)?;
        return app.say(format!("Noted on objective {}.", n.objective));
    }
    // JSON holds the report whole, with the week's check-ins.
    let week = app.format == Format::Json;
    let mut review = ops::review::review(&mut store, &app.ctx, a.cycle.as_deref(), week)?;
    if app.interactive && app.format == Format::Table && walk(app, &mut store, &review)? {
        review = ops::review::review(&mut store, &app.ctx, a.cycle.as_deref(), week)?;
    }
    render::review(&mut app.out, &review, app.format, app.style)?;
    super::leave_to_exit(review);
    Ok(())
}

/// Asks about each of the user's objectives without a reflection of theirs yet;
/// says whether anything was recorded.
fn walk(app: &App, store: &mut okr::store::Store, review: &ops::review::Review) -> Result<bool> {
    let term = dialoguer::console::Term::stderr();
    let mine: Vec<_> = review
        .report
        .objectives
        .iter()
        .filter(|o| o.owner == app.ctx.user)
        .filter(|o| {
            !review
                .reflections_of(o.id)
                .any(|r| r.author == app.ctx.user)
        })
        .collect();
    let mut any = false;
    for o in mine {
        let line = format!("{} {}", o.id, o.title);
        term.write_line(&render::terminal::neutralise(&line, false))?;
        for (topic, question) in [
            (Topic::WentWell, "What went well?"),
            (Topic::WentBadly, "What did not go well?"),
            (Topic::Learned, "What was learned?"),
        ] {
            let typed: String = dialoguer::Input::new()
                .with_prompt(format!("  {question} (Enter skips)"))
                .allow_empty(true)
                .interact_text_on(&term)
                .context("cannot read the answer")?;
            if !typed.trim().is_empty() {
                ops::review::note(store, &app.ctx, &o.id.to_string(), topic, &typed)?;
                any = true;
            }
        }
    }
    Ok(any)
}
