//! What a key result's title says about its numbers, and whether its fields agree.
//!
//! "Cut cost from 800 to 200" with `--target 200` and no start would otherwise be an
//! increasing metric from 0, reported 100% done at 300. The title is what people read
//! and review, so when it states a start, a target or a direction that the fields
//! contradict, okr says so instead of computing a wrong number: `okr kr add` refuses
//! (or takes a missing start from the title, and says so), and lint reports
//! `measurable/title-disagrees`. Only clear statements count: `from 800 to 200`,
//! `从 5% 降到 2%`, a verb or bound with one direction (`cut`, `grow`, `below`, `降低`);
//! a title with both directions, or numbers with a scale (`1.2M`, `3万`), is left alone.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Keep, KrKind, Value, format_number};

/// Which way a title says the number should move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// What a title states.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Stated {
    /// `from A to B`.
    pub from_to: Option<(f64, f64)>,
    pub direction: Option<Direction>,
}

fn re(p: &str) -> Regex {
    Regex::new(p).unwrap_or_else(|e| panic!("bad built-in pattern {p}: {e}"))
}

const NUMBER: &str = r"(-?\d(?:[\d,._]*\d)?)";

static FROM_TO: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?:\bfrom|从|由)\s*[$€£¥￥]?\s*{NUMBER}(\S{{0,2}})[^\d\n]{{0,24}}?(?:\bto|降低到|降低至|降到|降至|减少到|减少至|减到|缩短到|缩短至|提升到|提升至|提高到|提高至|增加到|增加至|增长到|增长至|上升到|上升至|到|至)\s*[$€£¥￥]?\s*{NUMBER}(\S{{0,2}})"
    ))
});

static DOWN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(cut|cuts|reduce[ds]?|reducing|lower|lowers|decrease[ds]?|shrink|shrinks|below|under|less\s+than|fewer\s+than|at\s+most|no\s+more\s+than)\b|降低|减少|降到|降至|缩短|低于|以下|不超过|下降",
    )
});

static UP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(grow|grows|increase[ds]?|increasing|raise[ds]?|above|over|more\s+than|at\s+least|double|triple)\b|提升|提高|增加|增长|高于|以上|不低于|翻倍|上升",
    )
});

/// A number from a title, unless a scale follows it (`1.2M`, `30k`, `3万`): then the
/// title's number is not the field's, and nothing is claimed.
fn number(text: &str, after: &str) -> Option<f64> {
    let scaled = after
        .chars()
        .next()
        .is_some_and(|c| "kKmMbB万亿千百".contains(c))
        && !after.chars().nth(1).is_some_and(char::is_alphabetic);
    if scaled {
        return None;
    }
    Value::parse(text, "number").ok().map(Value::get)
}

/// Reads a title.
pub fn read(title: &str) -> Stated {
    // The patterns are lower case (see `smart::text::re`); numbers and scales read the same.
    // The range is read where names and versions are blanked, as lint reads quantities:
    // "Upgrade Kubernetes from 1.29 to 1.31" states versions, not a start and a target.
    // Blanking costs a pass of its own, so only titles that state a range pay for it.
    let folded = crate::smart::text::fold(title);
    let quantities = FROM_TO
        .is_match(&folded)
        .then(|| crate::smart::quantity::masked(title));
    let title = &folded;
    let from_to = quantities
        .as_deref()
        .and_then(|q| FROM_TO.captures(q))
        .and_then(|c| {
            let from = number(c.get(1)?.as_str(), c.get(2).map_or("", |m| m.as_str()))?;
            let to = number(c.get(3)?.as_str(), c.get(4).map_or("", |m| m.as_str()))?;
            (from != to).then_some((from, to))
        });
    let direction = match (DOWN.is_match(title), UP.is_match(title)) {
        (true, false) => Some(Direction::Down),
        (false, true) => Some(Direction::Up),
        _ => None,
    };
    Stated { from_to, direction }
}

