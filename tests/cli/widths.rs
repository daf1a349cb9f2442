//! Tables at the terminal's width: a long English title, a long Chinese one and a long
//! owner name still fit 80 columns (Chinese measured at two columns a character), the
//! full text stays in `show` and with `--wide`, and lists that are cut say so.

use unicode_width::UnicodeWidthStr;

use super::harness::Env;

const LONG_EN: &str = "Make the quarterly planning ritual something every engineer on the platform team looks forward to";
const LONG_ZH: &str = "让华东区所有企业客户在本季度内都能顺利完成从旧系统到新平台的迁移并保持满意";

/// A quarter with long titles in both languages, long owners and notes, and a week of
/// movement, so that every table has something wide in it.
fn wide_quarter() -> Env {
    let env = Env::init();
    env.ok(&[
        "objective",
        "add",
        LONG_EN,
        "--level",
        "company",
        "--owner",
        "Maximilian Featherstonehaugh-Wolfeschlegel",
    ]);
    env.ok(&[
        "objective",
        "add",
        LONG_ZH,
        "--level",
        "team",
        "--parent",
        "@o1",
        "--owner",
        "欧阳娜娜与华东区销售团队",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Raise the share of engineers who rate the planning ritual useful from 20% to 80%",
        "--start",
        "20",
        "--target",
        "80",
        "--unit",
        "%",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o2",
        "完成迁移的企业客户数量从十二家增加到三十家并且全部签署续约合同",
        "--start",
        "12",
        "--target",
        "30",
        "--unit",
        "家",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o2",
        "Keep weekly p95 latency of the migration service at or below 250 ms",
        "--kind",
        "threshold",
        "--target",
        "250",
        "--unit",
        "milliseconds",
        "--keep",
        "at-most",
    ]);
    env.ok(&[
        "checkin",
        "@k1",
        "35",
        "--date",
        "2026-11-16",
        "-c",
        "6",
        "--note",
        "Survey went out to every team, answers from about half of the engineering organisation",
    ]);
    env.ok(&[
        "checkin",
        "@k1",
        "41",
        "-c",
        "7",
        "--note",
        "第二轮访谈结束，大家希望会议更短、更聚焦于关键结果",
    ]);
    env.ok(&["checkin", "@k2", "20", "-c", "5"]);
    env.ok(&["checkin", "@k3", "240", "--note", "fine"]);
    env
}

/// `okr ARGS` in a terminal `columns` wide (`$COLUMNS`, which only a terminal heeds).
fn at(env: &Env, columns: &str, args: &[&str]) -> String {
    let args: Vec<&str> = args.iter().copied().chain(["--no-pager"]).collect();
    let mut cmd = env.cmd(&args);
    cmd.env("COLUMNS", columns)
        .stdin(std::process::Stdio::inherit());
    let mut t = rexpect::session::spawn_with_options(
        cmd,
        rexpect::session::Options::new().timeout_ms(Some(20_000)),
    )
    .expect("a pty");
    let read = t.exp_eof().expect("okr ends");
    // The session reads byte by byte; a terminal ends lines with CR LF.
    let bytes: Vec<u8> = read.chars().map(|c| c as u32 as u8).collect();
    String::from_utf8(bytes)
        .expect("utf-8")
        .replace("\r\n", "\n")
}

