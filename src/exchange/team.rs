//! The team directory: the folder holding `okr.toml`, found by walking up from the
//! current directory like git finds `.git`, or named by `--team-dir` / `OKR_TEAM_DIR`.
//!
//! ```toml
//! # okr.toml
//! [team]
//! name = "platform"     # optional
//! files = "okrs"        # where the OKR files live, relative to this file
//! [lint]                # the team's lint settings (see `okr lint --help`)
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::safe;

use crate::{Error, Result};

pub const MARKER: &str = "okr.toml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamConfig {
    #[serde(default)]
    pub team: TeamSection,
    /// Lint settings; read by the `smart` module.
    pub lint: Option<toml::Table>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamSection {
    pub name: Option<String>,
    pub files: Option<Spanned<String>>,
}

#[derive(Debug, Clone)]
pub struct Team {
    pub root: PathBuf,
    pub config: TeamConfig,
    /// `files`, checked to be a relative path that stays inside the team directory.
    files: PathBuf,
}

impl Team {
    /// The folder the OKR files live in. `okr.toml` is committed by anyone on the team,
    /// so `files` must stay inside the team directory, and no folder on the way there
    /// may be a symbolic link.
    pub fn files_dir(&self) -> Result<PathBuf> {
        safe::dir_below(&self.root, &self.files, false)
    }

    /// Loads `okr.toml` from a team directory.
    pub fn load(root: &Path) -> Result<Team> {
        let path = root.join(MARKER);
        let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
            action: "read the team file",
            path: path.clone(),
            source,
        })?;
        let config: TeamConfig = toml::from_str(&text).map_err(|e| {
            let (line, col) = crate::config::line_col(&text, e.span().map_or(0, |s| s.start));
            Error::invalid(format!(
                "{}:{line}:{col}: {}",
                path.display(),
                e.message().trim_end()
            ))
        })?;
        let files = match &config.team.files {
            Some(f) => safe::relative_inside(f.get_ref()).map_err(|problem| {
                let (line, col) = crate::config::line_col(&text, f.span().start);
                Error::invalid(format!(
                    "{}:{line}:{col}: `files` {problem}",
                    path.display()
                ))
            })?,
            None => PathBuf::from("okrs"),
        };
        Ok(Team {
            root: root.to_path_buf(),
            config,
            files,
        })
    }

    /// The nearest folder at or above `start` that holds `okr.toml`.
    pub fn find(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .find(|d| d.join(MARKER).is_file())
            .map(Path::to_path_buf)
    }
}
