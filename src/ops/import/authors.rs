//! Whose words a check-in file holds: its name says, and no entry in it may claim
//! another author.

use crate::Result;
use crate::exchange::files::{self, Source};
use crate::exchange::safe;
use crate::model::naming;

/// A check-in file holds its author's words only, and its name says whose they are:
/// `mallory.toml` cannot speak for `tester`, and no entry in it can name another
/// author. The file may be named after the whole name or one word of it (`bob.toml`
/// for "Bob Smith").
pub(super) fn check(src: &Source, file: &files::CheckinsFile) -> Result<()> {
    let author = &file.author;
    let name = crate::model::clean_owner(author.get_ref())
        .map_err(|err| src.error(&author.span(), err))?;
    for entry in &file.checkin {
        if let Some(a) = &entry.get_ref().author
            && a.get_ref().trim() != name
        {
            return Err(src.error(
                &a.span(),
                format!(
                    "this check-in names `{}` as its author, but the file is `{}`'s: a check-in file holds only its own author's check-ins",
                    naming::shorten(a.get_ref()),
                    naming::shorten(&name)
                ),
            ));
        }
    }
    let stem = src
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if safe::names_author(&stem, &name) {
        return Ok(());
    }
    Err(src.error_with_hint(
        &author.span(),
        format!(
            "this check-in file is named `{}` but says its author is `{}`: a check-in file holds only its own author's check-ins",
            naming::shorten(&stem),
            naming::shorten(&name)
        ),
        format!(
            "name the file after its author (`{}.toml`), or correct `author`",
            safe::file_stem(&name)
        ),
    ))
}
