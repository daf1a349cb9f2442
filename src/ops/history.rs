//! `okr log` and `okr undo`: the operation log as a user reads it, and taking back the
//! latest operation of any kind.

use chrono::NaiveDate;

use super::Ctx;
use crate::store::oplog::{Entry, Filter};
use crate::store::{self, Store};
use crate::{Error, Result};

/// What `okr log` shows: ids as typed.
#[derive(Debug, Clone, Default)]
pub struct LogQuery {
    pub kr: Option<String>,
    pub objective: Option<String>,
    pub since: Option<NaiveDate>,
    pub limit: Option<usize>,
}

/// The log, newest first, and how many more entries the limit left out.
pub fn log(store: &mut Store, q: &LogQuery) -> Result<(Vec<Entry>, usize)> {
    store.read(|tx| {
        let filter = Filter {
            kr: match &q.kr {
                Some(typed) => Some(store::krs::resolve(tx, typed)?.0),
                None => None,
            },
            objective: match &q.objective {
                Some(typed) => Some(store::objectives::resolve(tx, typed)?.0),
                None => None,
            },
            since: q.since,
            limit: q.limit,
        };
        store::oplog::list(tx, &filter)
    })
}

/// The operation `okr undo` would take back.
pub fn undoable(store: &mut Store) -> Result<Entry> {
    store.read(|tx| store::oplog::undoable(tx))?.ok_or_else(|| {
        Error::invalid("there is nothing to undo: the log has no operation left to take back")
    })
}

/// Takes back `expected` (what [`undoable`] named), if it is still the latest.
pub fn undo(store: &mut Store, ctx: &Ctx, expected: &Entry) -> Result<Entry> {
    store.undo(&ctx.head("undo", None), expected.id)
}
