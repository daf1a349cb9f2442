//! `okr`: objectives and key results on a local SQLite file.
//!
//! The library is layered so that each piece can be understood and tested alone:
//!
//! - [`model`], [`dates`], [`progress`]: pure data and math. No I/O, no SQL, no printing,
//!   and never the clock: "today" is always a parameter.
//! - [`store`]: the only place that speaks SQL.
//! - [`ops`]: one function per user action, returning views (data), never strings.
//! - [`render`]: turns views into tables, markdown, JSON or CSV on any `io::Write`.
//!
//! The `okr` binary adds clap, prompts and exit codes on top.

pub mod config;
pub mod dates;
pub mod error;
pub mod exchange;
pub mod model;
pub mod ops;
pub mod progress;
pub mod render;
pub mod smart;
pub mod store;
pub mod threads;

pub use error::{Error, Result};

#[cfg(test)]
mod fuzz_tests;
