//! Names that data carries and okr turns into file names or shows on a terminal: what
//! makes one safe. Pure checks; the file system side is `exchange::safe`.

use crate::{Error, Result};

/// The longest name okr turns into a file or folder name, in characters.
pub const MAX_NAME: usize = 64;

/// The longest owner or author name, in characters.
pub const MAX_OWNER: usize = 100;

/// Control characters, and the invisible ones that reorder or hide text (bidi
/// overrides, zero-width marks).
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}'
        )
}

/// Checks that `name` (`what`: "cycle name") can be one path component: not empty, not
/// hidden or `..`, no separators, no control characters, at most [`MAX_NAME`] characters.
pub fn check_component(name: &str, what: &str) -> Result<()> {
    let problem = if name.is_empty() {
        Some("is empty")
    } else if name.starts_with('.') {
        Some("must not start with `.`")
    } else if name.contains(['/', '\\']) {
        Some("must not contain `/` or `\\`")
    } else if name.chars().any(is_unsafe_char) {
        Some("must not contain control characters")
    } else if name.chars().count() > MAX_NAME {
        Some("is too long")
    } else {
        None
    };
    match problem {
        Some(p) => Err(Error::invalid(format!(
            "{what} `{}` {p}: it names files in the team folder (one word, at most {MAX_NAME} characters)",
            shorten(name)
        ))),
        None => Ok(()),
    }
}

/// A name for an error message: control characters escaped, at most 80 characters.
pub fn shorten(name: &str) -> String {
    let escaped: String = name.chars().take(80).flat_map(char::escape_debug).collect();
    if name.chars().count() > 80 {
        format!("{escaped}…")
    } else {
        escaped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_data_are_one_plain_component() {
        for bad in [
            "",
            ".",
            "..",
            ".hidden",
            "../x",
            "a/b",
            "a\\b",
            "a\0b",
            "a\u{1b}b",
            "a\u{202e}b",
        ] {
            assert!(check_component(bad, "cycle name").is_err(), "{bad:?}");
        }
        assert!(check_component(&"x".repeat(65), "cycle name").is_err());
        for good in ["winter", "2026-Q4", "冬季", "sprint.1"] {
            assert!(check_component(good, "cycle name").is_ok(), "{good:?}");
        }
    }
}
