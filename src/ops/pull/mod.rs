//! Key results whose values come from other systems: `okr kr source` names the shell
//! command that prints one, `okr pull` runs them and checks the values in, and `okr
//! trust` says which commands from team files may run.
//!
//! A command typed with `okr kr source` is the user's own and trusted at once. One that
//! came in a team file runs only once the user has trusted that exact command (like
//! direnv's `allow`): a teammate's commit that changes it needs trust again.

pub mod read;
mod run;

use std::time::Duration;

use serde::Serialize;

use super::Ctx;
use crate::model::{KrId, format_number};
use crate::store::checkins::NewCheckIn;
use crate::store::sources::{self, KrSource, Source};
use crate::store::{self, Scope, Store};
use crate::{Error, Result};

/// The author of the check-ins `okr pull` records.
pub const AUTHOR: &str = "pull";

/// Sets (or, with `None`, clears) a key result's source. A command the user types is
/// theirs: it is trusted at once. Returns the key result's id and title, and whether
/// anything changed.
pub fn set(
    store: &mut Store,
    ctx: &Ctx,
    kr: &str,
    source: Option<Source>,
) -> Result<(KrId, String, bool)> {
    if let Some(s) = &source {
        check(s)?;
    }
    store.write(&ctx.head("source", None), |tx| {
        let id = store::krs::resolve(tx, kr)?;
        let title = store::krs::get(tx, id)?.title;
        let changed = sources::set(tx, id, source.as_ref())?;
        if let Some(s) = &source {
            sources::trust(tx, &s.command, ctx.today)?;
        }
        let summary = match &source {
            Some(s) => format!("set the source of {id} \"{title}\" to `{}`", s.command),
            None => format!("cleared the source of {id} \"{title}\""),
        };
        Ok(((id, title, changed), summary))
    })
}

/// Refuses an empty command, or a JSON path okr cannot read.
pub fn check(source: &Source) -> Result<()> {
    if source.command.trim().is_empty() {
        return Err(Error::invalid_with_hint(
            "a source's command is empty",
            "give the shell command that prints the value, e.g. `--command \"curl -s https://…/nps\"`",
        ));
    }
    if let Some(path) = &source.json_path
        && !read::is_path(path)
    {
        return Err(Error::invalid_with_hint(
            format!("`{path}` is not a JSON path okr reads"),
            "name the number like `$.data.nps` or `items[0].value`",
        ));
    }
    Ok(())
}

/// What `okr pull` does.
#[derive(Debug, Clone)]
pub struct Options {
    /// Only this key result (number or uid prefix).
    pub kr: Option<String>,
    pub timeout: Duration,
    pub dry_run: bool,
}

/// What became of one key result's source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pulled {
    pub kr: KrId,
    pub title: String,
    pub command: String,
    #[serde(flatten)]
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum Outcome {
    /// Checked in (or, in a dry run, would be).
    Recorded { previous: f64, value: f64 },
    /// The same value was checked in today already.
    Unchanged { value: f64 },
    /// The command failed, timed out, printed no value, or the value does not fit.
    Failed { reason: String },
    /// The command came from a team file and the user has not trusted it.
    Untrusted,
}

/// Runs the sources of this cycle's active key results (or of one) and checks in what
/// they print, today, as [`AUTHOR`], in one transaction; a value equal to today's
/// latest is skipped. Commands that are not trusted are not run.
pub fn pull(store: &mut Store, ctx: &Ctx, options: &Options) -> Result<Vec<Pulled>> {
    let today = ctx.today;
    let (only, krs) = store.read(|tx| {
        let only = match &options.kr {
            Some(q) => Some(store::krs::resolve(tx, q)?),
            None => None,
        };
        let mut krs = Vec::new();
        for s in sources::all(tx, only)? {
            let cycle = super::cycles::resolve(tx, &s.cycle).ok();
            let current = s.active && cycle.as_ref().is_some_and(|c| c.contains(today));
            // A key result named on its own is pulled whatever its cycle, and refused
            // below if today is outside it.
            if current || only.is_some() {
                let outside = cycle.filter(|c| !c.contains(today)).map(|c| {
                    format!(
                        "today ({today}) is outside its cycle {} ({} to {})",
                        c.name, c.start, c.end
                    )
                });
                krs.push((s, outside));
            }
        }
        Ok((only, krs))
    })?;
    if let Some(id) = only
        && krs.is_empty()
    {
        return Err(Error::invalid_with_hint(
            format!("key result {id} has no source"),
            format!("give it one: `okr kr source {id} --command \"…\"`"),
        ));
    }
    let to_run: Vec<&str> = krs
        .iter()
        .filter(|(s, outside)| s.trusted && outside.is_none())
        .map(|(s, _)| s.source.command.as_str())
        .collect();
    let mut ran = run::run_all(&to_run, options.timeout).into_iter();
    let mut pulled: Vec<(KrSource, std::result::Result<f64, Outcome>)> = Vec::new();
    for (s, outside) in krs {
        let got = match outside {
            Some(reason) => Err(Outcome::Failed { reason }),
            None if !s.trusted => Err(Outcome::Untrusted),
            None => ran
                .next()
                .unwrap_or_else(|| Err("was not run".into()))
                .and_then(|out| read::value(&out, s.source.json_path.as_deref(), &s.unit))
                .map_err(|reason| Outcome::Failed { reason }),
        };
        pulled.push((s, got));
    }
    record(store, ctx, options.dry_run, pulled)
}

