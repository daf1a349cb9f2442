//! `okr init`: create the database, or report on the one that is there.

use anyhow::Result;
use clap::Args;
use okr::store::{Init, Store};

use super::App;

/// Create the database (idempotent: an existing one is kept as it is)
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr init
  okr --db team.db init
  OKR_DB=~/okr/work.db okr init")]
pub struct InitArgs {}

pub fn run(app: &mut App, _args: InitArgs) -> Result<()> {
    let (_, outcome) = Store::init(&app.db)?;
    // In a team's clone: okr merges the team's files for git (see `okr resolve`).
    if let Ok(Some(root)) = app.team_dir() {
        super::merge::register(&root)?;
    }
    let path = app.db.display().to_string();
    match outcome {
        Init::Created => app.say(format!("Created the okr database at {path}")),
        Init::Existing {
            objectives,
            key_results,
            checkins,
        } => app.say(format!(
            "The okr database at {path} already exists; kept {objectives} objective(s), \
             {key_results} key result(s) and {checkins} check-in(s)"
        )),
    }
}
