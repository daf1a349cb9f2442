//! Turning typed strings into values, with the library's own error sentences, and the
//! clap parsers for the model's names.

use std::str::FromStr;

use chrono::NaiveDate;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use okr::model::{Confidence, Value};

use super::App;

/// A clap parser for one of the model's closed sets of names (levels, kinds, states).
pub fn names<T>(all: &'static [&'static str]) -> impl TypedValueParser<Value = T>
where
    T: FromStr<Err = okr::Error> + Clone + Send + Sync + 'static,
{
    PossibleValuesParser::new(all).try_map(|s| s.parse::<T>())
}

pub fn number(s: Option<&str>, what: &str) -> okr::Result<Option<f64>> {
    s.map(|s| Value::parse(s, what).map(Value::get)).transpose()
}

/// A weight: above 0 and at most 1e6 (not the range of values).
pub fn weight(s: Option<&str>) -> okr::Result<Option<f64>> {
    s.map(|s| Value::parse_finite(s, "weight").and_then(okr::model::check_weight))
        .transpose()
}

pub fn date(app: &App, s: Option<&str>) -> okr::Result<Option<NaiveDate>> {
    s.map(|s| okr::dates::parse_date(s, app.ctx.today))
        .transpose()
}

pub fn confidence(s: Option<&str>) -> okr::Result<Option<Confidence>> {
    s.map(Confidence::parse).transpose()
}

/// `all` (every cycle) or a cycle name; `None` means the current quarter.
pub fn cycle_filter(app: &App, typed: Option<&str>) -> Option<String> {
    match typed {
        Some(t) if t.eq_ignore_ascii_case("all") => None,
        Some(t) => Some(t.to_string()),
        None => Some(okr::model::Cycle::quarter_of(app.ctx.today).name),
    }
}
