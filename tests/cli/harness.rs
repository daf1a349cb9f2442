//! A pinned environment for driving `okr`: a temp database, a fixed today
//! (2026-11-23, a Monday in 2026-Q4), a fixed user, no colour, no config, no backtrace,
//! and no terminal (stdin is closed), so nothing is ever asked.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use rusqlite::Connection;

pub const TODAY: &str = "2026-11-23";

pub struct Env {
    pub dir: tempfile::TempDir,
    today: String,
    user: String,
}

impl Env {
    /// A fresh environment with no database yet.
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
            today: TODAY.to_string(),
            user: "alice".to_string(),
        }
    }

    /// A fresh environment with `okr init` done.
    pub fn init() -> Env {
        let env = Env::new();
        env.ok(&["init"]);
        env
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("okr.db")
    }

    /// The same database, acting as another user.
    pub fn as_user(&self, user: &str) -> EnvView<'_> {
        EnvView {
            env: self,
            user: user.to_string(),
            today: self.today.clone(),
        }
    }

    /// The same database on another day (YYYY-MM-DD).
    pub fn on(&self, today: &str) -> EnvView<'_> {
        EnvView {
            env: self,
            user: self.user.clone(),
            today: today.to_string(),
        }
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        command(&self.db(), &self.today, &self.user, args)
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        run_ok(self.cmd(args), args)
    }

    /// Runs a command that must fail with exit code 2 and change nothing; returns its
    /// stderr.
    pub fn refuses(&self, args: &[&str]) -> String {
        let before = self.dump();
        let out = self.cmd(args).output().expect("run okr");
        let stderr = String::from_utf8(out.stderr).expect("utf-8 stderr");
        assert_eq!(
            out.status.code(),
            Some(2),
            "`okr {}` should exit 2\nstderr: {stderr}",
            args.join(" ")
        );
        assert!(
            out.stdout.is_empty(),
            "`okr {}` printed to stdout on failure",
            args.join(" ")
        );
        assert!(
            stderr.starts_with("error: "),
            "stderr should start with `error: `: {stderr}"
        );
        assert!(
            stderr.lines().count() <= 2,
            "one sentence and at most a hint: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_eq!(
            before,
            self.dump(),
            "`okr {}` changed the database",
            args.join(" ")
        );
        stderr
    }

    /// Every row of every table, the log included, in a fixed order: to prove nothing
    /// changed.
    pub fn dump(&self) -> String {
        if !self.db().exists() {
            return "no database".into();
        }
        dump(&self.db(), true)
    }

    /// Every row of every data table (not the log): what an undo must restore.
    pub fn data(&self) -> String {
        dump(&self.db(), false)
    }

    /// Filters for snapshots: the temp folder and random uids.
    pub fn filters(&self) -> Vec<(String, String)> {
        vec![
            (
                regex_escape(&self.dir.path().display().to_string()),
                "[TMP]".into(),
            ),
            ("[0-9a-f]{32}".into(), "[UID]".into()),
        ]
    }
}

pub struct EnvView<'a> {
    env: &'a Env,
    user: String,
    today: String,
}

impl EnvView<'_> {
    /// The same user on another day (YYYY-MM-DD).
    pub fn on(&self, today: &str) -> Self {
        EnvView {
            env: self.env,
            user: self.user.clone(),
            today: today.to_string(),
        }
    }

    pub fn ok(&self, args: &[&str]) -> String {
        run_ok(command(&self.env.db(), &self.today, &self.user, args), args)
    }
}

pub fn command(db: &Path, today: &str, user: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_okr"));
    cmd.args(args)
        .env("OKR_DB", db)
        .env("OKR_TODAY", today)
        .env("OKR_USER", user)
        .env("OKR_CONFIG", db.with_file_name("no-config.toml"))
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .env_remove("COLUMNS")
        .env_remove("OKR_TEAM_DIR")
        .stdin(Stdio::null());
    cmd
}

fn run_ok(mut cmd: Command, args: &[&str]) -> String {
    let out: Output = cmd.output().expect("run okr");
    let stdout = String::from_utf8(out.stdout).expect("utf-8 stdout");
    let stderr = String::from_utf8(out.stderr).expect("utf-8 stderr");
    assert!(
        out.status.success(),
        "`okr {}` failed ({:?}):\n{stderr}",
        args.join(" "),
        out.status.code()
    );
    stdout
}

fn dump(path: &Path, with_log: bool) -> String {
    let conn = Connection::open(path).expect("open db");
    let mut text = String::new();
    let data = [
        "cycle",
        "objective",
        "key_result",
        "checkin",
        "grade",
        "measure",
        "reflection",
        "task",
    ];
    let log: &[&str] = if with_log { &["op", "change"] } else { &[] };
    for table in data.iter().chain(log) {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1"))
            .expect("query");
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..n)
                    .map(|i| r.get_ref(i).map(|v| format!("{v:?}")))
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .expect("rows");
        for row in rows {
            text.push_str(&format!("{table}: {}\n", row.expect("row").join(" | ")));
        }
    }
    text
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '/' || c == '_' || c == '-' {
                c.to_string()
            } else {
                format!("\\{c}")
            }
        })
        .collect()
}

/// Parses JSON output.
pub fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}
