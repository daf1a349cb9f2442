//! `okr --version` against a static hello-world: how long okr takes to start.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::ratio;

/// Times `okr --version` of the binary at `okr` and, when one has been built, of the
/// static-pie build the README's Linux install makes (`target/<arch>-unknown-linux-gnu`),
/// against a static hello-world built by the toolchain at hand (`true` without one).
/// A dynamic hello-world is timed beside them, to show what dynamic linking alone
/// costs the default build. All are interleaved, 50 rounds, and the best of each kept.
pub fn startup(okr: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let scratch = tempfile::tempdir()?;
    let (floor, floor_name) = match hello(scratch.path(), true) {
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
    let dynamic_hello = hello(scratch.path(), false);
    if let Some(path) = &dynamic_hello {
        let name = "  (a dynamic hello-world, for comparison)".into();
        runs.push((name, vec![], path, Duration::MAX));
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
        if i > 0 && !name.starts_with("  (") {
            ratio(*took, Some(nothing), 1.5);
        }
    }
    if let Some(d) = dynamic_hello.as_ref().and(runs.last().map(|r| r.3)) {
        let r = runs[1].3.as_secs_f64() / d.as_secs_f64();
        println!("  okr --version is {r:.2}x the dynamic hello-world");
    }
    if static_okr.is_none() {
        println!("  (no static-pie build to compare: see the README's install for Linux)");
    }
    Ok(())
}

/// A hello-world built by the toolchain at hand (`$RUSTC` or `rustc`), static (the
/// floor that `okr --version` is held to) or dynamic. `None` without a toolchain; the
/// floor is then `true`.
fn hello(dir: &Path, static_: bool) -> Option<PathBuf> {
    let src = dir.join("hello.rs");
    std::fs::write(&src, "fn main() { println!(\"okr 0.0.0\"); }\n").ok()?;
    let bin = dir.join(if static_ { "hello" } else { "hello-dynamic" });
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let crt = if static_ {
        "+crt-static"
    } else {
        "-crt-static"
    };
    Command::new(rustc)
        .args(["-O", "-C", &format!("target-feature={crt}"), "-o"])
        .arg(&bin)
        .arg(&src)
        .stderr(Stdio::null())
        .status()
        .ok()?
        .success()
        .then_some(bin)
}
