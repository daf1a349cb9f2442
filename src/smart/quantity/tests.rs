//! The verdicts an OKR coach would give on real key results, English and Chinese,
//! traps included. `true`: the text states a quantity.

use super::*;

const CASES: &[(&str, bool)] = &[
    // Plain quantities.
    ("Grow weekly active teams from 120 to 500", true),
    ("Cut churn from 5% to 2%", true),
    ("Reduce p95 latency to 200 ms", true),
    ("Reach 40 NPS", true),
    ("Raise NPS from 32 to 45", true),
    ("Hire 5 senior engineers", true),
    ("Close 3-5 enterprise deals", true),
    ("Sign 1,000 paying customers", true),
    ("Grow ARR to $2M", true),
    ("Grow ARR to $2.5m", true),
    ("Reach €500k in bookings", true),
    ("Get 10k newsletter subscribers", true),
    ("Serve 1.2M requests per day", true),
    ("Keep uptime at 99.95%", true),
    ("Answer 90% of tickets within 4 hours", true),
    ("Onboard new hires in under 2 weeks", true),
    ("Ship 12 customer-requested features", true),
    ("Cut build time from 20 min to 5 min", true),
    ("Lower cost per user by 30%", true),
    ("Improve activation rate by 15 percentage points", true),
    ("Increase conversion from 2.1% to 3%", true),
    ("Publish 8 case studies", true),
    ("Keep error budget burn below 1x", true),
    ("Make checkout 2x faster", true),
    ("Be in the top 3 of G2's grid", true),
    ("Get at least 4.5 stars in the App Store", true),
    ("Run 20 user interviews", true),
    ("Reduce support tickets per 1000 users to 5", true),
    ("Reach 50/50 gender balance in interviews", true),
    ("Move 3 of 7 services to the new platform", true),
    ("Fewer than 2 P1 incidents per month", true),
    ("No more than 3 rollbacks this quarter", true),
    ("Mean time to recovery under 30 minutes", true),
    ("Respond within 24 hours", true),
    ("Raise test coverage to 80 percent", true),
    ("Increase MAU 3×", true),
    // Number words and multipliers.
    ("Double the number of weekly active teams", true),
    ("Halve onboarding time", true),
    ("Cut onboarding time in half", true),
    ("Reduce tickets by half", true),
    ("Triple organic signups", true),
    ("Zero data-loss incidents", true),
    ("Ten enterprise logos on the website", true),
    ("Interview twelve churned customers", true),
    ("Grow revenue tenfold in the region", true),
    ("Keep churn in single digits", true),
    ("Get twice as many referrals", true),
    ("Sign two design partners", true),
    ("Hire a dozen engineers", true),
    ("Grow to three hundred customers", true),
    // Versions are not quantities.
    ("Ship v4.1", false),
    ("Release version 2.0 of the API", false),
    ("Migrate to Java 21", false),
    ("Adopt OAuth 2.0 for all services", false),
    ("Upgrade to Python 3.12", false),
    ("Roll out FTO4.1", false),
    ("Move all clients to HTTP/2", false),
    ("Support iOS 18", false),
    ("Deliver 2.x compatibility", false),
    ("Upgrade Postgres 16 clusters", false),
    ("Launch release 3 of the app", false),
    ("Finish phase 2 of the migration", false),
    ("Complete sprint 14 goals", false),
    ("Ship Windows 11 support", false),
    ("Bump the SDK to 5.3.1", false),
    ("Adopt Kubernetes 1.31", false),
    // Years and dates are not quantities.
    ("Publish the 2026 roadmap", false),
    ("Launch in March 2027", false),
    ("Finish the migration by 2026-12-15", false),
    ("Deliver the plan by March 3", false),
    ("Prepare the FY27 budget", false),
    ("Hold the offsite on 12/05/2026", false),
    // Quarter and half names are not quantities.
    ("Write the Q3 plan", false),
    ("Finalize H2 hiring plan", false),
    ("Deliver the 2026-Q4 review", false),
    ("Plan the second half of the year", false),
    // Standards are not quantities.
    ("Achieve ISO 9001 certification", false),
    ("Pass the SOC 2 Type II audit", false),
    ("Become PCI DSS 4.0 compliant", false),
    ("Get ISO/IEC 27001:2022 certified", false),
    ("Implement RFC 9110 caching", false),
    ("Meet WCAG 2.2 AA on the checkout", false),
    ("Fix the OWASP Top 10 issues", false),
    // Names with digits are not quantities.
    ("Move backups to S3", false),
    ("Migrate workloads to EC2", false),
    ("Launch the B2B portal", false),
    ("Explore Web3 payments", false),
    ("Roll out 5G coverage in stores", false),
    ("Build the 3D product viewer", false),
    ("Enforce 2FA", false),
    ("Offer 24/7 support", false),
    ("Support 4K video playback", false),
    ("Fix COVID-19 reporting", false),
    ("Close JIRA-123", false),
    ("Become the #1 OKR tool", false),
    ("Run the 360 review", false),
    // Vague and activity-only key results.
    ("Improve onboarding", false),
    ("Optimize the checkout flow", false),
    ("Enhance customer satisfaction", false),
    ("Make the dashboard better", false),
    ("Launch the new pricing page", false),
    ("Ship interactive KR picking", false),
    ("Publish the public API", false),
    ("Increase revenue", false),
    ("Reduce churn significantly", false),
    ("Be the best place to work", false),
    ("Build one platform for all teams", false),
    ("No one waits for a build", false),
    ("Grow the community", false),
    ("World-class reliability", false),
    // Traps that are quantities after all.
    ("Hire 2 engineers for the B2B portal", true),
    ("Cut S3 costs by 20%", true),
    ("Ship v4.1 to 80% of users", true),
    ("Pass ISO 9001 with 0 major findings", true),
    ("Reach 4k users on the 5G plan", true),
    ("In 2026, serve 3 new regions", true),
    ("Q3: close 12 deals", true),
    ("Reduce P1 incidents from 8 to 2", true),
    // Chinese: quantities.
    ("企业客户从 12 家增加到 30 家", true),
    ("客户满意度从 72 分提升到 85 分", true),
    ("续约率保持在 90% 以上", true),
    ("月活跃用户达到 50万", true),
    ("年收入突破 2亿元", true),
    ("平均响应时间降低到 200 毫秒以内", true),
    ("故障恢复时间不超过 30 分钟", true),
    ("新增三家标杆客户", true),
    ("招聘五名高级工程师", true),
    ("用户投诉量减少一半", true),
    ("付费转化率翻倍", true),
    ("线上事故数量减半", true),
    ("测试覆盖率提升到百分之八十", true),
    ("交付周期缩短到两周", true),
    ("客单价提高两倍", true),
    ("实现零故障发布", true),
    ("边界文档零冲突", true),
    ("上线后零回滚", true),
    ("拓展零售渠道", false),
    ("降低零部件库存", false),
    ("NPS 不低于 40", true),
    ("每月至少举办 2 场用户沙龙", true),
    ("完成十个重点客户的回访", true),
    ("获客成本下降 15%", true),
    ("首屏加载时间低于 1.5 秒", true),
    ("签约 3-5 家渠道合作伙伴", true),
    ("销售额增长一倍", true),
    ("发布 V2.0 并覆盖 80% 用户", true),
    ("2026年新增 20 家客户", true),
    // Chinese: not quantities.
    ("提升用户体验", false),
    ("优化注册流程", false),
    ("改善客户满意度", false),
    ("加强团队协作", false),
    ("发布新版本", false),
    ("上线会员体系", false),
    ("发布 V2.0", false),
    ("升级到 Java 21", false),
    ("通过 ISO 27001 认证", false),
    ("通过等保三级认证", false),
    ("满足等保2.0要求", false),
    ("完成 2026 年规划", false),
    ("制定第三季度计划", false),
    ("准备 Q3 目标", false),
    ("推进 5G 业务", false),
    ("做好双十一大促准备", false),
    ("保障 618 大促稳定", false),
    ("成为行业第一", false),
    ("打造一站式服务平台", false),
    ("十分重要的客户体验项目", false),
    ("统一数据平台", false),
    ("大家一起提升效率", false),
    ("完成一个新功能", false),
    ("搭建一体化运维体系", false),
    ("进一步提升服务质量", false),
    ("千方百计提高收入", false),
    ("12月15日前上线新官网", false),
    ("迁移到 S3", false),
    ("开发 B2B 门户", false),
    // Code, and numbers that name a structure's kind.
    ("Map `/cmd_vel` to `T=1` wheel commands", false),
    ("Set `retries=3` and cut failed deploys to 2 a month", true),
    ("Roll out two-factor login to admins", false),
    ("Move to a three-tier architecture", false),
    ("Cut onboarding from five steps to three", true),
    ("建立三级渗透体系", false),
    ("Roll the 5C talent model out to sales", false),
    ("Drive one decision on the pricing model", true),
    ("Run the Kubernetes 101 webinar series for partners", false),
    ("Deliver the 2-day onboarding workshop to new hires", false),
    ("Draft the plan for a 3 year outlook", false),
    ("Cut onboarding from 5 days to 2 days", true),
    ("Run 4 two-day workshops", true),
    ("Train 101 new support engineers", true),
    ("Ship one new integration a month", true),
    ("Launch one of the pilots", false),
    ("Be the one place teams plan", false),
    ("Apply the 4P framework to the launch", false),
    ("Cut p95 page load to 2s", true),
    ("Grow to 5K weekly users", true),
    ("Create 1st class experiences for partners", false),
    ("Win 1st place in 2 hackathons", true),
    ("搭建二级目录", false),
    ("三级以上故障减少 50%", true),
    ("新增三家省级代理", true),
];

