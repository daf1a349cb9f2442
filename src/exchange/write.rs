//! Writing team files deterministically: the same data gives the same bytes.
//!
//! An existing objectives file is updated in place with toml_edit: comments, order and
//! formatting are kept; only values that differ change; ids are filled in; new
//! objectives and key results are appended. Entries the database does not know are
//! left alone — export never deletes from a file. Authors' files are machine-written
//! and regenerated in a canonical order ([`super::authors`]).

use chrono::NaiveDate;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value, value};

use crate::model::{
    Cycle, CycleKind, Keep, KeyResult, KrKind, Level, Objective, ObjectiveKind, Revision, State,
};
use crate::{Error, Result};

pub(super) use super::index::Index;

/// An objective to write, with its parent's uid, its origin's and its key results.
#[derive(Clone)]
pub struct ObjectiveOut<'a> {
    pub objective: &'a Objective,
    pub parent_uid: Option<String>,
    /// The objective it was carried from.
    pub origin: Option<&'a str>,
    /// The uids of the objectives it supports across teams.
    pub supports: Vec<&'a str>,
    pub krs: Vec<KrOut<'a>>,
}

/// A key result to write, with its origin and its history (the plan first, then the
/// changes by date; empty when its measure never changed).
#[derive(Clone)]
pub struct KrOut<'a> {
    pub kr: &'a KeyResult,
    pub origin: Option<&'a str>,
    pub history: Vec<&'a Revision>,
    /// Its initiatives, in the order `okr task list` gives.
    pub tasks: Vec<&'a crate::model::Task>,
    /// The command that prints its value.
    pub source: Option<&'a crate::store::sources::Source>,
}

fn header(cycle: &str, format: i64) -> String {
    format!(
        "# okr team file (format {format}): objectives and key results of {cycle}.\n\
         # Check-ins live in checkins/{cycle}/<author>.toml. Progress is computed, never stored.\n"
    )
}

