//! One name for each thing in every clone: an id read off a teammate's report, typed in
//! another clone, means the same objective, key result or initiative there, or is
//! refused; it never names another item.

use std::collections::BTreeMap;

use crate::harness::{Env, TODAY, command, json};
use crate::team::{Member, Team};

/// What a clone shows: each id it prints in its report and lists, with the uid of the
/// item it stands for, and which kind of item it is.
fn shown(m: &Member) -> BTreeMap<(String, &'static str), String> {
    let mut ids = BTreeMap::new();
    let report = json(&m.okr(&["report", "--format", "json"]));
    for o in report["objectives"].as_array().unwrap() {
        ids.insert(
            (o["id"].as_str().unwrap().to_string(), "objective"),
            o["uid"].as_str().unwrap().to_string(),
        );
        for k in o["key_results"].as_array().unwrap() {
            ids.insert(
                (k["id"].as_str().unwrap().to_string(), "kr"),
                k["uid"].as_str().unwrap().to_string(),
            );
        }
    }
    let tasks = json(&m.okr(&["task", "list", "--state", "all", "--format", "json"]));
    for t in tasks.as_array().unwrap() {
        ids.insert(
            (t["id"].as_str().unwrap().to_string(), "task"),
            t["uid"].as_str().unwrap().to_string(),
        );
    }
    ids
}

/// `id` typed in `m`'s clone: the uid it resolves to there, or `None` when okr refuses
/// it (exit 2).
fn resolve(m: &Member, kind: &str, id: &str) -> Option<String> {
    let args: Vec<&str> = match kind {
        "objective" => vec!["objective", "show", id, "--format", "json"],
        "kr" => vec!["kr", "show", id, "--format", "json"],
        // Nothing shows one initiative alone: its removal, unconfirmed, names it.
        _ => vec!["task", "rm", id],
    };
    let out = command(&m.db, TODAY, m.user, &args)
        .current_dir(&m.repo)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if kind == "task" {
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        // `deleting initiative NAME (`TITLE`) needs confirmation…`
        let title = stderr.split('`').nth(1)?;
        let tasks = json(&m.okr(&["task", "list", "--state", "all", "--format", "json"]));
        return tasks
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["title"] == title && stderr.contains("needs confirmation"))
            .map(|t| t["uid"].as_str().unwrap().to_string());
    }
    match out.status.code() {
        Some(0) => Some(
            json(&String::from_utf8_lossy(&out.stdout))["uid"]
                .as_str()
                .unwrap()
                .to_string(),
        ),
        Some(2) => {
            assert!(stderr.starts_with("error: "), "{stderr}");
            None
        }
        other => panic!("{other:?}: {stderr}"),
    }
}

/// Every id any clone shows resolves to the same item in every other clone, or is
/// refused there. Returns how many resolved.
fn every_id_means_one_thing(members: &[&Member]) -> usize {
    let mut resolved = 0;
    for from in members {
        for ((id, kind), uid) in shown(from) {
            for to in members {
                if let Some(there) = resolve(to, kind, &id) {
                    assert_eq!(
                        &there, &uid,
                        "{kind} `{id}` shown by {} names another item in {}'s clone",
                        from.user, to.user
                    );
                    resolved += 1;
                }
            }
        }
    }
    resolved
}