/// Checks in the values read, in one transaction; nothing in a dry run, and no op in the
/// log when there is nothing new (a pull from cron every hour leaves one op a change).
fn record(
    store: &mut Store,
    ctx: &Ctx,
    dry_run: bool,
    pulled: Vec<(KrSource, std::result::Result<f64, Outcome>)>,
) -> Result<Vec<Pulled>> {
    let out = store.read(|tx| {
        let mut out = Vec::with_capacity(pulled.len());
        for (s, got) in pulled {
            let outcome = match got {
                Err(outcome) => outcome,
                Ok(value) => outcome_of(tx, ctx, s.kr, value)?,
            };
            out.push(Pulled {
                kr: s.kr,
                title: s.title,
                command: s.source.command,
                outcome,
            });
        }
        Ok(out)
    })?;
    let new: Vec<NewCheckIn> = out
        .iter()
        .filter_map(|p| match p.outcome {
            Outcome::Recorded { value, .. } => Some(NewCheckIn {
                kr: p.kr,
                value,
                date: ctx.today,
                confidence: None,
                note: Some(format!("pulled from `{}`", p.command)),
                author: AUTHOR.to_string(),
            }),
            _ => None,
        })
        .collect();
    if !dry_run && !new.is_empty() {
        store.write(&ctx.head("pull", None), |tx| {
            for c in &new {
                store::checkins::insert(tx, c)?;
            }
            Ok(((), format!("pulled {} value(s) from sources", new.len())))
        })?;
    }
    Ok(out)
}

/// What checking in `value` would do: record it, skip it (today's latest already), or
/// refuse it (a milestone's 5).
fn outcome_of(tx: &rusqlite::Transaction<'_>, ctx: &Ctx, id: KrId, value: f64) -> Result<Outcome> {
    let kr = store::krs::get(tx, id)?;
    let value = match kr.check_value(value) {
        Ok(v) => v,
        Err(e) => {
            return Ok(Outcome::Failed {
                reason: format!("printed {}, but {e}", format_number(value)),
            });
        }
    };
    let latest = store::checkins::latest(tx, &Scope::kr(id), ctx.today)?;
    Ok(match latest.first() {
        Some(c) if c.date == ctx.today && c.value == value => Outcome::Unchanged { value },
        latest => Outcome::Recorded {
            previous: latest.map_or(kr.start, |c| c.value),
            value,
        },
    })
}

/// The sources whose commands are not trusted yet, each command once (with the key
/// results it feeds), in key result order.
pub fn untrusted(store: &mut Store) -> Result<Vec<(String, Vec<KrSource>)>> {
    let all = store.read(|tx| sources::all(tx, None))?;
    let mut out: Vec<(String, Vec<KrSource>)> = Vec::new();
    for s in all.into_iter().filter(|s| !s.trusted) {
        match out.iter_mut().find(|(c, _)| *c == s.source.command) {
            Some((_, krs)) => krs.push(s),
            None => out.push((s.source.command.clone(), vec![s])),
        }
    }
    Ok(out)
}

/// Trusts `commands` to run; returns how many were new.
pub fn trust(store: &mut Store, ctx: &Ctx, commands: &[String]) -> Result<usize> {
    store.bookkeep(|tx| {
        let mut new = 0;
        for c in commands {
            new += usize::from(sources::trust(tx, c, ctx.today)?);
        }
        Ok(new)
    })
}

#[cfg(test)]
mod tests;