fn widest(text: &str) -> usize {
    text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

const TABLES: &[&[&str]] = &[
    &["report"],
    &["report", "--tree"],
    &["report", "--week"],
    &["score"],
    &["objective", "list"],
    &["objective", "show", "@o1"],
    &["objective", "show", "@o2"],
    &["kr", "list"],
    &["checkin", "list"],
    &["cycle", "list"],
];

#[test]
fn every_table_fits_an_80_column_terminal() {
    let env = wide_quarter();
    for args in TABLES {
        let text = at(&env, "80", args);
        let table_lines: String = text
            .lines()
            // `show` prints the full title on its first line, on purpose.
            .filter(|l| {
                !l.starts_with("Objective ")
                    && !l.starts_with("  aligns to")
                    && !l.starts_with("  supported by")
            })
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(
            widest(&table_lines) <= 80,
            "`okr {}` is {} columns wide at 80:\n{text}",
            args.join(" "),
            widest(&table_lines)
        );
    }
}

#[test]
fn a_cut_title_ends_in_an_ellipsis_and_wide_shows_it_whole() {
    let env = wide_quarter();
    let narrow = at(&env, "80", &["report"]);
    assert!(
        !narrow.contains(LONG_EN) && !narrow.contains(LONG_ZH),
        "{narrow}"
    );
    assert!(narrow.contains("Make the quarterly"), "{narrow}");
    assert!(narrow.contains('…'), "{narrow}");
    assert!(narrow.contains("让华东区"), "{narrow}");

    let wide = at(&env, "80", &["report", "--wide"]);
    assert!(wide.contains(LONG_EN) && wide.contains(LONG_ZH), "{wide}");
    assert!(widest(&wide) > 80);

    // Not a terminal: a file or a pipe gets whole rows, whatever COLUMNS says (shells
    // export it).
    let piped = env.ok(&["report"]);
    assert_eq!(piped, wide);
    let to_file = env.cmd(&["report"]).env("COLUMNS", "80").output().unwrap();
    assert_eq!(String::from_utf8(to_file.stdout).unwrap(), wide);

    // The whole title is always in `show`.
    assert!(at(&env, "80", &["objective", "show", "@o1"]).contains(LONG_EN));
}

#[test]
fn a_narrow_terminal_keeps_the_columns_that_matter_most() {
    let env = wide_quarter();
    let text = at(&env, "80", &["report"]);
    let header = text
        .lines()
        .find(|l| l.starts_with("ID"))
        .expect("a header");
    for kept in [
        "OBJECTIVE / KEY RESULT",
        "CURRENT → TARGET",
        "PROGRESS",
        "STATUS",
    ] {
        assert!(header.contains(kept), "{header}");
    }
    for dropped in ["WEEKS", "EXPECTED"] {
        assert!(!header.contains(dropped), "{header}");
    }
    // Wider terminals get more columns back.
    let roomy = at(&env, "200", &["report"]);
    assert!(
        roomy
            .lines()
            .any(|l| l.contains("EXPECTED") && l.contains("WEEKS")),
        "{roomy}"
    );
}

#[test]
fn a_list_that_is_cut_says_how_much_is_left() {
    let env = wide_quarter();
    for day in 1..=8 {
        env.ok(&[
            "checkin",
            "@k3",
            &format!("{}", 250 - day),
            "--date",
            &format!("2026-11-{:02}", day + 1),
        ]);
    }
    // 12 check-ins in all.
    let two = env.ok(&["checkin", "list", "--limit", "2"]);
    assert_eq!(two.lines().count(), 4, "{two}");
    assert!(two.ends_with("… 10 more; --limit 0 for all\n"), "{two}");
    let all = env.ok(&["checkin", "list", "--limit", "0"]);
    assert_eq!(all.lines().count(), 13, "{all}");
    assert!(!all.contains("more;"));

    // Data stays data: the note goes to stderr.
    let out = env
        .cmd(&["checkin", "list", "-n", "2", "--format", "json"])
        .output()
        .expect("run okr");
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(rows.as_array().map(Vec::len), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "note: 10 more check-ins not shown; --limit 0 for all\n"
    );

    let krs = env.ok(&["kr", "list", "-n", "1"]);
    assert!(krs.ends_with("… 2 more; --limit 0 for all\n"), "{krs}");
    let objectives = env.ok(&["objective", "list", "--limit", "1"]);
    assert!(
        objectives.ends_with("… 1 more; --limit 0 for all\n"),
        "{objectives}"
    );
}
