//! The packed series a report reads (`store::series`) against the check-ins they copy:
//! equal after every kind of change a user makes, and the report the same without them.

use chrono::NaiveDate;

use super::Ctx;
use super::checkins::Record;
use super::export::{Target, export};
use super::import::{import, scan};
use crate::model::ValueInput;
use crate::store::{Store, series};

/// Holds every key result's series to its check-ins, with nothing left stale: the
/// report reads the series, not a fallback.
fn agrees(store: &mut Store) {
    store
        .read(|tx| {
            assert_eq!(series::disagreements(tx)?, Vec::<i64>::new());
            let stale: i64 = tx.query_row("SELECT count(*) FROM series_stale", [], |r| r.get(0))?;
            assert_eq!(stale, 0);
            Ok(())
        })
        .unwrap();
}

fn report_json(store: &mut Store, ctx: &Ctx, as_of: &str) -> String {
    let req = super::report::Request {
        as_of: Some(as_of.parse().unwrap()),
        week: true,
        ..Default::default()
    };
    serde_json::to_string(&super::report::report(store, ctx, &req).unwrap()).unwrap()
}

/// A report's JSON without what lives only in a database (initiatives, links).
fn figures_only(json: &str) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                for key in [
                    "initiatives",
                    "supports",
                    "initiatives_done",
                    "initiatives_overdue",
                ] {
                    m.remove(key);
                }
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    strip(&mut v);
    v
}

fn undo_last(store: &mut Store, ctx: &Ctx) {
    let last = super::history::undoable(store).unwrap();
    super::history::undo(store, ctx, &last).unwrap();
}

#[test]
fn the_series_say_what_the_checkins_say_after_backfills_undo_and_import() {
    let dir = tempfile::tempdir().unwrap();
    let ctx = Ctx::at(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), "ann");
    let (mut store, _) = Store::init(&dir.path().join("a.db")).unwrap();
    super::demo::build(&mut store, &ctx).unwrap();
    agrees(&mut store);

    // A backfill: a check-in dated weeks ago lands between older ones.
    let backfill = |kr: &str, value: f64, date: &str| Record {
        kr: kr.into(),
        value: ValueInput::Absolute(value),
        date: Some(date.parse().unwrap()),
        confidence: None,
        note: Some("late".into()),
        sure: true,
    };
    let name = crate::store::names::of_row(&mut store, "key_result", 1);
    super::checkins::record(&mut store, &ctx, backfill(&name, 3.0, "2026-10-20")).unwrap();
    let name = crate::store::names::of_row(&mut store, "key_result", 2);
    super::checkins::record(&mut store, &ctx, backfill(&name, 1.0, "2026-10-06")).unwrap();
    agrees(&mut store);
    undo_last(&mut store, &ctx);
    agrees(&mut store);

    // A key result removed with its check-ins, and brought back by undo.
    let name = crate::store::names::of_row(&mut store, "key_result", 3);
    super::krs::remove(&mut store, &ctx, &name, true).unwrap();
    agrees(&mut store);
    undo_last(&mut store, &ctx);
    agrees(&mut store);

    // The report is the same read from the series and from the check-ins alone, today
    // and as of a day in the past.
    let packed = [
        report_json(&mut store, &ctx, "2026-11-25"),
        report_json(&mut store, &ctx, "2026-10-21"),
    ];
    store
        .write(&ctx.head("test", None), |tx| {
            tx.execute("DELETE FROM series WHERE kr_id % 2 = 0", [])?;
            tx.execute("UPDATE series SET points = x'02' WHERE kr_id = 1", [])?;
            Ok(((), "forget half the series".to_string()))
        })
        .unwrap();
    let unpacked = [
        report_json(&mut store, &ctx, "2026-11-25"),
        report_json(&mut store, &ctx, "2026-10-21"),
    ];
    assert_eq!(packed, unpacked);

    // Into a fresh database, and a second import that updates it.
    let files = dir.path().join("team");
    let to = Target::Dir(files.clone());
    export(&mut store, &ctx, (None, None), &to, &mut |_, _| {}).unwrap();
    let (mut other, _) = Store::init(&dir.path().join("b.db")).unwrap();
    import(
        &mut other,
        &ctx,
        &scan(std::slice::from_ref(&files)).unwrap(),
        false,
        &mut |_, _| {},
    )
    .unwrap();
    agrees(&mut other);
    let name = crate::store::names::of_row(&mut store, "key_result", 4);
    super::checkins::record(&mut store, &ctx, backfill(&name, 2.0, "2026-11-02")).unwrap();
    export(&mut store, &ctx, (None, None), &to, &mut |_, _| {}).unwrap();
    let summary = import(
        &mut other,
        &ctx,
        &scan(&[files]).unwrap(),
        false,
        &mut |_, _| {},
    )
    .unwrap();
    assert!(summary.changed());
    agrees(&mut other);
    // Initiatives and links travel with their own tests (tests/cli/initiatives.rs);
    // their numbers are local to each database. The figures must agree.
    assert_eq!(
        figures_only(&report_json(&mut store, &ctx, "2026-11-25")),
        figures_only(&report_json(&mut other, &ctx, "2026-11-25"))
    );
}
