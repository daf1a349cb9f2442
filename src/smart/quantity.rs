//! Does a key result's text state a quantity? In English and Chinese.
//!
//! Counts: digits with or without units (`40%`, `200 ms`, `3-5`, `1,000`, `5k`, `2万`),
//! money, number words (`zero`, `ten`, `double`, `halve`, `twice`; `两`, `一半`, `翻倍`,
//! `百分之…`), Chinese numerals with a measure word (`三家`, `十个`).
//!
//! Does not count: version numbers (`v4.1`, `FTO4.1`, `Java 21`, `OAuth 2.0`), years and
//! dates, quarter and half names (`Q3`, `H2`, `第三季度`), standards (`ISO 9001`, `SOC 2`,
//! `等保2.0`), names with digits (`S3`, `B2B`, `5G`, `5C`, `双11`, `618`), ordinals and
//! ranks used as names (`Phase 2`, `#1`, `第一`, `1st class`), code in backticks (unless
//! it holds only a figure: `>=90%`), and
//! numbers that name a structure's kind (`two-factor`, `三级体系`).
//!
//! How: the text is copied with those non-quantities blanked out (byte for byte, so
//! offsets still point into the original), then searched for quantities.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};

const D: &str = "[0-9０-９]";
/// A Han character, spelled out rather than `\p{Han}`: okr's regex carries no Unicode
/// script tables (they would be relocated at every start; see `smart::text::re`).
const HAN: &str = r"[\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{F900}-\x{FAFF}\x{20000}-\x{2FA1F}]";

/// What kind of incident (重大, 线上, P0, …) and incidents themselves (故障, 事故, bug, …):
/// zero of them is a target, whether said with 零 or with 无.
const SEVERITY: &str = "(重大|严重|重要|线上|安全|生产级?|质量|资损|演示|致命|高危|数据|p[0-4])";
const INCIDENT: &str = "(故障|缺陷|事故|投诉|客诉|差评|宕机|停机|中断|掉线|崩溃|卡顿|漏洞|泄露|泄漏|丢失|遗漏|差错|错误|失误|误报|漏报|报错|告警|冲突|违规|返工|回滚|延误|逾期|积压|伤亡|阻断|阻塞|bug|p[0-4])";

/// Built-in patterns, and the set of them all: one pass over a text tells which of
/// them match it at all (few do), and only those are searched for where.
struct Patterns {
    each: Vec<Regex>,
    set: RegexSet,
}

impl Patterns {
    /// Compiles built-in patterns. `\b` means an ASCII word boundary here, so that
    /// `发布V2.0` has a boundary between `布` and `V` (Unicode counts both as word
    /// characters).
    fn new(patterns: &[&str]) -> Patterns {
        let patterns: Vec<String> = patterns
            .iter()
            .map(|p| {
                p.replace("{D}", D)
                    .replace("{HAN}", HAN)
                    .replace("{SEVERITY}", SEVERITY)
                    .replace("{INCIDENT}", INCIDENT)
                    .replace(r"\b", r"(?-u:\b)")
            })
            .collect();
        let bad = |e: regex::Error| -> ! { panic!("bad built-in pattern: {e}") };
        Patterns {
            each: patterns
                .iter()
                .map(|p| Regex::new(p).unwrap_or_else(|e| bad(e)))
                .collect(),
            set: RegexSet::new(&patterns).unwrap_or_else(|e| bad(e)),
        }
    }

    /// The patterns that match somewhere in `text`.
    fn matching(&self, text: &str) -> impl Iterator<Item = &Regex> {
        self.set.matches(text).into_iter().map(|i| &self.each[i])
    }
}

