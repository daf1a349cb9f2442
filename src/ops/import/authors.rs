//! Whose words a check-in file holds: its name says, and no entry in it may claim
//! another author. An import reads them as a stream, one file at a time.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::checkins::{self, KrIndex};
use super::reflections::{self, Objectives, Reflections};
use super::scan::Scanned;
use super::twins::Seen;
use super::{Summary, parse_checked};
use crate::Result;
use crate::exchange::TeamFile;
use crate::exchange::files::{self, Source};
use crate::exchange::safe;
use crate::model::naming;
use crate::store;

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

/// Imports the authors' files numbered `read`: parsed, checked and resolved on other
/// threads while this one writes, one file at a time and in order, so that memory stays
/// flat however many check-ins a team has. Notes each file's cycles in `cycles_read`.
#[allow(clippy::too_many_arguments)]
pub(super) fn put_authors(
    tx: &Transaction<'_>,
    today: NaiveDate,
    (scanned, read): (&Scanned, &[u32]),
    (index, objectives, seen): (&KrIndex, &Objectives, &Seen),
    (reflections, checkins): (&mut Reflections<'_>, &mut checkins::Writer<'_>),
    (summary, cycles_read): (&mut Summary, &mut HashMap<u32, BTreeSet<String>>),
    tick: &mut dyn FnMut(u64, u64),
) -> Result<()> {
    let total: u64 = read.iter().map(|&i| scanned.files[i as usize].len).sum();
    let mut done = 0;
    if !read.is_empty() && store::exchange::checkins_empty(tx)? {
        checkins.bulk()?;
    }
    // Parsing is most of the work: one reader per core, each taking every n-th file,
    // and the writer taking their files in turn, so that files are written in order.
    let readers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, 4)
        .min(read.len().max(1));
    std::thread::scope(|s| -> Result<()> {
        let mut queues = Vec::with_capacity(readers);
        for first in 0..readers {
            let (send, receive) = std::sync::mpsc::sync_channel(4);
            queues.push(receive);
            let files = &scanned.files;
            s.spawn(move || {
                for &i in read.iter().skip(first).step_by(readers) {
                    let path = &files[i as usize].path;
                    let prepared = prepare_author(path, i, index, objectives, seen, today);
                    let failed = prepared.is_err();
                    if send.send(prepared).is_err() || failed {
                        return;
                    }
                }
            });
        }
        for n in 0..read.len() {
            let Ok(prepared) = queues[n % readers].recv() else {
                break;
            };
            let p = prepared?;
            reflections.write(tx, (&p.src, p.file, seen), p.reflections, summary)?;
            checkins.write(tx, (&p.src, p.file, seen), &p.author, p.checkins, summary)?;
            done += scanned.files[p.file as usize].len;
            cycles_read.insert(p.file, p.cycles);
            tick(done, total);
        }
        Ok(())
    })?;
    checkins.finish()
}

/// An author's file, parsed, checked and resolved: what the writing thread needs.
struct AuthorFile {
    file: u32,
    src: Source,
    author: String,
    reflections: Vec<reflections::Prepared>,
    checkins: Vec<checkins::Prepared>,
    cycles: BTreeSet<String>,
}

fn prepare_author(
    path: &Path,
    file: u32,
    index: &KrIndex,
    objectives: &Objectives,
    seen: &Seen,
    today: chrono::NaiveDate,
) -> Result<AuthorFile> {
    let TeamFile::Checkins(src, f) = parse_checked(path)? else {
        return Err(crate::Error::invalid(format!(
            "`{}` is not a check-in file",
            path.display()
        )));
    };
    let author = crate::model::clean_owner(f.author.get_ref())
        .map_err(|err| src.error(&f.author.span(), err))?;
    let reflections = reflections::prepare(objectives, &src, &author, &f.reflection, seen, today)?;
    let mut cycles = BTreeSet::new();
    let checkins = index.prepare(&src, Some(&author), &f.checkin, seen, &mut cycles)?;
    Ok(AuthorFile {
        file,
        src,
        author,
        reflections,
        checkins,
        cycles,
    })
}
