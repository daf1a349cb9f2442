//! OKRs that come in from spreadsheets: `okr import FILE.csv` and `okr export --format
//! csv`, one row per key result, in English or Chinese, UTF-8 or GBK.

use crate::harness::Env;

fn gbk(text: &str) -> Vec<u8> {
    encoding_rs::GB18030.encode(text).0.into_owned()
}

fn from_gbk(bytes: &[u8]) -> String {
    let (text, _, bad) = encoding_rs::GB18030.decode(bytes);
    assert!(!bad, "not GBK");
    text.into_owned()
}

/// A sheet as a team in China keeps it in WPS: a title row above the headers, merged
/// cells for the objective (saved blank below its first row), Chinese words in cells.
const EAST_CHINA: &str = "\
2026 年第四季度 OKR,,,,,,,,,,
周期,层级,负责人,目标,上级目标,关键结果,类型,起始值,目标值,单位,权重
2026-Q4,团队,李伟,提升华东区客户留存,,续约率从 80% 提升到 92%,指标,80,92,%,2
,,,,,新签企业客户 20 家,,0,20,家,1
,,王芳,,,上线客户健康度看板,里程碑,,,,1
";

#[test]
fn a_gbk_sheet_with_chinese_headers_is_imported_exported_and_imported_again_unchanged() {
    let env = Env::init();
    let sheet = env.dir.path().join("华东.csv");
    std::fs::write(&sheet, gbk(EAST_CHINA)).unwrap();
    let path = sheet.to_str().unwrap();
    assert_eq!(
        env.ok(&["import", path]),
        "Imported 1 file: objectives 1 added; key results 3 added\n"
    );
    let krs = env.ok(&["kr", "list", "--format", "csv"]);
    assert!(
        krs.contains("续约率从 80% 提升到 92%,李伟,metric,,80,80,92,%"),
        "{krs}"
    );
    assert!(krs.contains("上线客户健康度看板,王芳,boolean"), "{krs}");
    // Exported over itself: still GBK, Chinese headers and words, one full row per
    // key result.
    assert_eq!(
        env.ok(&["export", "--out", path]),
        format!("Wrote {path}\n")
    );
    let bytes = std::fs::read(&sheet).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err(), "still GBK");
    assert_eq!(
        from_gbk(&bytes),
        "周期,层级,负责人,目标,上级目标,关键结果,类型,起始值,目标值,单位,权重\n\
         2026-Q4,团队,李伟,提升华东区客户留存,,续约率从 80% 提升到 92%,指标,80,92,%,2\n\
         2026-Q4,团队,李伟,提升华东区客户留存,,新签企业客户 20 家,指标,0,20,家,1\n\
         2026-Q4,团队,王芳,提升华东区客户留存,,上线客户健康度看板,里程碑,,,,1\n"
    );
    // Imported again: nothing changes, and the next export writes the same bytes.
    let before = env.dump();
    assert_eq!(
        env.ok(&["import", path]),
        "Nothing to import: the database already holds everything in 1 file.\n"
    );
    assert_eq!(env.dump(), before);
    assert_eq!(
        env.ok(&["export", "--out", path]),
        format!("Unchanged {path}\n")
    );
    // Another database reads the exported file into the same plan.
    let other = Env::init();
    other.ok(&["import", path]);
    assert_eq!(other.ok(&["kr", "list", "--format", "csv"]), krs);
}