/// The objectives file for `cycle`, updating `existing` in place when given.
pub fn objectives_file(
    existing: Option<&str>,
    cycle: &Cycle,
    objectives: &[ObjectiveOut<'_>],
) -> Result<String> {
    let mut doc = match existing {
        Some(text) => text.parse::<DocumentMut>().map_err(|e| {
            Error::invalid(format!(
                "cannot update the file: {}",
                e.message().trim_end()
            ))
        })?,
        None => {
            let mut d = DocumentMut::new();
            d.decor_mut().set_prefix(header(
                &cycle.name,
                super::history::needed_format(objectives),
            ));
            d
        }
    };
    let root = doc.as_table_mut();
    // `format` is optional in a file; a fresh file states it first, a hand-written
    // one is not rearranged to add it (until it needs format 2, below).
    if existing.is_none() {
        root.insert("format", value(super::history::needed_format(objectives)));
    }
    // A file whose own cycle is another one (or that has none, but objectives) keeps
    // it: objectives of this cycle written there name their cycle themselves.
    let file_cycle = root
        .get("cycle")
        .and_then(Item::as_str)
        .map(|c| Cycle::builtin(c).map_or_else(|| c.trim().to_string(), |b| b.name));
    let owns = match &file_cycle {
        Some(c) => *c == cycle.name,
        None => !root.contains_key("objective"),
    };
    if owns {
        set(root, "cycle", Some(value(cycle.name.as_str())));
        let custom = cycle.kind == CycleKind::Custom;
        set(root, "start", custom.then(|| date(cycle.start)));
        set(root, "end", custom.then(|| date(cycle.end)));
    }
    if !root.contains_array_of_tables("objective") {
        root.insert("objective", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    let Some(Item::ArrayOfTables(list)) = root.get_mut("objective") else {
        return Err(Error::invalid(
            "`objective` must be an array of tables (`[[objective]]`)",
        ));
    };
    let in_cycle = |t: &Table| {
        let own = t
            .get("cycle")
            .and_then(Item::as_str)
            .map(|c| Cycle::builtin(c).map_or_else(|| c.trim().to_string(), |b| b.name));
        match own.or_else(|| file_cycle.clone()) {
            Some(c) => c == cycle.name,
            None => owns,
        }
    };
    let mut index = Index::of(list.iter());
    for out in objectives {
        let o = out.objective;
        let i = index.place(list, &o.uid.0, &o.title, &in_cycle);
        let Some(table) = list.get_mut(i) else {
            continue;
        };
        fill_objective(table, out);
        if !owns && !in_cycle(table) {
            set(table, "cycle", Some(value(cycle.name.as_str())));
        }
    }
    // The oldest format that holds what the file says, so that teammates on an older
    // okr read it until it holds history; they are told to upgrade after that.
    let format = super::history::held_format(root);
    let stated = root.get("format").and_then(Item::as_integer);
    if stated.is_some_and(|f| (1..=super::FORMAT).contains(&f)) || format > 1 {
        set(root, "format", Some(value(format)));
    }
    // The header okr wrote names the format too.
    let prefix = doc
        .decor()
        .prefix()
        .and_then(|p| p.as_str())
        .map(str::to_string);
    if let Some(p) = prefix {
        let mut fixed = p.clone();
        for f in 1..=super::FORMAT {
            fixed = fixed.replacen(
                &format!("# okr team file (format {f}):"),
                &format!("# okr team file (format {format}):"),
                1,
            );
        }
        if fixed != p {
            doc.decor_mut().set_prefix(fixed);
        }
    }
    Ok(doc.to_string())
}

fn fill_objective(t: &mut Table, out: &ObjectiveOut<'_>) {
    let o = out.objective;
    ensure_id_first(t, &o.uid.0);
    set(t, "title", Some(value(o.title.as_str())));
    set(t, "description", o.description.as_deref().map(value));
    set_default(t, "level", o.level.as_str(), Level::Team.as_str());
    set(t, "owner", Some(value(o.owner.as_str())));
    set_default(
        t,
        "kind",
        o.kind.as_str(),
        ObjectiveKind::Aspirational.as_str(),
    );
    set_default(t, "state", o.state.as_str(), State::Active.as_str());
    set(t, "parent", out.parent_uid.as_deref().map(value));
    set(t, "origin", out.origin.map(value));
    let supports = (!out.supports.is_empty())
        .then(|| Item::Value(Value::Array(out.supports.iter().copied().collect())));
    let same_supports = match (t.get("supports").and_then(Item::as_array), &supports) {
        (Some(have), Some(_)) => {
            have.len() == out.supports.len()
                && have
                    .iter()
                    .zip(&out.supports)
                    .all(|(h, w)| h.as_str() == Some(*w))
        }
        _ => false,
    };
    if !same_supports {
        set(t, "supports", supports);
    }
    if out.krs.is_empty() {
        return;
    }
    if !t.contains_array_of_tables("kr") {
        t.insert("kr", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    let Some(Item::ArrayOfTables(list)) = t.get_mut("kr") else {
        return;
    };
    let mut index = Index::of(list.iter());
    for k in &out.krs {
        let kr = k.kr;
        let i = index.place(list, &kr.uid.0, &kr.title, &|_| true);
        if let Some(kt) = list.get_mut(i) {
            fill_kr(kt, kr, &o.owner);
            set(kt, "origin", k.origin.map(value));
            set(kt, "source", k.source.map(source));
            super::history::fill_history(kt, kr, &k.history);
            super::tasks::fill_tasks(kt, kr, &k.tasks);
        }
    }
}

fn fill_kr(t: &mut Table, kr: &KeyResult, objective_owner: &str) {
    ensure_id_first(t, &kr.uid.0);
    set(t, "title", Some(value(kr.title.as_str())));
    set_default(t, "kind", kr.kind.as_str(), KrKind::Metric.as_str());
    let start_default = match kr.kind {
        KrKind::Metric | KrKind::Boolean => kr.start == 0.0,
        KrKind::Threshold => kr.start == kr.target,
    };
    set_number(t, "start", (!start_default).then_some(kr.start));
    set_number(
        t,
        "target",
        (kr.kind != KrKind::Boolean).then_some(kr.target),
    );
    set(
        t,
        "unit",
        (!kr.unit.is_empty()).then(|| value(kr.unit.as_str())),
    );
    set_number(t, "weight", (kr.weight != 1.0).then_some(kr.weight));
    set(
        t,
        "owner",
        (kr.owner != objective_owner).then(|| value(kr.owner.as_str())),
    );
    let keep = kr
        .keep
        .filter(|k| *k != Keep::AtLeast)
        .map(|k| value(k.as_str()));
    set(t, "keep", keep);
    set(t, "due", kr.due.map(date));
}

/// `{ command = "…", json_path = "…" }`.
fn source(s: &crate::store::sources::Source) -> Item {
    let mut t = toml_edit::InlineTable::new();
    t.insert("command", s.command.as_str().into());
    if let Some(p) = &s.json_path {
        t.insert("json_path", p.as_str().into());
    }
    value(t)
}

/// Puts `id` first in a table that has none; a wrong id is left for import to report.
pub(super) fn ensure_id_first(t: &mut Table, uid: &str) {
    if t.contains_key("id") {
        return;
    }
    let rest: Vec<(toml_edit::Key, Item)> = t
        .iter()
        .filter_map(|(k, _)| {
            t.get_key_value(k)
                .map(|(key, item)| (key.clone(), item.clone()))
        })
        .collect();
    let indent = rest
        .first()
        .and_then(|(k, _)| {
            k.leaf_decor()
                .prefix()
                .and_then(|p| p.as_str())
                .map(str::to_string)
        })
        .filter(|p| p.chars().all(|c| c == ' ' || c == '\t'));
    t.clear();
    t.insert("id", value(uid));
    if let (Some(indent), Some(mut key)) = (indent, t.key_mut("id")) {
        key.leaf_decor_mut().set_prefix(indent);
    }
    for (key, item) in rest {
        t.insert_formatted(&key, item);
    }
}

pub(super) fn date(d: NaiveDate) -> Item {
    let text = d.to_string();
    match text.parse::<toml_edit::Datetime>() {
        Ok(dt) => value(dt),
        Err(_) => value(text),
    }
}

/// Whole numbers as TOML integers (`100`, not `100.0`).
pub(super) fn number(v: f64) -> Item {
    Item::Value(number_value(v))
}

pub(super) fn number_value(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        Value::from(v as i64)
    } else {
        Value::from(v)
    }
}

pub(super) fn as_number(item: &Item) -> Option<f64> {
    item.as_float()
        .or_else(|| item.as_integer().map(|i| i as f64))
}

/// Sets `key` to `want`, or removes it when `None`. A value that already means the same
/// is left untouched, with its formatting and comments.
pub(super) fn set(t: &mut Table, key: &str, want: Option<Item>) {
    match (want, t.get_mut(key)) {
        (None, Some(_)) => {
            t.remove(key);
        }
        (None, None) => {}
        (Some(w), Some(have)) => {
            if !same(have, &w) {
                keep_decor(have, w);
            }
        }
        (Some(w), None) => {
            t.insert(key, w);
        }
    }
}

/// Like [`set`], but an explicit default already in the file is kept.
fn set_default(t: &mut Table, key: &str, want: &str, default: &str) {
    let present = t.get(key).is_some();
    if want == default && !present {
        return;
    }
    if want == default && t.get(key).and_then(Item::as_str) == Some(default) {
        return;
    }
    set(t, key, Some(value(want)));
}

fn set_number(t: &mut Table, key: &str, want: Option<f64>) {
    match (want, t.get(key).and_then(as_number)) {
        (Some(w), Some(have)) if w == have => {}
        (w, _) => set(t, key, w.map(number)),
    }
}

pub(super) fn same(have: &Item, want: &Item) -> bool {
    match (have.as_value(), want.as_value()) {
        (Some(a), Some(b)) => same_value(a, b),
        _ => false,
    }
}

fn same_value(have: &Value, want: &Value) -> bool {
    match (have, want) {
        (Value::String(a), Value::String(b)) => a.value() == b.value(),
        (Value::Integer(a), Value::Integer(b)) => a.value() == b.value(),
        (Value::Datetime(a), Value::Datetime(b)) => a.value() == b.value(),
        (Value::InlineTable(a), Value::InlineTable(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(k, v)| b.get(k).is_some_and(|w| same_value(v, w)))
        }
        _ => false,
    }
}

/// Replaces a value, keeping the comment that followed it on its line.
fn keep_decor(have: &mut Item, want: Item) {
    let decor = have.as_value().map(|v| v.decor().clone());
    *have = want;
    if let (Some(d), Some(v)) = (decor, have.as_value_mut()) {
        *v.decor_mut() = d;
    }
}
