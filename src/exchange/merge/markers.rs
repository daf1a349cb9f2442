//! Git's conflict markers in a team file: finding them, reading a file's two sides from
//! them, saying in words what the sides disagree about, and writing them around a
//! conflicting field's line.

use super::{Conflict, Side, merge};

/// The git conflict markers, as git writes them.
const OURS_MARK: &str = "<<<<<<< ours";
const SPLIT_MARK: &str = "=======";
const THEIRS_MARK: &str = ">>>>>>> theirs";

/// Whether `text` holds git conflict markers, and the first line (1-based) with one.
pub fn marker_line(text: &str) -> Option<usize> {
    text.lines()
        .position(|l| l.starts_with("<<<<<<< ") || l == "<<<<<<<")
        .map(|i| i + 1)
}

/// A file with conflict markers as its two sides: the lines of ours, and the lines of
/// theirs (git's `diff3` style, with the ancestor's lines, is read too: they are left
/// out of both).
pub fn sides(text: &str) -> (String, String) {
    #[derive(PartialEq)]
    enum In {
        Both,
        Ours,
        Base,
        Theirs,
    }
    let (mut ours, mut theirs) = (String::new(), String::new());
    let mut at = In::Both;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        if bare.starts_with("<<<<<<<") {
            at = In::Ours;
        } else if bare.starts_with("|||||||") && at == In::Ours {
            at = In::Base;
        } else if bare == SPLIT_MARK && at != In::Both {
            at = In::Theirs;
        } else if bare.starts_with(">>>>>>>") && at == In::Theirs {
            at = In::Both;
        } else {
            match at {
                In::Both => {
                    ours.push_str(line);
                    theirs.push_str(line);
                }
                In::Ours => ours.push_str(line),
                In::Theirs => theirs.push_str(line),
                In::Base => {}
            }
        }
    }
    (ours, theirs)
}

/// The fields that two versions of a file give different values, entry by entry: what a
/// file with conflict markers disagrees about, in words.
pub fn disagreements(ours: &str, theirs: &str) -> Result<Vec<Conflict>, String> {
    // With each side as the other's ancestor nothing would differ; with no ancestor,
    // every field both sides state differently is a conflict.
    merge("", ours, theirs, Some(Side::Ours)).map(|m| m.conflicts)
}

/// A file left with git's conflict markers: one sentence that says so, what the two
/// sides disagree about, and how to finish.
pub fn conflicted(path: &std::path::Path, text: &str, line: usize) -> crate::Error {
    let (ours, theirs) = sides(text);
    let found = disagreements(&ours, &theirs).unwrap_or_default();
    let detail = match found.as_slice() {
        [] => String::new(),
        [one] => format!(": {one}"),
        [first, rest @ ..] => format!(": {first}, and {} more", rest.len()),
    };
    crate::Error::invalid_with_hint(
        format!(
            "`{}` is in the middle of a git merge (conflict markers from line {line}){detail}",
            path.display()
        ),
        "run `okr resolve` to merge it entry by entry (`--ours` or `--theirs` settles what both \
         sides changed), or edit the file; then `git add` it and commit",
    )
}

/// Puts git's conflict markers around each conflicting field's line, ours above.
pub(super) fn mark(text: &str, conflicts: &[Conflict]) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let found = conflicts.iter().enumerate().find_map(|(n, c)| {
            let tag = format!(" # okr-conflict-{n}");
            line.contains(&tag).then_some((c, tag))
        });
        let Some((c, tag)) = found else {
            out.push_str(line);
            continue;
        };
        let bare = line.trim_end_matches(['\n', '\r']).replacen(&tag, "", 1);
        let indent: String = bare.chars().take_while(|c| c.is_whitespace()).collect();
        out.push_str(OURS_MARK);
        out.push('\n');
        if c.ours.is_some() {
            out.push_str(&bare);
            out.push('\n');
        }
        out.push_str(SPLIT_MARK);
        out.push('\n');
        if let Some(v) = &c.theirs {
            out.push_str(&format!("{indent}{} = {v}\n", c.field));
        }
        out.push_str(THEIRS_MARK);
        out.push('\n');
    }
    out
}
