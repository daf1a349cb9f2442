//! The merge by identity, on the three versions of one objectives file.

use super::*;

const BASE: &str = r#"format = 3
cycle = "2026-Q4"

# the company's
[[objective]]
id = "aaaa0000000000000000000000000001"
title = "Win the enterprise market"
owner = "ceo"

  [[objective.kr]]
  id = "bbbb0000000000000000000000000001"
  title = "Grow accounts from 10 to 50"
  start = 10
  target = 50

  [[objective.kr.task]]
  id = "cccc0000000000000000000000000001"
  title = "Call ten prospects"
"#;

#[test]
fn additions_and_edits_of_different_entries_merge_cleanly() {
    let ours = BASE.replace("target = 50", "target = 60").to_string()
        + "\n[[objective]]\ntitle = \"Ann's objective\"\n";
    let theirs = BASE.replace(
        "  title = \"Call ten prospects\"\n",
        "  title = \"Call ten prospects\"\n  done = 2026-11-20\n",
    ) + "\n[[objective]]\ntitle = \"Bob's objective\"\n";
    let m = merge(BASE, &ours, &theirs, None).unwrap();
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert!(m.text.contains("target = 60"), "{}", m.text);
    assert!(m.text.contains("done = 2026-11-20"), "{}", m.text);
    assert!(m.text.contains("Ann's objective") && m.text.contains("Bob's objective"));
    assert!(m.text.contains("# the company's"), "ours' comments stay");
    // The same merge the other way round holds the same entries.
    let back = merge(BASE, &theirs, &ours, None).unwrap();
    assert!(back.conflicts.is_empty());
}

#[test]
fn the_same_field_changed_on_both_sides_is_one_marked_conflict() {
    let ours = BASE.replace("target = 50", "target = 60");
    let theirs = BASE.replace("target = 50", "target = 70");
    let m = merge(BASE, &ours, &theirs, None).unwrap();
    assert_eq!(
        m.conflicts[0].to_string(),
        "key result “Grow accounts from 10 to 50” `target`: 60 here, 70 in the other branch"
    );
    assert!(
        m.text
            .contains("<<<<<<< ours\n  target = 60\n=======\n  target = 70\n>>>>>>> theirs\n"),
        "{}",
        m.text
    );
    assert_eq!(marker_line(&m.text), Some(14));
    let (o, t) = sides(&m.text);
    assert_eq!((o, t), (ours.clone(), theirs.clone()));
    let settled = merge(BASE, &ours, &theirs, Some(Side::Theirs)).unwrap();
    assert!(settled.text.contains("target = 70") && marker_line(&settled.text).is_none());
}

#[test]
fn a_deletion_stands_unless_the_other_side_changed_the_entry() {
    let no_task = BASE.replace(
        "\n  [[objective.kr.task]]\n  id = \"cccc0000000000000000000000000001\"\n  title = \"Call ten prospects\"\n",
        "",
    );
    let m = merge(BASE, &no_task, BASE, None).unwrap();
    assert!(!m.text.contains("Call ten prospects"), "{}", m.text);
    // Ticked off on the other side: the initiative stays, done.
    let done = BASE.replace(
        "  title = \"Call ten prospects\"\n",
        "  title = \"Call ten prospects\"\n  done = 2026-11-20\n",
    );
    let m = merge(BASE, &no_task, &done, None).unwrap();
    assert!(m.text.contains("done = 2026-11-20"), "{}", m.text);
    assert!(m.conflicts.is_empty());
}
