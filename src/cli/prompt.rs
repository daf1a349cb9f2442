//! `okr prompt`: a few characters for a shell prompt.
//!
//! `okr:3!` when three of my key results this quarter have had no check-in for a week;
//! nothing when none has, or when there is no database. It never asks, never pages,
//! never prints an error (a prompt must not shout), and answers from one indexed query.

use std::io::Write;

use anyhow::Result;
use clap::Args;
use okr::model::Cycle;
use okr::store::Store;

use super::App;

/// Print `okr:N!` when N of your key results this quarter are stale (for a shell prompt)
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  bash: PS1='$(okr prompt --space)'\"$PS1\"
  zsh:  setopt PROMPT_SUBST; PROMPT='$(okr prompt --space)'\"$PROMPT\"
  fish: in fish_prompt, `okr prompt --space`")]
pub struct PromptArgs {
    /// Follow the text with a space (nothing is printed when nothing is due)
    #[arg(long)]
    pub space: bool,
}

pub fn run(app: &mut App, a: PromptArgs) -> Result<()> {
    let Ok(mut store) = Store::open(&app.db) else {
        return Ok(());
    };
    let cycle = Cycle::quarter_of(app.ctx.today);
    let stale = store
        .read(|tx| okr::store::krs::stale_count(tx, &cycle.name, &app.ctx.user, app.ctx.today))
        .unwrap_or(0);
    if stale > 0 {
        let space = if a.space { " " } else { "" };
        write!(app.out, "okr:{stale}!{space}")?;
    }
    Ok(())
}
