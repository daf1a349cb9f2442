//! `okr demo`: a sample quarter in a scratch database, shown as a user would see it.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use okr::store::Store;
use okr::{Error, ops, render};

use super::App;

/// Build a sample quarter in a scratch database and show it (never touches your data)
///
/// The sample has a company objective, two team objectives aligned to it (one in
/// Chinese) and a personal one, with key results of every kind, a check-in every
/// Friday of the current quarter up to today, a few initiatives, and the personal
/// objective linked across teams to the Chinese one.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr demo
  okr demo --save /tmp/sample.db && okr --db /tmp/sample.db kr list
  COLUMNS=80 okr demo")]
pub struct DemoArgs {
    /// Keep the sample database in this new file, to explore with `okr --db PATH …`
    #[arg(long, value_name = "PATH")]
    pub save: Option<PathBuf>,
}

pub fn run(app: &mut App, args: DemoArgs) -> Result<()> {
    let mut store = match &args.save {
        Some(path) if path.exists() => {
            return Err(Error::invalid_with_hint(
                format!(
                    "`{}` already exists; the demo only writes new files",
                    path.display()
                ),
                "pick a path that does not exist yet",
            )
            .into());
        }
        Some(path) => Store::init(path)?.0,
        None => Store::in_memory()?,
    };
    // The same sample every time: the ids the README shows are the demo's.
    store.seed_uids("okr demo")?;
    let cycle = ops::demo::build(&mut store, &app.ctx)?;
    let out = &mut app.out;
    writeln!(
        out,
        "okr demo: a sample {} as of {}, in a scratch database.\nNothing of yours is touched.",
        cycle.name, app.ctx.today
    )?;
    let report = ops::report::report(&mut store, &app.ctx, &ops::report::Request::default())?;
    writeln!(out)?;
    writeln!(out, "$ okr report")?;
    render::report(out, &report, app.format, app.style)?;
    writeln!(out)?;
    writeln!(out, "$ okr report --tree")?;
    render::tree(out, &report, app.format, app.style)?;
    writeln!(out)?;
    match &args.save {
        Some(path) => writeln!(
            out,
            "Saved to {}; explore it with `okr --db {} …`.",
            path.display(),
            path.display()
        )?,
        None => writeln!(
            out,
            "Nothing was saved. Start your own with `okr init`,\nor keep this sample with `okr demo --save PATH`."
        )?,
    }
    Ok(())
}
