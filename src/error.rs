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
            Error::Ambiguous { .. } => Some("type more characters of the id".into()),
            Error::NoDatabase(_) => Some("run `okr init` first".into()),
            Error::SchemaTooNew { .. } => Some("upgrade okr to open this database".into()),
            Error::Io { .. } | Error::Sqlite(_) => None,
        }
    }
}
