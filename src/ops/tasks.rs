//! `okr task`: initiatives under key results, the work that should move them, each
//! named, owned, perhaps due, and ticked off when done.

use chrono::NaiveDate;
use serde::Serialize;

use super::Ctx;
use crate::model::{Task, TaskState, clean_owner, clean_title};
use crate::store::tasks::NewTask;
use crate::store::{self, Scope, Store};
use crate::{Error, Result};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddTask {
    pub kr: String,
    pub title: String,
    /// [default: the key result's owner]
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
}

/// `okr task add KR TITLE`.
pub fn add(store: &mut Store, ctx: &Ctx, req: AddTask) -> Result<Task> {
    let title = clean_title(&req.title, "initiative")?;
    let owner = req.owner.as_deref().map(clean_owner).transpose()?;
    store.write(&ctx.head("task", None), |tx| {
        let kr = store::krs::get(tx, store::krs::resolve(tx, &req.kr)?)?;
        let task = store::tasks::insert(
            tx,
            &NewTask {
                kr: kr.id,
                title,
                owner: owner.unwrap_or(kr.owner),
                due: req.due,
                created: ctx.today,
            },
        )?;
        let summary = format!("{} \"{}\" added under {}", task.id, task.title, kr.id);
        Ok((task, summary))
    })
}

/// An initiative with what a list shows beside it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskView {
    #[serde(flatten)]
    pub task: Task,
    pub kr_title: String,
    pub objective: crate::model::ObjectiveId,
    pub cycle: String,
    /// Open and due before today.
    pub overdue: bool,
}

/// What `okr task list` shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskQuery {
    pub kr: Option<String>,
    pub objective: Option<String>,
    pub owner: Option<String>,
    pub state: Option<TaskState>,
    /// `None`: every cycle.
    pub cycle: Option<String>,
}

pub fn list(store: &mut Store, ctx: &Ctx, q: &TaskQuery) -> Result<Vec<TaskView>> {
    store.read(|tx| {
        let mut scope = Scope {
            cycle: q.cycle.clone(),
            ..Scope::default()
        };
        if let Some(k) = &q.kr {
            scope.kr = Some(store::krs::resolve(tx, k)?);
            scope.cycle = None;
        }
        if let Some(o) = &q.objective {
            scope.objective = Some(store::objectives::resolve(tx, o)?);
            scope.cycle = None;
        }
        let tasks = store::tasks::list(
            tx,
            &scope,
            q.owner.as_deref(),
            q.state.unwrap_or(TaskState::Open),
        )?;
        Ok(views(tasks, ctx.today))
    })
}

/// Listed initiatives with whether each is overdue on `today`.
pub(crate) fn views(listed: Vec<store::tasks::Listed>, today: NaiveDate) -> Vec<TaskView> {
    listed
        .into_iter()
        .map(|l| TaskView {
            overdue: l.task.is_overdue(today),
            task: l.task,
            kr_title: l.kr_title,
            objective: l.objective,
            cycle: l.cycle,
        })
        .collect()
}

/// `okr task done T` (`done = true`) and `okr task reopen T`.
pub fn tick(store: &mut Store, ctx: &Ctx, typed: &str, done: bool) -> Result<Task> {
    let kind = if done { "done" } else { "reopen" };
    store.write(&ctx.head(kind, None), |tx| {
        let id = store::tasks::resolve(tx, typed)?;
        let task = store::tasks::get(tx, id)?;
        match (done, task.done) {
            (true, Some(day)) => {
                return Err(Error::invalid_with_hint(
                    format!("initiative {id} was already done on {day}"),
                    format!("`okr task reopen {id}` opens it again"),
                ));
            }
            (false, None) => {
                return Err(Error::invalid(format!("initiative {id} is already open")));
            }
            _ => {}
        }
        store::tasks::set_done(tx, id, done.then_some(ctx.today))?;
        let summary = match done {
            true => format!("{id} \"{}\" done", task.title),
            false => format!("{id} \"{}\" opened again", task.title),
        };
        Ok((store::tasks::get(tx, id)?, summary))
    })
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditTask {
    pub title: Option<String>,
    pub owner: Option<String>,
    /// `Some(None)` clears the due day.
    pub due: Option<Option<NaiveDate>>,
    /// Moves it under another key result.
    pub kr: Option<String>,
}

/// `okr task edit T ...`.
pub fn edit(store: &mut Store, ctx: &Ctx, typed: &str, req: EditTask) -> Result<Task> {
    if req == EditTask::default() {
        return Err(Error::invalid_with_hint(
            "nothing to change",
            "pass a field to change, e.g. `--due 2026-12-11`",
        ));
    }
    let title = req
        .title
        .as_deref()
        .map(|t| clean_title(t, "initiative"))
        .transpose()?;
    let owner = req.owner.as_deref().map(clean_owner).transpose()?;
    store.write(&ctx.head("edit", None), |tx| {
        let id = store::tasks::resolve(tx, typed)?;
        let mut task = store::tasks::get(tx, id)?;
        let mut changed = Vec::new();
        if let Some(t) = title {
            changed.push(format!("title \"{}\" → \"{t}\"", task.title));
            task.title = t;
        }
        if let Some(o) = owner {
            changed.push(format!("owner {} → {o}", task.owner));
            task.owner = o;
        }
        if let Some(d) = req.due {
            let shown =
                |d: Option<NaiveDate>| d.map_or_else(|| "none".to_string(), |d| d.to_string());
            changed.push(format!("due {} → {}", shown(task.due), shown(d)));
            task.due = d;
        }
        if let Some(k) = &req.kr {
            let kr = store::krs::resolve(tx, k)?;
            changed.push(format!("{} → {kr}", task.kr));
            task.kr = kr;
        }
        store::tasks::update(tx, &task)?;
        Ok((task, format!("{id}: {}", changed.join(", "))))
    })
}

/// `okr task rm T`.
pub fn remove(store: &mut Store, ctx: &Ctx, typed: &str) -> Result<Task> {
    store.write(&ctx.head("rm", None), |tx| {
        let id = store::tasks::resolve(tx, typed)?;
        let task = store::tasks::get(tx, id)?;
        store::tasks::delete(tx, id)?;
        let summary = format!("{id} \"{}\" removed", task.title);
        Ok((task, summary))
    })
}

/// One initiative as typed: for `okr task rm`'s question.
pub fn get(store: &mut Store, typed: &str) -> Result<Task> {
    store.read(|tx| store::tasks::get(tx, store::tasks::resolve(tx, typed)?))
}
