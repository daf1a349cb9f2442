//! Lint settings: a `[lint]` table in the user config and in the team's `okr.toml`
//! changes a rule's severity or allows it. Team settings override the user's.
//!
//! ```toml
//! [lint]
//! "focus/kr-count" = "allow"            # error | warning | note | allow
//! "relevant/not-aligned" = "warning"
//! ```

use std::collections::BTreeMap;

use super::{Severity, rule_by_id};
use crate::{Error, Result};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct LintConfig {
    /// Rule id → severity, or `None` for allowed.
    overrides: BTreeMap<String, Option<Severity>>,
}

impl LintConfig {
    /// Reads a `[lint]` table; `origin` names where it came from, for errors.
    pub fn from_table(table: &toml::Table, origin: &str) -> Result<LintConfig> {
        let mut overrides = BTreeMap::new();
        for (id, value) in table {
            if rule_by_id(id).is_none() {
                return Err(Error::invalid_with_hint(
                    format!("unknown lint rule `{id}` in {origin}"),
                    "`okr lint --rules` lists the rules",
                ));
            }
            let level = match value.as_str() {
                Some("error") => Some(Severity::Error),
                Some("warning") | Some("warn") => Some(Severity::Warning),
                Some("note") => Some(Severity::Note),
                Some("allow") | Some("off") => None,
                _ => {
                    return Err(Error::invalid(format!(
                        "lint rule `{id}` in {origin} must be \"error\", \"warning\", \"note\" or \"allow\", not {value}"
                    )));
                }
            };
            overrides.insert(id.clone(), level);
        }
        Ok(LintConfig { overrides })
    }

    /// `other` wins where both say something.
    pub fn merged(mut self, other: LintConfig) -> LintConfig {
        self.overrides.extend(other.overrides);
        self
    }

    /// The severity of a rule, or `None` when it is allowed.
    pub fn severity(&self, id: &str) -> Option<Severity> {
        match self.overrides.get(id) {
            Some(level) => *level,
            None => rule_by_id(id).map(|r| r.severity),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_and_allows() {
        let t: toml::Table =
            toml::from_str("\"focus/kr-count\" = \"allow\"\n\"relevant/not-aligned\" = \"error\"")
                .unwrap();
        let c = LintConfig::from_table(&t, "config.toml").unwrap();
        assert_eq!(c.severity("focus/kr-count"), None);
        assert_eq!(c.severity("relevant/not-aligned"), Some(Severity::Error));
        assert_eq!(c.severity("outcome/activity"), Some(Severity::Warning));
        let team: toml::Table = toml::from_str("\"focus/kr-count\" = \"note\"").unwrap();
        let merged = c.merged(LintConfig::from_table(&team, "okr.toml").unwrap());
        assert_eq!(merged.severity("focus/kr-count"), Some(Severity::Note));
        let bad: toml::Table = toml::from_str("\"no/such-rule\" = \"error\"").unwrap();
        assert!(LintConfig::from_table(&bad, "okr.toml").is_err());
    }
}
