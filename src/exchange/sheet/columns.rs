//! A spreadsheet's columns, named in English or Chinese, and the words its cells may use
//! for levels, kinds and directions in either language.

/// A column okr reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Col {
    Cycle,
    Level,
    Owner,
    Objective,
    Parent,
    KeyResult,
    Kind,
    Start,
    Target,
    Unit,
    Weight,
    Keep,
    Due,
}

/// Every column with its English and Chinese header, in the order okr writes them.
/// `keep` and `due` are written only when a key result has one.
pub const COLUMNS: &[(Col, &str, &str)] = &[
    (Col::Cycle, "cycle", "周期"),
    (Col::Level, "level", "层级"),
    (Col::Owner, "owner", "负责人"),
    (Col::Objective, "objective", "目标"),
    (Col::Parent, "parent", "上级目标"),
    (Col::KeyResult, "key result", "关键结果"),
    (Col::Kind, "kind", "类型"),
    (Col::Start, "start", "起始值"),
    (Col::Target, "target", "目标值"),
    (Col::Unit, "unit", "单位"),
    (Col::Weight, "weight", "权重"),
    (Col::Keep, "keep", "保持"),
    (Col::Due, "due", "截止日期"),
];

/// The columns a spreadsheet must have.
pub const REQUIRED: &[Col] = &[Col::Cycle, Col::Objective, Col::KeyResult, Col::Target];

