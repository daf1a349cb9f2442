//! `okr --version` against a static hello-world: how long okr takes to start.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::ratio;

/// Times `okr --version` of the binary at `okr` and, when one has been built, of the
/// static-pie build the README's Linux install makes (`target/<arch>-unknown-linux-gnu`),
/// against a static hello-world built by the toolchain at hand (`true` without one).
/// The three are interleaved, 50 rounds, and the best of each is kept.
pub fn startup(okr: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let scratch = tempfile::tempdir()?;
    let (floor, floor_name) = match static_hello(scratch.path()) {
        Some(hello) => (hello, "a static hello-world"),
        None => (PathBuf::from("true"), "a program that does nothing (true)"),
    };
    let static_okr = okr
        .parent()
        .and_then(Path::parent)
        .map(|target| {
            let triple = format!("{}-unknown-linux-gnu", std::env::consts::ARCH);
            target.join(triple).join("release").join("okr")
        })
        .filter(|p| p.exists());
    let mut runs: Vec<(String, Vec<&str>, &Path, Duration)> = vec![
        (
            format!("  floor: {floor_name}"),
            vec![],
            &floor,
            Duration::MAX,
        ),
        (
            "okr --version".into(),
            vec!["--version"],
            okr,
            Duration::MAX,
        ),
    ];
    if let Some(path) = &static_okr {
        let name = "okr --version (static-pie build)".into();
        runs.push((name, vec!["--version"], path, Duration::MAX));
    }
    for _ in 0..50 {
        for (_, args, program, best) in &mut runs {
            let t = Instant::now();
            Command::new(program)
                .args(args.iter())
                .stdout(Stdio::null())
                .status()?;
            *best = (*best).min(t.elapsed());
        }
    }
    let nothing = runs[0].3;
    for (i, (name, _, _, took)) in runs.iter().enumerate() {
        println!("{name:<43} {took:>10.1?}");
        if i > 0 {
            ratio(*took, Some(nothing), 1.5);
        }
    }
    if static_okr.is_none() {
        println!("  (no static-pie build to compare: see the README's install for Linux)");
    }
    Ok(())
}

/// A static hello-world built by the toolchain at hand (`$RUSTC` or `rustc`): the floor
/// that `okr --version` is held to. `None` without one; the floor is then `true`.
fn static_hello(dir: &Path) -> Option<PathBuf> {
    let src = dir.join("hello.rs");
    std::fs::write(&src, "fn main() { println!(\"okr 0.0.0\"); }\n").ok()?;
    let bin = dir.join("hello");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    Command::new(rustc)
        .args(["-O", "-C", "target-feature=+crt-static", "-o"])
        .arg(&bin)
        .arg(&src)
        .stderr(Stdio::null())
        .status()
        .ok()?
        .success()
        .then_some(bin)
}
