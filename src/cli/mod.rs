//! The command line: clap definitions, one file per command group, and the one place
//! that turns an error into a sentence and an exit code.

mod app;
mod checkin;
mod complete;
mod completions;
mod config;
mod cycle;
mod demo;
mod exchange;
mod init;
mod kr;
mod lint;
mod man;
mod objective;
mod output;
mod parse;
mod prompt;
mod report;
mod score;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use app::App;
use okr::render::terminal::neutralise;

/// Objectives and key results from the terminal: weekly check-ins, exact progress,
/// team files in git.
#[derive(Debug, Parser)]
#[command(name = "okr", version, propagate_version = true, max_term_width = 100)]
#[command(
    after_help = "With no command, okr shows this week (`okr report --week`).\n\
Dates: YYYY-MM-DD, today, yesterday, a weekday name, last friday, -3d, -2w, -1m.\n\
Environment: OKR_DB (database), OKR_TODAY (fix today), OKR_USER (your name), OKR_CONFIG, OKR_TEAM_DIR, OKR_PAGER (else PAGER), NO_COLOR."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The database file [default: okr.db in the platform data folder]
    #[arg(
        long,
        global = true,
        env = "OKR_DB",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,
    /// Output format where the output is data (`okr lint`: human, json or github)
    #[arg(long, global = true, value_enum)]
    pub format: Option<FormatArg>,
    /// When to colour output (NO_COLOR is honoured in `auto`)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Print only data, no confirmations
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// The team directory (holding okr.toml) [default: found by walking up from here]
    #[arg(
        long,
        global = true,
        env = "OKR_TEAM_DIR",
        hide_env_values = true,
        value_name = "DIR"
    )]
    pub team_dir: Option<PathBuf>,
    /// Answer yes to confirmations (needed for destructive commands without a terminal)
    #[arg(long, short, global = true)]
    pub yes: bool,
    /// Show tables at full width: no column left out, no title cut (by default tables
    /// fit the terminal, or $COLUMNS)
    #[arg(long, global = true)]
    pub wide: bool,
    /// Never page output (by default long output goes through $OKR_PAGER, $PAGER or
    /// `less` when printed to a terminal)
    #[arg(long, global = true)]
    pub no_pager: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Table,
    Markdown,
    Json,
    Csv,
    /// `okr lint`'s default: like a compiler (elsewhere the same as table)
    Human,
    /// `okr lint` only: GitHub Actions annotations
    Github,
}

impl From<FormatArg> for okr::render::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Table | FormatArg::Human | FormatArg::Github => okr::render::Format::Table,
            FormatArg::Markdown => okr::render::Format::Markdown,
            FormatArg::Json => okr::render::Format::Json,
            FormatArg::Csv => okr::render::Format::Csv,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(init::InitArgs),
    #[command(subcommand)]
    Cycle(cycle::CycleCommand),
    #[command(subcommand, visible_alias = "o")]
    Objective(objective::ObjectiveCommand),
    #[command(subcommand)]
    Kr(kr::KrCommand),
    #[command(visible_alias = "ci")]
    Checkin(checkin::CheckinArgs),
    Score(score::ScoreArgs),
    Report(report::ReportArgs),
    Export(exchange::ExportArgs),
    Import(exchange::ImportArgs),
    Sync(exchange::SyncArgs),
    Lint(lint::LintArgs),
    Config(config::ConfigArgs),
    Prompt(prompt::PromptArgs),
    Man(man::ManArgs),
    Completions(completions::CompletionsArgs),
    Demo(demo::DemoArgs),
}

/// `--limit N` for lists that show everything unless told otherwise.
#[derive(Debug, Args)]
pub struct Limit {
    /// Show at most N (0: all) [default: all]
    #[arg(
        long,
        short = 'n',
        value_name = "N",
        default_value_t = 0,
        hide_default_value = true
    )]
    pub limit: usize,
}

impl Limit {
    /// Keeps the first N rows (0: all) and says how many were cut.
    fn cut<T>(&self, rows: &mut Vec<T>) -> usize {
        if self.limit == 0 || rows.len() <= self.limit {
            return 0;
        }
        let more = rows.len() - self.limit;
        rows.truncate(self.limit);
        more
    }
}

pub fn main() -> ExitCode {
    // `COMPLETE=bash okr -- …`: the shell asking for completions; answered and done.
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command).complete();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let result = run(cli);
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            report(&e);
            ExitCode::from(2)
        }
    }
}

