//! `okr export`, `okr import`, `okr sync`: team files in git.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;
use okr::exchange::sheet;
use okr::exchange::team::Team;
use okr::ops::export::{Exported, Target};
use okr::ops::import::{self, Counts, Summary};
use okr::{Error, ops};

use super::App;
use super::args::FormatArg;
use super::progress::Progress;

/// Write a cycle's objectives, key results and check-ins as TOML team files, or as CSV
///
/// Into the team directory's OKR folder by default (`okrs/2026-Q4.toml` and
/// `okrs/checkins/2026-Q4/<author>.toml`). Exporting twice gives identical files; an
/// existing file keeps its comments and order, and only files whose content changes are
/// rewritten. Target changes, reflections and carry links go with them (format 2), and
/// initiatives and links across teams (format 3).
///
/// With `--format csv` (or `--out FILE.csv`), the objectives and key results as a
/// spreadsheet, one row per key result, to stdout or FILE: what `okr import FILE.csv`
/// reads back. An existing FILE keeps its encoding, separator and header language.
/// The columns are described in docs/csv.md.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr export
  okr export --cycle 2027-Q1
  okr export --out - | less
  okr export --owner platform --out okrs/platform.toml
  okr export --format csv --out plan.csv
  okr export --format csv --template --headers zh --encoding gbk > 模板.csv")]
