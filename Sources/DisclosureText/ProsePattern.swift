import DisclosureModel

/// A 信息处理费 figure of section 六 (2021 edition).
enum FeeField: Hashable, Sendable {
    /// 发出收费通知的件数.
    case noticesIssued
    /// 收费通知的总金额.
    case amountNotified
    /// 实际收取的总金额.
    case amountCollected
}

/// Where a figure read from prose goes.
enum ProseTarget: Hashable, Sendable {
    /// A figure quoted in the prose, for comparison with the tables.
    case quoted(QuotedFigure.Kind)
    /// A fee figure (`ProcessingFees`).
    case fee(FeeField)
}

/// A way a figure is quoted in prose: "受理依申请公开 178 件", "共收到8份政府信息公开申请".
///
/// A number followed by one of `units` is read as `target` when, in the clause before it (back to the nearest
/// `，、；。` or the end of the figure before it), every group of `before` has a keyword; when `after` is set, the text right after the unit must begin
/// with one of its words; when `context` is set, the sentence before the number must contain one of its words; and
/// the clause contains none of `excluding` and the sentence before the number none of `notInSentence` (words that
/// say the figure counts another body's or another publication's things: "市政府公报刊登…"). When several patterns
/// fit, the one with the keyword nearest the number wins, then the earlier in the list.
struct ProsePattern: Sendable {
    var target: ProseTarget
    var before: [[String]]
    var after: [String] = []
    var context: [String] = []
    var excluding: [String] = []
    var notInSentence: [String] = []
    var units: [String]
}

/// Words that state an outcome without a digit ("均获维持", "无败诉", "全部办结"): the figure `target` is then 0.
/// Read when the sentence up to the phrase contains one of `subjects` (any, when empty) and none of `unless`.
struct OutcomePhrase: Sendable {
    var target: ProseTarget
    var phrases: [String]
    var subjects: [String] = []
    var unless: [String] = []
}

/// A phrase that states a figure is zero without a digit: "无下年度结转", "未发生…行政复议", "未收取信息处理费".
/// One of `triggers`, then within `maxGap` characters one of `keywords`, in the same clause (split on `，；。`).
struct ZeroPhrase: Sendable {
    var target: ProseTarget
    var triggers: [String]
    var keywords: [String]
    var maxGap: Int
}

/// The phrasings the reader knows. Adding one is adding a line here.
enum ProsePatterns {
    static let counts = ["件", "份", "个", "条", "次", "起", "家", "篇", "项", "期", "人次", "人", "名"]
    static let money = ["元", "万元"]

    /// Words in a sentence that say its figures are not the report's own documents: the government gazette's
    /// contents, documents reviewed, filed or cleaned up for other bodies.
    static let otherPublication = ["公报", "刊登", "刊发", "刊载", "汇编"]
    static let othersDocuments = ["部门规范性文件", "各部门", "审核", "审查", "备案", "清理", "废止", "代拟", "征求意见", "合法性"]
    /// Words that put a sentence's subject beyond the reporting body (a city's departments, a system's units): its
    /// figures are compared as notes at most.
    static let widerSubject = ["全市", "全区", "全县", "全省", "各县", "各区", "各乡镇", "各街道", "各部门", "各单位", "所属", "下属", "系统内"]
    static let reviewWords = ["复议"]
    static let suitWords = ["诉讼", "起诉"]

