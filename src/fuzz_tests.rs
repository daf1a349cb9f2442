//! Robustness: every parser that reads what a person types or a teammate commits takes
//! arbitrary input and answers with a value or an error, never a panic.
//!
//! A few hundred cases run in the normal suite; for millions, on demand:
//! `PROPTEST_CASES=1000000 cargo test --release fuzz_`.

use std::path::Path;

use chrono::NaiveDate;
use proptest::prelude::*;

use crate::exchange::files::{self, checkins_header, is_checkins};
use crate::model::{IdQuery, Value, ValueInput, naming};
use crate::render::terminal::neutralise;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

/// Text shaped like a team file: TOML-ish lines built from the keys okr reads, so that
/// the cases reach past the first syntax error.
fn team_file_text() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("format"),
        Just("cycle"),
        Just("start"),
        Just("end"),
        Just("author"),
        Just("id"),
        Just("title"),
        Just("kr"),
        Just("date"),
        Just("value"),
        Just("target"),
        Just("weight"),
        Just("confidence"),
        Just("parent"),
        Just("owner"),
    ];
    let value = prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|f| format!("{f:?}")),
        "\\PC{0,12}".prop_map(|s| format!("{s:?}")),
        Just("2026-11-20".to_string()),
        Just("9999-12-31".to_string()),
        Just("nan".to_string()),
        Just("inf".to_string()),
    ];
    let line = prop_oneof![
        (key, value).prop_map(|(k, v)| format!("{k} = {v}")),
        Just("[[objective]]".to_string()),
        Just("[[objective.kr]]".to_string()),
        Just("[[checkin]]".to_string()),
        "\\PC{0,20}",
    ];
    proptest::collection::vec(line, 0..24).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn fuzz_team_files_never_panic(text in prop_oneof![team_file_text(), "\\PC{0,200}"]) {
        let _ = is_checkins(&text);
        let _ = checkins_header(&text);
        if let Ok(f) = files::parse_text(Path::new("fuzz.toml"), text.clone()) {
            let src = f.source();
            let _ = src.pos(&(0..text.len() + 10));
            let _ = src.line(usize::MAX);
        }
    }

    #[test]
    fn fuzz_dates_values_and_ids_never_panic(s in "\\PC{0,40}") {
        let _ = crate::dates::parse_date(&s, today());
        let _ = crate::dates::parse_date(&s, NaiveDate::MIN);
        let _ = crate::dates::parse_date(&s, NaiveDate::MAX);
        let _ = Value::parse(&s, "value");
        if let Ok(v) = ValueInput::parse(&s) {
            let _ = v.resolve(f64::MAX);
            let _ = v.resolve(-0.0);
        }
        let _ = IdQuery::parse(&s);
        let _ = naming::check_component(&s, "name");
        let _ = crate::exchange::safe::file_stem(&s);
        let _ = crate::exchange::safe::relative_inside(&s);
        let _ = crate::model::clean_owner(&s);
    }

    #[test]
    fn fuzz_neutralised_text_holds_no_control_characters(s in "\\PC{0,60}|[\\x00-\\x1f\\u{202a}-\\u{202e}a\\[m;0-9]{0,40}") {
        let out = neutralise(&s, false);
        let clean = !out.chars().any(|c| naming::is_unsafe_char(c) && c != '\n' && c != '\t');
        prop_assert!(clean, "{:?}", out);
        let coloured = neutralise(&s, true);
        let no_bell = !coloured.contains(['\u{7}', '\u{202e}']);
        prop_assert!(no_bell, "{:?}", coloured);
    }
}
