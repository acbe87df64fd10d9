extension WebsiteFormSpec.FieldKey {
    /// 网站名称.
    public static let siteName: Self = "siteName"
    /// 首页网址.
    public static let homepageURL: Self = "homepageURL"
    /// 主办单位.
    public static let hostUnit: Self = "hostUnit"
    /// 网站类型.
    public static let siteType: Self = "siteType"
    /// 政府网站标识码.
    public static let siteCode: Self = "siteCode"
    /// ICP备案号.
    public static let icpRecord: Self = "icpRecord"
    /// 公安机关备案号.
    public static let publicSecurityRecord: Self = "publicSecurityRecord"
    /// 独立用户访问总量.
    public static let uniqueVisitors: Self = "uniqueVisitors"
    /// 网站总访问量.
    public static let totalVisits: Self = "totalVisits"
    /// 信息发布 总数.
    public static let infoTotal: Self = "infoTotal"
    /// 概况类信息更新量.
    public static let infoOverview: Self = "infoOverview"
    /// 政务动态信息更新量.
    public static let infoNews: Self = "infoNews"
    /// 信息公开目录信息更新量.
    public static let infoCatalogue: Self = "infoCatalogue"
    /// 专栏专题 维护数量.
    public static let columnsMaintained: Self = "columnsMaintained"
    /// 专栏专题 新开设数量.
    public static let columnsNew: Self = "columnsNew"
    /// 解读信息发布 总数.
    public static let interpretationTotal: Self = "interpretationTotal"
    /// 解读材料数量.
    public static let interpretationMaterials: Self = "interpretationMaterials"
    /// 解读产品数量.
    public static let interpretationProducts: Self = "interpretationProducts"
    /// 媒体评论文章数量.
    public static let interpretationMediaArticles: Self = "interpretationMediaArticles"
    /// 回应公众关注热点或重大舆情数量.
    public static let hotspotResponses: Self = "hotspotResponses"
    /// 是否发布服务事项目录.
    public static let serviceCatalogue: Self = "serviceCatalogue"
    /// 注册用户数.
    public static let registeredUsers: Self = "registeredUsers"
    /// 政务服务事项数量.
    public static let serviceItems: Self = "serviceItems"
    /// 可全程在线办理政务服务事项数量.
    public static let serviceItemsOnline: Self = "serviceItemsOnline"
    /// 办件量 总数.
    public static let casesTotal: Self = "casesTotal"
    /// 自然人办件量.
    public static let casesNaturalPerson: Self = "casesNaturalPerson"
    /// 法人办件量.
    public static let casesLegalPerson: Self = "casesLegalPerson"
    /// 是否使用统一平台.
    public static let unifiedPlatform: Self = "unifiedPlatform"
    /// 收到留言数量.
    public static let messagesReceived: Self = "messagesReceived"
    /// 办结留言数量.
    public static let messagesClosed: Self = "messagesClosed"
    /// 平均办理时间（天）.
    public static let messageAverageDays: Self = "messageAverageDays"
    /// 公开答复数量.
    public static let messagesAnsweredPublicly: Self = "messagesAnsweredPublicly"
    /// 征集调查期数.
    public static let surveyRounds: Self = "surveyRounds"
    /// 收到意见数量.
    public static let surveyOpinions: Self = "surveyOpinions"
    /// 公布调查结果期数.
    public static let surveyResultsPublished: Self = "surveyResultsPublished"
    /// 访谈期数.
    public static let interviewRounds: Self = "interviewRounds"
    /// 网民留言数量.
    public static let interviewQuestions: Self = "interviewQuestions"
    /// 答复网民提问数量.
    public static let interviewAnswers: Self = "interviewAnswers"
    /// 是否提供智能问答.
    public static let smartQA: Self = "smartQA"
    /// 安全检测评估次数.
    public static let securityChecks: Self = "securityChecks"
    /// 发现问题数量.
    public static let securityIssuesFound: Self = "securityIssuesFound"
    /// 问题整改数量.
    public static let securityIssuesFixed: Self = "securityIssuesFixed"
    /// 是否建立安全监测预警机制.
    public static let securityMonitoring: Self = "securityMonitoring"
    /// 是否开展应急演练.
    public static let emergencyDrill: Self = "emergencyDrill"
    /// 是否明确网站安全责任人.
    public static let securityOfficer: Self = "securityOfficer"
    /// 是否有移动新媒体.
    public static let hasNewMedia: Self = "hasNewMedia"
    /// 微博 名称.
    public static let weiboName: Self = "weiboName"
    /// 微博 信息发布量.
    public static let weiboPosts: Self = "weiboPosts"
    /// 微博 关注量.
    public static let weiboFollowers: Self = "weiboFollowers"
    /// 微信 名称.
    public static let weChatName: Self = "weChatName"
    /// 微信 信息发布量.
    public static let weChatPosts: Self = "weChatPosts"
    /// 微信 订阅数.
    public static let weChatSubscribers: Self = "weChatSubscribers"
    /// 移动新媒体 其他.
    public static let otherNewMedia: Self = "otherNewMedia"
    /// 创新发展.
    public static let innovation: Self = "innovation"
}