/// Patterns of things that contain digits or number words but are not quantities.
static NOT_QUANTITIES: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(&[
        // Dates: 2026-11-20, 2026/11, 2026年11月20日, 11月20日, March 3, 3rd of March, 12/31.
        r"\b(19|20){D}{2}\s*[-/.年]\s*{D}{1,2}(\s*[-/.月]\s*{D}{1,2}\s*[日号]?)?",
        r"{D}{1,2}\s*月(\s*{D}{1,2}\s*[日号])?",
        r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s+{D}{1,2}(st|nd|rd|th)?\b",
        r"\b{D}{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b",
        r"\b{D}{1,2}/{D}{1,2}/{D}{2,4}\b",
        // Years, fiscal years, quarters and halves: 2026, FY27, Q3, 2026-Q4, H2, 第三季度.
        r"\b(19|20){D}{2}\s*(年(度)?|-?q[1-4]|-?h[12])?",
        r"\b(fy|cy)\s*'?{D}{2,4}\b",
        r"\b(fy|cy)?q[1-4]\b",
        r"\bh[12]\b",
        r"第?\s*[一二三四1-4１-４]\s*季度",
        r"\b(first|second|1st|2nd|latter|back|front)\s+half\b",
        // Versions: v4.1, 4.1.2, 2.x, FTO4.1, python3.12, and named platforms with a number.
        r"\bv{D}+(\.{D}+)*[a-z]?\b",
        r"\b{D}+(\.{D}+){2,}\b",
        r"\b{D}+\.x\b",
        r"\b[a-z]+{D}+(\.{D}+)+\b",
        r"\b(java|jdk|jre|python|py|node(js)?|golang|go|rust|php|ruby|rails|perl|ios|ipados|watchos|android|windows|win|macos|os\s*x|ubuntu|debian|centos|rhel|fedora|oauth|openid|saml|http|https|tls|ssl|html|css|ecmascript|es|ipv|postgres(ql)?|mysql|mariadb|redis|kafka|spark|hadoop|react|angular|vue|svelte|next(\.js)?|swift|kotlin|scala|\.net|dotnet|asp\.net|gradle|maven|webpack|kubernetes|elasticsearch|mongodb|django|flask|spring(\s*boot)?|laravel|unity|unreal(\s*engine)?|openapi|swagger|graphql|grpc|wcag|utf|sha|md|gpt|llama|claude|gemini|iphone|ipad|pixel|galaxy|chrome|firefox|safari|office|excel|sql\s*server|oracle|sap|s/4hana|cuda|opengl|directx|vulkan|bluetooth|wi-?fi|usb|pcie|ddr|lte|web|industry|tailwind|bootstrap|terraform|ansible|jenkins|ruby\s*on\s*rails)[\s/-]?v?{D}+(\.{D}+)*[a-z+]?\b",
        // Upgrades between versions: "upgrade the clusters from 1.24 to 1.28", "升级到 1.28".
        r"\b(upgrade[ds]?|upgrading|migrate[ds]?|migrating|bump(s|ed|ing)?|update[ds]?|updating|move[ds]?|moving)\b[^.;%]{0,60}?\b(from\s+v?{D}+\.{D}+(\.{D}+)*\s+)?to\s+v?{D}+\.{D}+(\.{D}+)*",
        r"((从|由)\s*v?{D}+(\.{D}+)+\s*版?本?\s*)?(升级|迁移|更新)\s*(到|至)\s*v?{D}+(\.{D}+)+",
        // A named component at a version that is reached: "multistream 2.0 is implemented",
        // "Kubernetes 1.28 is supported".
        r"\b[a-z][a-z0-9_-]*\s+v?{D}+\.{D}+(\.{D}+)*\s+(is|are|was|were|gets|get|becomes)\s+(implemented|released|shipped|supported|available|deployed|launched|enabled|adopted|merged|live|ready|done|out|in\s+production)\b",
        // Labels: Phase 2, Sprint 14, Tier 1, Region 5, Level 3.
        r"\b(phase|sprint|stage|step|tier|level|part|chapter|season|round|wave|gen|generation|release|version|milestone|epic|track|squad|building|floor|room|region|zone|area|district|cohort|batch|pillar|workstream|okr|objective|kr|key\s+result|p|sev|priority|iteration|increment|model|series|edition|grade|module|lesson|unit|section|block|lot|day|week|month|year)\s*#?{D}+(\.{D}+)*\b",
        // Course and primer names: "Interviewing 101", "Security 101 training", "GitLab 101
        // webinar series for customers".
        r"\b[a-z]+\s+101(\s+(course|class|training|session|workshop|guide|series|webinar|talk|primer|program|bootcamp|lecture|video)s?)+\b|\b[a-z]+\s+101\s*([,.;:)]|$)",
        // Standards and regulations: ISO 9001, ISO/IEC 27001:2013, SOC 2, PCI DSS 4.0, RFC 9110.
        r"\b(iso(/iec)?|iec|soc|pci(\s*-?\s*dss)?|rfc|nist(\s*(sp|csf))?|sox|hipaa|gdpr|ccpa|fedramp|itil|cmmi|ieee|ansi|din|gb(/t)?|ecma|owasp(\s+(top|asvs))?|iata|ce|ul|fips|aes|rsa|sil|asil|tier|do|asc|ifrs|ias|ssae|isae|sas)\s*[-/ ]?\s*{D}+([-.:]{D}+)*(\s*type\s*(i{1,2}|[12]))?\b",
        r"(等保|等级保护|cmmi)\s*({D}(\.{D})?)?\s*(第?[一二三四五1-5]\s*级)?|[一二三四五]\s*级\s*(等保|等级保护|认证|资质|标准|甲等|乙等)",
        r"\bcmmi\s*(level\s*)?{D}\b",
        // Names with digits: S3, EC2, B2B, Web3, COVID-19, JIRA-123, 5G, 3D, 2FA, 24/7, 双11, 618.
        r"\b[a-z]+{D}+[a-z0-9]*(-[a-z0-9]+)*\b",
        r"\b[a-z]+-{D}+\b",
        r"\b({D}g|{D}d|2fa|3pl|4pl|401k|24/7|7\s*[x×]\s*24|360(°|度)?|1080p|720p)\b",
        r"\b{D}+k\s+(video|display|resolution|screen|tv|monitor|streaming)",
        r"双\s*(11|十一|12|十二)|(^|[^0-9])618([^0-9]|$)|\b(9|9)96\b",
        // Ranks and ordinals used as names: #1, No. 1, 第一, 1st place?
        r"#\s*{D}+|\bno\.\s*{D}+\b|第\s*[一二三四五六七八九十{D}]+",
        // Ordinals in compound adjectives: first-class, 1st class, 2nd-rate, 3rd party.
        r"\b(1st|2nd|3rd)[\s-](class|rate|tier|party|line)\b",
        // A length that describes an event or a plan, not a target: a 2-day workshop, a
        // 13-week programme, a plan for a 1 year outlook.
        r"\b{D}+[\s-](day|week|month|quarter|year|hour|minute)s?\s+([a-z&]+\s+){0,3}?(workshops?|trainings?|programs?|programmes?|courses?|pilots?|sprints?|trials?|bootcamps?|events?|hackathons?|offsites?|summits?|sessions?|retreats?|outlook|plan|roadmap|horizon|vision|freeze)\b",
        // A metric named by its window, as D7 is: 7日留存率, 30 天复购率, 7 日首次充值率.
        r"{D}+\s*(日|天|周|月)\s*(留存|复购|活跃|回访|转化|首次|新增|流失|存活|回购|ltv|roi|arpu)",
        // A weight given to a key result is not its target: (权重 40%), (weight: 25%).
        r"(权重|\bweight(ing)?)\s*[:：]?\s*{D}+([.,]{D}+)?\s*%",
        // HTTP status codes: HTTP 529, RATE_LIMIT(429), 502/503 → NETWORK_ERROR, 5xx.
        r"\b(http|status|状态码|错误码)\s*(code\s*)?[1-5]{D}{2}(\s*/\s*[1-5]{D}{2})*\b|\b[a-z]+(_[a-z]+)+\s*\(\s*[1-5]{D}{2}\s*\)|\b[45]0{D}\s*/\s*[45]0{D}\b|\b[1-5]xx\b",
        // Code in backticks is a name or a literal (`T=1`, `retries=3`), not a target,
        // unless it holds a figure and nothing else (see KEEP).
        r"`[^`\n]*`",
        // Titles in 《》 and one-on-one: 《2024 年度报告》, 1 对 1 辅导, 1v1, 1-on-1.
        r"《[^》\n]*》|\b1\s*(对|對|v|-?on-?)\s*1s?\b",
        // Numbers that name a structure's kind: a three-tier system, two-factor login,
        // 三级渗透体系, 二级目录.
        r"\b(one|two|three|four|five|single|multi|{D}+)-(tier|layer|factor|way|step|level|stage|pronged|party|track)\b",
        r"[一二三四五六七八九十两{D}]+\s*[级层]{HAN}{0,4}?(体系|架构|结构|网络|目录|分类|机制|模型|缓存|索引|权限|审批|联动|页面|菜单)",
        // Chinese words that contain numerals without counting anything.
        r"十分|万一|一起|一致|统一|唯一|一流|一站式|一体化|千方百计|三心二意|一线|一次性|一键|一定|一些|一直|一切|之一|一下|进一步|一步|二维码|一把手|一系列|一部分|一方面|同一|一同|一般|一旦|一样|一代|一期|一体|万物|百度|千万不要|十足|一对一|一手",
    ])
});

