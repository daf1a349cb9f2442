//! The grid: widths by display width, CSV quoting, and the plain layout held to
//! comfy-table's.

use super::*;

fn render(g: &Grid, f: Format) -> String {
    let mut out = Vec::new();
    g.write(&mut out, f, Style::default()).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn wide_characters_align_by_display_width() {
    let mut g = Grid::new(vec!["ID", "TITLE", "N"]).right(&[2]);
    g.push(vec!["1".into(), "客户满意度".into(), "85".into()]);
    g.push(vec!["2".into(), "Churn".into(), "2".into()]);
    let text = render(&g, Format::Table);
    assert_eq!(
        text,
        "ID  TITLE        N\n1   客户满意度  85\n2   Churn        2\n"
    );
}

#[test]
fn a_cell_a_terminal_would_run_is_shown_escaped_even_after_clean_rows_were_measured() {
    let mut g = Grid::new(vec!["ID", "TITLE"]);
    g.push(vec!["1".into(), "Grow accounts".into()]);
    assert_eq!(render(&g, Format::Table), "ID  TITLE\n1   Grow accounts\n");
    // The grid found its cells clean; a row pushed since is looked at again.
    g.push(vec!["2".into(), "Clear\u{1b}[2J the\nscreen".into()]);
    let text = render(&g, Format::Table);
    assert!(text.contains("2   Clear\\u{1b}[2J the screen"), "{text}");
    assert!(!text.contains('\u{1b}'), "{text}");
}

proptest::proptest! {
    /// The plain layout is comfy-table's, byte for byte: wide characters, pipes,
    /// right-aligned columns, short and empty rows, plain and markdown.
    #[test]
    fn the_plain_layout_is_comfy_tables(
        header in proptest::collection::vec("[A-Z]{0,4}", 1..5),
        rows in proptest::collection::vec(
            proptest::collection::vec("[a-z 客户|·0-9]{0,6}", 0..5), 0..6),
        right in proptest::collection::vec(0usize..5, 0..3),
        markdown: bool,
    ) {
        let names: Vec<&'static str> =
            header.iter().map(|h| &*Box::leak(h.clone().into_boxed_str())).collect();
        let mut g = Grid::new(names).right(&right);
        let n = g.header.len();
        for row in rows {
            g.push(row.into_iter().take(n).map(Cell::from).collect());
        }
        let fit = g.fit(None);
        let (mut plain, mut comfy) = (Vec::new(), Vec::new());
        g.write_plain(&mut plain, markdown, &fit).unwrap();
        g.write_comfy(&mut comfy, markdown, Style::default(), &fit).unwrap();
        proptest::prop_assert_eq!(
            String::from_utf8(plain).unwrap(),
            String::from_utf8(comfy).unwrap()
        );
    }
}

#[test]
fn csv_never_hands_a_spreadsheet_a_formula() {
    let mut g = Grid::new(vec!["TITLE", "N"]);
    g.push(vec!["=HYPERLINK(\"http://x\",\"y\")".into(), "-0.5".into()]);
    g.push(vec!["+cmd|' /C calc'!A0".into(), "+3".into()]);
    g.push(vec!["@SUM(A1)".into(), "-1e3".into()]);
    g.push(vec!["-2+3".into(), "1".into()]);
    assert_eq!(
        render(&g, Format::Csv),
        "title,n\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-0.5\n'+cmd|' /C calc'!A0,+3\n'@SUM(A1),-1e3\n'-2+3,1\n"
    );
}

#[test]
fn csv_quotes_what_needs_quoting() {
    let mut g = Grid::new(vec!["TITLE", "NOTE"]);
    g.push(vec!["a, b".into(), "say \"hi\"".into()]);
    assert_eq!(
        render(&g, Format::Csv),
        "title,note\n\"a, b\",\"say \"\"hi\"\"\"\n"
    );
}

#[test]
fn a_long_table_made_and_printed_on_two_threads_is_the_one_made_on_one() {
    // Enough items that push_each and write_plain both split the work.
    let items: Vec<usize> = (0..3000).collect();
    let mut g = Grid::new(vec!["ID", "TITLE", "N"]).right(&[2]);
    g.push_each(&items, |g, i, &n| {
        if i > 0 {
            g.push(vec![]);
        }
        g.push(vec![
            format!("O{n}").into(),
            "客户".repeat(n % 7).into(),
            n.to_string().into(),
        ]);
    });
    assert!(g.rows().count() >= TWO_THREADS);
    assert_eq!(g.blocks.len(), 2);
    let fit = g.fit(None);
    for markdown in [false, true] {
        let (mut plain, mut comfy) = (Vec::new(), Vec::new());
        g.write_plain(&mut plain, markdown, &fit).unwrap();
        g.write_comfy(&mut comfy, markdown, Style::default(), &fit)
            .unwrap();
        assert_eq!(
            String::from_utf8(plain).unwrap(),
            String::from_utf8(comfy).unwrap()
        );
    }
    let text = render(&g, Format::Csv);
    let ids: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .filter(|s| !s.is_empty())
        .collect();
    let expected: Vec<String> = items.iter().map(|n| format!("O{n}")).collect();
    assert_eq!(ids, expected);
}

#[test]
fn csv_keeps_empty_fields_in_place() {
    let mut g = Grid::new(vec!["A", "B", "C"]);
    g.push(vec!["".into(), "x".into(), "".into()]);
    g.push(vec!["".into(), "".into(), "".into()]);
    assert_eq!(render(&g, Format::Csv), "a,b,c\n,x,\n,,\n");
}
