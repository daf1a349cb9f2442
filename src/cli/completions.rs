//! `okr completions SHELL`: shell completion scripts, generated from the clap tree.

use std::io::Write;

use anyhow::Result;
use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;

/// Print a completion script for your shell
///
/// bash: `okr completions bash > ~/.local/share/bash-completion/completions/okr`
/// zsh: `okr completions zsh > ~/.zfunc/_okr`
/// fish: `okr completions fish > ~/.config/fish/completions/okr.fish`
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct CompletionsArgs {
    pub shell: Shell,
}

pub fn run(args: &CompletionsArgs) -> Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "okr", &mut script);
    std::io::stdout().lock().write_all(&script)?;
    Ok(())
}
