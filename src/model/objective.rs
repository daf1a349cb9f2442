//! Objectives: qualitative goals on one of three levels, aligned upwards.

use serde::Serialize;

use super::{ObjectiveId, Uid, names};
use crate::{Error, Result};

names!(
    /// Company, team or personal; alignment runs personal → team → company.
    Level, "level" { Company => "company", Team => "team", Personal => "personal" }
);

names!(
    /// Committed objectives must reach 1.0; aspirational ones succeed at 0.7.
    ObjectiveKind, "objective kind" { Committed => "committed", Aspirational => "aspirational" }
);

names!(State, "state" { Active => "active", Done => "done", Archived => "archived" });

impl Level {
    /// An objective may align to one on its own level or above, never below.
    pub fn can_align_to(self, parent: Level) -> bool {
        parent <= self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Objective {
    pub id: ObjectiveId,
    pub uid: Uid,
    pub title: String,
    pub description: Option<String>,
    pub cycle: String,
    pub level: Level,
    pub owner: String,
    pub kind: ObjectiveKind,
    pub parent: Option<ObjectiveId>,
    pub state: State,
}

/// What `okr objective add` needs; the store gives it its ids.
#[derive(Debug, Clone, PartialEq)]
pub struct NewObjective {
    pub title: String,
    pub description: Option<String>,
    pub cycle: String,
    pub level: Level,
    pub owner: String,
    pub kind: ObjectiveKind,
    pub parent: Option<ObjectiveId>,
}

/// Trims a title and refuses an empty one.
pub(crate) fn clean_title(title: &str, what: &str) -> Result<String> {
    let t = title.trim();
    if t.is_empty() {
        return Err(Error::invalid(format!("{what} title must not be empty")));
    }
    if t.contains('\n') {
        return Err(Error::invalid(format!("{what} title must be one line")));
    }
    Ok(t.to_string())
}

/// Trims an owner or author name and refuses one that is empty, holds control
/// characters, or is over-long: names become file names and table cells.
pub fn clean_owner(owner: &str) -> Result<String> {
    let o = owner.trim();
    let shown = super::naming::shorten(owner);
    if o.is_empty() || o.chars().any(super::naming::is_unsafe_char) {
        return Err(Error::invalid(format!(
            "name `{shown}` must be a non-empty name without control characters"
        )));
    }
    if o.chars().count() > super::naming::MAX_OWNER {
        return Err(Error::invalid(format!(
            "name `{shown}` is longer than {} characters",
            super::naming::MAX_OWNER
        )));
    }
    Ok(o.to_string())
}

impl NewObjective {
    pub fn validate(mut self) -> Result<NewObjective> {
        self.title = clean_title(&self.title, "objective")?;
        self.owner = clean_owner(&self.owner)?;
        self.description = self
            .description
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty());
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alignment_runs_upwards_or_level() {
        assert!(Level::Personal.can_align_to(Level::Team));
        assert!(Level::Personal.can_align_to(Level::Company));
        assert!(Level::Team.can_align_to(Level::Team));
        assert!(!Level::Company.can_align_to(Level::Team));
        assert!(!Level::Team.can_align_to(Level::Personal));
    }

    #[test]
    fn names_parse_case_insensitively_and_refuse_others() {
        assert_eq!("Team".parse::<Level>().unwrap(), Level::Team);
        let err = "department".parse::<Level>().unwrap_err().to_string();
        assert_eq!(
            err,
            "`department` is not a level; expected one of company, team, personal"
        );
    }
}
