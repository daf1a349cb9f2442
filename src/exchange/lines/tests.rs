//! The fast path reads what the TOML parser reads, or leaves the file to it.

use std::borrow::Cow;

use proptest::prelude::*;

use super::checkins;
use crate::exchange::authors::{CheckinOut, checkins_file};
use crate::exchange::entries::CheckinsFile;
use toml::Spanned;

/// Everything a file says, spans included, to compare the two readers.
fn said(f: &CheckinsFile) -> String {
    let s = |v: &Spanned<String>| format!("{:?}@{:?}", v.get_ref(), v.span());
    let mut out = format!(
        "format {:?} cycle {:?} author {}\n",
        f.format.as_ref().map(|v| (*v.get_ref(), v.span())),
        f.cycle.as_ref().map(s),
        s(&f.author)
    );
    for e in &f.checkin {
        let c = e.get_ref();
        out.push_str(&format!(
            "{:?}: id {:?} kr {} date {}@{:?} value {:?}@{:?} confidence {:?} note {:?} author {:?} \n",
            e.span(),
            c.id.as_ref().map(s),
            s(&c.kr),
            c.date.get_ref(),
            c.date.span(),
            c.value.get_ref().to_bits(),
            c.value.span(),
            c.confidence.as_ref().map(|v| (*v.get_ref(), v.span())),
            c.note,
            c.author.as_ref().map(s),
        ));
    }
    out.push_str(&format!("reflections {}", f.reflection.len()));
    out
}

fn both(text: &str) -> (Option<String>, String) {
    let toml: CheckinsFile = toml::from_str(text).expect("valid TOML");
    (checkins(text).as_ref().map(said), said(&toml))
}

fn entry(
    (id, kr, day, value, confidence, note): (String, String, u32, f64, Option<u8>, Option<String>),
) -> CheckinOut<'static> {
    CheckinOut {
        uid: Cow::Owned(id),
        kr: Cow::Owned(kr),
        date: chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap() + chrono::Days::new(day.into()),
        value,
        confidence,
        note: note.map(Cow::Owned),
    }
}

proptest! {
    #[test]
    fn what_it_reads_is_what_the_toml_parser_reads(
        author in "\\PC{0,12}",
        cycle in proptest::option::of("[A-Za-z0-9-]{1,8}"),
        entries in proptest::collection::vec(
            (
                "[0-9a-f]{32}",
                "\\PC{0,16}|[0-9a-f]{32}",
                0u32..400,
                prop_oneof![
                    (-1_000_000i64..1_000_000).prop_map(|v| v as f64),
                    -1e6f64..1e6,
                    Just(1e300),
                    Just(-2.5e-9),
                ],
                proptest::option::of(0u8..=10),
                proptest::option::of("\\PC{0,20}|[\"\\\\\t\n]{1,3}"),
            ),
            0..6,
        ),
    ) {
        let entries: Vec<_> = entries.into_iter().map(entry).collect();
        let text = checkins_file(cycle.as_deref(), &author, &entries, &[]);
        let (fast, toml) = both(&text);
        if let Some(fast) = fast {
            prop_assert_eq!(fast, toml);
        } else {
            // Only what needs an escape leaves the fast path.
            let plain = |s: &str| !s.chars().any(|c| c == '"' || c == '\\' || c.is_control());
            prop_assert!(
                !plain(&author)
                    || entries.iter().any(|e| !plain(&e.kr) || e.note.as_deref().is_some_and(|n| !plain(n))),
                "{}", text
            );
        }
    }
}

#[test]
fn anything_but_the_shape_okr_writes_is_left_to_the_toml_parser() {
    let head = "format = 2\ncycle = \"2026-Q4\"\nauthor = \"ann\"\n\ncheckin = [\n";
    let line = "{ id = \"0123456789abcdef0123456789abcdef\", kr = \"K\", date = 2026-11-20, value = 4, confidence = 7 },\n";
    let tail = "]\n\nreflection = [\n]\n";
    let file = format!("{head}{line}{tail}");
    let (fast, toml) = both(&file);
    assert_eq!(fast.as_deref(), Some(toml.as_str()));
    for (from, to) in [
        ("value = 4", "value = 4_0"),
        ("value = 4", "value = +4"),
        ("value = 4", "value = 04"),
        ("value = 4", "value = inf"),
        ("value = 4", "value = 4.5e3"),
        ("value = 4,", "value =  4,"),
        ("date = 2026-11-20", "date = 2026-11-20T09:00:00"),
        ("kr = \"K\"", "kr = \"K\\u0041\""),
        ("kr = \"K\"", "kr = 'K'"),
        ("kr = \"K\"", "kr = \"K\tL\""),
        ("author = \"ann\"", "author = \"ann\" # me"),
        ("format = 2\n", "format = 2\nformat = 2\n"),
        (
            "\n]\n",
            "\n{ id = \"x\", objective = \"O\", date = 2026-11-20, text = \"t\" },\n]\n",
        ),
        (" },\n]", " }\n]"),
        ("\n", "\r\n"),
    ] {
        let changed = file.replacen(from, to, 1);
        assert_ne!(changed, file);
        match toml::from_str::<CheckinsFile>(&changed) {
            // Valid TOML outside the shape: read by the TOML parser, or read the same.
            Ok(toml) => {
                if let Some(fast) = checkins(&changed) {
                    assert_eq!(said(&fast), said(&toml), "{changed}");
                }
            }
            Err(_) => assert!(checkins(&changed).is_none(), "{changed}"),
        }
    }
    // Not quite okr's shape, though valid: the TOML parser reads these.
    for (from, to) in [
        ("value = 4", "value = 4_0"),
        ("kr = \"K\"", "kr = 'K'"),
        ("\n", "\r\n"),
    ] {
        assert!(checkins(&file.replacen(from, to, 1)).is_none());
    }
    assert!(checkins(&file.replace("author = \"ann\"\n", "")).is_none());
    assert!(checkins(&file.replace(tail, "")).is_none());
}
