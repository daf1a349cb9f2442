//! A progress bar for long imports and exports: on stderr, on a terminal only, not with
//! `--quiet`, and only once the work has taken a second, so that a quick sync shows
//! nothing at all.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

pub struct Progress {
    template: &'static str,
    watched: bool,
    started: Instant,
    bar: Option<ProgressBar>,
}

impl Progress {
    /// `template` is indicatif's, e.g. `importing {bar:40} {bytes}/{total_bytes} {eta}`.
    pub fn new(quiet: bool, template: &'static str) -> Progress {
        Progress {
            template,
            watched: !quiet && std::io::stderr().is_terminal(),
            started: Instant::now(),
            bar: None,
        }
    }

    pub fn tick(&mut self, done: u64, total: u64) {
        if !self.watched {
            return;
        }
        if self.bar.is_none() && done < total && self.started.elapsed() >= Duration::from_secs(1) {
            let style = ProgressStyle::with_template(self.template)
                .unwrap_or_else(|_| ProgressStyle::default_bar());
            self.bar = Some(ProgressBar::new(total).with_style(style));
        }
        if let Some(bar) = &self.bar {
            bar.set_length(total);
            bar.set_position(done);
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}
