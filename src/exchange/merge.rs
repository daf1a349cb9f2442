//! Team files merged by identity, not by line: what `okr merge-file` does as git's merge
//! driver for objectives files, and `okr resolve` when a merge stopped anyway.
//!
//! Each entry is matched across the three versions (the common ancestor, ours, theirs)
//! by what identifies it — an objective, key result or initiative by its `id` (or its
//! title, where one side has no id yet), a target change by its `date`, a check-in by its
//! `id` — and each of its fields is merged on its own: a field changed on one side only
//! takes that change; entries added on either side are kept; an entry deleted on one
//! side and left alone on the other is deleted. Only the same field of the same entry
//! changed on both sides to different values is a conflict. An entry deleted on one side
//! and changed on the other is kept with the change (okr never drops a teammate's change;
//! import never deletes anyway). `format` takes the higher of the two.
//!
//! Ours is the document the result is made from, so its comments, order and layout stay;
//! what comes from theirs is added in theirs' words.

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

/// Which side a conflict is settled for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// The same field of the same entry, changed on both sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The entry, as a person names it: `key result “Raise NPS from 30 to 50”`.
    pub entry: String,
    pub field: String,
    /// The values as TOML writes them; `None` where that side removed the field.
    pub ours: Option<String>,
    pub theirs: Option<String>,
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "removed".into());
        write!(
            f,
            "{} `{}`: {} here, {} in the other branch",
            self.entry,
            self.field,
            shown(&self.ours),
            shown(&self.theirs)
        )
    }
}

/// The merged file, and the conflicts it has left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    pub conflicts: Vec<Conflict>,
}

/// Merges `ours` and `theirs`, both descended from `base` (empty where the file is new
/// on both sides). Conflicts are settled for `settle` if given; otherwise each is left
/// in the text between git's conflict markers, around that field's line alone.
/// Returns `Err` with the parser's words when a version is not TOML.
pub fn merge(base: &str, ours: &str, theirs: &str, settle: Option<Side>) -> Result<Merged, String> {
    let parse = |text: &str, which: &str| {
        text.parse::<DocumentMut>()
            .map_err(|e| format!("{which}: {}", e.message()))
    };
    let base = parse(base, "the common ancestor")?;
    let mut doc = parse(ours, "ours")?;
    let theirs = parse(theirs, "theirs")?;
    let mut m = Merger {
        settle,
        conflicts: Vec::new(),
    };
    m.table(
        Some(base.as_table()),
        doc.as_table_mut(),
        theirs.as_table(),
        "the file",
    );
    let mut text = doc.to_string();
    if settle.is_none() {
        text = mark(&text, &m.conflicts);
    }
    Ok(Merged {
        text,
        conflicts: m.conflicts,
    })
}

struct Merger {
    settle: Option<Side>,
    conflicts: Vec<Conflict>,
}

/// A value as TOML writes it, without its comments and spacing: what is compared.
fn plain(item: &Item) -> Option<String> {
    match item {
        Item::None => None,
        Item::Value(v) => {
            let mut v = v.clone();
            v.decor_mut().clear();
            Some(v.to_string())
        }
        other => Some(other.to_string()),
    }
}

impl Merger {
    /// Merges the fields and entries of one table into `ours`.
    fn table(&mut self, base: Option<&Table>, ours: &mut Table, theirs: &Table, entry: &str) {
        let mut keys: Vec<String> = ours.iter().map(|(k, _)| k.to_string()).collect();
        for (k, _) in theirs.iter() {
            if !keys.iter().any(|x| x == k) {
                keys.push(k.to_string());
            }
        }
        for key in keys {
            let b = base.and_then(|t| t.get(&key));
            let t = theirs.get(&key);
            let arrays = (
                ours.get(&key).and_then(Item::as_array_of_tables).is_some(),
                t.and_then(Item::as_array_of_tables).is_some(),
            );
            if arrays.0 || arrays.1 {
                self.entries(&key, b, ours, t, entry);
                continue;
            }
            // A table of its own (`[team]`, say): merged field by field.
            if let (Some(Item::Table(_)), Some(Item::Table(tt))) = (ours.get(&key), t) {
                let bt = b.and_then(Item::as_table);
                if let Some(Item::Table(ot)) = ours.get_mut(&key) {
                    self.table(bt, ot, tt, &format!("`[{key}]`"));
                }
                continue;
            }
            self.field(&key, b, ours, t, entry);
        }
    }

