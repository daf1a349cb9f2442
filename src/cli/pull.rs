//! `okr kr source`, `okr pull` and `okr trust`: key results whose values come from
//! other systems.

use std::time::Duration;

use anyhow::Result;
use clap::Args;
use okr::model::format_number;
use okr::ops::pull::{self, Options, Outcome, Pulled};
use okr::render::Format;
use okr::render::terminal::neutralise;
use okr::store::Store;
use okr::store::sources::Source;

use super::App;

/// Where a key result's value comes from: a shell command that prints it
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr kr source oqsw --command \"curl -sf https://metrics.example.com/nps\"
  okr kr source oqsw --command \"curl -sf https://…/survey\" --json-path '$.nps'
  okr kr source mzmy --command \"psql -Atc 'select count(*) from teams where active'\"
  okr kr source oqsw                  shows it
  okr kr source oqsw --clear

The command runs with `sh -c` when `okr pull` runs. It prints the value: a number,
optionally with the key result's unit (`42`, `97.5 %`, `1,250 users`), or JSON with the
number at `--json-path`. A command you set here is trusted; one that comes in a team
file runs only after `okr trust`.")]
pub struct SourceArgs {
    /// Key result id, as okr shows it (`qxmz`), or its uid's hex digits
    #[arg(add = super::complete::krs())]
    pub id: String,
    /// The shell command that prints the key result's current value
    #[arg(long, value_name = "CMD", conflicts_with = "clear")]
    pub command: Option<String>,
    /// Where the number is in the JSON the command prints: `$.data.nps`, `items[0].value`
    #[arg(long, value_name = "PATH", requires = "command")]
    pub json_path: Option<String>,
    /// Remove the key result's source
    #[arg(long)]
    pub clear: bool,
}

pub fn source(app: &mut App, store: &mut Store, a: SourceArgs) -> Result<()> {
    let new = match (a.command, a.clear) {
        (Some(command), _) => Some(Source {
            command,
            json_path: a.json_path.filter(|p| !p.trim().is_empty()),
        }),
        (None, true) => None,
        (None, false) => {
            let (id, current) = store.read(|tx| {
                let id = okr::store::krs::resolve(tx, &a.id)?;
                Ok((id, okr::store::sources::get(tx, id)?))
            })?;
            if app.format == Format::Json {
                return Ok(okr::render::json(&mut app.out, &current)?);
            }
            return match current {
                Some(s) => app.say(shown(&s)),
                None => app.say(format!(
                    "Key result {id} has no source; set one with `okr kr source {id} --command \"…\"`"
                )),
            };
        }
    };
    let (id, title, changed) = pull::set(store, &app.ctx, &a.id, new.clone())?;
    match (&new, changed) {
        (_, false) => app.say(format!("Key result {id} ({title}): nothing changed")),
        (Some(s), true) => app.say(format!("Key result {id} ({title}) now reads {}", shown(s))),
        (None, true) => app.say(format!("Key result {id} ({title}) has no source now")),
    }
}

/// `` `cmd` `` or `` `cmd` at $.path ``.
fn shown(s: &Source) -> String {
    match &s.json_path {
        Some(p) => format!("`{}` at `{p}`", s.command),
        None => format!("`{}`", s.command),
    }
}

/// Run the key results' sources and check in what they print (for cron)
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr pull                    every source of this quarter's active key results
  okr pull --dry-run          runs them and shows what it would check in
  okr pull --kr 3
  0 8 * * 1-5  okr pull -q    in a crontab: quiet unless something fails

Each value is checked in for today by `pull`, with a note naming the source; a value
equal to the latest of the same day is skipped. The commands run in parallel, each
killed after the timeout. Commands that came in team files run only once trusted
(`okr trust`). Exits 1 if any source failed or is not trusted (the others are still
checked in), 2 on bad input.")]
pub struct PullArgs {
    /// Only this key result: its id (`qxmz`), or its uid's hex digits
    #[arg(long, value_name = "ID", add = super::complete::krs())]
    pub kr: Option<String>,
    /// Run the sources and show what would be checked in, without recording it
    #[arg(long)]
    pub dry_run: bool,
    /// Seconds a command may run before it is stopped
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    pub timeout: f64,
}

