//! Team files: OKRs as TOML in a git repository.
//!
//! Layout, under the team's OKR folder (`okrs/` by default):
//!
//! ```text
//! okrs/2026-Q4.toml                   objectives and key results of one cycle
//! okrs/checkins/2026-Q4/alice.toml    alice's check-ins; only alice's okr writes it
//! okrs/checkins/.gitattributes        `*.toml merge=union`
//! ```
//!
//! Objectives change rarely and are reviewed in pull requests; check-ins are appended
//! by their author only, one line each, so two people checking in never touch the same
//! file, and one person on two machines adds lines that git's union merge keeps. Nothing derived (progress, scores) is stored.
//! The format is documented in `docs/team-files.md`.

pub mod authors;
mod entries;
pub mod files;
mod hash;
mod history;
mod index;
mod lines;
pub mod merge;
pub mod safe;
pub mod sheet;
mod tasks;
pub mod team;
pub mod write;

pub use files::{CheckinsFile, ObjectivesFile, TeamFile, parse_file};
pub use hash::stable_uid;

/// The newest format this okr reads and writes. An objectives file is written in the
/// oldest format that holds what it says, so that teammates on an older okr keep
/// reading it until someone uses what only a newer one knows; authors' files are
/// written in format 2 (one line per entry, for git's union merge).
///
/// - 1: objectives, key results, check-ins;
/// - 2: also a key result's history (`plan`, `[[objective.kr.change]]`), carry links
///   (`origin`), reflections, and authors' files with one line per entry;
/// - 3: also initiatives (`[[objective.kr.task]]`) and links across teams
///   (`supports`);
/// - 4: also a key result's `source`, the command that prints its value (run only once
///   the user trusts it).
pub const FORMAT: i64 = 4;