#[test]
fn three_teammates_taking_turns_see_one_name_for_each_thing() {
    let env = Env::new();
    let team = Team::publish(&env);
    let ann = team.join("ann");
    // Ann adds an objective and a key result, and shares them.
    ann.okr(&["objective", "add", "让客户第一周就上手", "--level", "team"]);
    let mine = ann.name("@o2");
    ann.okr(&[
        "kr",
        "add",
        &mine,
        "Cut time to first report from 5 days to 1",
        "--start",
        "5",
        "--target",
        "1",
    ]);
    team.sync_all(&[&ann], "ann's objective");

    // Bob joins later: his database adds the same items in another order. He names an
    // initiative and adds a key result, and has not synced when Cy's turn comes.
    let bob = team.join("bob");
    bob.okr(&[
        "task",
        "add",
        &team.lead.name("@k1"),
        "Index the check-ins by date",
    ]);
    bob.okr(&[
        "kr",
        "add",
        &mine,
        "Publish a setup video",
        "--target",
        "1",
        "--kind",
        "boolean",
    ]);

    // Cy joins, deletes the second key result here, and adds one of her own.
    let cy = team.join("cy");
    let doomed = team.lead.name("@k2");
    cy.okr(&["kr", "rm", &doomed, "--yes"]);
    cy.okr(&[
        "kr",
        "add",
        &mine,
        "Interview 12 new customers",
        "--target",
        "12",
    ]);
    team.sync_all(&[&cy], "cy's key result");
    // Bob's turn: he pulls first, then syncs and shares.
    bob.git(&["pull", "-q", "--no-edit", "origin", "main"]);
    team.sync_all(&[&bob], "bob's initiative and key result");
    for m in [&ann, &cy] {
        m.git(&["pull", "-q", "--no-edit", "origin", "main"]);
    }
    for m in [&team.lead, &ann, &bob, &cy] {
        m.okr(&["sync", "-q"]);
    }

    // The same items sit under different row numbers in different clones: the numbers
    // an older okr showed would have named other items.
    let row = |m: &Member| -> i64 {
        let conn = rusqlite::Connection::open(&m.db).unwrap();
        conn.query_row(
            "SELECT id FROM key_result WHERE title = 'Interview 12 new customers'",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_ne!(row(&cy), row(&bob), "the story must put rows out of step");

    let everyone = [&team.lead, &ann, &bob, &cy];
    assert!(every_id_means_one_thing(&everyone) > 20);
    // A clone that has the same items shows the same names.
    assert_eq!(shown(&ann), shown(&bob));
    // The key result Cy deleted came back with her next sync (import never deletes; the
    // files still hold it), under the same uid and so the same name everywhere.
    assert_eq!(
        resolve(&cy, "kr", &doomed),
        resolve(&team.lead, "kr", &doomed)
    );
}

#[test]
fn an_old_number_or_a_name_of_another_kind_is_refused_with_where_to_look() {
    let env = Env::init();
    env.ok(&[
        "objective",
        "add",
        "Win the enterprise market",
        "--level",
        "company",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Grow accounts from 10 to 50",
        "--start",
        "10",
        "--target",
        "50",
    ]);
    let (o1, k1) = (env.name("@o1"), env.name("@k1"));
    assert_eq!(
        env.refuses(&["checkin", "1", "20"]),
        format!(
            "error: `1` is a number from an older okr; numbers differed from clone to clone, so okr no longer takes them\n\
             hint: in this database, key result 1 was `{k1}` (“Grow accounts from 10 to 50”); `okr kr list` shows them\n"
        )
    );
    assert!(
        env.refuses(&["checkin", "K1", "20"])
            .contains("is a number from an older okr")
    );
    assert_eq!(
        env.refuses(&["checkin", &o1, "20"]),
        format!(
            "error: `{o1}` is an objective (`{o1}` “Win the enterprise market”), not a key result\n\
             hint: `okr objective show {o1}` shows it\n"
        )
    );
    assert_eq!(
        env.refuses(&["objective", "show", &k1[..3]]),
        format!(
            "error: `{}` is too short for an id: ids have at least 4 letters\n\
             hint: run `okr objective list` to see the ids\n",
            &k1[..3]
        )
    );
    // A name and its uid's hex digits are the same id.
    let uid = json(&env.ok(&["kr", "show", &k1, "--format", "json"]))["uid"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok(&["checkin", &uid[..6], "20"]);
    env.ok(&["checkin", &k1.to_uppercase(), "25"]);
    env.ok(&["kr", "rm", &k1, "--yes", "--with-checkins"]);
    assert_eq!(
        env.refuses(&["checkin", &k1, "30"]),
        format!(
            "error: key result `{k1}` (“Grow accounts from 10 to 50”) was deleted\n\
             hint: `okr log` says when and by whom\n"
        )
    );
    // A new key result never takes a deleted one's name.
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Grow accounts from 10 to 60",
        "--start",
        "10",
        "--target",
        "60",
    ]);
    let new = json(&env.ok(&["kr", "list", "--format", "json"]))[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(new, k1);
}

/// Runs git in a member's clone, whatever its exit status: (success, what it said).
fn git_may_fail(m: &Member, args: &[&str]) -> (bool, String) {
    let out = std::process::Command::new("git")
        .args(["-c", "pull.rebase=false", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(&m.repo)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", m.user)
        .env("GIT_AUTHOR_EMAIL", "x@example.com")
        .env("GIT_COMMITTER_NAME", m.user)
        .env("GIT_COMMITTER_EMAIL", "x@example.com")
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), said)
}

#[test]
fn three_teammates_working_at_once_merge_by_identity_and_agree_on_every_id() {
    let env = Env::new();
    let team = Team::publish(&env);
    let (ann, bob, cy) = (team.join("ann"), team.join("bob"), team.join("cy"));
    let (k1, k2) = (team.lead.name("@k1"), team.lead.name("@k2"));
    // Everyone's clone has okr as the merge driver for the objectives file.
    assert!(
        ann.git(&["config", "--get", "merge.okr.driver"])
            .contains("merge-file")
    );

    // The same morning: Ann and Bob each add an objective with a key result, Cy deletes
    // the second key result here, names an initiative and adds a key result.
    ann.okr(&["objective", "add", "让客户第一周就上手", "--level", "team"]);
    let a_obj = ann.name("@o2");
    ann.okr(&[
        "kr",
        "add",
        &a_obj,
        "Cut onboarding from 5 days to 1",
        "--start",
        "5",
        "--target",
        "1",
    ]);
    bob.okr(&[
        "objective",
        "add",
        "Close the big eastern accounts",
        "--level",
        "team",
    ]);
    let b_obj = bob.name("@o2");
    bob.okr(&["kr", "add", &b_obj, "Sign 4 accounts", "--target", "4"]);
    cy.okr(&["kr", "rm", &k2, "--yes"]);
    cy.okr(&[
        "task",
        "add",
        &k1,
        "Index the check-ins by date",
        "--due",
        "2026-12-04",
    ]);
    cy.okr(&[
        "kr",
        "add",
        &team.lead.name("@o1"),
        "Keep p99 under 2 s",
        "--kind",
        "threshold",
        "--target",
        "2000",
        "--keep",
        "at-most",
    ]);
    // Each syncs and commits; they push one after another, each merging the others'
    // work: no conflict, no hand edit.
    team.sync_all(&[&ann, &bob, &cy], "the same morning");
    for m in [&cy, &ann, &bob, &team.lead] {
        m.okr(&["sync", "-q"]);
    }
    let everyone = [&team.lead, &ann, &bob, &cy];
    assert!(every_id_means_one_thing(&everyone) > 30);
    for m in everyone {
        let titles = m.okr(&["kr", "list", "--format", "json"]);
        for t in ["Cut onboarding", "Sign 4 accounts", "Keep p99"] {
            assert!(titles.contains(t), "{}: {titles}", m.user);
        }
    }

    // Ann reads the id of Bob's key result off his report and checks in with it in
    // her clone: the check-in lands on his key result, in her clone and, once synced,
    // in his.
    let report = json(&bob.okr(&["report", "--format", "json"]));
    let signed = report["objectives"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|o| o["key_results"].as_array().unwrap().clone())
        .find(|k| k["title"] == "Sign 4 accounts")
        .unwrap();
    let id = signed["id"].as_str().unwrap();
    ann.okr(&["checkin", id, "1", "--note", "first one signed"]);
    team.sync_all(&[&ann], "a check-in");
    for m in [&bob, &cy] {
        m.git(&["pull", "-q", "--no-edit", "origin", "main"]);
        m.okr(&["sync", "-q"]);
    }
    let there = json(&bob.okr(&["kr", "show", id, "--format", "json"]));
    assert_eq!(there["uid"], signed["uid"]);
    assert_eq!(there["checkins"][0]["note"], "first one signed");

    // An initiative ticked off in one clone while its due day moves in another: both
    // changes stay, and it stays done.
    let task = cy.name("@t1");
    cy.okr(&["task", "done", &task]);
    ann.okr(&["task", "edit", &task, "--due", "2026-12-11"]);
    team.sync_all(&[&cy, &ann], "done and moved");
    ann.okr(&["sync", "-q"]);
    let t = json(&ann.okr(&["task", "list", "--state", "all", "--format", "json"]));
    assert_eq!(
        (t[0]["done"].as_str(), t[0]["due"].as_str()),
        (Some(TODAY), Some("2026-12-11"))
    );

    // Both change the same target: a real conflict, said in words and settled with one
    // command.
    for m in [&team.lead, &bob] {
        m.git(&["pull", "-q", "--no-edit", "origin", "main"]);
        m.okr(&["sync", "-q"]);
    }
    ann.okr(&["kr", "edit", &k1, "--owner", "ann"]);
    bob.okr(&["kr", "edit", &k1, "--owner", "bob"]);
    for m in [&ann, &bob] {
        m.okr(&["sync", "-q"]);
        m.git(&["commit", "-qam", "new owner"]);
    }
    ann.git(&["push", "-q", "origin", "main"]);
    let (merged, said) = git_may_fail(&bob, &["pull", "--no-edit", "origin", "main"]);
    assert!(!merged && said.contains("CONFLICT"), "{said}");
    assert!(
        said.contains("`owner`: \"bob\" here, \"ann\" in the other branch"),
        "{said}"
    );
    let err = command(&bob.db, TODAY, bob.user, &["sync"])
        .current_dir(&bob.repo)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&err.stderr);
    assert!(
        err.starts_with("error: `")
            && err.contains("is in the middle of a git merge (conflict markers from line")
            && err.contains("key result “Cut p95 from 800 ms to 200 ms” `owner`: \"bob\" here, \"ann\" in the other branch")
            && err.contains("hint: run `okr resolve`"),
        "{err}"
    );
    let unsettled = command(&bob.db, TODAY, bob.user, &["resolve"])
        .current_dir(&bob.repo)
        .output()
        .unwrap();
    assert_eq!(unsettled.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&unsettled.stderr)
            .contains("pass `--ours` to keep yours or `--theirs`")
    );
    let done = bob.okr(&["resolve", "--theirs"]);
    assert!(done.contains("Resolved okrs/2026-Q4.toml: merged entry by entry; 1 field(s) changed on both sides taken from theirs"), "{done}");
    bob.git(&["add", "-A"]);
    bob.git(&["commit", "-q", "--no-edit"]);
    bob.okr(&["sync", "-q"]);
    let kr = json(&bob.okr(&["kr", "show", &k1, "--format", "json"]));
    assert_eq!(kr["owner"], "ann");
    // Everything else both sides did is there, and every id still means one thing.
    bob.git(&["push", "-q", "origin", "main"]);
    for m in [&team.lead, &ann, &cy] {
        m.git(&["pull", "-q", "--no-edit", "origin", "main"]);
        m.okr(&["sync", "-q"]);
    }
    assert!(every_id_means_one_thing(&everyone) > 30);
}