/// The language of a spreadsheet's headers and of the words in its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Col {
    /// The column a header names, in either language: case, spaces, `_` and `-` aside
    /// (`Key Result`, `key_result`, `KR`).
    pub fn of_header(header: &str) -> Option<(Col, Lang)> {
        let h: String = header
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| if c == '_' || c == '-' { ' ' } else { c })
            .collect();
        let h = h.split_whitespace().collect::<Vec<_>>().join(" ");
        if h == "kr" {
            return Some((Col::KeyResult, Lang::En));
        }
        COLUMNS.iter().find_map(|&(c, en, zh)| {
            if h == en {
                Some((c, Lang::En))
            } else if h == zh {
                Some((c, Lang::Zh))
            } else {
                None
            }
        })
    }

    pub fn header(self, lang: Lang) -> &'static str {
        let (_, en, zh) = COLUMNS
            .iter()
            .find(|(c, ..)| *c == self)
            .expect("every column is listed");
        match lang {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

const LEVELS: &[(&str, &str)] = &[("company", "公司"), ("team", "团队"), ("personal", "个人")];
const KINDS: &[(&str, &str)] = &[
    ("metric", "指标"),
    ("boolean", "里程碑"),
    ("threshold", "阈值"),
];
const KEEPS: &[(&str, &str)] = &[("at-least", "不低于"), ("at-most", "不高于")];

/// The English name a cell's word stands for (`团队` → `team`), or the cell as it is.
pub fn english(col: Col, cell: &str) -> String {
    let words = match col {
        Col::Level => LEVELS,
        Col::Kind => KINDS,
        Col::Keep => KEEPS,
        _ => return cell.to_string(),
    };
    let cell = cell.trim();
    words
        .iter()
        .find(|(_, zh)| *zh == cell)
        .map_or_else(|| cell.to_string(), |(en, _)| en.to_string())
}

/// A name as a spreadsheet in `lang` writes it.
pub fn word(name: &str, lang: Lang) -> String {
    match lang {
        Lang::En => name.to_string(),
        Lang::Zh => [LEVELS, KINDS, KEEPS]
            .iter()
            .flat_map(|w| w.iter())
            .find(|(en, _)| *en == name)
            .map_or_else(|| name.to_string(), |(_, zh)| zh.to_string()),
    }
}

/// Every name of each set in both languages, for errors.
pub fn choices(col: Col) -> String {
    let words = match col {
        Col::Level => LEVELS,
        Col::Kind => KINDS,
        Col::Keep => KEEPS,
        _ => return String::new(),
    };
    words
        .iter()
        .map(|(en, zh)| format!("{en} ({zh})"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A number as a spreadsheet writes it: `1200`, `-0.5`, `1.5E+06`; `1,200` in a
/// comma- or tab-separated file (thousands); `0,5` in a semicolon-separated one (where
/// the comma is the decimal mark). What could be read two ways (`1,250` with
/// semicolons) is refused rather than guessed.
pub fn number(cell: &str, sep: char) -> Result<f64, String> {
    let s = cell.trim();
    let plain = |t: &str| -> Option<f64> {
        let ok = t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
            && t.chars().any(|c| c.is_ascii_digit());
        ok.then(|| t.parse::<f64>().ok())
            .flatten()
            .filter(|v| v.is_finite())
    };
    if let Some(v) = plain(s) {
        return Ok(v);
    }
    let not = || format!("`{s}` is not a number");
    if let Some((int, frac)) = s.split_once(',').filter(|_| sep == ';') {
        let grouped = frac.len() == 3 && !frac.contains(',') && !s.contains('.');
        if grouped {
            return Err(format!(
                "`{s}` could be {int}{frac} or {int}.{frac}: write it without a thousands separator, with a point for decimals"
            ));
        }
        return plain(&format!("{int}.{frac}")).ok_or_else(not);
    }
    if sep != ';' && s.contains(',') {
        let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
        let digits = int.trim_start_matches(['-', '+']);
        let groups: Vec<&str> = digits.split(',').collect();
        let grouped = (1..=3).contains(&groups[0].len())
            && groups[1..].iter().all(|g| g.len() == 3)
            && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()));
        if grouped {
            let joined = int.replace(',', "");
            let whole = frac.map_or(joined.clone(), |f| format!("{joined}.{f}"));
            return plain(&whole).ok_or_else(not);
        }
    }
    Err(not())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Keep, KrKind, Level};

    #[test]
    fn headers_are_read_in_either_language_and_loosely_spelled() {
        assert_eq!(
            Col::of_header(" Key_Result "),
            Some((Col::KeyResult, Lang::En))
        );
        assert_eq!(Col::of_header("KR"), Some((Col::KeyResult, Lang::En)));
        assert_eq!(Col::of_header("目标值"), Some((Col::Target, Lang::Zh)));
        assert_eq!(Col::of_header("目标"), Some((Col::Objective, Lang::Zh)));
        assert_eq!(Col::of_header("notes"), None);
    }

    #[test]
    fn words_in_cells_are_read_in_either_language() {
        assert_eq!(english(Col::Level, " 团队 "), "team");
        assert_eq!(english(Col::Kind, "里程碑"), "boolean");
        assert_eq!(english(Col::Kind, "metric"), "metric");
        assert_eq!(word("at-most", Lang::Zh), "不高于");
        assert_eq!(word("team", Lang::En), "team");
    }

    #[test]
    fn the_english_words_are_the_models_names() {
        let names = |w: &[(&'static str, &'static str)]| -> Vec<&'static str> {
            w.iter().map(|(en, _)| *en).collect()
        };
        assert_eq!(names(LEVELS), Level::ALL);
        assert_eq!(names(KINDS), KrKind::ALL);
        assert_eq!(names(KEEPS), Keep::ALL);
    }

    #[test]
    fn numbers_are_read_as_spreadsheets_write_them_and_never_guessed() {
        assert_eq!(number("1200", ','), Ok(1200.0));
        assert_eq!(number(" -0.5 ", ','), Ok(-0.5));
        assert_eq!(number("1.5E+06", ','), Ok(1.5e6));
        assert_eq!(number("1,234,567.5", ','), Ok(1234567.5));
        assert_eq!(number("0,5", ';'), Ok(0.5));
        assert!(
            number("1,250", ';')
                .unwrap_err()
                .contains("could be 1250 or 1.250")
        );
        assert!(number("12,34", ',').is_err());
        assert!(number("80%", ',').is_err());
        assert!(number("abc", ',').is_err());
        assert!(number("-", ',').is_err());
        assert!(number("inf", ',').is_err());
    }
}