extension WebsiteFormSpec {
    /// Our reconstruction of the 2018 政府网站工作年度报表 (FORMATS.md §3; confidence C — amend as data).
    public static let standard: WebsiteFormSpec = {
        typealias F = Field
        let yesNo = FieldKind.yesNo
        var fields: [F] = [
            F(.siteName, "网站名称", kind: .text),
            F(.homepageURL, "首页网址", kind: .text),
            F(.hostUnit, "主办单位", kind: .text),
            F(.siteType, "网站类型", kind: .choice(["政府门户网站", "部门网站", "专项网站"])),
            F(.siteCode, "政府网站标识码", kind: .text),
            F(.icpRecord, "ICP备案号", kind: .text),
            F(.publicSecurityRecord, "公安机关备案号", kind: .text),
            F(.uniqueVisitors, "独立用户访问总量", unit: "个", aliases: ["独立用户访问量"]),
            F(.totalVisits, "网站总访问量", unit: "次"),
        ]
        let info = "信息发布"
        fields += [
            F(.infoTotal, "总数", block: info, unit: "条"),
            F(.infoOverview, "概况类信息更新量", block: info, unit: "条"),
            F(.infoNews, "政务动态信息更新量", block: info, unit: "条"),
            F(.infoCatalogue, "信息公开目录信息更新量", block: info, unit: "条", aliases: ["信息公开目录更新量"]),
        ]
        let columns = "专栏专题"
        fields += [
            F(.columnsMaintained, "维护数量", block: columns, unit: "个"),
            F(.columnsNew, "新开设数量", block: columns, unit: "个"),
        ]
        let interp = "解读回应"
        let interpGroup = "解读信息发布"
        fields += [
            F(.interpretationTotal, "总数", block: interp, group: interpGroup, unit: "条"),
            F(.interpretationMaterials, "解读材料数量", block: interp, group: interpGroup, unit: "条"),
            F(.interpretationProducts, "解读产品数量", block: interp, group: interpGroup, unit: "个"),
            F(.interpretationMediaArticles, "媒体评论文章数量", block: interp, group: interpGroup, unit: "篇"),
            F(.hotspotResponses, "回应公众关注热点或重大舆情数量", block: interp, unit: "次", aliases: ["回应公众关注"]),
        ]
        let service = "办事服务"
        fields += [
            F(.serviceCatalogue, "是否发布服务事项目录", block: service, kind: yesNo),
            F(.registeredUsers, "注册用户数", block: service, unit: "个", aliases: ["政务服务注册用户数"]),
            F(.serviceItems, "政务服务事项数量", block: service, unit: "项"),
            F(.serviceItemsOnline, "可全程在线办理政务服务事项数量", block: service, unit: "项"),
            F(.casesTotal, "总数", block: service, group: "办件量", unit: "件", aliases: ["在线办理办件量"]),
            F(.casesNaturalPerson, "自然人办件量", block: service, group: "办件量", unit: "件"),
            F(.casesLegalPerson, "法人办件量", block: service, group: "办件量", unit: "件"),
        ]
        let interaction = "互动交流"
        fields += [
            F(.unifiedPlatform, "是否使用统一平台", block: interaction, kind: yesNo),
            F(.messagesReceived, "收到留言数量", block: interaction, group: "留言办理", unit: "条"),
            F(.messagesClosed, "办结留言数量", block: interaction, group: "留言办理", unit: "条"),
            F(.messageAverageDays, "平均办理时间", block: interaction, group: "留言办理", unit: "天", kind: .measure),
            F(.messagesAnsweredPublicly, "公开答复数量", block: interaction, group: "留言办理", unit: "条", aliases: ["公开答复数"]),
            F(.surveyRounds, "征集调查期数", block: interaction, group: "征集调查", unit: "期"),
            F(.surveyOpinions, "收到意见数量", block: interaction, group: "征集调查", unit: "条"),
            F(.surveyResultsPublished, "公布调查结果期数", block: interaction, group: "征集调查", unit: "期"),
            F(.interviewRounds, "访谈期数", block: interaction, group: "在线访谈", unit: "期", aliases: ["在线访谈期数"]),
            F(.interviewQuestions, "网民留言数量", block: interaction, group: "在线访谈", unit: "条"),
            F(.interviewAnswers, "答复网民提问数量", block: interaction, group: "在线访谈", unit: "条"),
            F(.smartQA, "是否提供智能问答", block: interaction, kind: yesNo),
        ]
        let security = "安全防护"
        fields += [
            F(.securityChecks, "安全检测评估次数", block: security, unit: "次"),
            F(.securityIssuesFound, "发现问题数量", block: security, unit: "个"),
            F(.securityIssuesFixed, "问题整改数量", block: security, unit: "个"),
            F(.securityMonitoring, "是否建立安全监测预警机制", block: security, kind: yesNo),
            F(.emergencyDrill, "是否开展应急演练", block: security, kind: yesNo),
            F(.securityOfficer, "是否明确网站安全责任人", block: security, kind: yesNo),
        ]
        let media = "移动新媒体"
        fields += [
            F(.hasNewMedia, "是否有移动新媒体", block: media, kind: yesNo),
            F(.weiboName, "名称", block: media, group: "微博", kind: .text),
            F(.weiboPosts, "信息发布量", block: media, group: "微博", unit: "条"),
            F(.weiboFollowers, "关注量", block: media, group: "微博", unit: "个"),
            F(.weChatName, "名称", block: media, group: "微信", kind: .text),
            F(.weChatPosts, "信息发布量", block: media, group: "微信", unit: "条", aliases: ["微信信息发布量"]),
            F(.weChatSubscribers, "订阅数", block: media, group: "微信", unit: "个"),
            F(.otherNewMedia, "其他", block: media, kind: .text),
        ]
        fields.append(
            F(.innovation, "创新发展", block: "创新发展", kind: .multiChoice(["搜索即服务", "多语言版本", "无障碍浏览", "千人千网", "其他"])))

        typealias R = Relation
        let relations: [R] = [
            R(id: "WEB.infoTotal", [.infoTotal], .greaterOrEqual, [.infoOverview, .infoNews, .infoCatalogue],
              statement: "信息发布总数不小于概况类、政务动态、信息公开目录三项更新量之和",
              gloss: "information published ≥ the sum of its three update counts"),
            R(id: "WEB.interpretationTotal", [.interpretationTotal], .greaterOrEqual,
              [.interpretationMaterials, .interpretationProducts, .interpretationMediaArticles],
              statement: "解读信息发布总数不小于解读材料、解读产品、媒体评论文章之和",
              gloss: "interpretations ≥ materials + products + media articles"),
            R(id: "WEB.casesTotal", [.casesTotal], .equal, [.casesNaturalPerson, .casesLegalPerson],
              statement: "办件量总数等于自然人办件量与法人办件量之和",
              gloss: "cases total = natural-person cases + legal-person cases"),
            R(id: "WEB.messagesClosed", [.messagesClosed], .lessOrEqual, [.messagesReceived],
              statement: "办结留言数量不大于收到留言数量", gloss: "messages closed ≤ messages received"),
            R(id: "WEB.issuesFixed", [.securityIssuesFixed], .lessOrEqual, [.securityIssuesFound],
              statement: "问题整改数量不大于发现问题数量", gloss: "issues fixed ≤ issues found"),
            R(id: "WEB.onlineItems", [.serviceItemsOnline], .lessOrEqual, [.serviceItems],
              statement: "可全程在线办理政务服务事项数量不大于政务服务事项数量", gloss: "items fully online ≤ service items"),
            R(id: "WEB.visitors", [.uniqueVisitors], .lessOrEqual, [.totalVisits],
              statement: "独立用户访问总量不大于网站总访问量", gloss: "unique visitors ≤ total visits"),
        ]
        return WebsiteFormSpec(title: "政府网站工作年度报表", fields: fields, relations: relations)
    }()
}
