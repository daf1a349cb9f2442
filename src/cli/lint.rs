//! `okr lint`: are the OKRs SMART? For people, scripts and CI.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use okr::render::lint::LintFormat;
use okr::smart::{LintConfig, RULES};
use okr::{Error, ops};

use super::{App, FormatArg};

/// Check OKRs against the SMART rules (files or folders of TOML, or the database)
///
/// Exits 0 when clean (printing nothing), 1 on errors (and on warnings with
/// `--deny warnings`), 2 when the input cannot be read. `--format human|json|github`;
/// github prints `::error file=…,line=…,col=…::` annotations for GitHub Actions.
/// Severities come from `[lint]` in the team's okr.toml, over the user config; an
/// objective can allow a rule for itself with `lint.allow = ["rule/id"]`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr lint
  okr lint okrs/
  okr lint okrs/ --format github --deny warnings   # in CI
  okr lint --rules")]
pub struct LintArgs {
    /// Team files or folders [default: the database]
    pub paths: Vec<PathBuf>,
    /// Fail (exit 1) on warnings too
    #[arg(long, value_name = "LEVEL", value_parser = ["warnings"])]
    pub deny: Option<String>,
    /// With the database: a cycle, or `all` [default: the quarter containing today]
    #[arg(long)]
    pub cycle: Option<String>,
    /// List the rules with their severities, and exit
    #[arg(long)]
    pub rules: bool,
}

pub fn run(app: &mut App, a: LintArgs, format: Option<FormatArg>) -> Result<u8> {
    let format = match format {
        None | Some(FormatArg::Human) | Some(FormatArg::Table) => LintFormat::Human,
        Some(FormatArg::Json) => LintFormat::Json,
        Some(FormatArg::Github) => LintFormat::Github,
        Some(other) => {
            return Err(Error::invalid_with_hint(
                format!("`okr lint` cannot print {other:?} output").to_lowercase(),
                "use `--format human`, `json` or `github`",
            )
            .into());
        }
    };
    let user = match &app.config.lint {
        Some(t) => LintConfig::from_table(t, "the user config")?,
        None => LintConfig::default(),
    };
    if a.rules {
        for r in RULES {
            let level = user.severity(r.id).map_or("allow", |s| s.as_str());
            writeln!(app.out, "{:<32} {:<8} {}", r.id, level, r.summary)?;
        }
        return Ok(0);
    }
    let linted = if a.paths.is_empty() {
        let mut store = app.store()?;
        ops::lint::database(&mut store, &app.ctx, a.cycle.as_deref(), &user)?
    } else {
        ops::lint::files(&app.ctx, &a.paths, &user)?
    };
    if !linted.findings.is_empty() {
        okr::render::lint::findings(
            &mut app.out,
            &linted.findings,
            &linted.sources,
            format,
            app.style.color,
        )?;
    } else if format == LintFormat::Json {
        writeln!(app.out, "[]")?;
    }
    Ok(u8::from(linted.failed(a.deny.is_some())))
}