#[test]
fn a_merge_git_made_line_by_line_is_finished_by_okr_resolve_keeping_both_sides() {
    let env = Env::new();
    let team = Team::publish(&env);
    let (ann, bob) = (team.join("ann"), team.join("bob"));
    // Bob's clone has no merge driver (set up by hand, or by an older okr): git merges
    // the objectives file as text, and two additions at its end collide.
    bob.git(&["config", "--remove-section", "merge.okr"]);
    ann.okr(&["objective", "add", "Ann's objective", "--level", "team"]);
    bob.okr(&["objective", "add", "Bob's objective", "--level", "team"]);
    for m in [&ann, &bob] {
        m.okr(&["export"]);
        m.git(&["add", "-A"]);
        m.git(&["commit", "-qm", "an objective"]);
    }
    ann.git(&["push", "-q", "origin", "main"]);
    let (merged, said) = git_may_fail(&bob, &["pull", "--no-edit", "origin", "main"]);
    assert!(!merged && said.contains("CONFLICT"), "{said}");
    let err = command(&bob.db, TODAY, bob.user, &["sync"])
        .current_dir(&bob.repo)
        .output()
        .unwrap();
    assert_eq!(err.status.code(), Some(2));
    let err = String::from_utf8_lossy(&err.stderr);
    assert!(
        err.contains("is in the middle of a git merge") && !err.contains("expected `=`"),
        "{err}"
    );
    // Nothing both sides changed: resolved with no side to choose, both objectives kept.
    let done = bob.okr(&["resolve"]);
    assert!(
        done.contains("Resolved okrs/2026-Q4.toml: merged entry by entry\n"),
        "{done}"
    );
    bob.git(&["add", "-A"]);
    bob.git(&["commit", "-q", "--no-edit"]);
    bob.okr(&["sync", "-q"]);
    // okr set itself up again as the merge driver of Bob's clone, for the next merge.
    assert!(
        bob.git(&["config", "--get", "merge.okr.driver"])
            .contains("merge-file")
    );
    let list = bob.okr(&["objective", "list", "--format", "json"]);
    assert!(
        list.contains("Ann's objective") && list.contains("Bob's objective"),
        "{list}"
    );
}