/// Quantities that a name pattern would otherwise blank: a rank threshold ("top-5"),
/// and a figure set in code that is nothing but a figure (`0`, `>=90%`, `<=12%`,
/// `200ms`), where `retries=3` or `T=1` stays a literal.
static KEEP: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(&[
        r"\b(top|bottom|first|last)[\s-]*{D}+\b",
        r"`\s*(<=|>=|<|>|≤|≥|~)?\s*{D}+([.,]{D}+)*\s*(%|[a-z]{1,3})?\s*`",
    ])
});

/// A capitalised word inside a sentence followed by a bare number names a product or a
/// stage ("the Mate 60 launch", "Iteration 2 of the app"): matched on the original case.
static TITLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z][a-z]+)\s+([0-9]+)(?-u:\b)").unwrap_or_else(|e| panic!("{e}"))
});

/// A digit and a capital letter name a framework or a method (the 5C talent model, the
/// 4P of marketing, 5S, 7S): matched on the original case, so that `5s` stays five
/// seconds and `5K` five thousand.
static FRAMEWORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[0-9][ACEPRSW](?-u:\b)").unwrap_or_else(|e| panic!("{e}"))
});

/// Words that may stand before a number in title case without naming anything:
/// "Grow Revenue By 20%", "Hit Top 3".
const NOT_NAMES: &[&str] = &[
    "by", "to", "from", "at", "of", "in", "on", "than", "over", "under", "with", "within", "for",
    "per", "about", "around", "and", "or", "the", "a", "top", "reach", "hit", "get", "least",
    "most", "only", "below", "above", "after", "before", "until", "hire", "add", "win", "close",
    "sign", "ship", "run", "hold", "host", "publish", "launch", "onboard", "serve", "train",
    "recruit", "achieve", "maintain", "keep", "exceed", "less", "more", "fewer", "max", "min",
    "up", "down", "all", "every", "each",
];