    static let patterns: [ProsePattern] = [
        // 表三 三、本年度办理结果 by category (the joined one first: it wins a tie with 部分公开)
        ProsePattern(
            target: .quoted(.applicationsGrantedOrPartly), before: [["予以公开", "同意公开", "全部公开"], ["部分公开"]],
            units: ["件", "份", "个", "条"]),
        ProsePattern(
            target: .quoted(.applicationsGranted), before: [["予以公开", "同意公开", "全部公开"]], excluding: ["部分公开"],
            units: ["件", "份", "个", "条"]),
        ProsePattern(target: .quoted(.applicationsPartlyGranted), before: [["部分公开"]], units: ["件", "份", "个", "条"]),
        ProsePattern(target: .quoted(.applicationsWithheld), before: [["不予公开"]], units: ["件", "份", "个", "条"]),
        ProsePattern(target: .quoted(.applicationsUnavailable), before: [["无法提供"]], units: ["件", "份", "个", "条"]),
        ProsePattern(target: .quoted(.applicationsNotProcessed), before: [["不予处理"]], units: ["件", "份", "个", "条"]),
        ProsePattern(target: .quoted(.applicationsOtherHandling), before: [["其他处理"]], units: ["件", "份", "个", "条"]),
        // 表四 by outcome: only where the sentence speaks of one of 复议 and 诉讼
        ProsePattern(
            target: .quoted(.reviewsUpheld), before: [["维持"]], context: reviewWords, notInSentence: suitWords,
            units: ["件", "起", "个"]),
        ProsePattern(
            target: .quoted(.reviewsCorrected), before: [["纠正", "撤销", "确认违法"]], context: reviewWords,
            notInSentence: suitWords, units: ["件", "起", "个"]),
        ProsePattern(
            target: .quoted(.reviewsPending), before: [["尚未审结", "未审结", "正在审理", "审理中"]], context: reviewWords,
            notInSentence: suitWords, units: ["件", "起", "个"]),
        ProsePattern(
            target: .quoted(.reviewsPending), before: [], after: ["尚未审结", "未审结", "正在审理"], context: reviewWords,
            notInSentence: suitWords, units: ["件", "起", "个"]),
        ProsePattern(
            target: .quoted(.litigationPending), before: [], after: ["尚未审结", "未审结", "正在审理"], context: suitWords,
            notInSentence: reviewWords, units: ["件", "起", "个"]),
        ProsePattern(
            target: .quoted(.litigationUpheld), before: [["维持", "胜诉", "驳回"]], context: suitWords,
            notInSentence: reviewWords, units: ["件", "起", "个"]),
        ProsePattern(
            target: .quoted(.litigationCorrected), before: [["纠正", "败诉", "撤销", "确认违法"]], context: suitWords,
            notInSentence: reviewWords, units: ["件", "起", "个"]),
        ProsePattern(
            target: .quoted(.litigationPending), before: [["尚未审结", "未审结", "正在审理", "审理中"]], context: suitWords,
            notInSentence: reviewWords, units: ["件", "起", "个"]),
        // 表二 decisions and regulations
        ProsePattern(
            target: .quoted(.licensingDecisions), before: [["行政许可"], ["决定", "办件", "办结"]],
            units: ["件", "个", "项", "宗"]),
        ProsePattern(
            target: .quoted(.penaltyDecisions), before: [["行政处罚"], ["决定", "办件", "办结"]],
            units: ["件", "个", "项", "宗"]),
        ProsePattern(
            target: .quoted(.enforcementDecisions), before: [["行政强制"], ["决定", "办件", "办结"]],
            units: ["件", "个", "项", "宗"]),
        ProsePattern(
            target: .quoted(.regulations), before: [["规章"]],
            excluding: ["规范性文件", "部门规章", "规章制度"] + othersDocuments, notInSentence: otherPublication,
            units: ["件", "部", "个"]),
        // 依申请公开 (表三)
        ProsePattern(
            target: .quoted(.applicationsCarriedOver), before: [["上年", "上一年"], ["结转"]], units: ["件", "份", "个"]),
        ProsePattern(
            target: .quoted(.applicationsTransferred), before: [["转办", "转交", "转送"], ["申请"]], units: ["件", "份", "个"]),
        ProsePattern(
            target: .quoted(.applicationsReceived), before: [["收到", "受理", "接收", "新收"], ["申请"]],
            excluding: ["转办", "转交"], units: ["件", "份", "个", "条"]),
        ProsePattern(
            target: .quoted(.applicationsReceived), before: [["收到", "受理", "接收", "新收"]],
            after: ["政府信息公开申请", "信息公开申请", "依申请公开", "申请"], units: ["件", "份", "个", "条"]),
        ProsePattern(
            target: .quoted(.applicationsCarriedForward), before: [["结转"]], excluding: ["上年", "上一年"],
            units: ["件", "份", "个"]),
        ProsePattern(
            target: .quoted(.applicationsAnswered), before: [["办结", "答复"]], excluding: ["结转"], units: ["件", "份", "个"]),
        ProsePattern(
            target: .quoted(.applicationsAnswered), before: [["其余", "共", "均", "全部"]],
            after: ["全部按时答复", "按时答复", "均已答复", "已全部答复", "全部办结", "均已办结", "已办结"], units: ["件", "份", "个"]),
        // 复议 / 诉讼 (表四)
        ProsePattern(target: .quoted(.administrativeLitigation), before: [["诉讼", "起诉"]], units: ["件", "起", "次", "个"]),
        ProsePattern(target: .quoted(.administrativeReviews), before: [["复议"]], units: ["件", "起", "次", "个"]),
        // 主动公开
        ProsePattern(
            target: .quoted(.normativeDocuments), before: [["规范性文件"]], excluding: othersDocuments,
            notInSentence: otherPublication, units: ["件", "份", "个", "篇"]),
        ProsePattern(target: .quoted(.policyInterpretations), before: [["解读"]], units: ["件", "份", "篇", "条", "期", "个"]),
        ProsePattern(target: .quoted(.announcements), before: [["公示公告", "公告公示"]], units: ["条", "件", "份", "篇"]),
        ProsePattern(
            target: .quoted(.documentsTransferred), before: [["移交", "报送"], ["文件"]], units: ["件", "份", "套"]),
        ProsePattern(target: .quoted(.documentsPublished), before: [["公开"], ["文件"]], units: ["件", "份", "个", "篇"]),
        ProsePattern(
            target: .quoted(.informationPublished), before: [["发布", "公开"], ["信息"]], excluding: ["申请"],
            units: ["条", "件", "篇"]),
        // 平台
        ProsePattern(
            target: .quoted(.newMediaWeChat), before: [["微信"]], context: ["新媒体"], units: ["个", "家"]),
        ProsePattern(target: .quoted(.newMediaWeibo), before: [["微博"]], context: ["新媒体"], units: ["个", "家"]),
        ProsePattern(
            target: .quoted(.newMediaApp), before: [["客户端", "APP", "App", "app"]], context: ["新媒体"], units: ["个", "家"]),
        ProsePattern(target: .quoted(.newMediaOther), before: [["其它", "其他"]], context: ["新媒体"], units: ["个", "家"]),
        ProsePattern(target: .quoted(.newMediaAccounts), before: [["新媒体"]], units: ["个", "家"]),
        ProsePattern(
            target: .quoted(.websites), before: [["开通", "开设", "运行", "运维", "保留", "共有"], ["网站"]], units: ["个", "家"]),
        // 培训
        ProsePattern(target: .quoted(.trainees), before: [["培训"]], units: ["人次", "人", "名"]),
        // 信息处理费 (section 六)
        ProsePattern(target: .fee(.noticesIssued), before: [["收费通知"]], units: ["件", "份", "次", "笔"]),
        ProsePattern(
            target: .fee(.noticesIssued), before: [["发出", "发放", "送达", "开具"]], after: ["收费通知"],
            units: ["件", "份", "次", "笔"]),
        ProsePattern(target: .fee(.amountCollected), before: [["实际收取", "实收", "已收取", "收取"]], excluding: ["通知"], units: money),
        ProsePattern(
            target: .fee(.amountNotified), before: [["金额", "总额", "共计", "合计"]], context: ["收费通知"],
            excluding: ["实际", "收取"], units: money),
    ]