    /// One field: a change on one side is taken, the same change on both is one.
    fn field(
        &mut self,
        key: &str,
        base: Option<&Item>,
        ours: &mut Table,
        theirs: Option<&Item>,
        entry: &str,
    ) {
        let (b, o, t) = (
            base.and_then(plain),
            ours.get(key).and_then(plain),
            theirs.and_then(plain),
        );
        if o == t || t == b {
            return;
        }
        if o == b {
            self.take(key, ours, theirs);
            return;
        }
        if key == "format" && entry == "the file" {
            let n = |s: &Option<String>| s.as_deref().and_then(|s| s.parse::<i64>().ok());
            if n(&t) > n(&o) {
                self.take(key, ours, theirs);
            }
            return;
        }
        self.conflicts.push(Conflict {
            entry: entry.to_string(),
            field: key.to_string(),
            ours: o,
            theirs: t,
        });
        match self.settle {
            Some(Side::Theirs) => self.take(key, ours, theirs),
            Some(Side::Ours) => {}
            None => {
                // Marked in the text after writing ([`mark`]): a field ours removed is
                // put back with theirs' value so that its line is there to mark.
                if ours.get(key).is_none() {
                    self.take(key, ours, theirs);
                }
                let n = self.conflicts.len() - 1;
                if let Some(v) = ours.get_mut(key).and_then(Item::as_value_mut) {
                    v.decor_mut().set_suffix(format!(" # okr-conflict-{n}"));
                }
            }
        }
    }

    /// Sets ours' `key` to theirs' value (or removes it, where theirs has none).
    fn take(&mut self, key: &str, ours: &mut Table, theirs: Option<&Item>) {
        match theirs {
            Some(item) if !item.is_none() => {
                ours.insert(key, item.clone());
            }
            _ => {
                ours.remove(key);
            }
        }
    }

    /// An array of entries (`[[objective]]`, `[[objective.kr]]`, …), matched by identity.
    fn entries(
        &mut self,
        key: &str,
        base: Option<&Item>,
        ours: &mut Table,
        theirs: Option<&Item>,
        parent: &str,
    ) {
        let empty = ArrayOfTables::new();
        let b = base.and_then(Item::as_array_of_tables).unwrap_or(&empty);
        let t = theirs.and_then(Item::as_array_of_tables).unwrap_or(&empty);
        if ours.get(key).and_then(Item::as_array_of_tables).is_none() {
            ours.insert(key, Item::ArrayOfTables(ArrayOfTables::new()));
        }
        let Some(o) = ours.get_mut(key).and_then(Item::as_array_of_tables_mut) else {
            return;
        };
        // Ours' entries: merged with theirs', or deleted where theirs deleted them.
        let mut gone = Vec::new();
        for i in 0..o.len() {
            let Some(mine) = o.get_mut(i) else { continue };
            let in_base = find(b, mine);
            let name = describe(key, mine, parent);
            match find(t, mine) {
                Some(yours) => self.table(in_base, mine, yours, &name),
                None => {
                    // Theirs deleted it: gone, unless ours changed it meanwhile.
                    if let Some(was) = in_base
                        && was.to_string() == mine.to_string()
                    {
                        gone.push(i);
                    }
                }
            }
        }
        for i in gone.into_iter().rev() {
            o.remove(i);
        }
        // Theirs' new entries, and those ours deleted that theirs changed.
        let mut added = Vec::new();
        for yours in t.iter() {
            if find_in(o, yours).is_some() {
                continue;
            }
            match find(b, yours) {
                Some(was) if was.to_string() == yours.to_string() => {}
                _ => added.push(yours.clone()),
            }
        }
        for table in added {
            o.push(table);
        }
        if o.is_empty() && b.is_empty() && t.is_empty() {
            ours.remove(key);
        }
    }
}

/// What identifies an entry: its `id`, else its `date` (a target change), else its title.
fn identity(t: &Table) -> (Option<String>, Option<String>) {
    let text = |k: &str| {
        t.get(k).and_then(Item::as_value).map(|v| match v {
            Value::String(s) => s.value().trim().to_string(),
            other => {
                let mut v = other.clone();
                v.decor_mut().clear();
                v.to_string()
            }
        })
    };
    let id = text("id").or_else(|| text("date").map(|d| format!("date {d}")));
    (id, text("title"))
}

/// The entry of `among` that is `entry`: the same id, or, where either has none, the
/// same title.
fn find<'a>(among: &'a ArrayOfTables, entry: &Table) -> Option<&'a Table> {
    let (id, title) = identity(entry);
    let same = |t: &&Table| {
        let (tid, ttitle) = identity(t);
        match (&id, &tid) {
            (Some(a), Some(b)) => a == b,
            _ => title.is_some() && title == ttitle,
        }
    };
    among.iter().find(same)
}

fn find_in(among: &ArrayOfTables, entry: &Table) -> Option<usize> {
    let found = find(among, entry)?;
    among.iter().position(|t| std::ptr::eq(t, found))
}

/// An entry as a person names it.
fn describe(key: &str, t: &Table, parent: &str) -> String {
    let (id, title) = identity(t);
    let kind = match key {
        "objective" => "objective",
        "kr" => "key result",
        "task" => "initiative",
        "change" => "target change",
        "checkin" => "check-in",
        other => other,
    };
    match (key, title, id) {
        ("change", _, Some(date)) => format!("the {kind} of {parent} on {}", &date[5..]),
        (_, Some(title), _) => format!("{kind} “{title}”"),
        (_, None, Some(id)) => format!("{kind} `{id}`"),
        _ => format!("a {kind} of {parent}"),
    }
}

mod markers;
use markers::mark;
pub use markers::{conflicted, disagreements, marker_line, sides};

#[cfg(test)]
mod tests;
