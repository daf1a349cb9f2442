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

/// The git conflict markers, as git writes them.
const OURS_MARK: &str = "<<<<<<< ours";
const SPLIT_MARK: &str = "=======";
const THEIRS_MARK: &str = ">>>>>>> theirs";

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

/// Whether `text` holds git conflict markers, and the first line (1-based) with one.
pub fn marker_line(text: &str) -> Option<usize> {
    text.lines()
        .position(|l| l.starts_with("<<<<<<< ") || l == "<<<<<<<")
        .map(|i| i + 1)
}

/// A file with conflict markers as its two sides: the lines of ours, and the lines of
/// theirs (git's `diff3` style, with the ancestor's lines, is read too: they are left
/// out of both).
pub fn sides(text: &str) -> (String, String) {
    #[derive(PartialEq)]
    enum In {
        Both,
        Ours,
        Base,
        Theirs,
    }
    let (mut ours, mut theirs) = (String::new(), String::new());
    let mut at = In::Both;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        if bare.starts_with("<<<<<<<") {
            at = In::Ours;
        } else if bare.starts_with("|||||||") && at == In::Ours {
            at = In::Base;
        } else if bare == SPLIT_MARK && at != In::Both {
            at = In::Theirs;
        } else if bare.starts_with(">>>>>>>") && at == In::Theirs {
            at = In::Both;
        } else {
            match at {
                In::Both => {
                    ours.push_str(line);
                    theirs.push_str(line);
                }
                In::Ours => ours.push_str(line),
                In::Theirs => theirs.push_str(line),
                In::Base => {}
            }
        }
    }
    (ours, theirs)
}

/// The fields that two versions of a file give different values, entry by entry: what a
/// file with conflict markers disagrees about, in words.
pub fn disagreements(ours: &str, theirs: &str) -> Result<Vec<Conflict>, String> {
    // With each side as the other's ancestor nothing would differ; with no ancestor,
    // every field both sides state differently is a conflict.
    merge("", ours, theirs, Some(Side::Ours)).map(|m| m.conflicts)
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

/// Puts git's conflict markers around each conflicting field's line, ours above.
fn mark(text: &str, conflicts: &[Conflict]) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let found = conflicts.iter().enumerate().find_map(|(n, c)| {
            let tag = format!(" # okr-conflict-{n}");
            line.contains(&tag).then_some((c, tag))
        });
        let Some((c, tag)) = found else {
            out.push_str(line);
            continue;
        };
        let bare = line.trim_end_matches(['\n', '\r']).replacen(&tag, "", 1);
        let indent: String = bare.chars().take_while(|c| c.is_whitespace()).collect();
        out.push_str(OURS_MARK);
        out.push('\n');
        if c.ours.is_some() {
            out.push_str(&bare);
            out.push('\n');
        }
        out.push_str(SPLIT_MARK);
        out.push('\n');
        if let Some(v) = &c.theirs {
            out.push_str(&format!("{indent}{} = {v}\n", c.field));
        }
        out.push_str(THEIRS_MARK);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = r#"format = 3
cycle = "2026-Q4"

# the company's
[[objective]]
id = "aaaa0000000000000000000000000001"
title = "Win the enterprise market"
owner = "ceo"

  [[objective.kr]]
  id = "bbbb0000000000000000000000000001"
  title = "Grow accounts from 10 to 50"
  start = 10
  target = 50

  [[objective.kr.task]]
  id = "cccc0000000000000000000000000001"
  title = "Call ten prospects"
"#;

    #[test]
    fn additions_and_edits_of_different_entries_merge_cleanly() {
        let ours = BASE.replace("target = 50", "target = 60").to_string()
            + "\n[[objective]]\ntitle = \"Ann's objective\"\n";
        let theirs = BASE.replace(
            "  title = \"Call ten prospects\"\n",
            "  title = \"Call ten prospects\"\n  done = 2026-11-20\n",
        ) + "\n[[objective]]\ntitle = \"Bob's objective\"\n";
        let m = merge(BASE, &ours, &theirs, None).unwrap();
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert!(m.text.contains("target = 60"), "{}", m.text);
        assert!(m.text.contains("done = 2026-11-20"), "{}", m.text);
        assert!(m.text.contains("Ann's objective") && m.text.contains("Bob's objective"));
        assert!(m.text.contains("# the company's"), "ours' comments stay");
        // The same merge the other way round holds the same entries.
        let back = merge(BASE, &theirs, &ours, None).unwrap();
        assert!(back.conflicts.is_empty());
    }

    #[test]
    fn the_same_field_changed_on_both_sides_is_one_marked_conflict() {
        let ours = BASE.replace("target = 50", "target = 60");
        let theirs = BASE.replace("target = 50", "target = 70");
        let m = merge(BASE, &ours, &theirs, None).unwrap();
        assert_eq!(
            m.conflicts[0].to_string(),
            "key result “Grow accounts from 10 to 50” `target`: 60 here, 70 in the other branch"
        );
        assert!(
            m.text
                .contains("<<<<<<< ours\n  target = 60\n=======\n  target = 70\n>>>>>>> theirs\n"),
            "{}",
            m.text
        );
        assert_eq!(marker_line(&m.text), Some(14));
        let (o, t) = sides(&m.text);
        assert_eq!((o, t), (ours.clone(), theirs.clone()));
        let settled = merge(BASE, &ours, &theirs, Some(Side::Theirs)).unwrap();
        assert!(settled.text.contains("target = 70") && marker_line(&settled.text).is_none());
    }

    #[test]
    fn a_deletion_stands_unless_the_other_side_changed_the_entry() {
        let no_task = BASE.replace(
            "\n  [[objective.kr.task]]\n  id = \"cccc0000000000000000000000000001\"\n  title = \"Call ten prospects\"\n",
            "",
        );
        let m = merge(BASE, &no_task, BASE, None).unwrap();
        assert!(!m.text.contains("Call ten prospects"), "{}", m.text);
        // Ticked off on the other side: the initiative stays, done.
        let done = BASE.replace(
            "  title = \"Call ten prospects\"\n",
            "  title = \"Call ten prospects\"\n  done = 2026-11-20\n",
        );
        let m = merge(BASE, &no_task, &done, None).unwrap();
        assert!(m.text.contains("done = 2026-11-20"), "{}", m.text);
        assert!(m.conflicts.is_empty());
    }
}
