//! `--format html`: the page people who do not live in a terminal look at, built from
//! the demo quarter, checked as a reader and a browser would check it.

use std::path::Path;
use std::process::Command;

use crate::harness::{Env, json};

/// The demo quarter, saved as the environment's database.
fn demo() -> Env {
    let env = Env::new();
    env.ok(&["demo", "--save", env.db().to_str().unwrap()]);
    env
}

/// Text as the page must carry it: markup characters as entities.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Every objective's and key result's title in the report, from its JSON.
fn titles(env: &Env) -> (Vec<String>, Vec<String>) {
    let report = json(&env.ok(&["report", "--format", "json"]));
    let objectives = report["objectives"].as_array().unwrap();
    let o = objectives
        .iter()
        .map(|o| o["title"].as_str().unwrap().to_string())
        .collect();
    let k = objectives
        .iter()
        .flat_map(|o| o["key_results"].as_array().unwrap())
        .map(|k| k["title"].as_str().unwrap().to_string())
        .collect();
    (o, k)
}

/// Whether the page could reach anything outside itself.
fn reaches_out(page: &str) -> Option<&'static str> {
    [
        "http:", "https:", "//", "<script", "<link", "<img", "<iframe", "@import", "url(",
    ]
    .into_iter()
    .find(|p| page.contains(p))
}

#[test]
fn the_demo_quarter_as_one_page() {
    let env = demo();
    let page = env.ok(&["report", "--format", "html"]);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.ends_with("</body>\n</html>\n"));
    assert_eq!(reaches_out(&page), None, "the page must stand alone");
    let (objectives, krs) = titles(&env);
    assert_eq!((objectives.len(), krs.len()), (4, 12));
    for title in objectives.iter().chain(&krs) {
        assert!(page.contains(&escaped(title)), "{title} is missing");
    }
    // Chinese titles as they are, not as entities.
    assert!(page.contains("赢得华东区企业客户"));
    // One burn-up per key result, a status bar per group, the week and the tree.
    assert_eq!(
        page.matches("<svg class=\"chart burnup\"").count(),
        krs.len()
    );
    for section in ["by-owner", "by-level", "week", "tree", "objectives"] {
        assert!(
            page.contains(&format!("<section id=\"{section}\">")),
            "{section}"
        );
    }
    // The tree: company, the teams aligned to it, the person under a team.
    let depth = |o: &str| {
        let at = page
            .find(&format!("\"><span class=\"title\"><a href=\"#{o}\">"))
            .unwrap();
        let li = page[..at].rfind("<li style=\"margin-left:").unwrap();
        page[li + 23..at].split('e').next().unwrap().to_string()
    };
    assert_eq!(
        [
            depth(&env.name("@o1")),
            depth(&env.name("@o2")),
            depth(&env.name("@o4")),
            depth(&env.name("@o3"))
        ],
        ["0", "1.5", "3", "1.5"]
    );
    // Alice's objective also supports 李伟's team, across the tree.
    assert!(page.contains(&env.expand(
        "↔ supports <a href=\"#{o3}\"><span class=\"id\">{o3}</span></a>赢得华东区企业客户"
    )));
    // The work under a key result, and what was done.
    assert!(page.contains(&env.expand("<li class=\"task-done\"><span class=\"id\">{t1}</span>Index the check-ins by key result and date")));
    // A check-in is a dot with its day, value and confidence.
    assert!(
        page.contains("<title>2026-11-20: 310 teams (50%), confidence 8/10</title>"),
        "{page}"
    );
    // Same data, same day: same bytes.
    assert_eq!(page, env.ok(&["report", "--format", "html"]));
    insta::assert_snapshot!("demo_report_html", page);
}

#[test]
fn a_title_is_shown_never_obeyed() {
    let env = Env::init();
    let evil = "<script>alert('hi')</script> & <img src=x onerror=alert(1)>";
    env.ok(&["objective", "add", evil, "--cycle", "2026-Q4"]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Grow \u{202e}users\u{202c} from 10 to 20",
        "--target",
        "20",
    ]);
    env.ok(&[
        "checkin",
        "@k1",
        "12",
        "--note",
        "</td></tr></table><h1>owned</h1>",
    ]);
    let page = env.ok(&["report", "--format", "html"]);
    assert_eq!(reaches_out(&page), None);
    assert!(!page.contains("<h1>owned"));
    assert!(page.contains(
        "&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;"
    ));
    // A bidi override would make the title read backwards: shown, not applied.
    assert!(page.contains("Grow \\u{202e}users\\u{202c} from 10 to 20"));
    assert!(page.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h1&gt;owned&lt;/h1&gt;"));
}

