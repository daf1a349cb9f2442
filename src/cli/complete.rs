//! Completion of ids at the shell: `okr checkin <TAB>` offers this quarter's key
//! results with their titles, `okr objective show <TAB>` its objectives.
//!
//! The shell asks okr itself (clap_complete's `COMPLETE=bash okr -- …`), so the
//! candidates come from the database named by `OKR_DB` (or the default one). A
//! completion never prints an error: no database, no candidates.

use std::ffi::OsStr;

use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use okr::model::Cycle;
use okr::ops::{self, Ctx};
use okr::store::{Scope, Store};

use super::app;

/// Key result ids, this quarter's, mine first.
pub fn krs() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        candidates(current, |store, ctx| {
            Ok(ops::checkins::candidates(store, ctx)?
                .into_iter()
                .map(|k| (k.kr.id.to_string(), k.kr.title))
                .collect())
        })
    })
}

/// Objective ids, this quarter's.
pub fn objectives() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        candidates(current, |store, ctx| {
            let scope = Scope::cycle(&Cycle::quarter_of(ctx.today).name);
            Ok(ops::objectives::list(store, ctx, &scope)?
                .into_iter()
                .map(|o| (o.objective.id.to_string(), o.objective.title))
                .collect())
        })
    })
}

type Lister = fn(&mut Store, &Ctx) -> okr::Result<Vec<(String, String)>>;

fn candidates(current: &OsStr, list: Lister) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let Ok(today) = app::today() else {
        return Vec::new();
    };
    let ctx = Ctx {
        today,
        user: app::user(None),
        thresholds: Default::default(),
        now: app::now(today),
    };
    let given = std::env::var_os("OKR_DB").filter(|p| !p.is_empty());
    let Ok(db) = app::db_path(given.as_deref().map(std::path::Path::new)) else {
        return Vec::new();
    };
    let Ok(mut store) = Store::open(&db) else {
        return Vec::new();
    };
    list(&mut store, &ctx)
        .unwrap_or_default()
        .into_iter()
        .filter(|(id, _)| id.starts_with(current.as_ref()))
        .map(|(id, title)| {
            let title = okr::render::terminal::neutralise(&title, false).into_owned();
            CompletionCandidate::new(id).help(Some(title.into()))
        })
        .collect()
}

/// Open initiative ids, of every cycle, mine first.
pub fn tasks() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        candidates(current, |store, ctx| {
            let mut open = ops::tasks::list(store, ctx, &ops::tasks::TaskQuery::default())?;
            open.sort_by_key(|t| t.task.owner != ctx.user);
            Ok(open
                .into_iter()
                .map(|t| (t.task.id.to_string(), t.task.title))
                .collect())
        })
    })
}
