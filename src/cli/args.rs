//! The clap tree: the global options, the commands, and what they share.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

use super::{
    checkin, completions, config, cycle, demo, exchange, init, kr, lint, log, man, merge,
    objective, prompt, pull, report, review, score, task, trend,
};

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
    /// `okr report` and `okr trend` only: a self-contained page with charts
    Html,
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
            FormatArg::Html => okr::render::Format::Html,
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
    #[command(subcommand)]
    Task(task::TaskCommand),
    Score(score::ScoreArgs),
    Report(report::ReportArgs),
    Export(exchange::ExportArgs),
    Import(exchange::ImportArgs),
    Sync(exchange::SyncArgs),
    Resolve(merge::ResolveArgs),
    #[command(hide = true)]
    MergeFile(merge::MergeFileArgs),
    Pull(pull::PullArgs),
    Trust(pull::TrustArgs),
    Lint(lint::LintArgs),
    Review(review::ReviewArgs),
    Trend(trend::TrendArgs),
    Log(log::LogArgs),
    Undo(log::UndoArgs),
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
    pub(super) fn cut<T>(&self, rows: &mut Vec<T>) -> usize {
        if self.limit == 0 || rows.len() <= self.limit {
            return 0;
        }
        let more = rows.len() - self.limit;
        rows.truncate(self.limit);
        more
    }
}

impl Command {
    /// Whether the command prints data a person reads, which may be long: it goes
    /// through the pager on a terminal. Commands that ask questions never page.
    pub(super) fn pages(&self) -> bool {
        match self {
            Command::Report(_)
            | Command::Score(_)
            | Command::Trend(_)
            | Command::Lint(_)
            | Command::Demo(_)
            | Command::Log(_)
            | Command::Config(_) => true,
            Command::Cycle(c) => !matches!(c, cycle::CycleCommand::Add(_)),
            Command::Objective(c) => matches!(
                c,
                objective::ObjectiveCommand::List(_) | objective::ObjectiveCommand::Show(_)
            ),
            Command::Kr(c) => matches!(c, kr::KrCommand::List(_) | kr::KrCommand::Show(_)),
            Command::Task(c) => matches!(c, task::TaskCommand::List(_)),
            Command::Checkin(c) => matches!(c.action, Some(checkin::CheckinAction::List(_))),
            _ => false,
        }
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

    #[test]
    fn the_early_version_line_is_the_one_clap_prints() {
        assert_eq!(
            format!("{}\n", super::super::version_line()),
            Cli::command().render_version()
        );
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