/// Whether the title-case `word` and the number after it, at `start..end` of `text`,
/// name a thing: inside a sentence, not a preposition or verb, and the number bare
/// (`the Mate 60 launch`), not a figure with a unit (`Worth 500k`, `By 20%`, `4.5`).
fn names_a_thing(text: &str, word: &str, start: usize, end: usize) -> bool {
    let mid_sentence = text[..start]
        .trim_end()
        .chars()
        .last()
        .is_some_and(char::is_alphanumeric);
    let rest = &text[end..];
    let decimal = (rest.starts_with('.') || rest.starts_with(','))
        && rest[1..].starts_with(|d: char| d.is_ascii_digit());
    let unit = rest.starts_with(|c: char| c == '%' || c.is_alphabetic());
    mid_sentence && !decimal && !unit && !NOT_NAMES.contains(&word.to_ascii_lowercase().as_str())
}

/// Patterns of quantities, searched in the masked text.
static QUANTITIES: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(&[
        // Any digit that survived the masks: 40%, 200 ms, 3-5, 1,000, $2M, 2万, ≥ 99.9.
        r"{D}+([.,]{D}+)*(\s*%)?",
        // English number words and multipliers.
        r"\b(zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|double|doubled|doubling|triple|tripled|tripling|quadruple|quadrupled|halve|halved|halving|twice|thrice|twofold|threefold|fourfold|fivefold|tenfold|percent)\b",
        r"\b(in|by)\s+half\b|\bhalf\s+(the|of|as)\b|\b(single|double|triple)[\s-]digits?\b",
        // "at least one", "no more than one", "a single": one bound to a comparison.
        r"\b(at\s+least|at\s+most|no\s+(more|fewer|less)\s+than|more\s+than|fewer\s+than|less\s+than|exactly|only|over|under|just)\s+(one|a\s+single)\b",
        r"\bone\s+or\s+more\b",
        // Zero as the state to reach: "no P1 incidents", "zero data loss" (zero counts above).
        r"\bno\s+((p|sev)\s*[0-4]|critical|major|severe|unplanned|customer[\s-]facing|high[\s-]severity|security)?\s*(incidents?|outages?|regressions?|escalations?|data[\s-]loss|downtime|breaches|breach|rollbacks?|bugs)\b",
        // A span of time taken off: "shave a week off", "a day sooner".
        r"\b(a|one)\s+(full\s+)?(day|week|month|hour|minute|sprint)\s+(off|sooner|earlier|faster|shorter|less)\b",
        // A change of cadence: "from monthly to weekly releases".
        r"\bfrom\s+(hourly|daily|weekly|biweekly|fortnightly|monthly|quarterly|yearly|annual|annually)\s+to\s+(hourly|daily|weekly|biweekly|fortnightly|monthly|quarterly|yearly|annual|annually|on[\s-]demand|continuous)\b",
        // "one" as a count after a verb of delivering: "drive one decision", "ship one
        // new integration" (not "one of", "the one place", nor "build one platform",
        // where one means unified).
        r"\b(drive|ship|sign|hire|close|win|deliver|publish|launch|add|run|hold|host|complete|land|release|secure|onboard|recruit|execute)\s+(exactly\s+)?one\s+([a-np-z][a-z]*|o([a-eg-z][a-z]*)?|of[a-z]+)\b",
        // Fractions in words: "by a third", "two thirds", "a quarter of", "one in five".
        r"\b(by|to|of|than|over|under|about|nearly|almost|least|most|roughly)\s+(a|one)\s+(third|quarter|fifth|sixth|tenth)\b|\b(one|two|three|four|five|seven|nine)[\s-]+(thirds?|quarters?|fifths?|sixths?|tenths?)\b|\b(a|one)\s+(third|quarter|fifth|tenth)\s+of\b|\b(one|two|three|four|five|six|seven|eight|nine)\s+(out\s+of|in)\s+(two|three|four|five|six|seven|eight|nine|ten|{D}+)\b",
        // Chinese: percentages, multipliers, halves, zero-something.
        r"[一二三四五六七八九十两百千万]+\s*分之\s*[一二三四五六七八九十两]+|百分之|千分之|个百分点|翻倍|翻一番|翻番|翻两番|减半|一半|双倍|加倍|两倍|[零〇]\s*({SEVERITY}\s*){0,2}{INCIDENT}",
        // No incidents of a kind as the state to reach: 无生产级事故, 无 P0 阻断, 运行无中断,
        // 不出现 P0 故障, 不发生数据丢失.
        r"(无|(不|未|没有)\s*(出现|发生|产生|引入))\s*({SEVERITY}\s*){0,2}{INCIDENT}",
        // Zero as the state to reach: 故障为零, 积压清零, 降为零.
        r"(为|降为|降到|降至|减为|减到|减至|保持|控制在|做到|实现)\s*[零〇0]\s*($|[，。,.;；、）)]|个|起|次|件|例)|清零|归零",
        r"一\s*(倍|半|成|百|千|万|亿)",
        // More than half, and digits as a size: 占比过半, 半数以上, 控制在个位数, 两位数增长.
        r"过半|半数以上|超过半数|[个两三四五六七八九十]\s*位数",
        // One of something bound to a bound or a change: 至少一次, 缩短一周, 提前一天.
        r"((至少|最少|不少于|不低于|超过|多于)\s*{HAN}{0,2}?|缩短|减少|降低|提前|延长|增加|提高|提升)\s*一\s*(次|个|家|位|名|场|项|条|篇|款|轮|批|版|套|台|件|周|天|个月|月|年|小时|倍|成|级)",
        // A scale passed: 营收过亿, 用户破万, 突破千万.
        r"(过|破|超|超过|突破|逾)\s*[十百千]?[万亿]",
        // A count of the major ones: 五大业务线, 三大核心场景.
        r"[两二三四五六七八九十]\s*大\s*(核心|重点|主要|关键)?\s*(业务|场景|产品|客户|市场|区域|渠道|平台|模块|方向|领域|品类|战区|基地|中心)",
        // Chinese numerals (two and up) with a measure word: 三家, 十个, 两周, 五万元.
        r"[两二三四五六七八九十百千万亿零〇]+\s*(个|家|位|名|次|倍|元|块|天|周|个月|月|年|小时|分钟|秒|毫秒|人|项|条|款|篇|场|套|台|件|分|成|万|亿|千|百|所|座|门|节|页|行|单|笔|张|份|户|星|层|轮|批|版|种|类|处|个工作日|工作日|点|级)",
    ])
});

