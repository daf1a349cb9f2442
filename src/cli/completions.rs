//! `okr completions SHELL`: what a shell needs to complete okr's commands, options,
//! and the ids of objectives and key results (with their titles).

use std::io::Write;

use anyhow::Result;
use clap::{Args, CommandFactory};
use clap_complete::Shell;
use clap_complete::env::EnvCompleter;

use super::Cli;

/// Print the completion setup for your shell
///
/// It offers subcommands, options, and the ids of this quarter's objectives and key
/// results with their titles, by asking okr as you type. Add it once:
///
///   bash: echo 'source <(okr completions bash)' >> ~/.bashrc
///   zsh:  echo 'source <(okr completions zsh)' >> ~/.zshrc
///   fish: mkdir -p ~/.config/fish/completions && okr completions fish > ~/.config/fish/completions/okr.fish
///
/// `--static` prints a script that needs no okr to run while completing (no ids), for
/// packagers: the scripts in the repository's completions/ folder.
#[derive(Debug, Args)]
#[command(
    verbatim_doc_comment,
    after_help = "Examples:
  echo 'source <(okr completions bash)' >> ~/.bashrc
  okr completions zsh --static > completions/_okr"
)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    pub shell: Shell,
    /// A self-contained script: commands and options only, no ids
    #[arg(long = "static")]
    pub fixed: bool,
}

pub fn run(args: &CompletionsArgs) -> Result<()> {
    let mut script = Vec::new();
    if args.fixed {
        clap_complete::generate(args.shell, &mut Cli::command(), "okr", &mut script);
    } else {
        let shell: &dyn EnvCompleter = match args.shell {
            Shell::Bash => &clap_complete::env::Bash,
            Shell::Elvish => &clap_complete::env::Elvish,
            Shell::Fish => &clap_complete::env::Fish,
            Shell::PowerShell => &clap_complete::env::Powershell,
            Shell::Zsh => &clap_complete::env::Zsh,
            _ => {
                return Err(okr::Error::invalid_with_hint(
                    format!("okr cannot complete ids in {}", args.shell),
                    "use `--static` for a script without ids",
                )
                .into());
            }
        };
        shell.write_registration("COMPLETE", "okr", "okr", "okr", &mut script)?;
    }
    std::io::stdout().lock().write_all(&script)?;
    Ok(())
}
