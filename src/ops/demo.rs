//! `okr demo`: a sample quarter (company → teams → a person) with weekly check-ins up to
//! today, built into whatever store it is given — never the user's own.

use chrono::{Datelike, Days, Weekday};

use super::Ctx;
use super::krs::AddKr;
use super::objectives::AddObjective;
use crate::Result;
use crate::model::{Confidence, Cycle, Keep, KrKind, Level, ObjectiveKind, ValueInput};
use crate::store::Store;

struct Kr {
    title: &'static str,
    kind: KrKind,
    start: f64,
    target: f64,
    unit: &'static str,
    /// How fast it moves relative to the calendar (1.0 = exactly on pace).
    pace: f64,
}

const fn kr(
    title: &'static str,
    kind: KrKind,
    start: f64,
    target: f64,
    unit: &'static str,
    pace: f64,
) -> Kr {
    Kr {
        title,
        kind,
        start,
        target,
        unit,
        pace,
    }
}

struct Objective {
    title: &'static str,
    level: Level,
    owner: &'static str,
    kind: ObjectiveKind,
    /// Index of the parent in [`PLAN`].
    parent: Option<usize>,
    krs: &'static [Kr],
}

const PLAN: &[Objective] = &[
    Objective {
        title: "Become the OKR tool engineers choose over dashboards",
        level: Level::Company,
        owner: "ceo",
        kind: ObjectiveKind::Aspirational,
        parent: None,
        krs: &[
            kr(
                "Grow weekly active teams from 120 to 500",
                KrKind::Metric,
                120.0,
                500.0,
                "teams",
                0.9,
            ),
            kr(
                "Cut monthly churn from 5% to 2%",
                KrKind::Metric,
                5.0,
                2.0,
                "%",
                0.6,
            ),
            kr("Publish the public API", KrKind::Boolean, 0.0, 1.0, "", 1.3),
        ],
    },
    Objective {
        title: "Make reports instant at organisation scale",
        level: Level::Team,
        owner: "platform",
        kind: ObjectiveKind::Committed,
        parent: Some(0),
        krs: &[
            kr(
                "Cut p95 report time from 800 ms to 200 ms",
                KrKind::Metric,
                800.0,
                200.0,
                "ms",
                1.1,
            ),
            kr(
                "Keep uptime at or above 99.9%",
                KrKind::Threshold,
                99.95,
                99.9,
                "%",
                1.0,
            ),
            kr(
                "Raise import speed from 10k to 100k check-ins/s",
                KrKind::Metric,
                10.0,
                100.0,
                "k/s",
                0.35,
            ),
        ],
    },
    Objective {
        title: "赢得华东区企业客户",
        level: Level::Team,
        owner: "李伟",
        kind: ObjectiveKind::Aspirational,
        parent: Some(0),
        krs: &[
            kr(
                "企业客户从 12 家增加到 30 家",
                KrKind::Metric,
                12.0,
                30.0,
                "家",
                0.8,
            ),
            kr(
                "客户满意度从 72 分提升到 85 分",
                KrKind::Metric,
                72.0,
                85.0,
                "分",
                1.0,
            ),
            kr(
                "续约率保持在 90% 以上",
                KrKind::Threshold,
                93.0,
                90.0,
                "%",
                1.0,
            ),
        ],
    },
    Objective {
        title: "Make a weekly check-in take seconds",
        level: Level::Personal,
        owner: "alice",
        kind: ObjectiveKind::Aspirational,
        parent: Some(1),
        krs: &[
            kr(
                "Cut median check-in time from 40 s to 5 s",
                KrKind::Metric,
                40.0,
                5.0,
                "s",
                1.0,
            ),
            kr(
                "Interview 12 users about their Friday check-in",
                KrKind::Metric,
                0.0,
                12.0,
                "users",
                0.5,
            ),
            kr(
                "Ship interactive KR picking",
                KrKind::Boolean,
                0.0,
                1.0,
                "",
                0.9,
            ),
        ],
    },
];

