//! Finding an entry's table in a file: by id, else by title.

use std::collections::HashMap;

use toml_edit::{ArrayOfTables, Item, Table};

/// Where each table of a list is: by id, and (tables without an id) by title. Built once
/// per list, so that placing 10,000 objectives is linear, not quadratic.
pub(super) struct Index {
    by_id: HashMap<String, usize>,
    by_title: HashMap<String, Vec<usize>>,
}

impl Index {
    pub(super) fn of<'a>(tables: impl Iterator<Item = &'a Table>) -> Index {
        let mut index = Index {
            by_id: HashMap::new(),
            by_title: HashMap::new(),
        };
        for (i, t) in tables.enumerate() {
            match t.get("id").and_then(Item::as_str) {
                Some(id) => {
                    index
                        .by_id
                        .entry(id.trim().to_ascii_lowercase())
                        .or_insert(i);
                }
                None => {
                    let title = t.get("title").and_then(Item::as_str).unwrap_or("");
                    index
                        .by_title
                        .entry(title.trim().to_string())
                        .or_default()
                        .push(i);
                }
            }
        }
        index
    }

    /// The table with this id, else the first without an id with this title (and, for
    /// objectives, in the cycle: `same_cycle`), else a new one at the end. The table then
    /// holds `uid`: it is found by it from now on.
    pub(super) fn place(
        &mut self,
        list: &mut ArrayOfTables,
        uid: &str,
        title: &str,
        same_cycle: &dyn Fn(&Table) -> bool,
    ) -> usize {
        let key = uid.to_ascii_lowercase();
        if let Some(&i) = self.by_id.get(&key) {
            return i;
        }
        let titled = self.by_title.get_mut(title).and_then(|at| {
            let n = at
                .iter()
                .position(|&i| list.get(i).is_some_and(same_cycle))?;
            Some(at.remove(n))
        });
        let i = titled.unwrap_or_else(|| {
            list.push(Table::new());
            list.len() - 1
        });
        self.by_id.insert(key, i);
        i
    }
}
