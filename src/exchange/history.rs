//! Writing what format 2 adds to an objectives file: a key result's history (`plan` and
//! `[[objective.kr.change]]`), and knowing which format a file needs.

use toml_edit::{ArrayOfTables, Item, Table, Value, value};

use super::write::{ObjectiveOut, as_number, date, number, number_value, same, set};
use crate::model::{KeyResult, Revision};

/// The format an objectives file needs: 3 when it holds initiatives or links across
/// teams, 2 when it holds history or carry links, else 1.
pub(super) fn needed_format(objectives: &[ObjectiveOut<'_>]) -> i64 {
    if objectives
        .iter()
        .any(|o| o.krs.iter().any(|k| k.source.is_some()))
    {
        return 4;
    }
    let execution = objectives
        .iter()
        .any(|o| !o.supports.is_empty() || o.krs.iter().any(|k| !k.tasks.is_empty()));
    let history = objectives.iter().any(|o| {
        o.origin.is_some()
            || o.krs
                .iter()
                .any(|k| k.origin.is_some() || !k.history.is_empty())
    });
    if execution {
        3
    } else if history {
        2
    } else {
        1
    }
}

/// The format a written document needs (also for entries this export did not touch):
/// see [`needed_format`]. Reads the document in place, once.
pub(super) fn held_format(root: &Table) -> i64 {
    fn tables<'a>(t: &'a Table, key: &str) -> impl Iterator<Item = &'a Table> {
        match t.get(key) {
            Some(Item::ArrayOfTables(a)) => Some(a.iter()),
            _ => None,
        }
        .into_iter()
        .flatten()
    }
    let mut format = 1;
    let sourced = tables(root, "objective")
        .flat_map(|o| tables(o, "kr"))
        .any(|k| k.contains_key("source"));
    if sourced {
        return 4;
    }
    for o in tables(root, "objective") {
        if o.contains_key("supports") {
            return 3;
        }
        format = format.max(if o.contains_key("origin") { 2 } else { 1 });
        for k in tables(o, "kr") {
            if k.contains_key("task") {
                return 3;
            }
            if k.contains_key("origin") || k.contains_key("plan") || k.contains_key("change") {
                format = 2;
            }
        }
    }
    format
}

/// A key result's `plan` and `[[objective.kr.change]]` entries: the plan states all
/// three values, a change only those it changes. Left as they are when they already say
/// the same (comments kept); rewritten whole otherwise.
pub(super) fn fill_history(t: &mut Table, kr: &KeyResult, history: &[&Revision]) {
    let Some((plan, changes)) = history.split_first() else {
        t.remove("plan");
        t.remove("change");
        return;
    };
    let mut want_plan = toml_edit::InlineTable::new();
    for (key, v) in [
        ("start", plan.start),
        ("target", plan.target),
        ("weight", plan.weight),
    ] {
        want_plan.insert(key, number_value(v));
    }
    if plan.author != kr.owner {
        want_plan.insert("author", plan.author.as_str().into());
    }
    let same_plan = t
        .get("plan")
        .and_then(Item::as_inline_table)
        .is_some_and(|have| same_inline(have, &want_plan));
    if !same_plan {
        set(t, "plan", Some(Item::Value(Value::InlineTable(want_plan))));
    }
    let mut want = ArrayOfTables::new();
    let mut before = *plan;
    for &c in changes {
        let mut ct = Table::new();
        if let Some(d) = c.from {
            ct.insert("date", date(d));
        }
        for (key, v, was) in [
            ("start", c.start, before.start),
            ("target", c.target, before.target),
            ("weight", c.weight, before.weight),
        ] {
            if v != was {
                ct.insert(key, number(v));
            }
        }
        if let Some(r) = &c.reason {
            ct.insert("reason", value(r.as_str()));
        }
        ct.insert("author", value(c.author.as_str()));
        want.push(ct);
        before = c;
    }
    let same_changes = match t.get("change") {
        Some(Item::ArrayOfTables(have)) => {
            have.len() == want.len() && have.iter().zip(want.iter()).all(|(h, w)| same_table(h, w))
        }
        _ => false,
    };
    if !same_changes {
        t.remove("change");
        if !want.is_empty() {
            t.insert("change", Item::ArrayOfTables(want));
        }
    }
}

/// Whether two tables hold the same keys with the same values (formatting aside).
fn same_table(have: &Table, want: &Table) -> bool {
    have.len() == want.len()
        && want.iter().all(|(k, w)| {
            have.get(k).is_some_and(|h| {
                same(h, w) || matches!((as_number(h), as_number(w)), (Some(a), Some(b)) if a == b)
            })
        })
}

fn same_inline(have: &toml_edit::InlineTable, want: &toml_edit::InlineTable) -> bool {
    let num = |v: &Value| v.as_float().or_else(|| v.as_integer().map(|i| i as f64));
    have.len() == want.len()
        && want.iter().all(|(k, w)| {
            have.get(k).is_some_and(|h| match (num(h), num(w)) {
                (Some(a), Some(b)) => a == b,
                _ => h.as_str().is_some() && h.as_str() == w.as_str(),
            })
        })
}
