//! Reading titles the way an OKR coach does: vague verbs, activity verbs, length.

use std::sync::LazyLock;

use regex::Regex;

/// Patterns are written in lower case and simplified Chinese and matched against
/// [`fold`] of the text (the same byte offsets), not with `(?i)`: Unicode case folding
/// would bring regex's case tables, 140 KB that every run of okr relocates at start.
fn re(p: &str) -> Regex {
    Regex::new(&p.replace(r"\b", r"(?-u:\b)"))
        .unwrap_or_else(|e| panic!("bad built-in pattern {p}: {e}"))
}

/// Traditional Chinese characters of the built-in patterns, in code point order, and
/// their simplified forms at the same places: `每個` reads as `每个`, `減少` as `减少`.
/// Derived from OpenCC's tables for the characters the patterns use; every pair is
/// three bytes in UTF-8, so folding keeps byte offsets.
const TRADITIONAL: &str = "丟個備傷億優兩動區員啓啟單報場塊壓實審寫將對層張強從戶擴數斷於時東條業構標樣機權洩減準滲滾潰營現發碼種積筆節級組結絕絡統維網線編緩縮織聯臺舉華萬蓋處號衝規計設訴評認誤證護資質贏輪辦進過違遷遺錄錯鍵鍾長門開雙頁項頓類顯驗體點";
const SIMPLIFIED: &str = "丢个备伤亿优两动区员启启单报场块压实审写将对层张强从户扩数断于时东条业构标样机权泄减准渗滚溃营现发码种积笔节级组结绝络统维网线编缓缩织联台举华万盖处号冲规计设诉评认误证护资质赢轮办进过违迁遗录错键钟长门开双页项顿类显验体点";

/// `text` as the built-in patterns read it: ASCII lower case, and traditional Chinese
/// characters as simplified ones, byte for byte (offsets still point into `text`).
pub fn fold(text: &str) -> String {
    static PAIRS: LazyLock<Vec<(char, char)>> =
        LazyLock::new(|| TRADITIONAL.chars().zip(SIMPLIFIED.chars()).collect());
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                c.to_ascii_lowercase()
            } else {
                PAIRS
                    .binary_search_by_key(&c, |&(t, _)| t)
                    .map_or(c, |i| PAIRS[i].1)
            }
        })
        .collect()
}

/// Verbs that promise movement without saying how much.
static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(improve[ds]?|improving|enhance[ds]?|optimi[sz]e[ds]?|better|boost(s|ed)?|strengthen|streamline|maximi[sz]e|minimi[sz]e|increase[ds]?|reduce[ds]?|grow|raise|lower|decrease[ds]?|accelerate|world[- ]class|best[- ]in[- ]class|significantly|substantially|drastically)\b|提升|优化|改善|加强|提高|增强|完善|推进|促进|降低|减少|增加|扩大|显著|大幅|进一步",
    )
});

/// Verbs that name an activity (an output) at the start of a key result.
static ACTIVITY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(launch|ship|release|build|implement|create|write|publish|deploy|develop|design|hold|run|host|organi[sz]e|conduct|complete|finish|migrate|introduce|roll\s+out|set\s+up|start|begin|kick\s+off|deliver|draft|prepare|document|refactor|rewrite|integrate|add|open|announce|set\s+up)\b|^\s*(发布|上线|开发|完成|实现|建立|举办|推出|搭建|组织|召开|设计|编写|部署|迁移|启动|开展|制定|引入|建设|撰写|准备)",
    )
});

pub fn vague_word(text: &str) -> Option<String> {
    VAGUE.find(&fold(text)).map(|m| text[m.range()].to_string())
}

pub fn activity_verb(text: &str) -> Option<String> {
    ACTIVITY
        .find(&fold(text))
        .map(|m| text[m.range()].trim().to_string())
}

/// Length in words; Chinese, Japanese and Korean text counts two characters a word
/// (a typical word length), so that length rules treat both scripts alike.
pub fn words(text: &str) -> usize {
    let cjk = text.chars().filter(|c| is_cjk(*c)).count();
    let latin = text
        .split(|c: char| c.is_whitespace() || is_cjk(c))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    cjk.div_ceil(2) + latin
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x3040..=0x30FF | 0xAC00..=0xD7AF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fold_table_is_sorted_and_keeps_byte_lengths() {
        let pairs: Vec<(char, char)> = TRADITIONAL.chars().zip(SIMPLIFIED.chars()).collect();
        assert_eq!(pairs.len(), SIMPLIFIED.chars().count());
        assert!(
            pairs.windows(2).all(|w| w[0].0 < w[1].0),
            "binary search needs order"
        );
        assert!(pairs.iter().all(|(t, s)| t.len_utf8() == s.len_utf8()));
        assert_eq!(fold("減少 P1 事故"), "减少 p1 事故");
        assert_eq!(fold("Cut P1"), "cut p1");
    }

    #[test]
    fn coach_reading() {
        assert_eq!(vague_word("Improve onboarding").as_deref(), Some("Improve"));
        assert_eq!(vague_word("提升用户体验").as_deref(), Some("提升"));
        assert_eq!(
            vague_word("Grow weekly active teams from 120 to 500").as_deref(),
            Some("Grow")
        );
        assert_eq!(vague_word("Ship the API"), None);
        // Any case, as written (the patterns match a lower-cased copy).
        assert_eq!(vague_word("IMPROVE onboarding").as_deref(), Some("IMPROVE"));
        assert_eq!(
            vague_word("新 API 提升 OPTIMISED 速度").as_deref(),
            Some("提升")
        );
        assert_eq!(activity_verb("  Roll Out SSO").as_deref(), Some("Roll Out"));
        assert_eq!(
            activity_verb("Launch the pricing page").as_deref(),
            Some("Launch")
        );
        assert_eq!(activity_verb("发布新版本").as_deref(), Some("发布"));
        assert_eq!(activity_verb("Cut churn by launching X"), None);
        assert_eq!(words("Win the enterprise market"), 4);
        assert_eq!(words("赢得华东区企业客户"), 5);
        assert_eq!(words("赢得 Q4 客户"), 3);
    }
}