/// Fills `store` with the sample quarter containing `ctx.today`: objectives on three
/// levels, and a check-in every Friday of the quarter up to today.
pub fn build(store: &mut Store, ctx: &Ctx) -> Result<Cycle> {
    let cycle = Cycle::quarter_of(ctx.today);
    let mut ids: Vec<String> = Vec::new();
    let mut kr_ids: Vec<String> = Vec::new();
    for o in PLAN {
        let created = super::objectives::add(
            store,
            ctx,
            AddObjective {
                title: o.title.into(),
                cycle: Some(cycle.name.clone()),
                level: Some(o.level),
                owner: Some(o.owner.into()),
                kind: Some(o.kind),
                parent: o.parent.map(|i| ids[i].clone()),
                ..Default::default()
            },
        )?;
        ids.push(created.id.to_string());
        for k in o.krs {
            let added = super::krs::add(
                store,
                ctx,
                AddKr {
                    objective: created.id.to_string(),
                    title: k.title.into(),
                    kind: k.kind,
                    start: Some(k.start),
                    target: Some(k.target),
                    unit: Some(k.unit.into()),
                    weight: None,
                    owner: None,
                    keep: (k.kind == KrKind::Threshold).then_some(if k.target < k.start {
                        Keep::AtLeast
                    } else {
                        Keep::AtMost
                    }),
                    due: None,
                    created: cycle.start,
                },
            )?;
            let owner = Ctx {
                user: o.owner.to_string(),
                ..ctx.clone()
            };
            checkins(store, &owner, &cycle, &added.kr.id.to_string(), k)?;
            kr_ids.push(added.kr.id.to_string());
        }
    }
    execution(store, ctx, &cycle, &ids, &kr_ids)?;
    Ok(cycle)
}

/// The work under two key results (report time, 企业客户), named in the cycle's second
/// week, one piece done in its third; and the personal objective's link to the Chinese
/// team's objective, across teams.
fn execution(
    store: &mut Store,
    ctx: &Ctx,
    cycle: &Cycle,
    objectives: &[String],
    krs: &[String],
) -> Result<()> {
    let on = |days: u64, user: &str| Ctx {
        today: cycle.start + Days::new(days),
        user: user.to_string(),
        ..ctx.clone()
    };
    if on(7, "").today > ctx.today {
        return Ok(());
    }
    let mut tasks = Vec::new();
    for (kr, user, title, due) in [
        (
            3,
            "platform",
            "Index the check-ins by key result and date",
            20,
        ),
        (
            3,
            "platform",
            "Stream report rows instead of building the table",
            60,
        ),
        (6, "李伟", "拜访 10 家重点客户", 45),
    ] {
        let added = super::tasks::add(
            store,
            &on(7, user),
            super::tasks::AddTask {
                kr: krs[kr].clone(),
                title: title.into(),
                owner: None,
                due: Some(cycle.start + Days::new(due)),
            },
        )?;
        tasks.push(added.id.to_string());
    }
    let done = on(17, "platform");
    if done.today <= ctx.today {
        super::tasks::tick(store, &done, &tasks[0], true)?;
    }
    super::objectives::link(store, &on(7, "alice"), &objectives[3], &objectives[2], true)?;
    Ok(())
}

/// Fridays from the cycle's start up to today, with values following each KR's pace.
fn checkins(store: &mut Store, ctx: &Ctx, cycle: &Cycle, kr_id: &str, k: &Kr) -> Result<()> {
    let mut day = cycle.start;
    while day.weekday() != Weekday::Fri {
        day = day + Days::new(1);
    }
    let mut week = 0u32;
    while day <= ctx.today.min(cycle.end) {
        let elapsed = crate::progress::expected(cycle, day);
        let value = match k.kind {
            KrKind::Metric => {
                let p = (elapsed * k.pace).min(1.0);
                let v = k.start + (k.target - k.start) * p;
                if (k.target - k.start).abs() >= 10.0 {
                    v.round()
                } else {
                    (v * 10.0).round() / 10.0
                }
            }
            KrKind::Boolean => f64::from(u8::from(elapsed * k.pace >= 0.75)),
            // A health metric that holds with a little noise, and breaks in week 6.
            KrKind::Threshold => {
                let margin = k.start - k.target;
                if week == 5 {
                    round2(k.target - 2.0 * margin)
                } else {
                    round2(k.start + margin * f64::from(week % 3) / 4.0)
                }
            }
        };
        let confidence =
            (4.0 + 5.0 * k.pace.min(1.2) - f64::from(week % 3) * 0.5).clamp(0.0, 10.0) as i64;
        super::checkins::record(
            store,
            ctx,
            super::checkins::Record {
                kr: kr_id.into(),
                value: ValueInput::Absolute(value),
                date: Some(day),
                confidence: Some(Confidence::new(confidence)?),
                note: (week % 4 == 1).then(|| "weekly review".to_string()),
                sure: false,
            },
        )?;
        day = day + Days::new(7);
        week += 1;
    }
    Ok(())
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}
