//! Running source commands: each through `sh -c`, several at once, each killed (with
//! whatever it started) when it runs past its timeout.

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Commands run at the same time, at most.
const AT_ONCE: usize = 8;
/// What a command may print before the rest is ignored: a value or a JSON document.
const MAX_OUTPUT: u64 = 16 << 20;
/// The end of a failed command's standard error that is shown.
const STDERR_SHOWN: usize = 2000;

/// What a command printed, or why it gave nothing to read: one sentence, with the end
/// of its standard error where it said something.
pub type Ran = std::result::Result<String, String>;

/// Runs every command, [`AT_ONCE`] at a time; the results in the commands' order.
pub fn run_all(commands: &[&str], timeout: Duration) -> Vec<Ran> {
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<Ran>> = vec![None; commands.len()];
    let done = std::sync::Mutex::new(&mut results);
    std::thread::scope(|s| {
        for _ in 0..AT_ONCE.min(commands.len()) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(command) = commands.get(i) else {
                        break;
                    };
                    let ran = run_one(command, timeout);
                    if let Ok(mut done) = done.lock() {
                        done[i] = Some(ran);
                    }
                }
            });
        }
    });
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err("was not run".to_string())))
        .collect()
}

/// Runs one command with `sh -c`, its standard input empty, in a process group of its
/// own so that a timeout ends everything it started.
pub fn run_one(command: &str, timeout: Duration) -> Ran {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(command)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let mut child = cmd.spawn().map_err(|e| format!("cannot run `sh`: {e}"))?;
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    std::thread::scope(|s| {
        let out = s.spawn(move || read_all(stdout));
        let err = s.spawn(move || read_all(stderr));
        let deadline = Instant::now() + timeout;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) if Instant::now() >= deadline => break None,
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(e) => return Err(format!("cannot wait for the command: {e}")),
            }
        };
        // Whatever it left running (a pipeline's other half, a background job) would
        // hold its output open: it goes too.
        kill_group(&mut child);
        let _ = child.wait();
        let out = out.join().unwrap_or_default();
        let err = err.join().unwrap_or_default();
        let Some(status) = status else {
            return Err(format!("timed out after {}", seconds(timeout)));
        };
        if !status.success() {
            let how = match status.code() {
                Some(code) => format!("exit status {code}"),
                None => "killed by a signal".to_string(),
            };
            return Err(with_stderr(format!("failed ({how})"), &err));
        }
        String::from_utf8(out)
            .map_err(|_| with_stderr("printed text that is not UTF-8".into(), &err))
    })
}

/// `30 s`, `1.5 s`.
fn seconds(d: Duration) -> String {
    format!("{} s", crate::model::format_number(d.as_secs_f64()))
}

/// `failure: the end of stderr` when the command said something on standard error.
fn with_stderr(failure: String, stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let text = text.trim();
    if text.is_empty() {
        return failure;
    }
    let start = text
        .char_indices()
        .rev()
        .nth(STDERR_SHOWN)
        .map_or(0, |(i, _)| i);
    let cut = if start > 0 { "…" } else { "" };
    format!("{failure}: {cut}{}", &text[start..])
}

fn read_all(pipe: Option<impl Read>) -> Vec<u8> {
    let mut buf = Vec::new();
    if let Some(pipe) = pipe {
        let mut pipe = pipe.take(MAX_OUTPUT);
        let _ = pipe.read_to_end(&mut buf);
        // Past the limit, the rest is read and dropped, so that the command is not
        // left blocked on a full pipe.
        let _ = std::io::copy(pipe.get_mut(), &mut std::io::sink());
    }
    buf
}

#[cfg(unix)]
fn kill_group(child: &mut Child) {
    use rustix::process::{Pid, Signal, kill_process_group};
    // The group is the child's own (`process_group(0)`): its id is the child's.
    let pid = Pid::from_child(child);
    if !pid.is_init() {
        let _ = kill_process_group(pid, Signal::KILL);
    }
}

#[cfg(not(unix))]
fn kill_group(child: &mut Child) {
    let _ = child.kill();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_prints_runs_fails_or_times_out() {
        let t = Duration::from_secs(5);
        assert_eq!(run_one("echo 42", t), Ok("42\n".to_string()));
        assert_eq!(
            run_one("echo nope >&2; exit 3", t),
            Err("failed (exit status 3): nope".to_string())
        );
        // The background sleep holds the output open; the timeout ends it too.
        let started = Instant::now();
        assert_eq!(
            run_one("sleep 30 & echo 1; sleep 30", Duration::from_millis(200)),
            Err("timed out after 0.2 s".to_string())
        );
        assert!(started.elapsed() < Duration::from_secs(20));
    }

    #[test]
    fn many_commands_keep_their_order() {
        let commands: Vec<String> = (0..20).map(|i| format!("echo {i}")).collect();
        let refs: Vec<&str> = commands.iter().map(String::as_str).collect();
        let ran = run_all(&refs, Duration::from_secs(5));
        let want: Vec<Ran> = (0..20).map(|i| Ok(format!("{i}\n"))).collect();
        assert_eq!(ran, want);
    }
}
