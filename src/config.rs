//! User configuration: `$OKR_CONFIG`, else `config.toml` in the platform config folder
//! (`~/.config/okr/config.toml` on Linux).
//!
//! ```toml
//! user = "alice"          # the owner and check-in author by default
//! format = "table"        # default output format
//! [status]                # gaps (expected − progress) where status changes
//! at_risk = 0.10
//! off_track = 0.25
//! [lint]                  # lint rule severities: error | warning | note | allow
//! "focus/kr-count" = "allow"
//! ```
//!
//! `require_reason = true` (top level) makes edits of key results and objectives ask
//! for a reason.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::progress::Thresholds;
use crate::{Error, Result};

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Config {
    pub user: Option<String>,
    pub format: Option<String>,
    pub status: Option<Thresholds>,
    /// Lint rule severities; see [`crate::smart::LintConfig`].
    pub lint: Option<toml::Table>,
    /// `okr kr edit` and `okr objective edit` need `--reason` (asked in a terminal).
    pub require_reason: Option<bool>,
}

impl Config {
    /// Reads a config file; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(source) => {
                return Err(Error::Io {
                    action: "read the config file",
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        let config: Config = toml::from_str(&text).map_err(|e| {
            let at = e
                .span()
                .map(|s| {
                    let (line, col) = line_col(&text, s.start);
                    format!(":{line}:{col}")
                })
                .unwrap_or_default();
            Error::invalid(format!(
                "bad config file `{}{at}`: {}",
                path.display(),
                e.message()
            ))
        })?;
        if let Some(t) = &config.status {
            check_thresholds(t)?;
        }
        Ok(config)
    }

    /// Where the user config lives when `$OKR_CONFIG` is not set.
    pub fn default_path() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "okr").map(|d| d.config_dir().join("config.toml"))
    }
}

fn check_thresholds(t: &Thresholds) -> Result<()> {
    let ok = |x: f64| x.is_finite() && (0.0..=1.0).contains(&x);
    if ok(t.at_risk) && ok(t.off_track) && t.at_risk <= t.off_track {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "status thresholds must satisfy 0 ≤ at_risk ≤ off_track ≤ 1, not at_risk = {} and off_track = {}",
            t.at_risk, t.off_track
        )))
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}
