//! Initiatives as rows: `okr task list`, and under a key result or objective in `show`.

use std::io::{self, Write};

use super::{Format, Grid, Style, json};
use crate::ops::tasks::TaskView;

/// A day, or `–`.
pub(crate) fn day(d: Option<chrono::NaiveDate>) -> String {
    d.map_or_else(|| "–".to_string(), |d| d.to_string())
}

/// The columns of the week's initiatives: id, title, key result, owner, due, done.
pub(crate) const WEEK_HEADER: [&str; 6] = ["ID", "INITIATIVE", "KR", "OWNER", "DUE", "DONE"];

/// An initiative's cells under [`WEEK_HEADER`], as text.
pub(crate) fn week_row(t: &crate::model::Task) -> [String; 6] {
    [
        t.id.to_string(),
        t.title.clone(),
        t.kr.to_string(),
        t.owner.clone(),
        day(t.due),
        day(t.done),
    ]
}

/// Whether any key result of the report has initiatives: the week shows them then.
pub(crate) fn named_in(r: &crate::ops::report::Report) -> bool {
    r.objectives
        .iter()
        .flat_map(|o| &o.key_results)
        .any(|k| !k.initiatives.is_empty())
}

/// `open`, `overdue`, or `done 2026-11-20`.
pub(super) fn state(t: &TaskView) -> String {
    match t.task.done {
        Some(day) => format!("done {day}"),
        None if t.overdue => "overdue".into(),
        None => "open".into(),
    }
}

pub fn tasks(
    out: &mut dyn Write,
    rows: &[TaskView],
    format: Format,
    style: Style,
) -> io::Result<()> {
    match format {
        Format::Json => json(out, rows),
        Format::Csv => {
            let mut g = Grid::new(vec![
                "id", "uid", "kr_id", "title", "owner", "due", "done", "created", "overdue",
            ]);
            for t in rows {
                let task = &t.task;
                let day =
                    |d: Option<chrono::NaiveDate>| d.map_or_else(String::new, |d| d.to_string());
                g.push(vec![
                    task.id.to_string().into(),
                    task.uid.0.clone().into(),
                    task.kr.to_string().into(),
                    task.title.clone().into(),
                    task.owner.clone().into(),
                    day(task.due).into(),
                    day(task.done).into(),
                    task.created.to_string().into(),
                    t.overdue.to_string().into(),
                ]);
            }
            g.write(out, format, style)
        }
        _ if rows.is_empty() => writeln!(out, "No initiatives."),
        _ => grid(rows, true).write(out, format, style),
    }
}

/// The rows of a list; `with_kr` adds the key result each is under.
pub(super) fn grid(rows: &[TaskView], with_kr: bool) -> Grid {
    let mut header = vec!["ID", "INITIATIVE"];
    if with_kr {
        header.push("KR");
    }
    header.extend(["OWNER", "DUE", "STATE"]);
    let mut g = Grid::new(header).flex(1, 16);
    for t in rows {
        let mut row = vec![t.task.id.to_string().into(), t.task.title.clone().into()];
        if with_kr {
            row.push(t.task.kr.to_string().into());
        }
        row.extend([
            t.task.owner.clone().into(),
            day(t.task.due).into(),
            state(t).into(),
        ]);
        g.push(row);
    }
    g
}
