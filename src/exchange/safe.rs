//! Team files are written by other people, so every path okr builds from their data is
//! checked here before it is used.
//!
//! - A name that becomes one path component (a cycle) must be one plain word: no `..`,
//!   no separators, no NUL or control characters, not hidden, not over-long.
//! - An author becomes a file name by mapping: any name gives a safe, short file name.
//! - Writing never follows a symbolic link: every folder below the root is walked with
//!   `symlink_metadata`, the temporary file is created new (`O_EXCL`, random name) in
//!   the target folder, and the final rename lands on a regular file or on nothing.
//! - Reading an existing file to update it refuses a link for the same reason.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

use super::stable_uid;
use crate::model::naming::{MAX_NAME, is_unsafe_char};
use crate::{Error, Result};

/// Temporary files okr writes start with this, so a later run can sweep what a killed
/// run left behind.
const TMP_PREFIX: &str = ".okr-tmp-";

/// The file stem an author's check-in file gets: letters (any script), digits, `-`,
/// `_` and inner `.` kept, anything else `_`. A name that maps to nothing readable, or
/// to more than [`MAX_NAME`] characters, is shortened and given a stable suffix from the
/// whole name, so that two different authors never share a file by accident.
pub fn file_stem(author: &str) -> String {
    let mapped: String = author
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mapped = mapped.trim_start_matches('.').trim_end_matches('.');
    let readable = mapped.chars().any(char::is_alphanumeric);
    let long = mapped.chars().count() > MAX_NAME;
    if readable && !long {
        return mapped.to_string();
    }
    let suffix = &stable_uid(&["author", author])[..8];
    let head: String = mapped.chars().take(MAX_NAME - 9).collect();
    if readable {
        format!("{head}-{suffix}")
    } else {
        format!("author-{suffix}")
    }
}

/// The stem okr uses when [`file_stem`]'s file is taken by another author (`Bob Smith`
/// and `Bob_Smith`): the same with a stable suffix from the whole name.
pub fn alternative_stem(author: &str) -> String {
    let stem = file_stem(author);
    let suffix = &stable_uid(&["author", author])[..8];
    if stem.ends_with(suffix) {
        format!("{stem}-2")
    } else {
        format!("{stem}-{suffix}")
    }
}

/// Whether a check-in file called `stem` may hold `author`'s check-ins: the file is
/// named after the author (`Bob_Smith`, `bob.smith`, any case), after one word of the
/// name (`bob` for "Bob Smith"), or with a name okr gives it.
pub fn names_author(stem: &str, author: &str) -> bool {
    if stem == file_stem(author) || stem == alternative_stem(author) {
        return true;
    }
    let key = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let stem_words = key(stem);
    let author_words = key(author);
    !stem_words.is_empty()
        && (stem_words == author_words
            || (stem_words.len() == 1 && author_words.contains(&stem_words[0])))
}

/// Checks that `rel` (from a file: `files = "okrs"`) is a relative path that stays
/// inside its folder.
pub fn relative_inside(rel: &str) -> std::result::Result<PathBuf, String> {
    let path = Path::new(rel);
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                return Err(format!(
                    "`{rel}` must stay inside the team directory (no `..`)"
                ));
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err(format!(
                    "`{rel}` must be a path relative to the team directory"
                ));
            }
        }
    }
    if rel.chars().any(is_unsafe_char) {
        return Err(format!(
            "`{}` must not hold control characters",
            rel.escape_debug()
        ));
    }
    Ok(out)
}

/// `root/rel`, checking that no folder on the way below `root` is a symbolic link (or
/// not a folder); missing folders are created when `create` is set.
pub fn dir_below(root: &Path, rel: &Path, create: bool) -> Result<PathBuf> {
    let mut at = root.to_path_buf();
    for c in rel.components() {
        let Component::Normal(part) = c else {
            if c == Component::CurDir {
                continue;
            }
            return Err(Error::invalid(format!(
                "`{}` leaves `{}`",
                rel.display(),
                root.display()
            )));
        };
        at.push(part);
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(Error::invalid_with_hint(
                    format!(
                        "`{}` is a symbolic link; okr does not write through links in a team folder",
                        at.display()
                    ),
                    "replace the link with a real folder",
                ));
            }
            Ok(m) if !m.is_dir() => {
                return Err(Error::invalid(format!(
                    "`{}` is in the way: okr needs a folder there",
                    at.display()
                )));
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && create => {
                std::fs::create_dir(&at).map_err(|source| Error::Io {
                    action: "create the folder",
                    path: at.clone(),
                    source,
                })?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(Error::Io {
                    action: "read",
                    path: at,
                    source,
                });
            }
        }
    }
    Ok(at)
}

/// The text of a file okr is about to update: `None` when there is none. A link, or
/// anything but a regular file, is refused: okr neither reads nor replaces it.
pub fn read_regular(path: &Path) -> Result<Option<String>> {
    if !is_regular(path)? {
        return Ok(None);
    }
    std::fs::read_to_string(path)
        .map(Some)
        .map_err(Error::io("read", path))
}

/// [`read_regular`] of a file's bytes (a spreadsheet may be in GBK).
pub fn read_regular_bytes(path: &Path) -> Result<Option<Vec<u8>>> {
    if !is_regular(path)? {
        return Ok(None);
    }
    std::fs::read(path)
        .map(Some)
        .map_err(Error::io("read", path))
}