#[test]
fn verdicts_on_key_result_texts() {
    assert!(CASES.len() >= 150, "{} cases", CASES.len());
    let wrong: Vec<String> = CASES
        .iter()
        .filter(|(text, want)| has_quantity(text) != *want)
        .map(|(text, want)| {
            let why = find(text)
                .map(|r| format!(" (found `{}`)", &text[r]))
                .unwrap_or_default();
            format!(
                "{text:?}: expected {}{why}",
                if *want { "a quantity" } else { "none" }
            )
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_plain_digit_rule_is_not_good_enough() {
    // What "does it contain a digit" would say: how many of the cases it gets wrong.
    let naive_wrong = CASES
        .iter()
        .filter(|(t, want)| t.chars().any(|c| c.is_ascii_digit()) != *want)
        .count();
    assert!(
        naive_wrong * 5 > CASES.len(),
        "the table should hold traps: naive gets {naive_wrong} wrong"
    );
}

#[test]
fn the_span_points_at_the_quantity() {
    let text = "Cut churn from 5% to 2%";
    assert_eq!(&text[find(text).unwrap()], "5%");
    let zh = "企业客户从 12 家增加到 30 家";
    assert_eq!(&zh[find(zh).unwrap()], "12");
    let big = "Sign 1,000 paying customers";
    assert_eq!(&big[find(big).unwrap()], "1,000");
    assert_eq!(find("Ship v4.1"), None);
}

/// Quantities and names by their structure, in both languages: fractions in words,
/// model codes, certification levels, upgrades between versions.
const STRUCTURES: &[(&str, bool)] = &[
    ("Cut onboarding time by a third", true),
    ("Two thirds of tickets answered by the help center", true),
    ("Three out of four trials convert", true),
    ("One in five visitors signs up", true),
    ("投诉量减少三分之一", true),
    ("九成用户完成新手引导", true),
    ("At least one customer goes live on the new API", true),
    ("Rank in the top-5 on G2", true),
    ("Raise the App Store rating from 4.2 to 4.5", true),
    ("Ship the S7-1500 driver", false),
    ("Support the Mate 60 launch", false),
    ("Finish Iteration 2 of the mobile app", false),
    ("通过等保2.0三级测评", false),
    ("Upgrade the clusters from 1.24 to 1.28", false),
    ("将 Kubernetes 从 1.24 升级到 1.28", false),
    ("Complete Security 101 training", false),
    ("Adopt IFRS 16 for leases", false),
    ("Fix the OWASP Top 10 issues", false),
    ("One or more partners resell the plan", true),
    ("gRPC 1.60 is supported on every node", false),
    ("The sync engine 3.1 gets released to beta users", false),
    ("Raise the rating to 4.5 by June", true),
    // Traditional Chinese reads as simplified: measure words, verbs, bounds.
    ("新增三個區域代理", true),
    ("每個季度舉辦兩場線下活動", true),
    ("將退貨率減少一半", true),
    ("客訴數量降至 20 件以下", true),
    ("完成等保2.0三級測評", false),
    // Zero, one and scales as targets, by their structure.
    ("No P1 incidents for the quarter", true),
    ("Shave a week off the release cycle", true),
    ("Go from monthly to weekly releases", true),
    ("Roll out HTTP/3 at the edge", false),
    ("线上 P0 故障为零", true),
    ("零重大安全事故", true),
    ("工单积压清零", true),
    ("库存周转天数缩短一周", true),
    ("至少完成一次灾备演练", true),
    ("年度营收过亿", true),
    ("海外收入占比过半", true),
    ("核心岗位流失率控制在个位数", true),
    ("完成第一期人才梯队建设", false),
];

#[test]
fn quantities_and_names_by_their_structure() {
    for (text, want) in STRUCTURES {
        assert_eq!(
            has_quantity(text),
            *want,
            "{text:?} (found {:?})",
            find(text)
        );
    }
}

#[test]
fn a_word_without_a_number_reads_as_unsure() {
    let unsure = |t: &str| match read(t) {
        Reading::Unsure(r) => Some(t[r].to_string()),
        _ => None,
    };
    assert_eq!(
        unsure("All teammates finish security training").as_deref(),
        Some("All")
    );
    assert_eq!(unsure("每位新员工完成入职培训").as_deref(), Some("每位"));
    assert_eq!(unsure("每次发布均附带回滚步骤").as_deref(), Some("每次"));
    assert_eq!(
        unsure("Most tickets are answered by the bot").as_deref(),
        Some("Most")
    );
    // A number wins over the word; nothing at all is none.
    assert!(matches!(
        read("All 12 teams adopt the template"),
        Reading::Stated(_)
    ));
    assert_eq!(read("Launch the pricing page"), Reading::None);
    // Absolutes of time stand for 100% and 0% of the times.
    assert_eq!(
        unsure("The nightly build always passes").as_deref(),
        Some("always")
    );
    assert_eq!(
        unsure("Never lose a customer's data").as_deref(),
        Some("Never")
    );
    assert_eq!(unsure("每個團隊完成季度覆盤").as_deref(), Some("每個"));
    // An ordinal of something counted may be a count or a name.
    assert_eq!(
        unsure("Land our first paying customer in Japan").as_deref(),
        Some("our first paying customer")
    );
    assert_eq!(unsure("拿下首个付费客户").as_deref(), Some("首个付费客户"));
    assert_eq!(read("Ship the first release of the SDK"), Reading::None);
    // `each` as a pronoun, and a word inside a capability, measure nothing.
    assert_eq!(read("Teams review each other's plans"), Reading::None);
    assert_eq!(read("Give each a named owner"), Reading::None);
    assert_eq!(read("Admins can export all audit logs"), Reading::None);
    assert_eq!(read("Customers are able to pause every job"), Reading::None);
    assert_eq!(
        unsure("All admins can export audit logs").as_deref(),
        Some("All")
    );
}

#[test]
fn folding_keeps_offsets() {
    let text = "每個季度減少 20% 的 P1 事故";
    let folded = crate::smart::text::fold(text);
    assert_eq!(folded, "每个季度减少 20% 的 p1 事故");
    assert_eq!(folded.len(), text.len());
    assert_eq!(&text[find(text).unwrap()], "20%");
}
