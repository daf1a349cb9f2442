//! Dates as people type them: `2026-11-20`, `today`, `yesterday`, `friday` (the latest
//! Friday, today included), `-3d`, `-2w`.
//!
//! Pure: `today` is a parameter. The binary takes it from `OKR_TODAY` or the clock.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::{Error, Result};

pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate> {
    let s = input.trim().to_ascii_lowercase();
    let bad = || {
        Error::invalid_with_hint(
            format!("`{}` is not a date", input.trim()),
            "use YYYY-MM-DD, `today`, `yesterday`, a weekday name, `last friday`, `-3d`, `-2w` or `-1m`",
        )
    };
    match s.as_str() {
        "today" => return Ok(today),
        "yesterday" => return today.checked_sub_days(Days::new(1)).ok_or_else(bad),
        _ => {}
    }
    if let Some(wd) = s
        .strip_prefix("last ")
        .and_then(|rest| weekday(rest.trim_start()))
    {
        // `last friday`: strictly before today (a week ago when today is a Friday).
        let back = (7 + today.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
        let back = if back == 0 { 7 } else { back };
        return today
            .checked_sub_days(Days::new(back.into()))
            .ok_or_else(bad);
    }
    if let Some(wd) = weekday(&s) {
        let back = (7 + today.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
        return today
            .checked_sub_days(Days::new(back.into()))
            .ok_or_else(bad);
    }
    if let Some(rest) = s.strip_prefix('-') {
        // The unit is the last character, whatever its width (`-3日` must not panic).
        let at = rest.char_indices().last().map_or(0, |(i, _)| i);
        let (num, unit) = rest.split_at(at);
        let n: u64 = num.parse().map_err(|_| bad())?;
        let days = match unit {
            "d" => n,
            "w" => n.checked_mul(7).ok_or_else(bad)?,
            "m" => {
                let months = u32::try_from(n).map_err(|_| bad())?;
                return today
                    .checked_sub_months(chrono::Months::new(months))
                    .ok_or_else(bad);
            }
            _ => return Err(bad()),
        };
        return today.checked_sub_days(Days::new(days)).ok_or_else(bad);
    }
    NaiveDate::parse_from_str(&s, "%Y-%m-%d")
        .ok()
        .filter(|_| s.len() == 10)
        .ok_or_else(bad)
}

fn weekday(s: &str) -> Option<Weekday> {
    let days = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    days.iter()
        .find(|(name, _)| *name == s || (s.len() == 3 && name.starts_with(s)))
        .map(|(_, wd)| *wd)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn every_form_resolves_against_today() {
        let today = d("2026-11-23"); // a Monday
        assert_eq!(parse_date("2026-11-20", today).unwrap(), d("2026-11-20"));
        assert_eq!(parse_date("last friday", today).unwrap(), d("2026-11-20"));
        assert_eq!(parse_date("last monday", today).unwrap(), d("2026-11-16"));
        assert_eq!(parse_date("Last Mon", today).unwrap(), d("2026-11-16"));
        assert_eq!(parse_date("-1m", today).unwrap(), d("2026-10-23"));
        assert_eq!(parse_date("-1m", d("2026-03-31")).unwrap(), d("2026-02-28"));
        assert_eq!(parse_date("today", today).unwrap(), today);
        assert_eq!(parse_date("Yesterday", today).unwrap(), d("2026-11-22"));
        assert_eq!(parse_date("monday", today).unwrap(), today);
        assert_eq!(parse_date("friday", today).unwrap(), d("2026-11-20"));
        assert_eq!(parse_date("tue", today).unwrap(), d("2026-11-17"));
        assert_eq!(parse_date("-3d", today).unwrap(), d("2026-11-20"));
        assert_eq!(parse_date("-2w", today).unwrap(), d("2026-11-09"));
        assert_eq!(parse_date("-0d", today).unwrap(), today);
    }

    #[test]
    fn nonsense_is_refused_with_a_sentence() {
        let today = d("2026-11-23");
        for bad in [
            "2026-13-01",
            "2026-02-30",
            "next week",
            "-3x",
            "-d",
            "26-1-1",
            "",
            "-99999999999999w",
            "-3日",
            "-ෆ",
        ] {
            let err = parse_date(bad, today).unwrap_err();
            assert!(err.to_string().ends_with("is not a date"), "{bad}: {err}");
        }
    }
}
