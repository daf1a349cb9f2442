//! `okr objective …`: add, list, show, edit, close, archive, rm.

use rusqlite::Connection;

use super::views::objective_progress;
use super::{CheckInView, Ctx, KrView, ObjectiveRef, ObjectiveRow, ObjectiveShow, cycles};
use crate::model::{Level, NewObjective, Objective, ObjectiveId, ObjectiveKind, State};
use crate::store::{self, Scope, Store};
use crate::{Error, Result};

/// How many recent check-ins `show` includes.
const RECENT: usize = 10;

/// `okr objective add`, with ids as typed.
#[derive(Debug, Clone, Default)]
pub struct AddObjective {
    pub title: String,
    pub description: Option<String>,
    pub cycle: Option<String>,
    pub level: Option<Level>,
    pub owner: Option<String>,
    pub kind: Option<ObjectiveKind>,
    pub parent: Option<String>,
}

pub fn add(store: &mut Store, ctx: &Ctx, req: AddObjective) -> Result<Objective> {
    store.write(&ctx.head("add", None), |tx| {
        let cycle = cycles::resolve_or_current(tx, req.cycle.as_deref(), ctx.today)?;
        let level = req.level.unwrap_or(Level::Personal);
        let parent = match &req.parent {
            Some(typed) => {
                let parent = store::objectives::get(tx, store::objectives::resolve(tx, typed)?)?;
                check_alignment(level, &parent)?;
                Some(parent.id)
            }
            None => None,
        };
        let new = NewObjective {
            title: req.title,
            description: req.description,
            cycle: cycle.name,
            level,
            owner: req.owner.unwrap_or_else(|| ctx.user.clone()),
            kind: req.kind.unwrap_or(ObjectiveKind::Aspirational),
            parent,
        }
        .validate()?;
        let o = store::objectives::insert(tx, &new)?;
        let summary = format!(
            "added {} \"{}\" ({} {}, {})",
            o.id, o.title, o.cycle, o.level, o.owner
        );
        Ok((o, summary))
    })
}

fn check_alignment(level: Level, parent: &Objective) -> Result<()> {
    if level.can_align_to(parent.level) {
        Ok(())
    } else {
        Err(Error::invalid_with_hint(
            format!(
                "a {level} objective cannot align to {} objective {} (`{}`)",
                parent.level, parent.id, parent.title
            ),
            "alignment runs upwards: personal → team → company",
        ))
    }
}

/// Objectives in scope with their key-result counts and progress today.
pub fn list(store: &mut Store, ctx: &Ctx, scope: &Scope) -> Result<Vec<ObjectiveRow>> {
    let path = store.path().to_path_buf();
    store.read(|tx| {
        let scope = &cycles::canonical(tx, scope)?;
        let kr_scope = Scope {
            owner: None,
            ..scope.clone()
        };
        let (latest, (objectives, krs)) =
            store::checkins::latest_sharing(tx, &path, &kr_scope, ctx.today, |tx| {
                Ok((
                    store::objectives::list(tx, scope)?,
                    store::krs::list(tx, &kr_scope)?,
                ))
            })?;
        let krs = KrView::build(krs, latest);
        let mut by_objective: std::collections::HashMap<ObjectiveId, Vec<&KrView>> =
            Default::default();
        for k in &krs {
            by_objective.entry(k.kr.objective).or_default().push(k);
        }
        Ok(objectives
            .into_iter()
            .map(|o| {
                let mine = by_objective.remove(&o.id).unwrap_or_default();
                ObjectiveRow {
                    key_results: mine.len(),
                    progress: objective_progress(mine),
                    objective: o,
                }
            })
            .collect())
    })
}

pub fn show(store: &mut Store, ctx: &Ctx, typed: &str) -> Result<ObjectiveShow> {
    store.read(|tx| {
        let id = store::objectives::resolve(tx, typed)?;
        let objective = store::objectives::get(tx, id)?;
        let scope = Scope::objective(id);
        let krs = store::krs::list(tx, &scope)?;
        let recent = store::checkins::recent(tx, &scope, Some(RECENT))?;
        let key_results =
            KrView::build(krs.clone(), store::checkins::latest(tx, &scope, ctx.today)?);
        let parent = match objective.parent {
            Some(p) => Some(ObjectiveRef::from(&store::objectives::get(tx, p)?)),
            None => None,
        };
        let tasks = store::tasks::list(tx, &scope, None, crate::model::TaskState::All)?;
        let refs = |v: Vec<Objective>| v.iter().map(ObjectiveRef::from).collect();
        Ok(ObjectiveShow {
            supports: refs(store::links::of(tx, id, true)?),
            supported_by: refs(store::links::of(tx, id, false)?),
            initiatives: super::tasks::views(tasks, ctx.today),
            progress: objective_progress(&key_results),
            parent,
            children: store::objectives::children(tx, id)?
                .iter()
                .map(ObjectiveRef::from)
                .collect(),
            carried_from: store::reflections::origins(tx, &scope)?.pop(),
            recent_checkins: CheckInView::build(recent, &krs),
            key_results,
            objective,
        })
    })
}