/// `title` with the start it states (`from 10 to 50`, `从 5% 降到 2%`) written as `from`
/// instead, keeping everything else; `None` where the title states no start and target,
/// or cannot be rewritten in place. What a carried key result, starting from its final
/// value, is renamed to.
pub fn with_from(title: &str, from: &str) -> Option<String> {
    with_range(title, from, None)
}

/// `title` with the start (and, if given, the target) it states written anew.
pub fn with_range(title: &str, from: &str, to: Option<&str>) -> Option<String> {
    let folded = crate::smart::text::fold(title);
    // Rewritten in place only where folding kept every byte where it was.
    if folded.len() != title.len() {
        return None;
    }
    let c = FROM_TO.captures(&folded)?;
    let (at, target) = (c.get(1)?.range(), c.get(3)?.range());
    let fits = |r: &std::ops::Range<usize>| {
        title.is_char_boundary(r.start) && title.is_char_boundary(r.end)
    };
    if !fits(&at) || !fits(&target) {
        return None;
    }
    read(title).from_to?;
    let middle = &title[at.end..target.start];
    let to = to.unwrap_or(&title[target.clone()]);
    Some(format!(
        "{}{from}{middle}{to}{}",
        &title[..at.start],
        &title[target.end..]
    ))
}

/// How the fields disagree with the title, and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    pub message: String,
    pub hint: String,
}

/// Checks the fields of a key result (`start` and `target` as given: `None` when left
/// out) against its title.
pub fn check(
    title: &str,
    kind: KrKind,
    start: Option<f64>,
    target: Option<f64>,
    keep: Option<Keep>,
) -> Option<Disagreement> {
    if keep.is_some() && kind != KrKind::Threshold {
        // Not a valid key result at all; validation says so in its own words.
        return None;
    }
    let stated = read(title);
    let n = format_number;
    match kind {
        KrKind::Boolean => None,
        KrKind::Metric => {
            if let Some((from, to)) = stated.from_to {
                let start_ok = start.is_none_or(|s| s == from);
                let target_ok = target.is_none_or(|t| t == to);
                if !start_ok || !target_ok || start.is_none() {
                    let fields = format!(
                        "start {} and target {}",
                        start.map_or_else(|| "not set (0)".to_string(), n),
                        target.map_or_else(|| "not set".to_string(), n)
                    );
                    return Some(Disagreement {
                        message: format!(
                            "the title says from {} to {}, but the key result has {fields}",
                            n(from),
                            n(to)
                        ),
                        hint: format!(
                            "set start {} and target {}, or reword the title",
                            n(from),
                            n(to)
                        ),
                    });
                }
                return None;
            }
            let (start, target) = (start.unwrap_or(0.0), target?);
            let moves = if target < start {
                Direction::Down
            } else {
                Direction::Up
            };
            match stated.direction {
                Some(d) if d != moves => Some(Disagreement {
                    message: format!(
                        "the title says the number should go {}, but {} → {} goes {}",
                        word(d),
                        n(start),
                        n(target),
                        word(moves)
                    ),
                    hint: format!(
                        "set the start to where the number stands now (a {} metric starts {} its target)",
                        if d == Direction::Down {
                            "decreasing"
                        } else {
                            "increasing"
                        },
                        if d == Direction::Down {
                            "above"
                        } else {
                            "below"
                        }
                    ),
                }),
                _ => None,
            }
        }
        KrKind::Threshold => {
            let keep = keep.unwrap_or(Keep::AtLeast);
            let says = match stated.direction? {
                Direction::Down => Keep::AtMost,
                Direction::Up => Keep::AtLeast,
            };
            (says != keep).then(|| Disagreement {
                message: format!(
                    "the title says to stay {}, but the threshold keeps the value {keep}",
                    if says == Keep::AtMost {
                        "below"
                    } else {
                        "above"
                    }
                ),
                hint: format!("set keep to {says}, or reword the title"),
            })
        }
    }
}

fn word(d: Direction) -> &'static str {
    match d {
        Direction::Up => "up",
        Direction::Down => "down",
    }
}

