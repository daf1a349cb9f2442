//! The rules of a key result and of its check-ins.

use super::*;

pub(super) fn kr_rules(s: &Subject, k: &KrSubject, today: NaiveDate, out: &mut Out<'_>) {
    control_characters(&k.title, &k.label, out);
    let title = k.title.value.trim();
    let reading = quantity::read(&k.title.value);
    let q = match &reading {
        quantity::Reading::Stated(r) => Some(r.clone()),
        _ => None,
    };
    let at = || k.title.at.clone();
    if k.target.is_none() && k.kind != KrKind::Boolean {
        if let quantity::Reading::Unsure(r) = &reading {
            let word = &k.title.value[r.clone()];
            out.push(
                "measurable/unclear-quantity",
                &k.label,
                narrow(&k.title, r.clone()),
                format!("`{word}` may stand for a number, but the text does not say which: `{title}`"),
                Some("say it as a number and set `target`, e.g. \"100% of tier-1 accounts have a success plan\""),
            );
        } else if q.is_none() {
            out.push(
                "measurable/no-quantity",
                &k.label,
                at(),
                format!("key result is not quantified: `{title}`"),
                Some("state the number to reach and set `target`, e.g. \"Raise activation from 40% to 60%\""),
            );
        } else {
            out.push(
                "measurable/target-only-in-text",
                &k.label,
                at(),
                "the text states a number, but there is no `target` to compute progress from"
                    .to_string(),
                Some("add `target = N` (and `start = N`)"),
            );
        }
    }
    let keep = k.measure.as_ref().and_then(|m| m.keep);
    let disagrees = crate::smart::stated::check(&k.title.value, k.kind, k.start, k.target, keep);
    if let Some(d) = &disagrees {
        out.push(
            "measurable/title-disagrees",
            &k.label,
            at(),
            d.message.clone(),
            Some(d.hint.as_str()),
        );
    }
    if disagrees.is_none() && k.kind == KrKind::Metric && k.target.is_some() && k.start.is_none() {
        out.push(
            "measurable/no-baseline",
            &k.label,
            at(),
            "no `start` value: progress is measured from 0".to_string(),
            Some("set `start` to where the metric stands when the cycle begins"),
        );
    }
    if q.is_none() {
        if let Some(word) = text::vague_word(title) {
            out.push(
                "specific/vague",
                &k.label,
                at(),
                format!("`{word}` without a measure: by how much, from what, to what?"),
                Some("name the metric and both numbers, e.g. \"Cut p95 latency from 800 ms to 200 ms\""),
            );
        }
        if let Some(verb) = text::activity_verb(title) {
            out.push(
                "outcome/activity",
                &k.label,
                at(),
                format!("`{verb}` names an activity, not the effect it should have"),
                Some("say what changes when it is done, e.g. \"Raise trial-to-paid from 4% to 6%\" instead of \"Launch the pricing page\""),
            );
        }
    }
    if k.kind == KrKind::Metric && k.start.is_some() && k.start == k.target {
        out.push(
            "achievable/start-equals-target",
            &k.label,
            k.target_at.clone().or_else(at),
            format!(
                "start and target are both {}: there is nothing to achieve",
                format_number(k.target.unwrap_or(0.0))
            ),
            Some("set the target you want to reach, or make it a threshold to hold"),
        );
    }
    if let Some((due, due_at)) = &k.due
        && let Some(c) = s.cycle.as_ref().filter(|c| *due > c.end)
    {
        out.push(
            "time-bound/due-after-cycle",
            &k.label,
            due_at.clone().or_else(at),
            format!("due {due}, after {} ends on {}", c.name, c.end),
            Some("move the due date into the cycle, or the key result into a later cycle"),
        );
    }
    checkin_rules(s, k, today, out);
    initiative_rules(s, k, today, out);
}