/// Runs a command; the number is the exit code of a command that succeeded in running
/// (lint findings give 1).
fn run(cli: Cli) -> anyhow::Result<u8> {
    let command = match cli.command {
        Some(command) => command,
        None => match overview(&cli.global)? {
            Some(command) => command,
            None => return Ok(0),
        },
    };
    let cli = Ctl {
        global: cli.global,
        command,
    };
    if let Command::Completions(args) = &cli.command {
        return completions::run(args).map(|()| 0);
    }
    if cli.global.format == Some(FormatArg::Github) && !matches!(cli.command, Command::Lint(_)) {
        return Err(okr::Error::invalid_with_hint(
            "`--format github` is only for `okr lint`",
            "use table, markdown, json or csv",
        )
        .into());
    }
    let format = cli.global.format;
    let mut app = App::new(&cli.global)?;
    // Human-readable output is neutralised; JSON, CSV and exported TOML stay exact.
    let neutral = matches!(
        app.format,
        okr::render::Format::Table | okr::render::Format::Markdown
    ) && !matches!(cli.command, Command::Export(_) | Command::Man(_));
    let colour = app.style.color;
    app.out = if cli.command.pages() && !cli.global.no_pager && io::stdout().is_terminal() {
        output::Output::paged(neutral, colour)
    } else {
        output::Output::stdout(neutral, colour)
    };
    let code = match cli.command {
        Command::Init(args) => init::run(&mut app, args).map(|()| 0),
        Command::Cycle(c) => cycle::run(&mut app, c).map(|()| 0),
        Command::Objective(c) => objective::run(&mut app, c).map(|()| 0),
        Command::Kr(c) => kr::run(&mut app, c).map(|()| 0),
        Command::Checkin(args) => checkin::run(&mut app, args).map(|()| 0),
        Command::Score(args) => score::run(&mut app, args).map(|()| 0),
        Command::Report(args) => report::run(&mut app, args).map(|()| 0),
        Command::Demo(args) => demo::run(&mut app, args).map(|()| 0),
        Command::Lint(args) => lint::run(&mut app, args, format),
        Command::Export(args) => exchange::export(&mut app, args).map(|()| 0),
        Command::Import(args) => exchange::import(&mut app, args).map(|()| 0),
        Command::Sync(args) => exchange::sync(&mut app, args).map(|()| 0),
        Command::Config(args) => config::run(&mut app, &cli.global, args).map(|()| 0),
        Command::Prompt(args) => prompt::run(&mut app, args).map(|()| 0),
        Command::Man(args) => man::run(&mut app, args).map(|()| 0),
        Command::Completions(_) => Ok(0),
    }?;
    std::mem::replace(&mut app.out, output::Output::stdout(false, false)).finish()?;
    Ok(code)
}

/// A command line with its command decided.
struct Ctl {
    global: GlobalArgs,
    command: Command,
}

/// `okr` alone: this week (`okr report --week`), as `task` alone shows its next
/// report; with no database yet, where to start.
fn overview(global: &GlobalArgs) -> anyhow::Result<Option<Command>> {
    let db = match &global.db {
        Some(db) => db.clone(),
        None => app::default_db()?,
    };
    if db.exists() {
        return Ok(Some(Command::Report(report::ReportArgs {
            week: true,
            ..report::ReportArgs::default()
        })));
    }
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "okr: objectives and key results from the terminal. No database yet at {}.",
        neutralise(&db.display().to_string(), false)
    )?;
    writeln!(
        out,
        "Start with `okr init`, or look around with `okr demo`; `okr --help` lists every command."
    )?;
    Ok(None)
}

impl Command {
    /// Whether the command prints data a person reads, which may be long: it goes
    /// through the pager on a terminal. Commands that ask questions never page.
    fn pages(&self) -> bool {
        match self {
            Command::Report(_)
            | Command::Score(_)
            | Command::Lint(_)
            | Command::Demo(_)
            | Command::Config(_) => true,
            Command::Cycle(c) => !matches!(c, cycle::CycleCommand::Add(_)),
            Command::Objective(c) => matches!(
                c,
                objective::ObjectiveCommand::List(_) | objective::ObjectiveCommand::Show(_)
            ),
            Command::Kr(c) => matches!(c, kr::KrCommand::List(_) | kr::KrCommand::Show(_)),
            Command::Checkin(c) => matches!(c.action, Some(checkin::CheckinAction::List(_))),
            _ => false,
        }
    }
}

