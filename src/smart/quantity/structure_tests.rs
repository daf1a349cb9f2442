//! Structures found by reading key results okr had never seen (Chinese OKRs published
//! without a licence, measured but not kept: see `tests/lint_table/SOURCES.md`). The
//! texts here are written for the tests, one or more per structure, traps beside them.

use super::*;

fn stated(text: &str) -> Option<&str> {
    match read(text) {
        Reading::Stated(r) => Some(&text[r]),
        _ => None,
    }
}

fn unsure(text: &str) -> Option<&str> {
    match read(text) {
        Reading::Unsure(r) => Some(&text[r]),
        _ => None,
    }
}

#[test]
fn a_figure_set_in_code_is_a_figure() {
    assert_eq!(stated("线上错误率 `<1%`"), Some("1%"));
    assert_eq!(stated("P0 事故次数为 `0`"), Some("0"));
    assert_eq!(stated("Keep p99 under `200ms`"), Some("200"));
    // A literal or a name in code still counts nothing.
    assert_eq!(read("默认配置 `retries=3`"), Reading::None);
    assert_eq!(read("`v2` 接口上线"), Reading::None);
}

#[test]
fn no_incidents_of_a_kind_is_zero() {
    assert!(stated("版本发布无 P1 故障").is_some());
    assert!(stated("升级过程中无生产级事故").is_some());
    assert!(stated("迁移全程无数据丢失").is_some());
    assert!(stated("大促期间不出现 P0 故障").is_some());
    assert!(stated("切换过程中不发生数据丢失").is_some());
    // 无 in words that do not count incidents.
    assert_eq!(read("无人机巡检方案上线"), Reading::None);
    assert_eq!(read("实现新旧系统无缝切换"), Reading::None);
    assert_eq!(read("发布流程无需人工干预"), Reading::None);
    assert_eq!(read("不出现在首页推荐位"), Reading::None);
}

#[test]
fn all_of_them_in_chinese_is_unsure() {
    assert_eq!(unsure("核心服务均已接入监控"), Some("均已"));
    assert_eq!(unsure("各项指标达到行业标准"), Some("各项"));
    assert_eq!(unsure("实现完整的链路追踪覆盖"), Some("完整的链路追踪覆盖"));
    assert_eq!(unsure("确认单元测试覆盖完整"), Some("覆盖完整"));
    assert_eq!(unsure("验证全路线关键帧覆盖"), Some("全路线关键帧覆盖"));
    assert!(stated("三个机器人均已接入调度").is_some(), "a number wins");
    assert_eq!(unsure("机器人均已接入调度"), Some("均已"));
    // Inside a capability, as in English: what becomes possible, not a share.
    assert_eq!(read("管理员可以导出所有审计日志"), Reading::None);
    assert_eq!(unsure("所有管理员可以导出审计日志"), Some("所有"));
    // An average, a word with 均, and a coverage rate are not "all".
    assert_eq!(read("人均产出明显提升"), Reading::None);
    assert_eq!(read("月均活跃度稳步提升"), Reading::None);
    assert_eq!(read("完成负载均衡改造"), Reading::None);
    assert_eq!(read("输出完整的覆盖率报告"), Reading::None);
}

#[test]
fn weights_status_codes_and_metric_windows_are_not_targets() {
    assert_eq!(read("上线新版搜索（权重 30%）"), Reading::None);
    assert_eq!(stated("搜索点击率提升 5%（权重 30%）"), Some("5%"));
    assert_eq!(
        read("Ship the new search page (weight: 30%)"),
        Reading::None
    );
    assert_eq!(read("对 HTTP 503 自动重试"), Reading::None);
    assert_eq!(read("RATE_LIMIT(429) 时退避重试"), Reading::None);
    assert_eq!(read("将 502/503 映射为网络错误"), Reading::None);
    assert_eq!(read("Retry on HTTP 429 with backoff"), Reading::None);
    assert_eq!(stated("5xx 错误率低于 0.1%"), Some("0.1%"));
    // A window names a metric, as D7 does; the target is elsewhere, or missing.
    assert_eq!(read("跟踪 7 日留存率"), Reading::None);
    assert_eq!(stated("7 日留存率提升到 40%"), Some("40%"));
}

#[test]
fn titles_and_one_on_one_are_not_counts() {
    assert_eq!(read("读完《100 个产品案例》"), Reading::None);
    assert_eq!(read("开展 1 对 1 辅导"), Reading::None);
    assert_eq!(read("每周与新人 1v1 面谈"), Reading::None);
    assert_eq!(read("Hold weekly 1-on-1s with new hires"), Reading::None);
    assert_eq!(stated("完成 12 次 1 对 1 辅导"), Some("12"));
}

#[test]
fn the_major_ones_are_counted() {
    assert_eq!(stated("覆盖三大核心场景"), Some("三大核心场景"));
    assert!(stated("五大业务线完成迁移").is_some());
}
