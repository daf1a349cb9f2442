//! Writing what format 3 adds under a key result: its initiatives, one
//! `[[objective.kr.task]]` table each, on lines of their own, so that two people who
//! tick off different initiatives change different lines and git merges them.

use toml_edit::{ArrayOfTables, Item, Table, value};

use super::write::{Index, date, ensure_id_first, set};
use crate::model::{KeyResult, Task};

/// Puts `tasks` under the key result's table: each where the file has it (by id, else
/// by title), new ones at the end. Initiatives the file has and the database does not
/// stay as they are: export never deletes.
pub(super) fn fill_tasks(t: &mut Table, kr: &KeyResult, tasks: &[&Task]) {
    if tasks.is_empty() {
        return;
    }
    if !t.contains_array_of_tables("task") {
        t.insert("task", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    let Some(Item::ArrayOfTables(list)) = t.get_mut("task") else {
        return;
    };
    let mut index = Index::of(list.iter());
    for task in tasks {
        let i = index.place(list, &task.uid.0, &task.title, &|_| true);
        let Some(tt) = list.get_mut(i) else {
            continue;
        };
        ensure_id_first(tt, &task.uid.0);
        set(tt, "title", Some(value(task.title.as_str())));
        set(
            tt,
            "owner",
            (task.owner != kr.owner).then(|| value(task.owner.as_str())),
        );
        set(tt, "due", task.due.map(date));
        set(tt, "done", task.done.map(date));
        set(tt, "created", Some(date(task.created)));
        indent_like_title(tt);
    }
}

/// Gives keys okr added to a hand-indented table the indent its `title` has.
fn indent_like_title(t: &mut Table) {
    let indent = t
        .key("title")
        .and_then(|k| k.leaf_decor().prefix())
        .and_then(|p| p.as_str())
        .filter(|p| !p.is_empty() && p.chars().all(|c| c == ' ' || c == '\t'))
        .map(str::to_string);
    let Some(indent) = indent else {
        return;
    };
    let bare: Vec<String> = t
        .iter()
        .filter(|(k, _)| {
            t.key(k)
                .is_some_and(|key| key.leaf_decor().prefix().is_none())
        })
        .map(|(k, _)| k.to_string())
        .collect();
    for k in bare {
        if let Some(mut key) = t.key_mut(&k) {
            key.leaf_decor_mut().set_prefix(indent.as_str());
        }
    }
}
