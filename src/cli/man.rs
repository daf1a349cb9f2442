//! `okr man`: manual pages in roff, generated from the clap tree (clap_mangen), like
//! the completion scripts. The pages in `man/` are these, committed; a test fails when
//! they drift from the CLI.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, CommandFactory};

use super::{App, Cli};

/// Print okr's manual page, or a command's (`okr man report | man -l -`)
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr man | man -l -
  okr man report | man -l -
  okr man --out ~/.local/share/man/man1")]
pub struct ManArgs {
    /// A command (`report`, `objective`) [default: okr itself]
    pub command: Option<String>,
    /// Write every page (okr.1, okr-report.1, …) into this folder instead
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// The pages: `okr.1` and one per command, as (file name, roff).
pub fn pages() -> Result<Vec<(String, Vec<u8>)>> {
    let mut root = Cli::command();
    root.build();
    let mut pages = vec![("okr.1".to_string(), render(&root)?)];
    // Hidden commands (`merge-file`, which git runs) get no page.
    for sub in root
        .get_subcommands()
        .filter(|s| s.get_name() != "help" && !s.is_hide_set())
    {
        let name = format!("okr-{}", sub.get_name());
        let page = sub.clone().name(name.clone()).display_name(name.clone());
        pages.push((format!("{name}.1"), render(&page)?));
    }
    Ok(pages)
}

fn render(cmd: &clap::Command) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut out)?;
    Ok(out)
}

pub fn run(app: &mut App, a: ManArgs) -> Result<()> {
    let pages = pages()?;
    if let Some(dir) = a.out {
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create the folder `{}`", dir.display()))?;
        for (name, roff) in &pages {
            let path = dir.join(name);
            std::fs::write(&path, roff)
                .with_context(|| format!("cannot write `{}`", path.display()))?;
        }
        return app.say(format!(
            "Wrote {} pages into {}",
            pages.len(),
            dir.display()
        ));
    }
    let wanted = match &a.command {
        Some(c) => format!("okr-{c}.1"),
        None => "okr.1".to_string(),
    };
    match pages.iter().find(|(name, _)| *name == wanted) {
        Some((_, roff)) => Ok(std::io::Write::write_all(&mut app.out, roff)?),
        None => Err(okr::Error::invalid_with_hint(
            format!("no command `{}`", a.command.unwrap_or_default()),
            "`okr --help` lists the commands",
        )
        .into()),
    }
}