#[test]
fn a_plan_goes_to_a_spreadsheet_and_back_exactly() {
    let env = Env::init();
    env.ok(&[
        "objective",
        "add",
        "Grow the company",
        "--level",
        "company",
        "--owner",
        "ceo",
        "--kind",
        "committed",
    ]);
    env.ok(&[
        "objective",
        "add",
        "Make reports instant",
        "--parent",
        "@o1",
        "--owner",
        "platform",
        "--level",
        "team",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o1",
        "Reach 1.5 million ARR",
        "--start",
        "0.25",
        "--target",
        "1.5",
        "--unit",
        "M€",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o2",
        "Keep p95 under 200 ms",
        "--kind",
        "threshold",
        "--target",
        "200",
        "--keep",
        "at-most",
        "--unit",
        "ms",
        "--owner",
        "bob",
    ]);
    env.ok(&[
        "kr",
        "add",
        "@o2",
        "=Ship, \"fast\"",
        "--kind",
        "boolean",
        "--weight",
        "0.5",
        "--due",
        "2026-12-15",
    ]);
    let exported = env.ok(&["export", "--format", "csv"]);
    assert_eq!(
        exported,
        "cycle,level,owner,objective,parent,key result,kind,start,target,unit,weight,keep,due\n\
         2026-Q4,company,ceo,Grow the company,,Reach 1.5 million ARR,metric,0.25,1.5,M€,1,,\n\
         2026-Q4,team,platform,Make reports instant,Grow the company,,,,,,,,\n\
         2026-Q4,team,bob,Make reports instant,Grow the company,Keep p95 under 200 ms,threshold,200,200,ms,1,at-most,\n\
         2026-Q4,team,platform,Make reports instant,Grow the company,\"'=Ship, \"\"fast\"\"\",boolean,,,,0.5,,2026-12-15\n"
    );
    // Into a database that has never seen it, and out again: the same bytes, and the
    // title that looked like a formula comes back as it was written.
    let sheet = env.dir.path().join("plan.csv");
    std::fs::write(&sheet, &exported).unwrap();
    let other = Env::init();
    other.ok(&["import", sheet.to_str().unwrap()]);
    assert_eq!(other.ok(&["export", "--format", "csv"]), exported);
    assert!(other.ok(&["kr", "list"]).contains("=Ship, \"fast\""));
    // Read back into the database it came from, nothing changes: what a sheet has no
    // column for (the company objective is committed) stays as the database has it.
    let before = env.dump();
    assert_eq!(
        env.ok(&["import", sheet.to_str().unwrap()]),
        "Nothing to import: the database already holds everything in 1 file.\n"
    );
    assert_eq!(env.dump(), before);
    assert!(env.ok(&["objective", "show", "@o1"]).contains("committed"));
}