pub fn run(app: &mut App, a: PullArgs) -> Result<u8> {
    if !(a.timeout.is_finite() && a.timeout > 0.0 && a.timeout <= 86_400.0) {
        return Err(okr::Error::invalid_with_hint(
            format!(
                "timeout `{}` is not a number of seconds okr waits",
                a.timeout
            ),
            "give seconds between 0 and 86400, e.g. `--timeout 60`",
        )
        .into());
    }
    let mut store = app.store()?;
    let options = Options {
        kr: a.kr,
        timeout: Duration::from_secs_f64(a.timeout),
        dry_run: a.dry_run,
    };
    let pulled = pull::pull(&mut store, &app.ctx, &options)?;
    let bad = pulled
        .iter()
        .filter(|p| matches!(p.outcome, Outcome::Failed { .. } | Outcome::Untrusted))
        .count();
    if app.format == Format::Json {
        okr::render::json(&mut app.out, &pulled)?;
    } else {
        say_pulled(app, &pulled, a.dry_run)?;
    }
    if pulled.iter().any(|p| p.outcome == Outcome::Untrusted) {
        eprintln!("hint: see what they run and trust them with `okr trust`");
    }
    Ok(u8::from(bad > 0))
}

fn say_pulled(app: &mut App, pulled: &[Pulled], dry_run: bool) -> Result<()> {
    if pulled.is_empty() {
        app.say("No key result of this cycle has a source; set one with `okr kr source K --command \"…\"`")?;
    }
    let would = if dry_run {
        "would check in"
    } else {
        "checked in"
    };
    for p in pulled {
        let kr = format!("{} \"{}\"", p.kr, p.title);
        match &p.outcome {
            Outcome::Recorded { previous, value } => app.say(format!(
                "{kr}: {would} {} → {}",
                format_number(*previous),
                format_number(*value)
            ))?,
            Outcome::Unchanged { value } => app.say(format!(
                "{kr}: {} again, already checked in today",
                format_number(*value)
            ))?,
            Outcome::Failed { reason } => eprintln!(
                "error: {}",
                neutralise(&format!("{kr}: `{}` {reason}", p.command), false)
            ),
            Outcome::Untrusted => eprintln!(
                "error: {}",
                neutralise(
                    &format!(
                        "{kr}: `{}` came from a team file and is not trusted yet; not run",
                        p.command
                    ),
                    false
                )
            ),
        }
    }
    if dry_run && !pulled.is_empty() {
        app.say("Dry run: nothing was recorded.")?;
    }
    Ok(())
}

/// Trust the commands that came with key results in team files, so that `okr pull` runs them
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr trust           shows each new or changed command and asks
  okr trust --yes     trusts every one shown (in a script: read them first)

A command is trusted as written: when a teammate's commit changes it, it is not run
until it is trusted again. Commands you set with `okr kr source` are trusted already.")]
pub struct TrustArgs {}

pub fn trust(app: &mut App, _: TrustArgs) -> Result<()> {
    let mut store = app.store()?;
    let waiting = pull::untrusted(&mut store)?;
    if waiting.is_empty() {
        return app.say("Every source's command is trusted.");
    }
    if !app.yes && !app.interactive {
        return Err(okr::Error::invalid_with_hint(
            format!(
                "{} command(s) from team files wait for trust, and there is no terminal to ask",
                waiting.len()
            ),
            "run `okr trust` in a terminal to read each one, or `okr trust --yes` to trust them all",
        )
        .into());
    }
    let mut chosen = Vec::new();
    for (command, krs) in &waiting {
        let names: Vec<String> = krs
            .iter()
            .map(|s| format!("{} \"{}\"", s.kr, s.title))
            .collect();
        app.say(format!("`{command}`"))?;
        app.say(format!("  the source of {}", names.join(", ")))?;
        if app.yes || app.confirm(&format!("trusting `{command}` to run"))? {
            chosen.push(command.clone());
        }
    }
    let n = pull::trust(&mut store, &app.ctx, &chosen)?;
    let left = waiting.len() - chosen.len();
    app.say(format!(
        "Trusted {n} command(s){}",
        if left > 0 {
            format!("; {left} not trusted")
        } else {
            String::new()
        }
    ))
}