#[test]
fn departments_and_cycles_as_pages() {
    let env = demo();
    let by = env.ok(&["report", "--by", "owner", "--format", "html"]);
    assert_eq!(reaches_out(&by), None);
    let groups = json(&env.ok(&["report", "--by", "owner", "--format", "json"]));
    for g in groups["groups"].as_array().unwrap() {
        let name = g["name"].as_str().unwrap();
        assert!(
            by.contains(&format!("<td>{}</td>", escaped(name))),
            "{name}"
        );
    }
    assert_eq!(by.matches("<svg class=\"chart meter\"").count(), 4);
    assert_eq!(by.matches("<svg class=\"chart mix\"").count(), 4);

    let trend = env.ok(&["trend", "--by", "level", "--format", "html"]);
    assert_eq!(reaches_out(&trend), None);
    assert!(trend.contains("<svg class=\"chart lines\""));
    assert!(trend.contains("provisional"));
    for level in ["company", "team", "personal"] {
        assert!(trend.contains(&format!("<td>{level}</td>")), "{level}");
    }
}

#[test]
fn html_is_a_page_for_report_and_trend_only() {
    let env = demo();
    let err = env.refuses(&["kr", "list", "--format", "html"]);
    assert!(
        err.contains("`--format html` is only for `okr report` and `okr trend`"),
        "{err}"
    );
    let err = env.refuses(&["report", "--week", "--format", "html"]);
    assert!(err.contains("already holds the week and the tree"), "{err}");
    let config = env.dir.path().join("no-config.toml");
    std::fs::write(&config, "format = \"html\"\n").unwrap();
    let err = env.refuses(&["report"]);
    assert!(err.contains("cannot be the default format"), "{err}");
}

/// Debian's `chromium`, if this machine has it; CI installs it and must have it.
fn chromium() -> Option<&'static str> {
    let found = ["chromium", "chromium-browser"].into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have chromium (.ci/run installs it)"
        );
        eprintln!("chromium is not installed: the page was not loaded in a browser");
    }
    found
}

/// Loads `page` in headless Chromium: returns the DOM it built and what it logged,
/// and leaves a screenshot beside the page.
fn load(browser: &str, page: &Path) -> (String, String) {
    let url = format!("file://{}", page.display());
    let run = |extra: &[&str]| {
        let out = Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
            ])
            .args([
                "--enable-logging=stderr",
                "--v=0",
                "--window-size=1200,2400",
            ])
            .args(extra)
            .arg(&url)
            .env("HOME", page.parent().unwrap())
            .output()
            .expect("run chromium");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    };
    let dom = run(&["--dump-dom"]);
    let shot = page.with_extension("png");
    let shot_arg = format!("--screenshot={}", shot.display());
    run(&[&shot_arg]);
    assert!(
        std::fs::metadata(&shot).is_ok_and(|m| m.len() > 10_000),
        "no screenshot"
    );
    if let Some(keep) = std::env::var_os("OKR_SCREENSHOTS") {
        let to = Path::new(&keep).join(shot.file_name().unwrap());
        std::fs::copy(&shot, to).unwrap();
    }
    (
        String::from_utf8(dom.stdout).unwrap(),
        String::from_utf8_lossy(&dom.stderr).into_owned(),
    )
}

#[test]
fn a_browser_loads_the_page_without_a_complaint() {
    let Some(browser) = chromium() else {
        return;
    };
    let env = demo();
    let page = env.dir.path().join("report.html");
    std::fs::write(&page, env.ok(&["report", "--format", "html"])).unwrap();
    let (dom, log) = load(browser, &page);
    let complaints: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(complaints.is_empty(), "{complaints:#?}");
    let (objectives, krs) = titles(&env);
    for title in objectives.iter().chain(&krs) {
        // The DOM serialises text with `&`, `<` and `>` escaped, quotes as they are.
        let text = title
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(dom.contains(&text), "the browser does not show {title}");
    }
    assert_eq!(dom.matches("class=\"chart burnup\"").count(), krs.len());
}
