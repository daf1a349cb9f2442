//! Team files merged by identity in git: `okr merge-file`, the merge driver git runs for
//! objectives files; `okr resolve`, which finishes a merge that stopped; and setting the
//! driver up in a clone's own git config (`okr init`, `okr sync`).

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::Result;
use clap::Args;
use okr::Error;
use okr::exchange::merge::{self, Side};

use super::App;
use super::exchange::shown;

/// Merge three versions of a team file by identity (git's merge driver for okr)
///
/// Git runs it as `okr merge-file %O %A %B %P`, as `okr sync` sets up in the
/// repository's config; it writes the merge into OURS and exits 1 if a conflict is
/// left. Not for typing by hand.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  git config merge.okr.driver 'okr merge-file %O %A %B %P'   (what okr sync sets up)
  okr merge-file base.toml ours.toml theirs.toml okrs/2026-Q4.toml")]
pub struct MergeFileArgs {
    /// The common ancestor's version (empty when both sides added the file)
    pub base: PathBuf,
    /// Our version, where the merge is written
    pub ours: PathBuf,
    /// Their version
    pub theirs: PathBuf,
    /// The file's path in the repository, for messages
    pub path: Option<String>,
}

/// Finish a git merge of team files: merge them entry by entry, as okr's merge driver does
///
/// For each team file with git's conflict markers (or each FILE given), the merge is
/// made again from git's three versions, entry by entry: additions, deletions and edits
/// of different entries on the two sides are all kept. What both sides changed (the same
/// field of the same entry) is listed, and settled with `--ours` or `--theirs`; nothing
/// is written until every such field is settled. Then `git add` the files and commit.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr resolve
  okr resolve --theirs
  okr resolve okrs/2026-Q4.toml --ours && git add okrs && git commit --no-edit")]
pub struct ResolveArgs {
    /// Team files to resolve [default: every team file with conflict markers]
    pub files: Vec<PathBuf>,
    /// Where both sides changed the same field, keep ours
    #[arg(long, conflicts_with = "theirs")]
    pub ours: bool,
    /// Where both sides changed the same field, take theirs
    #[arg(long)]
    pub theirs: bool,
}

/// Git's exit status for the driver: 0 merged, 1 conflicts left.
pub fn merge_file(args: MergeFileArgs) -> Result<u8> {
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|source| Error::Io {
            action: "read",
            path: p.to_path_buf(),
            source,
        })
    };
    let (base, ours, theirs) = (read(&args.base)?, read(&args.ours)?, read(&args.theirs)?);
    let name = args.path.clone().unwrap_or_else(|| shown(&args.ours));
    // Authors' files are merged line by line, as their `.gitattributes` asks.
    let lines = [&base, &ours, &theirs]
        .iter()
        .any(|t| okr::exchange::files::is_checkins(t));
    let merged = if lines {
        Err("an author's check-in file".to_string())
    } else {
        merge::merge(&base, &ours, &theirs, None)
    };
    match merged {
        Ok(m) => {
            okr::exchange::safe::write_atomic(&args.ours, &m.text)?;
            for c in &m.conflicts {
                eprintln!("okr: {name}: {c}");
            }
            if m.conflicts.is_empty() {
                Ok(0)
            } else {
                eprintln!(
                    "okr: {name}: {} field(s) changed on both sides; `okr resolve --ours` or `--theirs` settles them",
                    m.conflicts.len()
                );
                Ok(1)
            }
        }
        Err(why) => {
            // Not an objectives file okr reads: merged as git would, line by line.
            eprintln!("okr: {name}: {why}; merged line by line");
            let union: &[&str] = if lines { &["--union"] } else { &[] };
            let status = Command::new("git")
                .arg("merge-file")
                .args(union)
                .args(["-L", "ours", "-L", "base", "-L", "theirs"])
                .arg(&args.ours)
                .arg(&args.base)
                .arg(&args.theirs)
                .status()
                .map_err(|e| anyhow::anyhow!("cannot run `git merge-file`: {e}"))?;
            Ok(u8::from(!status.success()))
        }
    }
}