/// Rules of the work under a key result (`okr task`).
fn initiative_rules(s: &Subject, k: &KrSubject, today: NaiveDate, out: &mut Out<'_>) {
    let Some(tasks) = &k.initiatives else {
        return;
    };
    let at = || k.title.at.clone();
    if let Some(cycle) = &s.cycle
        && tasks.is_empty()
        && s.cycle_has_initiatives
        && cycle.contains(today)
        && weekly::completed_weeks(cycle, today).len() >= 3
    {
        out.push(
            "execution/no-initiative",
            &k.label,
            at(),
            format!(
                "no initiative names the work that should move it, three weeks into {}",
                cycle.name
            ),
            Some("name the next piece of work: `okr task add KR \"…\"`"),
        );
    }
    for t in tasks.iter().filter(|t| t.is_overdue(today)) {
        out.push(
            "execution/overdue-initiative",
            &k.label,
            at(),
            format!(
                "initiative {} `{}` ({}) was due {} and is still open",
                t.id,
                t.title,
                t.owner,
                t.due.unwrap_or(today)
            ),
            Some(
                "tick it off (`okr task done T`), or give it a new day (`okr task edit T --due …`)",
            ),
        );
    }
    let done = k
        .measure
        .as_ref()
        .is_some_and(|kr| progress::progress_as_of(kr, &k.checkins, today).progress >= 1.0);
    if done {
        for t in tasks.iter().filter(|t| t.is_open()) {
            out.push(
                "execution/open-under-done",
                &k.label,
                at(),
                format!(
                    "initiative {} `{}` is open, but the key result is done",
                    t.id, t.title
                ),
                Some("tick it off, or remove it if it is no longer needed"),
            );
        }
    }
}

/// Rules that read check-ins: confidence, pace, a target met before the cycle began.
fn checkin_rules(s: &Subject, k: &KrSubject, today: NaiveDate, out: &mut Out<'_>) {
    let at = || k.title.at.clone();
    if let Some(c) = k
        .checkins
        .iter()
        .rev()
        .find_map(|c| c.confidence.map(|v| (c.date, v)))
        .filter(|(_, v)| *v < 3)
    {
        out.push(
            "achievable/low-confidence",
            &k.label,
            at(),
            format!("latest confidence is {} (on {})", c.1, c.0),
            Some("talk about what blocks it; change the plan, or the target"),
        );
    }
    let (Some(kr), Some(cycle)) = (&k.measure, &s.cycle) else {
        return;
    };
    if kr.kind == KrKind::Metric {
        let first_week = cycle
            .start
            .checked_add_days(Days::new(6))
            .unwrap_or(cycle.end);
        if let Some(c) = k
            .checkins
            .iter()
            .find(|c| c.date <= first_week && progress::kr_progress(kr, c.value).progress >= 1.0)
        {
            out.push(
                "achievable/already-met",
                &k.label,
                at(),
                format!(
                    "already at its target on {} ({}), in the cycle's first week",
                    c.date,
                    format_number(c.value)
                ),
                Some("raise the target, or pick a key result that needs work this cycle"),
            );
        }
    }
    let as_of = today.min(cycle.end);
    if weekly::completed_weeks(cycle, as_of).len() >= 3 && !k.checkins.is_empty() {
        let p = progress::progress_as_of(kr, &k.checkins, as_of).progress;
        let v = weekly::velocity(&progress::Track::new(kr, &k.checkins), cycle, as_of);
        let left = weekly::remaining_weeks(cycle, as_of);
        if let Some(proj) = weekly::projection(p, v, left).filter(|proj| p < 1.0 && *proj < 0.5) {
            out.push(
                "achievable/beyond-pace",
                &k.label,
                at(),
                format!(
                    "at the pace so far ({:+.0} points a week) it ends near {:.0}% of its target",
                    v.unwrap_or(0.0) * 100.0,
                    proj * 100.0
                ),
                Some("change the plan, or agree on a target the team can reach"),
            );
        }
    }
}
