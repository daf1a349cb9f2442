//! `okr score`, `okr score set`, `okr score clear`.

use anyhow::Result;
use clap::{Args, Subcommand};
use okr::model::Value;
use okr::ops::report::Request;
use okr::{ops, render};

use super::{App, parse};

/// Scores from 0.0 to 1.0: green ≥ 0.7, yellow ≥ 0.4, red below
///
/// A key result's score is its progress at the cycle's end (or on the as-of date while
/// the cycle runs), unless a grade was set by hand; an objective's is the weighted mean.
/// An aspirational objective succeeds at 0.7, a committed one only at 1.0.
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Examples:
  okr score
  okr score --as-of 2026-12-31 --explain
  okr score set oqsw 0.8 --note \"shipped; the last 100 ms moved to Q1\"
  okr score --format csv > scores.csv"
)]
pub struct ScoreArgs {
    #[command(subcommand)]
    pub action: Option<ScoreAction>,
    /// Cycle name [default: the quarter containing the as-of date]
    #[arg(long)]
    pub cycle: Option<String>,
    /// Only objectives owned by this person or team
    #[arg(long)]
    pub owner: Option<String>,
    /// Score as of this day [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub as_of: Option<String>,
    /// Show how each number was reached: values, dates, weights
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Subcommand)]
pub enum ScoreAction {
    /// Grade a key result by hand, with the reason; the grade then counts
    #[command(after_help = "Examples:
  okr score set oqsw 0.8 --note \"the cache shipped; the last 100 ms moved to Q1\"")]
    Set(SetArgs),
    /// Remove a hand grade; the computed score counts again
    #[command(after_help = "Examples:
  okr score clear oqsw")]
    Clear(ClearArgs),
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Key result id
    #[arg(add = super::complete::krs())]
    pub kr: String,
    /// A score from 0.0 to 1.0
    pub grade: String,
    /// Why this grade (required)
    #[arg(long, short)]
    pub note: String,
}

#[derive(Debug, Args)]
pub struct ClearArgs {
    /// Key result id
    #[arg(add = super::complete::krs())]
    pub kr: String,
}

pub fn run(app: &mut App, a: ScoreArgs) -> Result<()> {
    let mut store = app.store()?;
    match a.action {
        Some(ScoreAction::Set(s)) => {
            let grade = Value::parse_finite(&s.grade, "grade")?;
            let g = ops::report::set_grade(&mut store, &app.ctx, &s.kr, grade, &s.note)?;
            app.say(format!(
                "Graded key result {} at {}: {}",
                g.kr,
                render::text::score(g.grade),
                g.note
            ))
        }
        Some(ScoreAction::Clear(c)) => {
            if ops::report::clear_grade(&mut store, &app.ctx, &c.kr)? {
                app.say(format!("Cleared the hand grade of key result {}", c.kr))
            } else {
                Err(okr::Error::invalid(format!(
                    "key result `{}` has no hand grade to clear",
                    c.kr
                ))
                .into())
            }
        }
        None => {
            let req = Request {
                cycle: a.cycle,
                owner: a.owner,
                level: None,
                as_of: parse::date(app, a.as_of.as_deref())?,
                week: app.format == render::Format::Json,
                dots: false,
                grades_until: None,
            };
            let report = ops::report::report(&mut store, &app.ctx, &req)?;
            render::scores(&mut app.out, &report, app.format, app.style, a.explain)?;
            super::leave_to_exit(report);
            Ok(())
        }
    }
}