    static let zeroPhrases: [ZeroPhrase] = [
        ZeroPhrase(
            target: .quoted(.applicationsCarriedForward), triggers: ["无", "没有"],
            keywords: ["下年度结转", "结转下年度", "结转下一年度", "结转"], maxGap: 2),
        ZeroPhrase(
            target: .quoted(.administrativeReviews), triggers: ["未发生", "没有发生", "未收到", "无", "未产生", "未出现"],
            keywords: ["行政复议"], maxGap: 16),
        ZeroPhrase(
            target: .quoted(.administrativeLitigation), triggers: ["未发生", "没有发生", "无", "未产生", "未出现"],
            keywords: ["行政诉讼"], maxGap: 16),
        ZeroPhrase(
            target: .fee(.amountCollected), triggers: ["未", "没有", "无", "不"],
            keywords: ["收取信息处理费", "收取任何信息处理费", "收取任何费用", "收取费用", "产生信息处理费"], maxGap: 2),
        ZeroPhrase(
            target: .fee(.noticesIssued), triggers: ["未", "没有", "无"], keywords: ["发出收费通知", "发放收费通知", "开具收费通知"],
            maxGap: 2),
    ]

    static let upheldPhrases = ["均获维持", "均被维持", "全部维持", "均予以维持", "均予维持", "均维持", "全部获得维持", "均得到维持"]

    static let outcomePhrases: [OutcomePhrase] = [
        OutcomePhrase(target: .quoted(.reviewsNotUpheld), phrases: upheldPhrases, subjects: reviewWords),
        OutcomePhrase(target: .quoted(.litigationNotUpheld), phrases: upheldPhrases, subjects: suitWords),
        OutcomePhrase(
            target: .quoted(.litigationLost), phrases: ["无败诉", "没有败诉", "未发生败诉", "零败诉", "未出现败诉", "均未败诉"]),
        OutcomePhrase(
            target: .quoted(.applicationsLeftOpen),
            phrases: [
                "全部办结", "均已办结", "已全部办结", "全部按时办结", "均按时办结", "均已按时办结", "全部按期办结", "均按期办结",
                "均已按期办结",
            ],
            subjects: ["申请"], unless: ["结转", "其余", "剩余", "除"]),
    ]

    /// Every unit any pattern accepts, longest first (so `人次` wins over `人`).
    static let allUnits: [String] = {
        var set = Set<String>()
        for p in patterns { set.formUnion(p.units) }
        return set.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }()
}