pub struct ExportArgs {
    /// Cycle name [default: the quarter containing today]
    #[arg(long)]
    pub cycle: Option<String>,
    /// Only objectives owned by this person or team
    #[arg(long)]
    pub owner: Option<String>,
    /// A folder, an objectives file (`.toml`), a spreadsheet (`.csv`), or `-` for stdout [default: the team's OKR folder]
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// CSV: only the header row, a template to fill in
    #[arg(long)]
    pub template: bool,
    /// CSV: the headers' language [default: the existing file's, else en]
    #[arg(long, value_enum, value_name = "LANG")]
    pub headers: Option<HeadersArg>,
    /// CSV: how the file is stored [default: the existing file's, else utf-8]
    #[arg(long, value_enum, value_name = "ENCODING")]
    pub encoding: Option<EncodingArg>,
    /// CSV: what separates fields [default: the existing file's, else comma; tab for .tsv]
    #[arg(long, value_enum, value_name = "SEP")]
    pub separator: Option<SeparatorArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum HeadersArg {
    /// cycle, level, owner, objective, …
    En,
    /// 周期, 层级, 负责人, 目标, …
    Zh,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EncodingArg {
    #[value(name = "utf-8")]
    Utf8,
    /// UTF-8 with a byte-order mark, which Excel needs to read UTF-8
    #[value(name = "utf-8-bom")]
    Utf8Bom,
    /// GB18030 (reads as GBK): what Excel and WPS in China open
    #[value(name = "gbk", alias = "gb18030")]
    Gbk,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SeparatorArg {
    Comma,
    Semicolon,
    Tab,
}

/// Read team files into the database (idempotent; all or nothing)
///
/// With no PATH, the team directory's OKR folder. The file wins over the database for
/// the fields it states, except where you changed an entry here since you last
/// exported it: that change is kept (and said), for the next export to write. Nothing
/// is ever deleted by an import. A file whose bytes are what okr last read or wrote
/// there is skipped (a hash, not a timestamp).
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  okr import
  okr import okrs/2026-Q4.toml --dry-run
  okr import ../other-team/okrs
  okr import plan.csv")]
pub struct ImportArgs {
    /// Files or folders of `.toml` team files, or spreadsheets (`.csv`)
    pub paths: Vec<PathBuf>,
    /// Show what would change, and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// Import the team's files, then export: run after `git pull`, before `git commit`
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  git pull && okr sync && git add okrs && git commit -m \"OKR check-ins\"
  okr sync --cycle 2027-Q1")]
pub struct SyncArgs {
    /// Also export this cycle [default: the quarter containing today, if it has objectives]
    #[arg(long)]
    pub cycle: Option<String>,
}

fn team(app: &App) -> Result<Team> {
    match app.team_dir()? {
        Some(dir) => Ok(Team::load(&dir)?),
        None => Err(Error::invalid_with_hint(
            "no team directory here: no `okr.toml` in this folder or any folder above it",
            "create one with `printf '[team]\\nfiles = \"okrs\"\\n' > okr.toml`, or pass `--team-dir` / `--out`",
        )
        .into()),
    }
}

pub fn export(app: &mut App, a: ExportArgs, format: Option<FormatArg>) -> Result<()> {
    let csv_out = a.out.as_deref().is_some_and(sheet::is_sheet);
    let asked = [
        (a.template, "--template"),
        (a.headers.is_some(), "--headers"),
        (a.encoding.is_some(), "--encoding"),
        (a.separator.is_some(), "--separator"),
    ];
    match format {
        Some(FormatArg::Csv) => return export_csv(app, a),
        None if csv_out => return export_csv(app, a),
        _ => {}
    }
    if let Some((_, flag)) = asked.iter().find(|(given, _)| *given) {
        return Err(Error::invalid_with_hint(
            format!("`{flag}` is for a spreadsheet export"),
            "add `--format csv`",
        )
        .into());
    }
    let target = match &a.out {
        Some(p) if p.as_os_str() == "-" => Target::Stdout,
        Some(p) if p.extension().is_some_and(|e| e == "toml") => Target::File(p.clone()),
        Some(p) => Target::Dir(p.clone()),
        None => Target::Dir(team(app)?.files_dir()?),
    };
    let mut store = app.store()?;
    let mut bar = Progress::new(app.quiet, EXPORTING);
    let done = ops::export::export(
        &mut store,
        &app.ctx,
        (a.cycle.as_deref(), a.owner.as_deref()),
        &target,
        &mut |done, total| bar.tick(done, total),
    )?;
    drop(bar);
    report_export(app, &done)
}

/// `okr export --format csv`: to stdout, or to a file in its own form.
fn export_csv(app: &mut App, a: ExportArgs) -> Result<()> {
    let out = a.out.filter(|p| p.as_os_str() != "-");
    if let Some(p) = out.as_deref().filter(|p| p.is_dir()) {
        return Err(Error::invalid_with_hint(
            format!("`{}` is a folder; a spreadsheet is one file", p.display()),
            "give a file name ending in .csv",
        )
        .into());
    }
    let existing = match out.as_deref() {
        Some(p) => okr::exchange::safe::read_regular_bytes(p)?,
        None => None,
    };
    let mut form = existing
        .as_deref()
        .and_then(sheet::Form::of)
        .unwrap_or_default();
    if existing.is_none()
        && out
            .as_deref()
            .and_then(|p| p.extension())
            .is_some_and(|e| e.eq_ignore_ascii_case("tsv"))
    {
        form.sep = '\t';
    }
    if let Some(h) = a.headers {
        form.lang = match h {
            HeadersArg::En => sheet::Lang::En,
            HeadersArg::Zh => sheet::Lang::Zh,
        };
    }
    if let Some(e) = a.encoding {
        form.encoding = match e {
            EncodingArg::Utf8 => sheet::Encoding::Utf8,
            EncodingArg::Utf8Bom => sheet::Encoding::Utf8Bom,
            EncodingArg::Gbk => sheet::Encoding::Gb18030,
        };
    }
    if let Some(s) = a.separator {
        form.sep = match s {
            SeparatorArg::Comma => ',',
            SeparatorArg::Semicolon => ';',
            SeparatorArg::Tab => '\t',
        };
    }
    let bytes = if a.template {
        ops::export::template(form)
    } else {
        let mut store = app.store()?;
        ops::export::sheet(
            &mut store,
            &app.ctx,
            (a.cycle.as_deref(), a.owner.as_deref()),
            form,
        )?
    };
    let Some(path) = out else {
        app.out.write_all(&bytes)?;
        return Ok(());
    };
    let verb = if existing.as_deref() == Some(bytes.as_slice()) {
        "Unchanged"
    } else {
        okr::exchange::safe::write_bytes_atomic(&path, &bytes)?;
        "Wrote"
    };
    app.say(format!("{verb} {}", shown(&path)))
}

/// The progress bar of a long export: authors' files written, of how many.
const EXPORTING: &str = "exporting {bar:40} {pos}/{len} authors' files {eta}";

fn report_export(app: &mut App, done: &Exported) -> Result<()> {
    if let Some(text) = &done.stdout {
        app.out.write_all(text.as_bytes())?;
        return Ok(());
    }
    for f in &done.files {
        let verb = if f.changed { "Wrote" } else { "Unchanged" };
        app.say(format!("{verb} {}", shown(&f.path)))?;
    }
    Ok(())
}

pub fn import(app: &mut App, a: ImportArgs) -> Result<()> {
    let paths = if a.paths.is_empty() {
        vec![team(app)?.files_dir()?]
    } else {
        a.paths
    };
    let scanned = import::scan(&paths)?;
    let mut store = app.store()?;
    let summary = run_import(app, &mut store, &scanned, a.dry_run)?;
    app.say(describe(&summary, a.dry_run))
}

/// Imports with a progress bar on stderr when a person is watching a long import.
fn run_import(
    app: &App,
    store: &mut okr::store::Store,
    scanned: &import::Scanned,
    dry_run: bool,
) -> Result<Summary> {
    let mut bar = Progress::new(
        app.quiet,
        "importing {bar:40} {binary_bytes}/{binary_total_bytes} {eta}",
    );
    let summary = ops::import::import(store, &app.ctx, scanned, dry_run, &mut |done, total| {
        bar.tick(done, total)
    })?;
    Ok(summary)
}

fn describe(s: &Summary, dry_run: bool) -> String {
    let plural = |n: usize| format!("{n} file{}", if n == 1 { "" } else { "s" });
    let read = s.files - s.unchanged_files;
    if !s.changed() && s.kept.is_empty() {
        let also = match (read, s.unchanged_files) {
            (_, 0) | (0, _) => String::new(),
            (r, u) => format!(" ({r} read, {u} unchanged since okr last saw them)"),
        };
        return format!(
            "Nothing to import: the database already holds everything in {}{also}.",
            plural(s.files)
        );
    }
    // Files skipped as unchanged are said, so that a sync after a pull shows how little
    // it had to read.
    let files = match s.unchanged_files {
        0 => plural(s.files),
        u => format!("{} ({u} unchanged)", plural(read)),
    };
    let part = |name: &str, c: &Counts| -> Option<String> {
        let mut bits = Vec::new();
        if c.added > 0 {
            bits.push(format!("{} added", c.added));
        }
        if c.updated > 0 {
            bits.push(format!("{} updated", c.updated));
        }
        (!bits.is_empty()).then(|| format!("{name} {}", bits.join(", ")))
    };
    let parts: Vec<String> = [
        part("cycles", &s.cycles),
        part("objectives", &s.objectives),
        part("key results", &s.key_results),
        part("check-ins", &s.checkins),
        part("reflections", &s.reflections),
        part("initiatives", &s.initiatives),
        part("links", &s.links),
    ]
    .into_iter()
    .flatten()
    .collect();
    let lead = if dry_run { "Would import" } else { "Imported" };
    let tail = if dry_run {
        " (dry run: nothing changed)"
    } else {
        ""
    };
    let mut text = if parts.is_empty() {
        format!("Nothing new to import from {files}.")
    } else {
        format!("{lead} {files}: {}{tail}", parts.join("; "))
    };
    if !s.kept.is_empty() {
        const SHOWN: usize = 5;
        let mut names = s.kept[..s.kept.len().min(SHOWN)].join(", ");
        if s.kept.len() > SHOWN {
            names.push_str(&format!(" and {} more", s.kept.len() - SHOWN));
        }
        text.push_str(&format!(
            "\nKept your changes to {names}: made here since your last export, so the files do not have them yet; export writes them."
        ));
    }
    text
}

pub fn sync(app: &mut App, a: SyncArgs) -> Result<()> {
    let team = team(app)?;
    if super::merge::register(&team.root)? {
        app.say("Set okr up as git's merge driver for the team's files in this clone")?;
    }
    let dir = team.files_dir()?;
    let mut store = app.store()?;
    let mut cycles = Vec::new();
    if dir.exists() {
        let scanned = import::scan(std::slice::from_ref(&dir))?;
        let summary = run_import(app, &mut store, &scanned, false)?;
        app.say(describe(&summary, false))?;
        cycles = summary.objective_cycles.into_iter().collect();
    }
    let wanted =
        store.read(|tx| ops::cycles::resolve_or_current(tx, a.cycle.as_deref(), app.ctx.today))?;
    if !cycles.contains(&wanted.name) && ops::export::has_objectives(&mut store, &wanted)? {
        cycles.push(wanted.name);
    }
    for c in cycles {
        let mut bar = Progress::new(app.quiet, EXPORTING);
        let done = ops::export::export(
            &mut store,
            &app.ctx,
            (Some(&c), None),
            &Target::Dir(dir.clone()),
            &mut |done, total| bar.tick(done, total),
        )?;
        drop(bar);
        report_export(app, &done)?;
    }
    Ok(())
}

/// A path shown relative to the current directory when it lies below it.
pub fn shown(p: &Path) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| p.strip_prefix(cwd).ok().map(|r| r.display().to_string()))
        .unwrap_or_else(|| p.display().to_string())
}