#[test]
fn excel_semicolons_a_byte_order_mark_and_unicode_text_are_read_too() {
    let env = Env::init();
    // German Excel: semicolons, a decimal comma, a byte-order mark.
    let semi = env.dir.path().join("plan.csv");
    std::fs::write(
        &semi,
        "\u{feff}Cycle;Objective;Key Result;Start;Target;Unit\n2026-Q4;Grow;Raise NPS from 30 to 50;0,5;12,75;pts\n",
    )
    .unwrap();
    env.ok(&["import", semi.to_str().unwrap()]);
    assert!(
        env.ok(&["kr", "list", "--format", "csv"])
            .contains(",0.5,0.5,12.75,pts,")
    );
    // Excel's "Unicode text": UTF-16 with tabs.
    let text = "cycle\tobjective\tkr\ttarget\n2026-Q4\tGrow\tSign 20 customers\t20\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let tsv = env.dir.path().join("plan.tsv");
    std::fs::write(&tsv, utf16).unwrap();
    assert_eq!(
        env.ok(&["import", tsv.to_str().unwrap()]),
        "Imported 1 file: key results 1 added\n"
    );
    // Exporting over it keeps its form: UTF-16, tabs.
    env.ok(&["export", "--out", tsv.to_str().unwrap()]);
    let bytes = std::fs::read(&tsv).unwrap();
    assert_eq!(&bytes[..2], &[0xFF, 0xFE]);
    let units: Vec<u16> = bytes[2..]
        .chunks(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    let back = String::from_utf16(&units).unwrap();
    assert!(
        back.starts_with("cycle\tlevel\towner\tobjective\t"),
        "{back}"
    );
}

#[test]
fn the_template_names_the_columns_in_either_language() {
    let env = Env::init();
    assert_eq!(
        env.ok(&["export", "--format", "csv", "--template"]),
        "cycle,level,owner,objective,parent,key result,kind,start,target,unit,weight\n"
    );
    let zh = env
        .cmd(&[
            "export",
            "--format",
            "csv",
            "--template",
            "--headers",
            "zh",
            "--encoding",
            "gbk",
        ])
        .output()
        .unwrap();
    assert_eq!(
        from_gbk(&zh.stdout),
        "周期,层级,负责人,目标,上级目标,关键结果,类型,起始值,目标值,单位,权重\n"
    );
    // The template filled in is a plan.
    let filled = format!(
        "{}2026-Q4,team,alice,Delight users,,Cut churn from 5% to 2%,metric,5,2,%,1\n",
        env.ok(&["export", "--format", "csv", "--template"])
    );
    let sheet = env.dir.path().join("filled.csv");
    std::fs::write(&sheet, filled).unwrap();
    assert_eq!(
        env.ok(&["import", sheet.to_str().unwrap()]),
        "Imported 1 file: objectives 1 added; key results 1 added\n"
    );
}

#[test]
fn a_bad_sheet_is_named_by_row_and_column_and_nothing_is_imported() {
    let env = Env::init();
    let write = |name: &str, text: &str| {
        let p = env.dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    let missing = write(
        "missing.csv",
        "cycle,objective,key result\n2026-Q4,Grow,Sign 20 customers\n",
    );
    let err = env.refuses(&["import", &missing]);
    assert!(
        err.starts_with(&format!(
            "error: {missing}:1:1: there is no `target` column\n"
        )),
        "{err}"
    );
    // A bad number on the third row: the rows before it are not imported either.
    let bad = write(
        "bad.csv",
        "cycle,objective,key result,target\n2026-Q4,Grow,Sign 20 customers,20\n2026-Q4,Grow,Hire 3 engineers,three\n",
    );
    assert_eq!(
        env.refuses(&["import", &bad]),
        format!("error: {bad}:3:4: `three` is not a number\n")
    );
    let zh = write(
        "zh.csv",
        "周期,目标,关键结果,目标值,备注\n2026-Q4,增长,签约 20 家,20,\n",
    );
    let err = env.refuses(&["import", &zh]);
    assert!(
        err.starts_with(&format!(
            "error: {zh}:1:5: `备注` is not a column okr reads\nhint: the columns are 周期, 层级"
        )),
        "{err}"
    );
    let level = write(
        "level.csv",
        "周期,层级,目标,关键结果,目标值\n2026-Q4,部门,增长,签约 20 家,20\n",
    );
    assert_eq!(
        env.refuses(&["import", &level]),
        format!(
            "error: {level}:2:2: `部门` is not a level; expected one of company (公司), team (团队), personal (个人)\n"
        )
    );
    let twice = write(
        "twice.csv",
        "cycle,objective,key result,target\n2026-Q4,Grow,Sign 20 customers,20\n,,Sign 20 customers,30\n",
    );
    assert_eq!(
        env.refuses(&["import", &twice]),
        format!(
            "error: {twice}:3:3: this key result is on row 2 already, under the same objective\n"
        )
    );
    let ambiguous = write(
        "semi.csv",
        "cycle;objective;key result;target\n2026-Q4;Grow;Sell more;1,250\n",
    );
    assert!(
        env.refuses(&["import", &ambiguous])
            .contains(":2:4: `1,250` could be 1250 or 1.250")
    );
    let binary = env.dir.path().join("binary.csv");
    std::fs::write(&binary, [0xFF, 0xFE, 0x00, 0xD8]).unwrap();
    assert!(
        env.refuses(&["import", binary.to_str().unwrap()])
            .contains("neither UTF-8 nor GBK")
    );
    assert_eq!(
        env.ok(&["kr", "list", "--format", "csv"]).lines().count(),
        1
    );
}

#[test]
fn spreadsheet_options_belong_to_a_spreadsheet_export() {
    let env = Env::init();
    let err = env.refuses(&["export", "--out", "-", "--headers", "zh"]);
    assert_eq!(
        err,
        "error: `--headers` is for a spreadsheet export\nhint: add `--format csv`\n"
    );
}
