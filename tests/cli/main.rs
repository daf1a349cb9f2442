//! The `okr` binary, driven as a user would drive it. One test binary; every test runs
//! in a pinned environment (see [`harness::Env`]).

mod bad_input;
mod completions;
mod concurrency;
mod crash;
mod hardening;
mod harness;
mod help;
mod history;
mod html;
mod ids;
mod initiatives;
mod initiatives_files;
mod known_files;
mod links;
mod lint;
mod report;
mod ritual;
mod scripts;
mod sources;
mod spreadsheets;
mod story;
mod team;
mod team_history;
mod untrusted;
mod widths;
