//! Two people (or a person and a cron job) checking in at the same moment both succeed.

use std::thread;

use crate::harness::{Env, command, json};

#[test]
fn two_processes_checking_in_200_times_each_store_all_400() {
    let env = Env::init();
    env.ok(&["objective", "add", "Survive contention"]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Record 400 check-ins",
        "--target",
        "400",
    ]);
    let db = env.db();
    let writers: Vec<_> = ["ann", "ben"]
        .into_iter()
        .map(|user| {
            let db = db.clone();
            thread::spawn(move || {
                for i in 0..200 {
                    let out = command(
                        &db,
                        crate::harness::TODAY,
                        user,
                        &["checkin", "@k1", &i.to_string(), "-q"],
                    )
                    .output()
                    .expect("run okr");
                    assert!(
                        out.status.success(),
                        "{user} #{i}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();
    for w in writers {
        w.join().expect("writer thread");
    }
    let all = json(&env.ok(&["checkin", "list", "--limit", "1000", "--format", "json"]));
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 400);
    for user in ["ann", "ben"] {
        assert_eq!(
            all.iter().filter(|c| c["author"] == user).count(),
            200,
            "{user}"
        );
    }
}