/// `text` lower-cased, with every non-quantity blanked out, byte for byte.
pub(crate) fn masked(text: &str) -> String {
    let mut bytes = crate::smart::text::fold(text).into_bytes();
    let lower = String::from_utf8_lossy(&bytes).into_owned();
    let keep: Vec<Range<usize>> = KEEP
        .matching(&lower)
        .flat_map(|p| p.find_iter(&lower).map(|m| m.range()))
        .collect();
    // A name that starts at the rank ("top-5") does not blank it; one that only
    // contains it ("OWASP Top 10") does.
    let kept = |r: &Range<usize>| keep.iter().any(|k| k.contains(&r.start));
    for pattern in NOT_QUANTITIES.matching(&lower) {
        for m in pattern.find_iter(&lower) {
            if !kept(&m.range()) {
                bytes[m.range()].fill(b' ');
            }
        }
    }
    for c in TITLED.captures_iter(text) {
        let (Some(word), Some(all)) = (c.get(1), c.get(0)) else {
            continue;
        };
        if names_a_thing(text, word.as_str(), all.start(), all.end()) {
            bytes[all.range()].fill(b' ');
        }
    }
    for m in FRAMEWORK.find_iter(text) {
        bytes[m.range()].fill(b' ');
    }
    // Blanking whole matches keeps UTF-8 valid: every byte of a blanked char is a space.
    String::from_utf8(bytes).unwrap_or_default()
}

