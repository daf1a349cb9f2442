//! The one error type of the library.
//!
//! Every variant is something a person can act on: its message is one lowercase sentence
//! with the offending value in backticks, and [`Error::hint`] gives the obvious next step
//! where there is one. The binary turns these into `error:` / `hint:` lines and exit code 2.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that cannot be accepted: a bad number, date, name or combination.
    #[error("{message}")]
    Invalid {
        message: String,
        hint: Option<String>,
    },

    #[error("no {kind} matches `{query}`")]
    NotFound { kind: &'static str, query: String },

    /// A name that belongs to an item of another kind.
    #[error(
        "`{query}` is {} {found} (`{name}` “{title}”), not {} {wanted}",
        article(found),
        article(wanted)
    )]
    WrongKind {
        query: String,
        wanted: &'static str,
        found: &'static str,
        name: String,
        title: String,
    },

    /// A name of an item deleted in this database.
    #[error("{kind} `{query}` (“{title}”) was deleted")]
    Deleted {
        kind: &'static str,
        query: String,
        title: String,
    },

    /// A check-in value the key result cannot plausibly take (a typo?): confirmed with
    /// `--yes`, or asked in a terminal.
    #[error("{message}; is that right?")]
    Implausible { message: String },

    /// A short number that an older okr showed: it meant a row of one database.
    #[error(
        "`{query}` is a number from an older okr; numbers differed from clone to clone, so okr no longer takes them"
    )]
    OldNumber { query: String, hint: String },

    #[error("{kind} id `{query}` is ambiguous: it matches {}", .candidates.join(", "))]
    Ambiguous {
        kind: &'static str,
        query: String,
        candidates: Vec<String>,
    },

    #[error("no okr database at `{}`", .0.display())]
    NoDatabase(PathBuf),

    #[error(
        "the database at `{}` has schema version {found}, newer than this okr knows ({known})",
        .path.display()
    )]
    SchemaTooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },

    #[error("cannot {action} `{}`: {source}", .path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// `a` or `an` before a kind of item.
fn article(kind: &str) -> &'static str {
    if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

impl Error {
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::Invalid {
            message: message.into(),
            hint: None,
        }
    }

    pub fn invalid_with_hint(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Invalid {
            message: message.into(),
            hint: Some(hint.into()),
        }
    }

    /// Turns an I/O error on `path` into [`Error::Io`]: `.map_err(Error::io("read", p))`.
    pub fn io(
        action: &'static str,
        path: &std::path::Path,
    ) -> impl FnOnce(std::io::Error) -> Error + use<> {
        let path = path.to_path_buf();
        move |source| Error::Io {
            action,
            path,
            source,
        }
    }

    /// The folder a file is in (`.` for a bare file name).
    pub fn folder_of(path: &std::path::Path) -> &std::path::Path {
        path.parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."))
    }

    /// The obvious next step, if there is one.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::Invalid { hint, .. } => hint.clone(),
            Error::NotFound { kind, .. } => Some(format!(
                "run `okr {} list` to see the ids",
                match *kind {
                    "key result" => "kr",
                    "initiative" => "task",
                    other => other,
                }
            )),
            Error::Ambiguous { .. } => Some("type more letters of the id".into()),
            Error::WrongKind { found, name, .. } => Some(format!(
                "`okr {} show {name}` shows it",
                crate::store::command_of(found)
            )),
            Error::Deleted { .. } => Some("`okr log` says when and by whom".into()),
            Error::OldNumber { hint, .. } => Some(hint.clone()),
            Error::Implausible { .. } => {
                Some("if it is, pass `--yes` to check it in; nothing was recorded".into())
            }
            Error::NoDatabase(_) => Some("run `okr init` first".into()),
            Error::SchemaTooNew { .. } => Some("upgrade okr to open this database".into()),
            Error::Io { .. } | Error::Sqlite(_) => None,
        }
    }
}
