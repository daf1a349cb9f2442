//! The everyday lists for spreadsheets: plain numbers in number columns (typed values
//! exactly as typed, computed figures rounded to 9 decimals), units and ids in their own
//! columns, no placeholders. The columns are documented in `docs/csv.md`.

use super::Grid;
use super::text::{exact, figure, figure_opt};
use crate::ops::cycles::CycleRow;
use crate::ops::{CheckInView, KrView, ObjectiveRow};

pub(super) fn cycles(rows: &[CycleRow]) -> Grid {
    let mut g = Grid::new(vec![
        "cycle",
        "kind",
        "start",
        "end",
        "days",
        "elapsed",
        "objectives",
        "is_current",
    ]);
    for r in rows {
        g.push(vec![
            r.cycle.name.clone().into(),
            super::items::kind_name(r).into(),
            r.cycle.start.to_string().into(),
            r.cycle.end.to_string().into(),
            r.days.to_string().into(),
            figure(r.expected).into(),
            r.objectives.to_string().into(),
            r.current.to_string().into(),
        ]);
    }
    g
}

pub(super) fn objectives(rows: &[ObjectiveRow]) -> Grid {
    let mut g = Grid::new(vec![
        "id",
        "uid",
        "cycle",
        "level",
        "kind",
        "owner",
        "title",
        "parent",
        "key_results",
        "progress",
        "state",
    ]);
    for r in rows {
        let o = &r.objective;
        g.push(vec![
            o.id.to_string().into(),
            o.uid.0.clone().into(),
            o.cycle.clone().into(),
            o.level.as_str().into(),
            o.kind.as_str().into(),
            o.owner.clone().into(),
            o.title.clone().into(),
            o.parent.map(|p| p.to_string()).unwrap_or_default().into(),
            r.key_results.to_string().into(),
            figure_opt(r.progress).into(),
            o.state.as_str().into(),
        ]);
    }
    g
}

/// The unit in its own column.
pub(super) fn krs(krs: &[KrView]) -> Grid {
    let mut g = Grid::new(vec![
        "id",
        "uid",
        "objective",
        "title",
        "owner",
        "kind",
        "keep",
        "start",
        "current",
        "target",
        "unit",
        "weight",
        "ratio",
        "progress",
        "confidence",
        "last_checkin",
        "due",
    ]);
    for k in krs {
        g.push(vec![
            k.kr.id.to_string().into(),
            k.kr.uid.0.clone().into(),
            k.kr.objective.to_string().into(),
            k.kr.title.clone().into(),
            k.kr.owner.clone().into(),
            k.kr.kind.as_str().into(),
            k.kr.keep.map(|x| x.as_str()).unwrap_or_default().into(),
            exact(k.kr.start).into(),
            exact(k.current).into(),
            exact(k.kr.target).into(),
            k.kr.unit.clone().into(),
            exact(k.kr.weight).into(),
            figure(k.ratio).into(),
            figure(k.progress).into(),
            k.confidence
                .map(|c| c.to_string())
                .unwrap_or_default()
                .into(),
            k.last_checkin
                .map(|d| d.to_string())
                .unwrap_or_default()
                .into(),
            k.kr.due.map(|d| d.to_string()).unwrap_or_default().into(),
        ]);
    }
    g
}

pub(super) fn checkins(rows: &[CheckInView]) -> Grid {
    let mut g = Grid::new(vec![
        "uid",
        "date",
        "kr",
        "key_result",
        "value",
        "unit",
        "confidence",
        "author",
        "note",
    ]);
    for c in rows {
        g.push(vec![
            c.checkin.uid.clone().into(),
            c.checkin.date.to_string().into(),
            c.checkin.kr.to_string().into(),
            c.kr_title.clone().into(),
            exact(c.checkin.value).into(),
            c.unit.clone().into(),
            c.checkin
                .confidence
                .map(|x| x.to_string())
                .unwrap_or_default()
                .into(),
            c.checkin.author.clone().into(),
            c.checkin.note.clone().unwrap_or_default().into(),
        ]);
    }
    g
}