#[cfg(test)]
mod rewrite_tests {
    #[test]
    fn a_carried_start_is_written_into_the_title() {
        assert_eq!(
            super::with_from("Grow accounts from 10 to 50", "30").as_deref(),
            Some("Grow accounts from 30 to 50")
        );
        assert_eq!(
            super::with_from("客户投诉从 120 件减少到 30 件", "80").as_deref(),
            Some("客户投诉从 80 件减少到 30 件")
        );
        assert_eq!(super::with_from("Sign 4 partners", "2"), None);
        assert_eq!(
            super::with_range("Grow accounts from 10 to 50", "30", Some("70")).as_deref(),
            Some("Grow accounts from 30 to 70")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_state_start_target_and_direction() {
        assert_eq!(
            read("Cut cost from 800 to 200").from_to,
            Some((800.0, 200.0))
        );
        assert_eq!(
            read("Cut p95 from 800 ms to 200 ms").from_to,
            Some((800.0, 200.0))
        );
        assert_eq!(read("Cut churn from 5% to 2%").from_to, Some((5.0, 2.0)));
        assert_eq!(read("CUT CHURN FROM 5% TO 2%").from_to, Some((5.0, 2.0)));
        assert_eq!(read("Grow ARR From 1.2M To 3M").from_to, None);
        assert_eq!(read("REDUCE p95").direction, Some(Direction::Down));
        assert_eq!(read("流失率从 5% 降到 2%").from_to, Some((5.0, 2.0)));
        assert_eq!(read("把成本从800降至200元").from_to, Some((800.0, 200.0)));
        assert_eq!(
            read("Grow accounts from 1,200 to 5,000").from_to,
            Some((1200.0, 5000.0))
        );
        // A scale makes the title's number not the field's: nothing is claimed.
        assert_eq!(read("Grow ARR from $1.2M to $3M").from_to, None);
        assert_eq!(read("收入从 3万 提升到 5万").from_to, None);
        assert_eq!(read("Keep p95 below 8 ms").direction, Some(Direction::Down));
        assert_eq!(read("营收增长到 500 万").direction, Some(Direction::Up));
        assert_eq!(read("Cut costs over the year").direction, None);
        assert_eq!(read("Ship v4.1").direction, None);
        // Versions and model names are not a start and a target.
        assert_eq!(read("Upgrade Kubernetes from 1.29 to 1.31").from_to, None);
        assert_eq!(read("将 Kubernetes 从 1.24 升级到 1.28").from_to, None);
        assert_eq!(read("Move from v2 to v3 of the API").from_to, None);
        // Traditional Chinese reads as simplified.
        let zh = read("客訴從 50 件減少到 20 件");
        assert_eq!(zh.from_to, Some((50.0, 20.0)));
        assert_eq!(zh.direction, Some(Direction::Down));
    }

    #[test]
    fn fields_that_contradict_the_title_are_named() {
        let metric =
            |title: &str, s: Option<f64>, t: Option<f64>| check(title, KrKind::Metric, s, t, None);
        // The slip from the issue: an increasing 0 → 200 metric.
        assert!(metric("Cut cost from 800 to 200", None, Some(200.0)).is_some());
        assert!(metric("Cut cost from 800 to 200", Some(800.0), Some(200.0)).is_none());
        assert!(metric("Cut cost from 800 to 200", Some(800.0), Some(100.0)).is_some());
        assert!(metric("Cut cost to 200", None, Some(200.0)).is_some());
        assert!(metric("Cut cost to 200", Some(800.0), Some(200.0)).is_none());
        assert!(metric("从 5% 降到 2%", Some(5.0), Some(2.0)).is_none());
        assert!(metric("Grow users to 500", Some(800.0), Some(500.0)).is_some());
        assert!(metric("Reach 500 users", None, Some(500.0)).is_none());
        let threshold = |title: &str, keep| check(title, KrKind::Threshold, None, Some(8.0), keep);
        assert!(threshold("Keep p95 below 8 ms", None).is_some());
        assert!(threshold("Keep p95 below 8 ms", Some(Keep::AtMost)).is_none());
        assert!(threshold("Keep uptime at or above 99.9%", None).is_none());
    }
}