/// clap's errors, in okr's shape: `error: …` in one line and a `hint:` with the usage
/// or the possible values. Help and version go to stdout as usual, and a bare group
/// (`okr objective`) still shows its help.
fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if !e.use_stderr() || e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let _ = e.print();
        return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
    }
    let text = e.render().to_string();
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("For more information"));
    let mut message = lines
        .next()
        .unwrap_or("error: invalid arguments")
        .trim_start_matches("error: ")
        .to_string();
    let mut hint: Option<String> = None;
    for line in lines {
        if let Some(usage) = line.strip_prefix("Usage: ") {
            hint.get_or_insert_with(|| format!("usage: {usage}"));
        } else if let Some(values) = line.strip_prefix("[possible values: ") {
            hint = Some(format!("possible values: {}", values.trim_end_matches(']')));
        } else if let Some(tip) = line.strip_prefix("tip: ") {
            hint = Some(tip.to_string());
        } else if message.ends_with(':') {
            message = format!("{message} {line}");
        } else {
            message = format!("{message}, {line}");
        }
    }
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "error: {message}");
    if let Some(h) = hint {
        let _ = writeln!(err, "hint: {h}");
    }
    ExitCode::from(2)
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// `error: …` and, where there is an obvious next step, `hint: …`, on stderr.
fn report(e: &anyhow::Error) {
    let color =
        std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stderr().is_terminal();
    let (red, yellow, reset) = if color {
        ("\x1b[1;31m", "\x1b[1;33m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    let mut err = io::stderr().lock();
    let message = e
        .chain()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(": ");
    // Messages quote titles and names from data: neutralised, on one line.
    let message = neutralise(&message.replace('\n', " "), false).into_owned();
    let _ = writeln!(err, "{red}error:{reset} {message}");
    if let Some(hint) = e
        .chain()
        .find_map(|c| c.downcast_ref::<okr::Error>())
        .and_then(okr::Error::hint)
    {
        let _ = writeln!(err, "{yellow}hint:{reset} {}", neutralise(&hint, false));
    }
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};
    use proptest::prelude::*;

    use super::Cli;

    #[test]
    fn the_clap_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Every command, with its path (`okr kr add`).
    fn commands(cmd: &clap::Command, path: String, out: &mut Vec<(String, clap::Command)>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let p = format!("{path} {}", sub.get_name());
            out.push((p.clone(), sub.clone()));
            commands(sub, p, out);
        }
    }

    #[test]
    fn every_option_is_described_and_every_command_has_examples() {
        let mut all = Vec::new();
        commands(&Cli::command(), "okr".into(), &mut all);
        let mut missing = Vec::new();
        for (path, cmd) in &all {
            for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path}: {} has no description", arg.get_id()));
                }
            }
            let leaf = !cmd.is_subcommand_required_set();
            let examples = cmd
                .get_after_long_help()
                .or(cmd.get_after_help())
                .is_some_and(|h| h.to_string().contains("Examples:"));
            if leaf && !examples {
                missing.push(format!("{path} has no Examples section"));
            }
        }
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }

    /// Words the CLI knows, so that generated argument vectors reach deep into it.
    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "init",
                "cycle",
                "objective",
                "o",
                "kr",
                "checkin",
                "ci",
                "score",
                "report",
                "export",
                "import",
                "sync",
                "lint",
                "config",
                "prompt",
                "man",
                "completions",
                "demo",
                "add",
                "list",
                "show",
                "edit",
                "rm",
                "set",
                "path",
                "undo",
                "--format",
                "json",
                "csv",
                "--cycle",
                "2026-Q4",
                "--as-of",
                "--date",
                "-3d",
                "--yes",
                "-q",
                "--tree",
                "--week",
                "--target",
                "--start",
                "--",
                "-",
                "+5",
                "=-3",
                "1",
                "--help",
            ])
            .prop_map(str::to_string),
            "\\PC{0,12}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn fuzz_any_argument_vector_parses_or_is_refused(args in prop::collection::vec(word(), 0..8)) {
            let _ = Cli::try_parse_from(std::iter::once("okr".to_string()).chain(args));
        }
    }
}
