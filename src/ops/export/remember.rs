//! What the files an export writes hold, for [`store::known`].

use std::collections::BTreeSet;
use std::path::Path;

use crate::Result;
use crate::store::{
    self,
    known::{Kind, Known},
};

/// What the files written hold, for [`store::known`]: the hash of each file that holds
/// nothing the database lacks (so that the next import skips it, and the next export
/// writes it unread); the others are forgotten, and read again.
#[derive(Default)]
pub(super) struct Remember {
    /// The newest op the files were written from.
    newest: i64,
    put: Vec<(String, Known)>,
    forget: Vec<String>,
}

impl Remember {
    /// Nothing yet, of files written from the database as of op `newest`.
    pub(super) fn new(newest: i64) -> Remember {
        Remember {
            newest,
            ..Remember::default()
        }
    }

    pub(super) fn file(
        &mut self,
        path: &Path,
        text: &str,
        kind: Kind,
        cycles: BTreeSet<String>,
        absorbed: bool,
    ) {
        let key = store::known::key_of(path);
        if absorbed {
            let hash = store::known::hash(text.as_bytes());
            let written_at = Some(self.newest);
            self.put.push((
                key,
                Known {
                    hash,
                    kind,
                    cycles,
                    written_at,
                },
            ));
        } else {
            self.forget.push(key);
        }
    }

    /// Takes what `other` remembers too.
    pub(super) fn absorb(&mut self, other: Remember) {
        self.put.extend(other.put);
        self.forget.extend(other.forget);
    }

    pub(super) fn save(&self, tx: &rusqlite::Transaction<'_>) -> Result<()> {
        for (key, known) in &self.put {
            store::known::put(tx, key, known)?;
        }
        for key in &self.forget {
            store::known::forget(tx, key)?;
        }
        Ok(())
    }
}
