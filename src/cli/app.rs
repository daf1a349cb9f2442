//! Everything a command needs from its surroundings, decided once: where the database
//! is, what today is, who the user is, how output should look, and whether a person is
//! at the terminal to be asked things.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use okr::config::Config;
use okr::ops::Ctx;
use okr::render::{Format, Style};
use okr::store::Store;

use super::output::Output;
use super::{ColorChoice, GlobalArgs};

pub struct App {
    pub db: PathBuf,
    /// The database is in okr's own data folder (no `--db` / `OKR_DB`).
    db_is_default: bool,
    pub format: Format,
    pub style: Style,
    pub quiet: bool,
    pub yes: bool,
    /// A person can answer prompts: stdin and stderr are terminals.
    pub interactive: bool,
    pub ctx: Ctx,
    pub out: Output,
    team_dir: Option<PathBuf>,
    /// The user config as read, and the file it was read from (if any).
    pub config: Config,
    pub config_path: Option<PathBuf>,
}

impl App {
    pub fn new(g: &GlobalArgs) -> Result<App> {
        let (config, config_path) = load_config()?;
        let today = today()?;
        // The user's name becomes an author in team files and a file name there.
        let user = okr::model::clean_owner(&user(config.user.as_deref()))?;
        let format = match (g.format, &config.format) {
            (Some(f), _) => f.into(),
            // A page is for one command at a time, not a default for all of them.
            (None, Some(f)) => match f.parse::<Format>()? {
                Format::Html => {
                    return Err(okr::Error::invalid_with_hint(
                        "`format = \"html\"` cannot be the default format in the config file",
                        "ask for a page per command: `okr report --format html`",
                    )
                    .into());
                }
                f => f,
            },
            (None, None) => Format::Table,
        };
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match g.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => !no_color && io::stdout().is_terminal(),
        };
        Ok(App {
            db: db_path(g.db.as_deref())?,
            db_is_default: g.db.is_none(),
            format,
            style: Style {
                color,
                width: if g.wide { None } else { table_width() },
            },
            quiet: g.quiet,
            yes: g.yes,
            interactive: io::stdin().is_terminal() && io::stderr().is_terminal(),
            ctx: Ctx {
                today,
                user,
                thresholds: config.status.unwrap_or_default(),
                now: now(today),
            },
            out: Output::stdout(true, color),
            team_dir: g.team_dir.clone(),
            config,
            config_path,
        })
    }

    /// The team directory: `--team-dir` / `OKR_TEAM_DIR`, else the nearest folder at or
    /// above the current one that holds `okr.toml`.
    pub fn team_dir(&self) -> Result<Option<PathBuf>> {
        if let Some(dir) = &self.team_dir {
            if !dir.join(okr::exchange::team::MARKER).is_file() {
                return Err(okr::Error::invalid_with_hint(
                    format!(
                        "`{}` is not a team directory: it has no okr.toml",
                        dir.display()
                    ),
                    "create okr.toml there, or point --team-dir at the folder that has it",
                )
                .into());
            }
            return Ok(Some(dir.clone()));
        }
        let cwd = std::env::current_dir().context("cannot read the current directory")?;
        Ok(okr::exchange::team::Team::find(&cwd))
    }

    /// Opens the database, making it private to the user first if it is not (with a
    /// note saying so).
    pub fn store(&self) -> Result<Store> {
        let mut store = Store::open(&self.db)?;
        // Tests pin the uids of new items, as jj's tests do with JJ_RANDOMNESS_SEED.
        if let Some(seed) = std::env::var_os("OKR_RANDOMNESS_SEED") {
            store.seed_uids(&seed.to_string_lossy())?;
        }
        for p in okr::store::make_private(&self.db, self.db_is_default) {
            eprintln!(
                "note: made `{}` private to you (others could read it)",
                p.display()
            );
        }
        Ok(store)
    }

    /// A confirmation line (`Added objective 3`), unless `--quiet`.
    pub fn say(&mut self, line: impl std::fmt::Display) -> Result<()> {
        if !self.quiet {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    /// Says that a list was cut: `… 312 more; --limit 0 for all` under a table, or a
    /// note on standard error beside data (JSON and CSV stay data).
    pub fn more(&mut self, what: &str, more: usize) -> Result<()> {
        if more == 0 {
            return Ok(());
        }
        match self.format {
            Format::Table | Format::Markdown => {
                writeln!(self.out, "… {more} more; --limit 0 for all")?;
            }
            Format::Json | Format::Csv if !self.quiet => {
                eprintln!("note: {more} more {what} not shown; --limit 0 for all");
            }
            _ => {}
        }
        Ok(())
    }

    /// The reason for a change: `--reason` as given; else, in a terminal, asked for when
    /// the change `matters` (a new start, target or weight) or the config requires one;
    /// else refused when the config requires one.
    pub fn reason(&self, given: Option<String>, matters: bool) -> Result<Option<String>> {
        let given = given
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty());
        let required = reason_required(&self.config);
        if given.is_some() || !(required || matters) {
            return Ok(given);
        }
        if !self.interactive {
            if required {
                return Err(okr::Error::invalid_with_hint(
                    "this change needs a reason: the config says `require_reason = true`",
                    "pass `--reason \"why\"`",
                )
                .into());
            }
            return Ok(None);
        }
        let prompt = if required {
            "Why this change?"
        } else {
            "Why this change? (Enter to skip)"
        };
        let answer: String = dialoguer::Input::new()
            .with_prompt(prompt)
            .allow_empty(!required)
            .interact_text()
            .context("cannot read the answer")?;
        let answer = answer.trim().to_string();
        Ok((!answer.is_empty()).then_some(answer))
    }

    /// Whether the user agreed to something destructive: `--yes`, or a prompt.
    /// `action` names it: "deleting objective 2 (`Ship it`)".
    pub fn confirm(&self, action: &str) -> Result<bool> {
        if self.yes {
            return Ok(true);
        }
        if !self.interactive {
            return Err(okr::Error::invalid_with_hint(
                format!("{action} needs confirmation, and there is no terminal to ask"),
                "pass `--yes` to go ahead",
            )
            .into());
        }
        let mut question = action.to_string();
        if let Some(first) = question.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        dialoguer::Confirm::new()
            .with_prompt(format!(
                "{}?",
                okr::render::terminal::neutralise(&question, false)
            ))
            .default(false)
            .interact()
            .context("cannot read the answer")
    }
}