pub fn resolve(app: &mut App, args: ResolveArgs) -> Result<()> {
    let settle = match (args.ours, args.theirs) {
        (true, _) => Some(Side::Ours),
        (_, true) => Some(Side::Theirs),
        _ => None,
    };
    let files = if args.files.is_empty() {
        conflicted_files(app)?
    } else {
        args.files.clone()
    };
    if files.is_empty() {
        app.say("No team file has conflict markers: nothing to resolve")?;
        return Ok(());
    }
    // Every file merged first; none written while one still has an unsettled field.
    let mut done = Vec::new();
    for path in &files {
        let text = okr::exchange::safe::read_regular(path)?
            .ok_or_else(|| Error::invalid(format!("`{}` is not a file", path.display())))?;
        let (base, ours, theirs) = match stages(path) {
            Some(three) => three,
            None => {
                let (o, t) = merge::sides(&text);
                (String::new(), o, t)
            }
        };
        let m = merge::merge(&base, &ours, &theirs, settle)
            .map_err(|e| Error::invalid(format!("cannot merge `{}`: {e}", path.display())))?;
        if settle.is_none() && !m.conflicts.is_empty() {
            let list: Vec<String> = m.conflicts.iter().map(ToString::to_string).collect();
            return Err(Error::invalid_with_hint(
                format!(
                    "both sides changed the same field in `{}`: {}",
                    shown(path),
                    list.join("; ")
                ),
                "pass `--ours` to keep yours or `--theirs` to take theirs; everything else is merged either way",
            )
            .into());
        }
        done.push((path, m));
    }
    for (path, m) in done {
        okr::exchange::safe::write_atomic(path, &m.text)?;
        let settled = match (m.conflicts.len(), settle) {
            (0, _) | (_, None) => String::new(),
            (n, Some(Side::Ours)) => format!("; {n} field(s) changed on both sides kept as ours"),
            (n, Some(Side::Theirs)) => {
                format!("; {n} field(s) changed on both sides taken from theirs")
            }
        };
        app.say(format!(
            "Resolved {}: merged entry by entry{settled}",
            shown(path)
        ))?;
    }
    app.say("Next: `git add` the files and commit (then `okr sync`)")?;
    Ok(())
}

/// The team's files that hold conflict markers.
fn conflicted_files(app: &App) -> Result<Vec<PathBuf>> {
    let Some(root) = app.team_dir()? else {
        return Err(Error::invalid_with_hint(
            "no team directory here: no `okr.toml` in this folder or any folder above it",
            "name the files: `okr resolve okrs/2026-Q4.toml`",
        )
        .into());
    };
    let dir = okr::exchange::team::Team::load(&root)?.files_dir()?;
    let mut found = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let Ok(kind) = e.file_type() else { continue };
            let p = e.path();
            if kind.is_dir() {
                stack.push(p);
            } else if kind.is_file()
                && p.extension().is_some_and(|x| x == "toml")
                && std::fs::read_to_string(&p).is_ok_and(|t| merge::marker_line(&t).is_some())
            {
                found.push(p);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Git's three versions of a file in a merge that stopped (the index's stages 1 to 3),
/// if git has them; the ancestor is empty where both sides added the file.
fn stages(path: &Path) -> Option<(String, String, String)> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name()?.to_string_lossy().into_owned();
    let show = |stage: u8| -> Option<String> {
        let out = Command::new("git")
            .arg("-C")
            .arg(dir)
            .arg("show")
            .arg(format!(":{stage}:./{name}"))
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8(out.stdout).ok())?
    };
    let (ours, theirs) = (show(2)?, show(3)?);
    Some((show(1).unwrap_or_default(), ours, theirs))
}

/// Names okr as the merge driver of its files in the git repository `root` is in, in
/// that clone's own config (`.git/config`): what `merge=okr` in the team's
/// `.gitattributes` calls. Nothing happens outside a git repository. Returns whether the
/// config changed.
pub fn register(root: &Path) -> Result<bool> {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .ok()
    };
    let inside = git(&["rev-parse", "--is-inside-work-tree"])
        .is_some_and(|o| o.status.success() && o.stdout.starts_with(b"true"));
    if !inside {
        return Ok(false);
    }
    let exe = std::env::current_exe()?;
    let driver = format!(
        "{} merge-file %O %A %B %P",
        sh_quote(&exe.to_string_lossy())
    );
    let now = git(&["config", "--local", "--get", "merge.okr.driver"])
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim_end().to_string());
    if now.as_deref() == Some(driver.as_str()) {
        return Ok(false);
    }
    // The command first: git refuses to merge with a driver that has a name and none.
    for (key, value) in [
        ("merge.okr.driver", driver.as_str()),
        ("merge.okr.name", "okr: team files merged entry by entry"),
    ] {
        let set = git(&["config", "--local", key, value]);
        if !set.is_some_and(|o| o.status.success()) {
            return Err(Error::invalid(format!(
                "cannot set `{key}` in the git config of `{}`",
                root.display()
            ))
            .into());
        }
    }
    Ok(true)
}

/// `text` quoted for `sh`, which git runs a merge driver with.
fn sh_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}
