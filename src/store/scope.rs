//! Which rows a query covers, as one `WHERE` clause shared by every set-based query, so
//! that listing, latest values and reports filter exactly alike.

use rusqlite::types::Value as SqlValue;

use crate::model::{KrId, Level, ObjectiveId, State};

/// A filter over objectives (alias `o`) and, where joined, key results (alias `k`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scope {
    pub cycle: Option<String>,
    /// Objective owner; in key-result queries, the key result's own owner.
    pub owner: Option<String>,
    /// The objective's owner, in every query (reports follow objectives).
    pub objective_owner: Option<String>,
    /// Objectives this person owns, or owns a key result of (an owner's report).
    pub involves: Option<String>,
    pub level: Option<Level>,
    pub state: Option<State>,
    pub objective: Option<ObjectiveId>,
    pub kr: Option<KrId>,
}

impl Scope {
    pub fn cycle(cycle: &str) -> Scope {
        Scope {
            cycle: Some(cycle.to_string()),
            ..Scope::default()
        }
    }

    pub fn objective(id: ObjectiveId) -> Scope {
        Scope {
            objective: Some(id),
            ..Scope::default()
        }
    }

    pub fn kr(id: KrId) -> Scope {
        Scope {
            kr: Some(id),
            ..Scope::default()
        }
    }

    /// The clause (starting with `WHERE`, or empty) and its parameters. `with_kr` says
    /// whether `k` is joined.
    pub(crate) fn sql(&self, with_kr: bool) -> (String, Vec<SqlValue>) {
        let mut parts: Vec<&str> = Vec::new();
        let mut params: Vec<SqlValue> = Vec::new();
        if let Some(c) = &self.cycle {
            parts.push("o.cycle = ?");
            params.push(SqlValue::Text(c.clone()));
        }
        if let Some(owner) = &self.owner {
            parts.push(if with_kr {
                "coalesce(k.owner, o.owner) = ?"
            } else {
                "o.owner = ?"
            });
            params.push(SqlValue::Text(owner.clone()));
        }
        if let Some(owner) = &self.objective_owner {
            parts.push("o.owner = ?");
            params.push(SqlValue::Text(owner.clone()));
        }
        if let Some(who) = &self.involves {
            parts.push(
                "(o.owner = ? OR EXISTS (SELECT 1 FROM key_result mine \
                 WHERE mine.objective_id = o.id AND mine.owner = ?))",
            );
            params.push(SqlValue::Text(who.clone()));
            params.push(SqlValue::Text(who.clone()));
        }
        if let Some(l) = self.level {
            parts.push("o.level = ?");
            params.push(SqlValue::Text(l.as_str().into()));
        }
        if let Some(s) = self.state {
            parts.push("o.state = ?");
            params.push(SqlValue::Text(s.as_str().into()));
        }
        if let Some(id) = self.objective {
            parts.push("o.id = ?");
            params.push(SqlValue::Integer(id.0));
        }
        if let Some(id) = self.kr.filter(|_| with_kr) {
            parts.push("k.id = ?");
            params.push(SqlValue::Integer(id.0));
        }
        if parts.is_empty() {
            (String::new(), params)
        } else {
            (format!("WHERE {}", parts.join(" AND ")), params)
        }
    }
}
