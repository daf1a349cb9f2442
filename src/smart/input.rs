//! What lint checks, in one shape whether it came from the database or a team file:
//! objectives with their key results and check-ins, each value with where it stands.

use std::collections::HashMap;

use chrono::NaiveDate;
use toml::Spanned;

use super::Loc;
use crate::exchange::TeamFile;
use crate::exchange::files::{self, Source};
use crate::model::{
    Cycle, Keep, KeyResult, KrId, KrKind, Level, Objective, ObjectiveKind, Task, Uid,
};
use crate::progress::Point;
use crate::store::history::History;
use crate::{Error, Result};

/// A value and where it stands, when it comes from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub value: String,
    pub at: Option<Loc>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Subject {
    /// `objective 3` (database) or `objective "Win the market"` (file).
    pub label: String,
    pub title: Text,
    pub cycle_name: String,
    /// `None` when the cycle is unknown.
    pub cycle: Option<Cycle>,
    pub level: Level,
    pub owner: String,
    pub kind: ObjectiveKind,
    pub has_parent: bool,
    pub parent_cycle: Option<String>,
    /// Rules this objective allows for itself.
    pub allow: Vec<String>,
    /// Whether initiatives are named in its cycle (then a key result without one
    /// stands out).
    pub cycle_has_initiatives: bool,
    pub krs: Vec<KrSubject>,
    pub at: Option<Loc>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KrSubject {
    pub label: String,
    pub title: Text,
    pub kind: KrKind,
    pub start: Option<f64>,
    pub target: Option<f64>,
    pub target_at: Option<Loc>,
    pub due: Option<(NaiveDate, Option<Loc>)>,
    /// Check-ins sorted by date, for the rules that read confidence and pace.
    pub checkins: Vec<Point>,
    /// The key result as the progress math sees it, when it is measurable.
    pub measure: Option<KeyResult>,
    /// Its initiatives, where the source carries them (the database does).
    pub initiatives: Option<Vec<Task>>,
    pub at: Option<Loc>,
}

fn loc(source: usize, span: std::ops::Range<usize>) -> Option<Loc> {
    Some(Loc { source, span })
}

fn measure(kind: KrKind, start: f64, target: f64, keep: Option<Keep>) -> Option<KeyResult> {
    let ok = kind != KrKind::Metric || start != target;
    ok.then(|| KeyResult {
        id: KrId::row(0),
        uid: Uid(String::new()),
        objective: crate::model::ObjectiveId::row(0),
        title: String::new(),
        kind,
        start,
        target,
        unit: String::new(),
        weight: 1.0,
        owner: String::new(),
        keep,
        due: None,
        created: None,
    })
}

/// Subjects from the database: objectives with their key results and check-ins.
pub fn from_database(
    objectives: &[Objective],
    krs: &[KeyResult],
    checkins: &History,
    parent_cycles: &HashMap<crate::model::ObjectiveId, String>,
    tasks: Vec<Task>,
    resolve_cycle: &dyn Fn(&str) -> Option<Cycle>,
) -> Vec<Subject> {
    let mut krs_of: HashMap<crate::model::ObjectiveId, Vec<&KeyResult>> = HashMap::new();
    for k in krs {
        krs_of.entry(k.objective).or_default().push(k);
    }
    let cycle_of: HashMap<crate::model::ObjectiveId, &str> = objectives
        .iter()
        .map(|o| (o.id, o.cycle.as_str()))
        .collect();
    let mut objective_of: HashMap<KrId, crate::model::ObjectiveId> = HashMap::new();
    for k in krs {
        objective_of.insert(k.id, k.objective);
    }
    let with_initiatives: std::collections::HashSet<&str> = tasks
        .iter()
        .filter_map(|t| cycle_of.get(objective_of.get(&t.kr)?).copied())
        .collect();
    let mut tasks_of: HashMap<KrId, Vec<Task>> = HashMap::new();
    for t in tasks {
        tasks_of.entry(t.kr).or_default().push(t);
    }
    objectives
        .iter()
        .map(|o| Subject {
            label: format!("objective {}", o.id),
            title: Text {
                value: o.title.clone(),
                at: None,
            },
            cycle_name: o.cycle.clone(),
            cycle: resolve_cycle(&o.cycle),
            level: o.level,
            owner: o.owner.clone(),
            kind: o.kind,
            has_parent: o.parent.is_some(),
            parent_cycle: parent_cycles.get(&o.id).cloned(),
            allow: Vec::new(),
            cycle_has_initiatives: with_initiatives.contains(o.cycle.as_str()),
            krs: krs_of
                .get(&o.id)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(|&k| KrSubject {
                    label: format!("key result {}", k.id),
                    title: Text {
                        value: k.title.clone(),
                        at: None,
                    },
                    kind: k.kind,
                    start: Some(k.start),
                    target: Some(k.target),
                    target_at: None,
                    due: k.due.map(|d| (d, None)),
                    checkins: checkins.of(k.id).to_vec(),
                    measure: Some(k.clone()),
                    initiatives: Some(tasks_of.get(&k.id).cloned().unwrap_or_default()),
                    at: None,
                })
                .collect(),
            at: None,
        })
        .collect()
}

/// Subjects from parsed team files. `sources` collects each file's text for
/// reporting; check-in files attach their check-ins to key results by id or title.
pub fn from_files(
    parsed: &[TeamFile],
    resolve_cycle: &dyn Fn(&str) -> Option<Cycle>,
) -> Result<(Vec<Source>, Vec<Subject>)> {
    let sources: Vec<Source> = parsed.iter().map(|f| f.source().clone()).collect();
    let mut subjects = Vec::new();
    // Key results by id and by title, to attach check-ins.
    let mut kr_index: HashMap<String, (usize, usize)> = HashMap::new();
    // Each subject's own id and its parent reference, as written.
    let mut refs: Vec<(Option<String>, Option<String>)> = Vec::new();
    for (i, file) in parsed.iter().enumerate() {
        let TeamFile::Objectives(src, f) = file else {
            continue;
        };
        let file_cycle = f.cycle.as_ref().map(|c| c.get_ref().clone());
        let custom = match (&file_cycle, &f.start, &f.end) {
            (Some(name), Some(s), Some(e)) => {
                Cycle::custom(name, files::date_of(src, s)?, files::date_of(src, e)?).ok()
            }
            _ => None,
        };
        for entry in &f.objective {
            let e = entry.get_ref();
            let cycle_name = e
                .cycle
                .as_ref()
                .map(|c| c.get_ref().clone())
                .or_else(|| file_cycle.clone())
                .unwrap_or_default();
            let cycle = match &custom {
                Some(c) if c.name == cycle_name => Some(c.clone()),
                _ => resolve_cycle(&cycle_name),
            };
            let level = parse_or(src, e.level.as_ref(), Level::Team)?;
            let mut allow = Vec::new();
            for a in e.lint.iter().flat_map(|l| &l.allow) {
                if super::rule_by_id(a.get_ref()).is_none() {
                    return Err(
                        src.error(&a.span(), format!("unknown lint rule `{}`", a.get_ref()))
                    );
                }
                allow.push(a.get_ref().clone());
            }
            let krs =
                e.kr.iter()
                    .map(|k| kr_from_file(i, src, k))
                    .collect::<Result<Vec<_>>>()?;
            for (j, k) in e.kr.iter().enumerate() {
                let k = k.get_ref();
                kr_index.insert(k.title.get_ref().trim().to_string(), (subjects.len(), j));
                if let Some(id) = &k.id {
                    kr_index.insert(
                        id.get_ref().trim().to_ascii_lowercase(),
                        (subjects.len(), j),
                    );
                }
            }
            refs.push((
                e.id.as_ref()
                    .map(|i| i.get_ref().trim().to_ascii_lowercase()),
                e.parent.as_ref().map(|p| p.get_ref().trim().to_string()),
            ));
            subjects.push(Subject {
                label: format!("objective `{}`", e.title.get_ref().trim()),
                title: Text {
                    value: e.title.get_ref().clone(),
                    at: loc(i, e.title.span()),
                },
                cycle_name,
                cycle,
                level,
                owner: e
                    .owner
                    .as_ref()
                    .map(|o| o.get_ref().clone())
                    .unwrap_or_default(),
                kind: parse_or(src, e.kind.as_ref(), ObjectiveKind::Aspirational)?,
                has_parent: e.parent.is_some(),
                parent_cycle: None,
                allow,
                cycle_has_initiatives: false,
                krs,
                at: loc(i, entry.span()),
            });
        }
    }
    for file in parsed {
        let (src, entries) = match file {
            TeamFile::Checkins(src, f) => (src, &f.checkin),
            TeamFile::Objectives(src, f) => (src, &f.checkin),
        };
        for entry in entries {
            let e = entry.get_ref();
            let Some(&(s, k)) = kr_index
                .get(e.kr.get_ref().trim())
                .or_else(|| kr_index.get(&e.kr.get_ref().trim().to_ascii_lowercase()))
            else {
                continue;
            };
            subjects[s].krs[k].checkins.push(Point {
                value: *e.value.get_ref(),
                date: files::date_of(src, &e.date)?,
                confidence: e
                    .confidence
                    .as_ref()
                    .and_then(|c| u8::try_from(*c.get_ref()).ok()),
            });
        }
    }
    for s in &mut subjects {
        for k in &mut s.krs {
            // Stable: check-ins of one day keep the order of the files.
            k.checkins.sort_by_key(|c| c.date);
        }
    }
    // Parents named by id or title within the linted files: their cycles.
    let mut cycle_of: HashMap<String, String> = HashMap::new();
    for (s, (id, _)) in subjects.iter().zip(&refs) {
        cycle_of.insert(s.title.value.trim().to_string(), s.cycle_name.clone());
        if let Some(id) = id {
            cycle_of.insert(id.clone(), s.cycle_name.clone());
        }
    }
    for (s, (_, parent)) in subjects.iter_mut().zip(&refs) {
        s.parent_cycle = parent
            .as_ref()
            .and_then(|p| {
                cycle_of
                    .get(p)
                    .or_else(|| cycle_of.get(&p.to_ascii_lowercase()))
            })
            .cloned();
    }
    Ok((sources, subjects))
}

fn parse_or<T: std::str::FromStr<Err = Error>>(
    src: &Source,
    v: Option<&Spanned<String>>,
    default: T,
) -> Result<T> {
    match v {
        Some(s) => s
            .get_ref()
            .parse::<T>()
            .map_err(|e| src.error(&s.span(), e)),
        None => Ok(default),
    }
}

fn kr_from_file(source: usize, src: &Source, entry: &Spanned<files::KrEntry>) -> Result<KrSubject> {
    let e = entry.get_ref();
    let kind = parse_or(src, e.kind.as_ref(), KrKind::Metric)?;
    let keep: Option<Keep> = e
        .keep
        .as_ref()
        .map(|k| {
            k.get_ref()
                .parse::<Keep>()
                .map_err(|err| src.error(&k.span(), err))
        })
        .transpose()?;
    let start = e.start.as_ref().map(|s| *s.get_ref());
    let target = e.target.as_ref().map(|t| *t.get_ref());
    let m = match (kind, target) {
        (KrKind::Boolean, _) => measure(kind, 0.0, 1.0, None),
        (KrKind::Threshold, Some(t)) => measure(
            kind,
            start.unwrap_or(t),
            t,
            Some(keep.unwrap_or(Keep::AtLeast)),
        ),
        (KrKind::Metric, Some(t)) => measure(kind, start.unwrap_or(0.0), t, None),
        (_, None) => None,
    };
    Ok(KrSubject {
        label: format!("key result `{}`", e.title.get_ref().trim()),
        title: Text {
            value: e.title.get_ref().clone(),
            at: loc(source, e.title.span()),
        },
        kind,
        start,
        target,
        target_at: e.target.as_ref().and_then(|t| loc(source, t.span())),
        due: e
            .due
            .as_ref()
            .map(|d| files::date_of(src, d).map(|day| (day, loc(source, d.span()))))
            .transpose()?,
        checkins: Vec::new(),
        measure: m,
        initiatives: None,
        at: loc(source, entry.span()),
    })
}