/// Where the first quantity stands in `text`, if it states one.
pub fn find(text: &str) -> Option<Range<usize>> {
    let m = masked(text);
    QUANTITIES
        .matching(&m)
        .filter_map(|p| p.find(&m).map(|x| x.range()))
        .min_by_key(|r| r.start)
}

pub fn has_quantity(text: &str) -> bool {
    find(text).is_some()
}

/// How a key result's text reads: a quantity stated, none, or only a word that may
/// stand for one ("all", "every", "most", "所有", "大部分"): a coach would ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    Stated(Range<usize>),
    Unsure(Range<usize>),
    None,
}

/// Words that quantify without a number: "all teammates" may mean 100%, "most" more
/// than half, "our first customer" one, and the text does not say which number it holds
/// itself to.
static UNSURE: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(&[
        r"\b(all|every|each|most|majority|minority|entire|whole|fully|always|never)\b",
        r"所有|全部|全体|每个|每位|每名|每一|每次|每家|每项|每条|各个|各项|大部分|大多数|多数|绝大多数|全员|全量|全面覆盖|全覆盖",
        // 均 as "all of them" before a verb (工作流均有 owner, 均已上线), not an average
        // (月均, 平均: see `measures`) nor a word (均衡, 均值).
        r"均\s*(有|为|已|可|能|需|须|要|应|在|达到|达|完成|通过|覆盖|实现|满足|符合|支持|具备|纳入|接入|配置|建立|采用|使用|上线|部署|附带)",
        // Coverage said to be complete: 完整的 OpenTelemetry 覆盖, 全路线关键帧覆盖.
        r"(完整|全[^面，。；,;\s])\s*[^，。；,;]{0,24}?覆盖($|[^率面])|覆盖\s*(完整|完全|全面)",
        // An ordinal of something counted: "land our first paying customer", "sign a third
        // enterprise customer", 拿下首个付费客户. A count, or a name? A coach would ask.
        r"\b(our|a|the|its|their)\s+(first|second|third|fourth|fifth|tenth|hundredth|thousandth)\s+([a-z-]+\s+){0,2}?(customers?|users?|clients?|deals?|hires?|partners?|logos?|accounts?|subscribers?|contracts?|orders?|sales?|reseller)\b",
        r"(首个|首家|首位|首批|首笔|首单|第[一二三四五六七八九十]+\s*[个家位笔单])\s*{HAN}{0,4}?(客户|用户|订单|合同|伙伴|代理|签约)",
    ])
});

