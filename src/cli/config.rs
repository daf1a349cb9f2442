//! `okr config`: every setting, its value, and where the value came from.
//!
//! Precedence, highest first: flags, environment (`OKR_*`), the team's `okr.toml`, the
//! user config, defaults. This is the one place that says which won.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, Subcommand};
use okr::exchange::team::{MARKER, Team};
use okr::render::{self, Format, Grid};
use okr::smart::{LintConfig, RULES};
use serde::Serialize;

use super::{App, GlobalArgs};

/// Show the settings in force and where each comes from
///
/// Precedence: flags > environment (OKR_*) > team okr.toml > user config > defaults.
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Examples:
  okr config
  okr config --format json
  okr config path"
)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub action: Option<ConfigAction>,
}

#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Print the files okr reads: user config, team okr.toml, database
    #[command(after_help = "Examples:
  okr config path")]
    Path,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Setting {
    pub name: String,
    pub value: String,
    pub source: String,
}

fn setting(name: &str, value: impl ToString, source: &str) -> Setting {
    Setting {
        name: name.to_string(),
        value: value.to_string(),
        source: source.to_string(),
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

pub fn run(app: &mut App, g: &GlobalArgs, a: ConfigArgs) -> Result<()> {
    let team = match app.team_dir()? {
        Some(dir) => Some(Team::load(&dir)?),
        None => None,
    };
    let rows = match a.action {
        None => settings(app, g, team.as_ref())?,
        Some(ConfigAction::Path) => paths(app, team.as_ref()),
    };
    if app.format == Format::Json {
        return Ok(render::json(&mut app.out, &rows)?);
    }
    let mut grid = Grid::new(vec!["SETTING", "VALUE", "SOURCE"]);
    for r in rows {
        grid.push(vec![r.name.into(), r.value.into(), r.source.into()]);
    }
    Ok(grid.write(&mut app.out, app.format, app.style)?)
}

fn settings(app: &App, g: &GlobalArgs, team: Option<&Team>) -> Result<Vec<Setting>> {
    let user_file = app
        .config_path
        .as_ref()
        .map_or("user config".to_string(), |p| {
            format!("user config {}", p.display())
        });
    let team_file = team.map(|t| format!("team {}", t.root.join(MARKER).display()));
    let mut rows = Vec::new();

    let db_source = match (&g.db, env("OKR_DB")) {
        (Some(p), Some(e)) if Path::new(&e) == p => "environment OKR_DB",
        (Some(_), _) => "flag --db",
        (None, _) => "default (platform data folder)",
    };
    rows.push(setting("db", app.db.display(), db_source));

    let user_source = if env("OKR_USER").is_some() {
        "environment OKR_USER".to_string()
    } else if app.config.user.is_some() {
        user_file.clone()
    } else if env("USER").is_some() {
        "environment USER".to_string()
    } else if env("USERNAME").is_some() {
        "environment USERNAME".to_string()
    } else {
        "default".to_string()
    };
    rows.push(setting("user", &app.ctx.user, &user_source));

    let today_source = if env("OKR_TODAY").is_some() {
        "environment OKR_TODAY"
    } else {
        "the clock"
    };
    rows.push(setting("today", app.ctx.today, today_source));

    let format_source = if g.format.is_some() {
        "flag --format".to_string()
    } else if app.config.format.is_some() {
        user_file.clone()
    } else {
        "default".to_string()
    };
    let format = match app.format {
        Format::Table => "table",
        Format::Markdown => "markdown",
        Format::Json => "json",
        Format::Csv => "csv",
        Format::Html => "html",
    };
    rows.push(setting("format", format, &format_source));

    let (color, color_source) = match g.color {
        super::ColorChoice::Always => ("always", "flag --color"),
        super::ColorChoice::Never => ("never", "flag --color"),
        super::ColorChoice::Auto if env("NO_COLOR").is_some() => ("never", "environment NO_COLOR"),
        super::ColorChoice::Auto => ("auto (when printing to a terminal)", "default"),
    };
    rows.push(setting("color", color, color_source));

    let (pager, pager_source) = if g.no_pager {
        ("none".to_string(), "flag --no-pager")
    } else if let Ok(p) = std::env::var("OKR_PAGER") {
        (p, "environment OKR_PAGER")
    } else if let Ok(p) = std::env::var("PAGER") {
        (p, "environment PAGER")
    } else {
        ("less (LESS=FRX)".to_string(), "default")
    };
    let pager = if pager.trim().is_empty() || pager.trim() == "cat" {
        "none".to_string()
    } else {
        pager
    };
    rows.push(setting("pager", pager, pager_source));

    let team_source = match (&g.team_dir, env("OKR_TEAM_DIR"), team) {
        (Some(d), Some(e), _) if Path::new(&e) == d => "environment OKR_TEAM_DIR",
        (Some(_), _, _) => "flag --team-dir",
        (None, _, Some(_)) => "found: the nearest okr.toml at or above here",
        (None, _, None) => "none: no okr.toml at or above here",
    };
    let team_dir = team.map_or("–".to_string(), |t| t.root.display().to_string());
    rows.push(setting("team.dir", team_dir, team_source));
    if let Some(t) = team {
        let files_source = if t.config.team.files.is_some() {
            team_file.clone().unwrap_or_default()
        } else {
            "default".to_string()
        };
        let files = t
            .files_dir()
            .map_or_else(|e| format!("(refused: {e})"), |d| d.display().to_string());
        rows.push(setting("team.files", files, &files_source));
    }

    let thresholds = app.config.status;
    let status_source = if thresholds.is_some() {
        user_file.clone()
    } else {
        "default".to_string()
    };
    let t = thresholds.unwrap_or_default();
    rows.push(setting("status.at_risk", t.at_risk, &status_source));
    rows.push(setting("status.off_track", t.off_track, &status_source));
    let reason_source = if app.config.require_reason.is_some() {
        user_file.clone()
    } else {
        "default".to_string()
    };
    rows.push(setting(
        "require_reason",
        super::app::reason_required(&app.config),
        &reason_source,
    ));

    // Lint severities: the team's over the user's over each rule's default.
    let user_lint = match &app.config.lint {
        Some(t) => Some(LintConfig::from_table(t, "the user config")?),
        None => None,
    };
    let team_lint = match team.and_then(|t| t.config.lint.as_ref()) {
        Some(table) => Some((
            table,
            LintConfig::from_table(table, team_file.as_deref().unwrap_or("okr.toml"))?,
        )),
        None => None,
    };
    for rule in RULES {
        let (config, source) = match (&team_lint, &user_lint, &app.config.lint) {
            (Some((table, c)), _, _) if table.contains_key(rule.id) => {
                (Some(c), team_file.clone().unwrap_or_default())
            }
            (_, Some(c), Some(table)) if table.contains_key(rule.id) => {
                (Some(c), user_file.clone())
            }
            _ => (None, "default".to_string()),
        };
        let severity = match config {
            Some(c) => c.severity(rule.id),
            None => Some(rule.severity),
        };
        let value = severity.map_or("allow", |s| s.as_str());
        rows.push(setting(&format!("lint.{}", rule.id), value, &source));
    }
    Ok(rows)
}

fn paths(app: &App, team: Option<&Team>) -> Vec<Setting> {
    let state = |p: &Path| {
        if p.exists() {
            "read".to_string()
        } else {
            "not there".to_string()
        }
    };
    let mut rows = Vec::new();
    match &app.config_path {
        Some(p) => rows.push(setting("user config", p.display(), &state(p))),
        None => rows.push(setting(
            "user config",
            "–",
            "no config folder on this system",
        )),
    }
    match team {
        Some(t) => {
            let p: PathBuf = t.root.join(MARKER);
            rows.push(setting("team config", p.display(), &state(&p)));
        }
        None => rows.push(setting("team config", "–", "no okr.toml at or above here")),
    }
    rows.push(setting("database", app.db.display(), &state(&app.db)));
    rows
}