/// `okr objective edit`: only the fields given change.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditObjective {
    pub title: Option<String>,
    /// `Some("")` clears the description.
    pub description: Option<String>,
    pub cycle: Option<String>,
    pub level: Option<Level>,
    pub owner: Option<String>,
    pub kind: Option<ObjectiveKind>,
    /// `Some(None)` removes the parent.
    pub parent: Option<Option<String>>,
    pub state: Option<State>,
}

pub fn edit(
    store: &mut Store,
    ctx: &Ctx,
    typed: &str,
    req: EditObjective,
    reason: Option<&str>,
) -> Result<Objective> {
    let kind = match req.state {
        Some(State::Archived) => "archive",
        Some(State::Done) => "close",
        Some(State::Active) => "reopen",
        None => "edit",
    };
    store.write(&ctx.head(kind, reason), |tx| {
        let id = store::objectives::resolve(tx, typed)?;
        let mut o = store::objectives::get(tx, id)?;
        let before = o.clone();
        if let Some(t) = req.title {
            o.title = t;
        }
        if let Some(d) = req.description {
            o.description = Some(d);
        }
        if let Some(c) = req.cycle {
            o.cycle = cycles::resolve(tx, &c)?.name;
            if o.cycle != before.cycle && store::links::any(tx, id)? {
                return Err(Error::invalid_with_hint(
                    format!("{id} is linked to objectives of {}: a link joins objectives of one cycle", before.cycle),
                    format!("remove its links first (`okr objective show {id}` lists them; `okr objective unlink`)"),
                ));
            }
        }
        if let Some(l) = req.level {
            o.level = l;
        }
        if let Some(owner) = req.owner {
            o.owner = owner;
        }
        if let Some(k) = req.kind {
            o.kind = k;
        }
        if let Some(s) = req.state {
            o.state = s;
        }
        if let Some(p) = req.parent {
            o.parent = match p {
                Some(typed) => Some(store::objectives::resolve(tx, &typed)?),
                None => None,
            };
        }
        check_edit(tx, &o)?;
        let clean = NewObjective {
            title: o.title.clone(),
            description: o.description.clone(),
            cycle: o.cycle.clone(),
            level: o.level,
            owner: o.owner.clone(),
            kind: o.kind,
            parent: o.parent,
        }
        .validate()?;
        (o.title, o.description, o.owner) = (clean.title, clean.description, clean.owner);
        store::objectives::update(tx, &o)?;
        let summary = super::changes(
            &format!("{} \"{}\"", o.id, before.title),
            &[
                ("title", before.title.clone(), o.title.clone()),
                (
                    "description",
                    before.description.clone().unwrap_or_default(),
                    o.description.clone().unwrap_or_default(),
                ),
                ("cycle", before.cycle.clone(), o.cycle.clone()),
                ("level", before.level.to_string(), o.level.to_string()),
                ("owner", before.owner.clone(), o.owner.clone()),
                ("kind", before.kind.to_string(), o.kind.to_string()),
                ("state", before.state.to_string(), o.state.to_string()),
                (
                    "parent",
                    parent_label(before.parent),
                    parent_label(o.parent),
                ),
            ],
        );
        Ok((o, summary))
    })
}

fn parent_label(p: Option<ObjectiveId>) -> String {
    p.map_or_else(|| "none".into(), |p| format!("{p}"))
}