/// Whether `path` is a regular file (`false`: there is none); an error for a link or
/// anything else.
fn is_regular(path: &Path) -> Result<bool> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err(Error::invalid_with_hint(
            format!(
                "`{}` is a symbolic link; okr does not write through links in a team folder",
                path.display()
            ),
            "replace the link with the file itself",
        )),
        Ok(m) if !m.is_file() => Err(Error::invalid(format!(
            "`{}` is not a regular file",
            path.display()
        ))),
        Ok(_) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(Error::Io {
            action: "read",
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Writes `text` to `path` whole: into a new temporary file in the same folder (never
/// an existing path, so never through a link), flushed to disk, then renamed over the
/// target. The target keeps its permissions; a new file gets the usual ones (umask).
/// On any error the temporary file is removed; if the process is killed, the next run's
/// [`sweep`] removes it.
pub fn write_atomic(path: &Path, text: &str) -> Result<()> {
    write_bytes_atomic(path, text.as_bytes())
}

/// [`write_atomic`] of bytes (a spreadsheet in GBK).
pub fn write_bytes_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let io = Error::io;
    let dir = Error::folder_of(path);
    let existing = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() || !m.is_file() => {
            return Err(Error::invalid(format!(
                "`{}` is not a regular file; okr does not replace it",
                path.display()
            )));
        }
        Ok(m) => Some(m.permissions()),
        Err(_) => None,
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(TMP_PREFIX).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(
            existing
                .clone()
                .unwrap_or_else(|| std::fs::Permissions::from_mode(0o666)),
        );
    }
    let mut tmp = builder.tempfile_in(dir).map_err(io("write into", dir))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(io("write", tmp.path()))?;
    if let Some(perms) = existing {
        // The umask may have narrowed the mode given at creation.
        std::fs::set_permissions(tmp.path(), perms).map_err(io("write", tmp.path()))?;
    }
    tmp.persist(path).map_err(|e| Error::Io {
        action: "write",
        path: path.to_path_buf(),
        source: e.error,
    })?;
    Ok(())
}

/// Removes temporary files that a killed okr left in `dir` (older than a minute, so a
/// run in progress elsewhere keeps its own).
pub fn sweep(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let stale = entry.file_name().to_str().is_some_and(|n| {
            n.starts_with(TMP_PREFIX)
                || n.starts_with(".okr.db-init-")
                || n.ends_with(".toml.okr-tmp")
        });
        let old = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age.as_secs() >= 60);
        if stale && old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_author_gets_a_safe_short_file_name() {
        assert_eq!(file_stem("alice"), "alice");
        assert_eq!(file_stem("Bob Smith"), "Bob_Smith");
        assert_eq!(file_stem("李伟"), "李伟");
        for odd in [
            "..",
            "/",
            "okr/../..",
            "\u{1b}[2J",
            "a\0b",
            &"x".repeat(10_000),
        ] {
            let stem = file_stem(odd);
            assert!(
                crate::model::naming::check_component(&stem, "file").is_ok(),
                "{odd:?} → {stem:?}"
            );
            assert!(names_author(&stem, odd), "{odd:?} → {stem:?}");
        }
        assert_ne!(file_stem("!!"), file_stem("??"));
        assert_ne!(file_stem(&"x".repeat(100)), file_stem(&"x".repeat(101)));
    }

    #[test]
    fn a_file_is_named_after_its_author() {
        assert!(names_author("bob", "Bob Smith"));
        assert!(names_author("smith", "Bob Smith"));
        assert!(names_author("bob.smith", "Bob Smith"));
        assert!(names_author("Bob_Smith", "Bob Smith"));
        assert!(names_author("alice", "alice@example.com"));
        assert!(!names_author("mallory", "tester"));
        assert!(!names_author("bob_jones", "Bob Smith"));
        assert!(!names_author("_", "Bob Smith"));
        assert!(names_author(&alternative_stem("Bob Smith"), "Bob Smith"));
        assert_ne!(alternative_stem("Bob Smith"), alternative_stem("Bob_Smith"));
    }

    #[test]
    fn team_paths_stay_inside() {
        assert_eq!(relative_inside("okrs").unwrap(), PathBuf::from("okrs"));
        assert_eq!(relative_inside("./a/b").unwrap(), PathBuf::from("a/b"));
        assert!(relative_inside("../..").is_err());
        assert!(relative_inside("okrs/../../x").is_err());
        assert!(relative_inside("/abs").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn writing_never_follows_a_link_and_keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside.txt");
        std::fs::write(&outside, "mine").unwrap();
        let root = dir.path().join("team");
        std::fs::create_dir(&root).unwrap();
        std::os::unix::fs::symlink(&outside, root.join("2026-Q4.toml")).unwrap();
        assert!(write_atomic(&root.join("2026-Q4.toml"), "x").is_err());
        assert!(read_regular(&root.join("2026-Q4.toml")).is_err());
        assert_eq!(std::fs::read_to_string(&outside).unwrap(), "mine");

        std::os::unix::fs::symlink(dir.path(), root.join("checkins")).unwrap();
        assert!(dir_below(&root, Path::new("checkins/2026-Q4"), true).is_err());

        let file = root.join("private.toml");
        std::fs::write(&file, "a").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&file, "b").unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "b");
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let leftovers: Vec<_> = std::fs::read_dir(&root)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(TMP_PREFIX))
            .collect();
        assert!(leftovers.is_empty());
    }
}
