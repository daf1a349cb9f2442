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

    /// The name okr shows for `@k1`, `@o2`, `@t3` (see [`named`]).
    pub fn name(&self, at: &str) -> String {
        named(&self.db(), at)
    }

    /// `text` with every `{k1}`, `{o2}`, `{t3}` replaced by the name okr shows for it.
    pub fn expand(&self, text: &str) -> String {
        expand(&self.db(), text)
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
    let args: Vec<String> = args.iter().map(|a| named(db, a)).collect();
    // Uids drawn from a seed: the same story gives the same ids. Each database its
    // own, as each clone of a team draws its own.
    let seed = db
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    cmd.args(&args)
        .env("OKR_RANDOMNESS_SEED", seed)
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

/// `@k3`, `@o1`, `@t2`: the name of the third key result (objective, initiative) this
/// database added, as okr shows it. Tests name items by the order they were added in
/// one database; okr itself takes no such number. Anything else is passed as it is.
pub fn named(db: &Path, arg: &str) -> String {
    let Some((table, row)) = arg.strip_prefix('@').and_then(|rest| {
        let table = match rest.get(..1)? {
            "k" => "key_result",
            "o" => "objective",
            "t" => "task",
            _ => return None,
        };
        Some((table, rest[1..].parse::<i64>().ok()?))
    }) else {
        return arg.to_string();
    };
    let conn = Connection::open(db).expect("open db");
    let uid: String = conn
        .query_row(
            &format!("SELECT uid FROM {table} WHERE id = ?1"),
            [row],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("no {arg} in {}: {e}", db.display()));
    let len: i64 = conn
        .query_row("SELECT len FROM name_len", [], |r| r.get(0))
        .expect("name length");
    name_of(&uid, len as usize)
}

/// `text` with every `{k1}`, `{o2}`, `{t3}` replaced by the name okr shows for the
/// first key result (second objective, third initiative) `db` added.
pub fn expand(db: &Path, text: &str) -> String {
    let re = regex::Regex::new(r"\{([kot][0-9]+)\}").unwrap();
    re.replace_all(text, |c: &regex::Captures<'_>| {
        named(db, &format!("@{}", &c[1]))
    })
    .into_owned()
}

/// A uid's first `len` digits as okr writes them (jj's reverse hex).
pub fn name_of(uid: &str, len: usize) -> String {
    uid.bytes()
        .take(len)
        .map(|b| match b {
            b'0'..=b'9' => (b'z' - (b - b'0')) as char,
            _ => (b'p' - (b - b'a')) as char,
        })
        .collect()
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
        "grade_history",
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