/// A capability ("users can export all reports", "able to serve every region",
/// 用户可以列出所有仓库): the word is part of what becomes possible, not the share the
/// result is held to.
static CAPABILITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(can|able\s+to)(?-u:\b)|可以|能够").unwrap_or_else(|e| panic!("{e}"))
});

/// Whether the word at `at` of the folded `text` stands for a share of something:
/// not `each` as a pronoun ("give each an identity", "help each other"), nor a word
/// inside a capability, nor the 均 of an average (月均).
fn measures(text: &str, at: &Range<usize>) -> bool {
    let word = &text[at.clone()];
    let next = text[at.end..].trim_start();
    let next = &next[..next
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(next.len())];
    let pronoun = word == "each" && matches!(next, "other" | "a" | "an");
    // 平均, 月均, 日均: an average, not "all of them" (人均 is left out: 机器人均已接入).
    let average = word.starts_with('均')
        && text[..at.start]
            .chars()
            .next_back()
            .is_some_and(|c| "平日周月年户场件单亩客季".contains(c));
    let capability = CAPABILITY.is_match(&text[..at.start]);
    !pronoun && !capability && !average
}

/// Reads `text`: [`Reading::Stated`] where [`find`] finds a quantity, else
/// [`Reading::Unsure`] at a word that may stand for one, else [`Reading::None`].
pub fn read(text: &str) -> Reading {
    if let Some(r) = find(text) {
        return Reading::Stated(r);
    }
    let lower = crate::smart::text::fold(text);
    match UNSURE
        .matching(&lower)
        .filter_map(|p| {
            p.find_iter(&lower)
                .map(|m| m.range())
                .find(|r| measures(&lower, r))
        })
        .min_by_key(|r| r.start)
    {
        Some(r) => Reading::Unsure(r),
        None => Reading::None,
    }
}

#[cfg(test)]
mod structure_tests;
#[cfg(test)]
mod table;
#[cfg(test)]
mod tests;
