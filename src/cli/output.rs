//! Where standard output goes: straight out, or through a pager; and whether what
//! passes is neutralised (human-readable formats) or left exact (JSON, CSV, TOML).
//!
//! The pager is chosen as git chooses one: `$OKR_PAGER`, else `$PAGER`, else `less`,
//! with `LESS=FRX` when `LESS` is unset (quit if one screen, keep colours, leave the
//! text on screen). It runs only when standard output is a terminal, for commands that
//! print data, and never with `--no-pager`; an empty pager or `cat` means none.

use std::io::{self, Write};
use std::process::{Child, Command, Stdio};

use okr::render::terminal::Neutralising;

/// The bytes' destination.
enum Sink {
    Stdout(io::Stdout),
    Pager(std::process::ChildStdin),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(s) => s.write(buf),
            Sink::Pager(p) => p.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(s) => s.flush(),
            Sink::Pager(p) => p.flush(),
        }
    }
}

/// Standard output as okr writes it.
pub struct Output {
    writer: io::BufWriter<Box<dyn Write>>,
    pager: Option<Child>,
}

impl Output {
    /// Straight to standard output; `neutral` neutralises control characters from data
    /// (`colour`: okr's own colour codes pass).
    pub fn stdout(neutral: bool, colour: bool) -> Output {
        Output {
            writer: io::BufWriter::new(wrap(Sink::Stdout(io::stdout()), neutral, colour)),
            pager: None,
        }
    }

    /// Through the pager, if one is configured and starts; else straight out.
    pub fn paged(neutral: bool, colour: bool) -> Output {
        let Some(command) = pager_command() else {
            return Output::stdout(neutral, colour);
        };
        let mut cmd = Command::new("sh");
        cmd.arg("-c").arg(&command).stdin(Stdio::piped());
        if std::env::var_os("LESS").is_none() {
            cmd.env("LESS", "FRX");
        }
        match cmd.spawn() {
            Ok(mut child) => match child.stdin.take() {
                Some(stdin) => Output {
                    writer: io::BufWriter::new(wrap(Sink::Pager(stdin), neutral, colour)),
                    pager: Some(child),
                },
                None => Output::stdout(neutral, colour),
            },
            Err(_) => Output::stdout(neutral, colour),
        }
    }

    /// Flushes, and waits for the pager to be closed by the reader.
    pub fn finish(mut self) -> io::Result<()> {
        let flushed = self.writer.flush();
        drop(self.writer);
        if let Some(mut child) = self.pager.take() {
            let _ = child.wait();
        }
        flushed
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

fn wrap(sink: Sink, neutral: bool, colour: bool) -> Box<dyn Write> {
    if neutral {
        Box::new(Neutralising::new(sink, colour))
    } else {
        Box::new(sink)
    }
}

/// `$OKR_PAGER`, else `$PAGER`, else `less`; none when set empty or to `cat`.
fn pager_command() -> Option<String> {
    let chosen = std::env::var("OKR_PAGER")
        .or_else(|_| std::env::var("PAGER"))
        .unwrap_or_else(|_| "less".to_string());
    let chosen = chosen.trim();
    (!chosen.is_empty() && chosen != "cat").then(|| chosen.to_string())
}
