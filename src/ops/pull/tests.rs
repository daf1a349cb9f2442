//! Sources and pulls at the library's level: what is recorded, skipped, refused, and
//! what an undo takes back.

use std::time::Duration;

use chrono::NaiveDate;

use super::*;
use crate::model::KrKind;
use crate::ops::krs::AddKr;
use crate::ops::objectives::AddObjective;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A store with one objective of this quarter and key result 1 (`NPS`, 30 → 50).
fn store() -> (Store, Ctx) {
    let mut store = Store::in_memory().unwrap();
    let ctx = Ctx::at(day(), "alice");
    let o = crate::ops::objectives::add(
        &mut store,
        &ctx,
        AddObjective {
            title: "Customers recommend us".into(),
            ..Default::default()
        },
    )
    .unwrap();
    crate::ops::krs::add(
        &mut store,
        &ctx,
        AddKr {
            objective: o.id.to_string(),
            title: "Raise NPS from 30 to 50".into(),
            kind: KrKind::Metric,
            start: Some(30.0),
            target: Some(50.0),
            unit: None,
            weight: None,
            owner: None,
            keep: None,
            due: None,
            created: day(),
        },
    )
    .unwrap();
    (store, ctx)
}

fn options() -> Options {
    Options {
        kr: None,
        timeout: Duration::from_secs(10),
        dry_run: false,
    }
}

fn source(command: &str) -> Option<Source> {
    Some(Source {
        command: command.into(),
        json_path: None,
    })
}

/// The first key result's name.
fn k1(store: &mut Store) -> String {
    crate::store::names::of_row(store, "key_result", 1)
}

#[test]
fn a_pull_checks_in_once_a_day_and_an_undo_takes_it_back() {
    let (mut store, ctx) = store();
    let name = k1(&mut store);
    set(&mut store, &ctx, &name, source("echo 42")).unwrap();
    let first = pull(&mut store, &ctx, &options()).unwrap();
    assert_eq!(
        first[0].outcome,
        Outcome::Recorded {
            previous: 30.0,
            value: 42.0
        }
    );
    let again = pull(&mut store, &ctx, &options()).unwrap();
    assert_eq!(again[0].outcome, Outcome::Unchanged { value: 42.0 });
    let checkins = store
        .read(|tx| store::checkins::latest(tx, &Scope::kr(KrId::row(1)), day()))
        .unwrap();
    assert_eq!(checkins[0].author, AUTHOR);
    assert_eq!(checkins[0].note.as_deref(), Some("pulled from `echo 42`"));
    // The second pull recorded nothing, so it left no op: the undo takes the first.
    let last = crate::ops::history::undoable(&mut store).unwrap();
    assert_eq!(last.summary, "pulled 1 value(s) from sources");
}

#[test]
fn a_dry_run_records_nothing() {
    let (mut store, ctx) = store();
    let name = k1(&mut store);
    set(&mut store, &ctx, &name, source("echo 44")).unwrap();
    let dry = Options {
        dry_run: true,
        ..options()
    };
    let said = pull(&mut store, &ctx, &dry).unwrap();
    assert!(matches!(said[0].outcome, Outcome::Recorded { value, .. } if value == 44.0));
    let n = store.read(|tx| store::checkins::latest(tx, &Scope::kr(KrId::row(1)), day()));
    assert!(n.unwrap().is_empty());
}

#[test]
fn a_command_from_elsewhere_runs_only_once_trusted() {
    let (mut store, ctx) = store();
    // As an import writes it: the source, without trust.
    store
        .write(&ctx.head("import", None), |tx| {
            sources::set(tx, KrId::row(1), source("echo 47").as_ref())?;
            Ok(((), String::new()))
        })
        .unwrap();
    let refused = pull(&mut store, &ctx, &options()).unwrap();
    assert_eq!(refused[0].outcome, Outcome::Untrusted);
    let waiting = untrusted(&mut store).unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].0, "echo 47");
    assert_eq!(trust(&mut store, &ctx, &["echo 47".into()]).unwrap(), 1);
    let pulled = pull(&mut store, &ctx, &options()).unwrap();
    assert!(matches!(pulled[0].outcome, Outcome::Recorded { value, .. } if value == 47.0));
    assert!(untrusted(&mut store).unwrap().is_empty());
}

#[test]
fn undo_takes_a_source_back_and_a_deleted_key_result_takes_its_source() {
    let (mut store, ctx) = store();
    let name = k1(&mut store);
    set(&mut store, &ctx, &name, source("echo 1")).unwrap();
    let name = k1(&mut store);
    set(&mut store, &ctx, &name, source("echo 2")).unwrap();
    let last = crate::ops::history::undoable(&mut store).unwrap();
    store.undo(&ctx.head("undo", None), last.id).unwrap();
    let now = store.read(|tx| sources::get(tx, KrId::row(1))).unwrap();
    assert_eq!(now, source("echo 1"));
    let name = k1(&mut store);
    crate::ops::krs::remove(&mut store, &ctx, &name, true).unwrap();
    assert!(store.read(|tx| sources::all(tx, None)).unwrap().is_empty());
    let last = crate::ops::history::undoable(&mut store).unwrap();
    store.undo(&ctx.head("undo", None), last.id).unwrap();
    let back = store.read(|tx| sources::get(tx, KrId::row(1))).unwrap();
    assert_eq!(back, source("echo 1"));
}
