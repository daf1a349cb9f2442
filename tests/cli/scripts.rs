//! Output that scripts can trust: CSV of every list reads back as numbers, JSON of
//! every command has no key twice, and a closed pipe is a quiet success in every format.

use std::collections::HashSet;
use std::io::Read;
use std::process::Stdio;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::harness::Env;

/// A quarter with every kind of key result and some history.
fn seeded() -> Env {
    let env = Env::init();
    env.ok(&[
        "objective",
        "add",
        "Win the enterprise market",
        "--level",
        "company",
    ]);
    env.ok(&[
        "objective",
        "add",
        "Make reports instant",
        "--level",
        "team",
        "--parent",
        "@o1",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Grow accounts from 120 to 500",
        "--start",
        "120",
        "--target",
        "500",
        "--unit",
        "accounts",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Cut churn from 5% to 2%",
        "--start",
        "5",
        "--target",
        "2",
        "--unit",
        "%",
        "--weight",
        "2",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o2",
        "Keep uptime at or above 99.9%",
        "--kind",
        "threshold",
        "--target",
        "99.9",
        "--unit",
        "%",
    ]);
    env.ok(&["kr", "add", "@o2", "Ship the picker", "--kind", "boolean"]);
    env.ok(&[
        "checkin",
        "@k1",
        "310",
        "--confidence",
        "7",
        "--date",
        "-2w",
    ]);
    env.ok(&["checkin", "@k1", "999999999999999.9", "--yes"]);
    env.ok(&["checkin", "@k2", "3.3", "--confidence", "4"]);
    env.ok(&["checkin", "@k3", "99.95"]);
    env
}

/// The commands that print lists or reports.
const LISTS: &[&[&str]] = &[
    &["cycle", "list"],
    &["objective", "list"],
    &["kr", "list"],
    &["checkin", "list", "@k1"],
    &["report"],
    &["report", "--tree"],
    &["report", "--week"],
    &["score"],
];

/// Columns whose cells must be numbers (or empty).
/// Columns of numbers (ids are names: letters, the same in every clone).
const NUMERIC: &[&str] = &[
    "key_results",
    "start",
    "current",
    "target",
    "weight",
    "ratio",
    "progress",
    "expected",
    "confidence",
    "velocity",
    "projection",
    "required_pace",
    "score",
    "computed_score",
    "value",
    "days",
    "elapsed",
    "objectives",
    "before",
    "delta",
    "checkins",
    "rollup",
    "grade",
];

/// RFC 4180 rows.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut cell)),
            ('\n', false) => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => cell.push(c),
        }
    }
    rows
}

#[test]
fn csv_of_every_list_reads_back_as_numbers() {
    let env = seeded();
    for args in LISTS {
        let text = env.ok(&[*args, &["--format", "csv"]].concat());
        let rows = csv_rows(&text);
        let header = &rows[0];
        assert!(rows.len() > 1, "`okr {}` has no rows", args.join(" "));
        for row in &rows[1..] {
            assert_eq!(row.len(), header.len(), "{row:?}");
            for (name, cell) in header.iter().zip(row) {
                if NUMERIC.contains(&name.as_str()) {
                    let date = args[0] == "cycle" && cell.len() == 10 && cell.as_bytes()[4] == b'-';
                    assert!(
                        cell.is_empty() || date || cell.parse::<f64>().is_ok(),
                        "`okr {}`: column `{name}` holds `{cell}`, not a number",
                        args.join(" ")
                    );
                }
                assert!(!cell.contains('–'), "a placeholder in `{name}`: {row:?}");
            }
        }
    }
    // What was typed comes back as typed.
    let krs = env.ok(&["kr", "list", "--format", "csv"]);
    assert!(krs.contains(",999999999999999.9,"), "{krs}");
    let checkins = env.ok(&["checkin", "list", "@k1", "--format", "csv"]);
    assert!(checkins.contains(",999999999999999.9,"), "{checkins}");
}

/// A JSON value that refuses an object with a key twice.
struct NoDuplicates;

impl<'de> Deserialize<'de> for NoDuplicates {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NoDuplicatesVisitor)
    }
}

struct NoDuplicatesVisitor;

impl<'de> Visitor<'de> for NoDuplicatesVisitor {
    type Value = NoDuplicates;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<NoDuplicates, E> {
        Ok(NoDuplicates)
    }
    fn visit_i64<E>(self, _: i64) -> Result<NoDuplicates, E> {
        Ok(NoDuplicates)
    }
    fn visit_u64<E>(self, _: u64) -> Result<NoDuplicates, E> {
        Ok(NoDuplicates)
    }
    fn visit_f64<E>(self, _: f64) -> Result<NoDuplicates, E> {
        Ok(NoDuplicates)
    }
    fn visit_str<E>(self, _: &str) -> Result<NoDuplicates, E> {
        Ok(NoDuplicates)
    }
    fn visit_unit<E>(self) -> Result<NoDuplicates, E> {
        Ok(NoDuplicates)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<NoDuplicates, A::Error> {
        while seq.next_element::<NoDuplicates>()?.is_some() {}
        Ok(NoDuplicates)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NoDuplicates, A::Error> {
        let mut keys = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !keys.insert(key.clone()) {
                return Err(de::Error::custom(format!("key `{key}` twice")));
            }
            map.next_value::<NoDuplicates>()?;
        }
        Ok(NoDuplicates)
    }
}

#[test]
fn json_of_every_command_has_no_key_twice() {
    let env = seeded();
    let mut commands: Vec<Vec<&str>> = LISTS.iter().map(|a| a.to_vec()).collect();
    commands.extend([
        vec!["objective", "show", "@o2"],
        vec!["kr", "show", "@k1"],
        vec!["cycle", "show"],
        vec!["score", "--explain"],
        vec!["config"],
        vec!["lint"],
    ]);
    for args in commands {
        let out = env
            .cmd(&[&args[..], &["--format", "json"]].concat())
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        if let Err(e) = serde_json::from_str::<NoDuplicates>(&text) {
            panic!("`okr {} --format json`: {e}\n{text}", args.join(" "));
        }
    }
}

#[test]
fn a_closed_pipe_is_a_quiet_success_in_every_format() {
    let env = Env::init();
    env.ok(&[
        "objective",
        "add",
        "Make the report long enough to fill a pipe",
    ]);
    for i in 0..400 {
        env.ok(&[
            "kr",
            "add",
            "@o1",
            &format!("Reach {i} things"),
            "--target",
            "1000",
        ]);
    }
    for format in ["table", "markdown", "json", "csv"] {
        let mut child = env
            .cmd(&["kr", "list", "--format", format])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // stdout is closed here, like `okr kr list | head -c 16`.
        let status = child.wait().unwrap();
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        assert_eq!((status.code(), stderr.as_str()), (Some(0), ""), "{format}");
    }
}
