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