/// Today: `OKR_TODAY` when set (tests and "as if it were Friday"), else the clock.
pub fn today() -> Result<NaiveDate> {
    match std::env::var("OKR_TODAY") {
        Ok(s) if !s.trim().is_empty() => Ok(s.trim().parse::<NaiveDate>().map_err(|_| {
            okr::Error::invalid_with_hint(
                format!("OKR_TODAY `{}` is not a date", s.trim()),
                "set it as YYYY-MM-DD, or unset it to use the clock",
            )
        })?),
        _ => Ok(chrono::Local::now().date_naive()),
    }
}

/// The time of this run for the log: local time with its offset, or midnight of
/// `OKR_TODAY` (UTC) when today is fixed, so that tests and scripts get the same log.
pub fn now(today: NaiveDate) -> String {
    if env_nonempty("OKR_TODAY").is_some() {
        return format!("{today} 00:00:00 +0000");
    }
    chrono::Local::now()
        .format("%Y-%m-%d %H:%M:%S %z")
        .to_string()
}

/// Whether a change needs a reason: `require_reason = true` in the config.
pub fn reason_required(config: &Config) -> bool {
    config.require_reason.unwrap_or(false)
}

/// The user's name: `OKR_USER`, the config's `user`, `$USER`, `$USERNAME`, else `me`.
pub fn user(from_config: Option<&str>) -> String {
    env_nonempty("OKR_USER")
        .or(from_config.map(str::to_string))
        .or_else(|| env_nonempty("USER"))
        .or_else(|| env_nonempty("USERNAME"))
        .unwrap_or_else(|| "me".to_string())
}

/// The database: `--db` / `OKR_DB` when given, else okr's own data folder's.
pub fn db_path(given: Option<&std::path::Path>) -> Result<PathBuf> {
    match given {
        Some(p) => Ok(p.to_path_buf()),
        None => default_db(),
    }
}

/// The width tables fit on a terminal: `$COLUMNS` when set, else the terminal's. None
/// for a file or a pipe, whatever `$COLUMNS` says (shells export it): scripts and files
/// get whole rows.
fn table_width() -> Option<usize> {
    let stdout = io::stdout();
    if !stdout.is_terminal() {
        return None;
    }
    if let Some(n) = env_nonempty("COLUMNS").and_then(|c| c.parse::<usize>().ok()) {
        return Some(n.max(20));
    }
    terminal_size::terminal_size_of(&stdout).map(|(terminal_size::Width(w), _)| usize::from(w))
}

fn env_nonempty(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// The user config and its path: `$OKR_CONFIG`, else the platform config folder's.
fn load_config() -> Result<(Config, Option<PathBuf>)> {
    let path = match std::env::var_os("OKR_CONFIG") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => match Config::default_path() {
            Some(p) => p,
            None => return Ok((Config::default(), None)),
        },
    };
    Ok((Config::load(&path)?, Some(path)))
}

pub fn default_db() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "okr").ok_or_else(|| {
        okr::Error::invalid_with_hint(
            "cannot find a data folder for the database (no home directory)",
            "pass `--db PATH` or set `OKR_DB`",
        )
    })?;
    Ok(dirs.data_dir().join("okr.db"))
}