/// An edited objective must still align upwards, without circles, and its children
/// must still be able to align to it.
fn check_edit(conn: &Connection, o: &Objective) -> Result<()> {
    if let Some(pid) = o.parent {
        if pid == o.id {
            return Err(Error::invalid(format!(
                "objective {} cannot align to itself",
                o.id
            )));
        }
        let chain = store::objectives::lineage(conn, pid)?;
        if chain.contains(&o.id) {
            let path: Vec<String> = std::iter::once(o.id)
                .chain(chain.iter().copied().take_while(|x| *x != o.id))
                .chain(std::iter::once(o.id))
                .map(|x| x.to_string())
                .collect();
            return Err(Error::invalid(format!(
                "aligning objective {} under {pid} would make a circle: {}",
                o.id,
                path.join(" → ")
            )));
        }
        check_alignment(o.level, &store::objectives::get(conn, pid)?)?;
    }
    for child in store::objectives::children(conn, o.id)? {
        if !child.level.can_align_to(o.level) {
            return Err(Error::invalid(format!(
                "{} objective {} (`{}`) aligns to this one and cannot sit under a {} objective",
                child.level, child.id, child.title, o.level
            )));
        }
    }
    Ok(())
}

pub fn set_state(store: &mut Store, ctx: &Ctx, typed: &str, state: State) -> Result<Objective> {
    edit(
        store,
        ctx,
        typed,
        EditObjective {
            state: Some(state),
            ..Default::default()
        },
        None,
    )
}

/// What `rm` removed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Removed {
    pub objective: ObjectiveRef,
    pub key_results: i64,
    pub checkins: i64,
}

/// Removes an objective and its key results. Refuses while other objectives align to it,
/// and refuses to delete check-ins unless `with_checkins` says so.
pub fn remove(store: &mut Store, ctx: &Ctx, typed: &str, with_checkins: bool) -> Result<Removed> {
    store.write(&ctx.head("rm", None), |tx| {
        let id = store::objectives::resolve(tx, typed)?;
        let o = store::objectives::get(tx, id)?;
        let children = store::objectives::children(tx, id)?;
        if let Some(c) = children.first() {
            return Err(Error::invalid_with_hint(
                format!("{} objective(s) align to objective {id}, for example {} (`{}`)", children.len(), c.id, c.title),
                format!("move them first: `okr objective edit {} --parent <ID>` or `--no-parent`", c.id),
            ));
        }
        let (krs, checkins) = store::objectives::contents(tx, id)?;
        if checkins > 0 && !with_checkins {
            return Err(Error::invalid_with_hint(
                format!("objective {id} has {checkins} check-in(s) that would be deleted with it"),
                format!("keep the history with `okr objective archive {id}`, or pass `--with-checkins` to delete it"),
            ));
        }
        store::objectives::delete(tx, id)?;
        let summary = format!(
            "removed {id} \"{}\" with {krs} key result(s) and {checkins} check-in(s)",
            o.title
        );
        Ok((
            Removed {
                objective: ObjectiveRef::from(&o),
                key_results: krs,
                checkins,
            },
            summary,
        ))
    })
}

/// `okr objective link O --supports P` (`add`) and `okr objective unlink`: O
/// contributes to P, another team's objective of the same cycle, besides its parent.
/// Returns both.
pub fn link(
    store: &mut Store,
    ctx: &Ctx,
    from: &str,
    to: &str,
    add: bool,
) -> Result<(Objective, Objective)> {
    store.write(&ctx.head(if add { "link" } else { "unlink" }, None), |tx| {
        let from = store::objectives::get(tx, store::objectives::resolve(tx, from)?)?;
        let to = store::objectives::get(tx, store::objectives::resolve(tx, to)?)?;
        let (f, t) = (from.id, to.id);
        if !add {
            if !store::links::delete(tx, f, t)? {
                return Err(Error::invalid(format!(
                    "{f} does not support {t}: there is no link to remove"
                )));
            }
            let summary = format!("{f} no longer supports {t} \"{}\"", to.title);
            return Ok(((from, to), summary));
        }
        if f == t {
            return Err(Error::invalid(format!("{f} cannot support itself")));
        }
        if from.cycle != to.cycle {
            return Err(Error::invalid_with_hint(
                format!(
                    "{f} is in {} and {t} in {}: a link joins objectives of one cycle",
                    from.cycle, to.cycle
                ),
                "link it to an objective of the same cycle",
            ));
        }
        if from.parent == Some(t) {
            return Err(Error::invalid(format!("{t} is already {f}'s parent")));
        }
        if store::links::exists(tx, f, t)? {
            return Err(Error::invalid(format!("{f} already supports {t}")));
        }
        if store::links::reaches(tx, t, f)? {
            return Err(Error::invalid(format!(
                "{t} already supports {f} through links: linking back would make a loop"
            )));
        }
        store::links::insert(tx, f, t, ctx.today)?;
        let summary = format!("{f} supports {t} \"{}\" ({})", to.title, to.owner);
        Ok(((from, to), summary))
    })
}
