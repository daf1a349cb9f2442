//! The command line: one file per command group (the clap tree in `args`), and the
//! one place that turns an error into a sentence and an exit code.

mod app;
mod args;
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
mod log;
mod man;
mod merge;
mod objective;
mod output;
mod parse;
mod progress;
mod prompt;
mod pull;
mod report;
mod review;
mod score;
mod task;
mod trend;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

pub use app::App;
pub use args::{Cli, ColorChoice, Command, FormatArg, GlobalArgs, Limit};
use okr::render::terminal::neutralise;

pub fn main() -> ExitCode {
    // `okr --version` alone, as scripts and package managers ask it, answered before the
    // command tree is built (most of the time such a run would take): git does so too.
    // A test holds it to what clap prints.
    if let [_, flag] = std::env::args_os().collect::<Vec<_>>().as_slice()
        && (flag == "--version" || flag == "-V")
    {
        println!("{}", version_line());
        return ExitCode::SUCCESS;
    }
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

/// What `okr --version` prints.
fn version_line() -> String {
    format!("okr {}", env!("CARGO_PKG_VERSION"))
}

/// Runs a command; the number is the exit code of a command that succeeded in running
/// (lint findings give 1).
fn run(cli: Cli) -> anyhow::Result<u8> {
    let Cli { global, command } = cli;
    let command = match command {
        Some(command) => command,
        None => match overview(&global)? {
            Some(command) => command,
            None => return Ok(0),
        },
    };
    if let Command::Completions(args) = &command {
        return completions::run(args).map(|()| 0);
    }
    if global.format == Some(FormatArg::Github) && !matches!(command, Command::Lint(_)) {
        return Err(okr::Error::invalid_with_hint(
            "`--format github` is only for `okr lint`",
            "use table, markdown, json or csv",
        )
        .into());
    }
    if global.format == Some(FormatArg::Html)
        && !matches!(command, Command::Report(_) | Command::Trend(_))
    {
        return Err(okr::Error::invalid_with_hint(
            "`--format html` is only for `okr report` and `okr trend`",
            "use table, markdown, json or csv",
        )
        .into());
    }
    let format = global.format;
    let mut app = App::new(&global)?;
    // Human-readable output is neutralised; JSON, CSV and exported TOML stay exact.
    let neutral = matches!(
        app.format,
        okr::render::Format::Table | okr::render::Format::Markdown
    ) && !matches!(command, Command::Export(_) | Command::Man(_));
    let colour = app.style.color;
    app.out = if command.pages() && !global.no_pager && io::stdout().is_terminal() {
        output::Output::paged(neutral, colour)
    } else {
        output::Output::stdout(neutral, colour)
    };
    let code = match command {
        Command::Init(args) => init::run(&mut app, args).map(|()| 0),
        Command::Cycle(c) => cycle::run(&mut app, c).map(|()| 0),
        Command::Objective(c) => objective::run(&mut app, c).map(|()| 0),
        Command::Kr(c) => kr::run(&mut app, c).map(|()| 0),
        Command::Checkin(args) => checkin::run(&mut app, args).map(|()| 0),
        Command::Task(c) => task::run(&mut app, c).map(|()| 0),
        Command::Score(args) => score::run(&mut app, args).map(|()| 0),
        Command::Report(args) => report::run(&mut app, args).map(|()| 0),
        Command::Demo(args) => demo::run(&mut app, args).map(|()| 0),
        Command::Lint(args) => lint::run(&mut app, args, format),
        Command::Export(args) => exchange::export(&mut app, args, format).map(|()| 0),
        Command::Import(args) => exchange::import(&mut app, args).map(|()| 0),
        Command::Sync(args) => exchange::sync(&mut app, args).map(|()| 0),
        Command::Resolve(args) => merge::resolve(&mut app, args).map(|()| 0),
        Command::MergeFile(args) => merge::merge_file(args),
        Command::Config(args) => config::run(&mut app, &global, args).map(|()| 0),
        Command::Prompt(args) => prompt::run(&mut app, args).map(|()| 0),
        Command::Log(args) => log::log(&mut app, args).map(|()| 0),
        Command::Review(args) => review::run(&mut app, args).map(|()| 0),
        Command::Trend(args) => trend::run(&mut app, args).map(|()| 0),
        Command::Undo(args) => log::undo(&mut app, args).map(|()| 0),
        Command::Pull(args) => pull::run(&mut app, args),
        Command::Trust(args) => pull::trust(&mut app, args).map(|()| 0),
        Command::Man(args) => man::run(&mut app, args).map(|()| 0),
        Command::Completions(_) => Ok(0),
    }?;
    std::mem::replace(&mut app.out, output::Output::stdout(false, false)).finish()?;
    Ok(code)
}

/// `okr` alone: this week (`okr report --week`), as `task` alone shows its next
/// report; with no database yet, where to start.
fn overview(global: &GlobalArgs) -> anyhow::Result<Option<Command>> {
    let db = app::db_path(global.db.as_deref())?;
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
    // Each cause once: an error that already says its cause (`cannot read X: Not a
    // directory`) is not followed by the cause again.
    let mut message = String::new();
    for cause in e.chain().map(ToString::to_string) {
        if message.contains(&cause) {
            continue;
        }
        if !message.is_empty() {
            message.push_str(": ");
        }
        message.push_str(&cause);
    }
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

/// Leaves `value` to the end of the process: a report of 10,000 objectives is a
/// quarter of a million allocations, which the exit gives back at once instead of
/// freeing one by one after the output is written.
pub(crate) fn leave_to_exit<T>(value: T) {
    std::mem::forget(value);
}
