/// The official tables of both editions, as data (FORMATS.md §1–2; every label here is confidence A).
///
/// This is the one place labels live; `ReportFormat.y2019` and `.y2021` gather each edition's tables with the rest
/// of what the edition implies. A user who must follow a corrected or provincial variant builds a `ReportFormat` from
/// modified `TableSpec`s (plain values) and passes it in `ReportFormats` to the validator, readers and writers.
public enum FormCatalog {
    /// The six section headings of the report (identical in both editions).
    public static let sectionHeadings: [SectionID: String] = [
        .overview: "一、总体情况",
        .proactive: "二、主动公开政府信息情况",
        .applications: "三、收到和处理政府信息公开申请情况",
        .reviews: "四、政府信息公开行政复议、行政诉讼情况",
        .problems: "五、存在的主要问题及改进情况",
        .other: "六、其他需要报告的事项",
    ]

    // MARK: 表二 主动公开

    static let infoContent = "信息内容"

    static let proactive2019 = TableSpec(
        id: .proactive, edition: .y2019, title: "二、主动公开政府信息情况",
        blocks: [
            BlockSpec(
                title: "第二十条第（一）项", rowHeader: infoContent,
                header: [
                    .column(ColumnSpec(.newlyMade, "本年新制作数量")),
                    .column(ColumnSpec(.newlyPublished, "本年新公开数量")),
                    .column(ColumnSpec(.totalPublished, "对外公开总数量")),
                ],
                rows: [RowSpec(.regulations, "规章"), RowSpec(.normativeDocuments, "规范性文件")]),
            BlockSpec(
                title: "第二十条第（五）项", rowHeader: infoContent,
                header: itemCountHeader2019(withDecisions: true),
                rows: [RowSpec(.licensing, "行政许可"), RowSpec(.otherServices, "其他对外管理服务事项")]),
            BlockSpec(
                title: "第二十条第（六）项", rowHeader: infoContent,
                header: itemCountHeader2019(withDecisions: true),
                rows: [RowSpec(.penalty, "行政处罚"), RowSpec(.enforcement, "行政强制")]),
            BlockSpec(
                title: "第二十条第（八）项", rowHeader: infoContent,
                header: itemCountHeader2019(withDecisions: false),
                rows: [RowSpec(.fees, "行政事业性收费")]),
            BlockSpec(
                title: "第二十条第（九）项", rowHeader: infoContent,
                header: [
                    .column(ColumnSpec(.procurementCount, "采购项目数量")),
                    .column(
                        ColumnSpec(
                            .procurementAmount, "采购总金额", kind: .money(.wanYuan),
                            aliases: ["采购总金额（单位：万元）", "采购总金额（万元）"])),
                ],
                rows: [RowSpec(.procurement, "政府集中采购")]),
        ])

    static func itemCountHeader2019(withDecisions: Bool) -> [HeaderNode] {
        var header: [HeaderNode] = [
            .column(ColumnSpec(.previousCount, "上一年项目数量")),
            .column(ColumnSpec(.change, "本年增/减", kind: .signedCount, aliases: ["本年增减", "本年增/减少"])),
        ]
        if withDecisions { header.append(.column(ColumnSpec(.decisions, "处理决定数量"))) }
        return header
    }

    static let decisions2021: [HeaderNode] = [
        .column(ColumnSpec(.decisions, "本年处理决定数量", aliases: ["处理决定数量"]))
    ]

    static let proactive2021 = TableSpec(
        id: .proactive, edition: .y2021, title: "二、主动公开政府信息情况",
        blocks: [
            BlockSpec(
                title: "第二十条第（一）项", rowHeader: infoContent,
                header: [
                    .column(ColumnSpec(.issued, "本年制发件数")),
                    .column(ColumnSpec(.repealed, "本年废止件数")),
                    .column(ColumnSpec(.inForce, "现行有效件数", aliases: ["现行有效件数（历史累计）", "现行有效件"])),
                ],
                rows: [RowSpec(.regulations, "规章"), RowSpec(.normativeDocuments, "行政规范性文件")]),
            BlockSpec(
                title: "第二十条第（五）项", rowHeader: infoContent, header: decisions2021,
                rows: [RowSpec(.licensing, "行政许可", aliases: ["政许可"])]),
            BlockSpec(
                title: "第二十条第（六）项", rowHeader: infoContent, header: decisions2021,
                rows: [RowSpec(.penalty, "行政处罚"), RowSpec(.enforcement, "行政强制")]),
            BlockSpec(
                title: "第二十条第（八）项", rowHeader: infoContent,
                header: [
                    .column(
                        ColumnSpec(.feeAmount, "本年收费金额（单位：万元）", kind: .money(.wanYuan), aliases: ["本年收费金额"]))
                ],
                rows: [RowSpec(.fees, "行政事业性收费")]),
        ])

    // MARK: 表三 依申请公开

    static let applicantHeader: [HeaderNode] = [
        .group(
            "申请人情况",
            [
                .column(ColumnSpec(.naturalPerson, "自然人")),
                .group(
                    "法人或其他组织",
                    [
                        .column(ColumnSpec(.commercial, "商业企业")),
                        .column(ColumnSpec(.research, "科研机构")),
                        .column(ColumnSpec(.publicInterest, "社会公益组织")),
                        .column(ColumnSpec(.legalService, "法律服务机构")),
                        .column(ColumnSpec(.otherOrganization, "其他")),
                    ]),
                .column(ColumnSpec(.total, "总计")),
            ])
    ]

    /// The six applicant columns that add up to 总计.
    public static let applicantColumns: [ColumnKey] = [
        .naturalPerson, .commercial, .research, .publicInterest, .legalService, .otherOrganization,
    ]

    static let results = "三、本年度办理结果"

    static func applicationRows(otherHandling: [RowSpec]) -> [RowSpec] {
        let withheld = [results, "（三）不予公开"]
        let unavailable = [results, "（四）无法提供"]
        let notProcessed = [results, "（五）不予处理"]
        var rows: [RowSpec] = [
            RowSpec(.newReceived, "一、本年新收政府信息公开申请数量"),
            RowSpec(.carriedOver, "二、上年结转政府信息公开申请数量"),
            RowSpec(.granted, "（一）予以公开", groups: [results]),
            RowSpec(.partiallyGranted, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", groups: [results]),
            RowSpec(.withheldStateSecret, "1.属于国家秘密", groups: withheld),
            RowSpec(.withheldProhibited, "2.其他法律行政法规禁止公开", groups: withheld),
            RowSpec(.withheldSafetyStability, "3.危及“三安全一稳定”", groups: withheld),
            RowSpec(.withheldThirdParty, "4.保护第三方合法权益", groups: withheld),
            RowSpec(.withheldInternalAffairs, "5.属于三类内部事务信息", groups: withheld),
            RowSpec(.withheldProcess, "6.属于四类过程性信息", groups: withheld),
            RowSpec(.withheldEnforcementFile, "7.属于行政执法案卷", groups: withheld),
            RowSpec(.withheldQuery, "8.属于行政查询事项", groups: withheld),
            RowSpec(.unavailableNotHeld, "1.本机关不掌握相关政府信息", groups: unavailable),
            RowSpec(.unavailableNeedsCreation, "2.没有现成信息需要另行制作", groups: unavailable),
            RowSpec(.unavailableUnclear, "3.补正后申请内容仍不明确", groups: unavailable),
            RowSpec(.notProcessedPetition, "1.信访举报投诉类申请", groups: notProcessed),
            RowSpec(.notProcessedRepeated, "2.重复申请", groups: notProcessed),
            RowSpec(.notProcessedPublication, "3.要求提供公开出版物", groups: notProcessed),
            RowSpec(.notProcessedExcessive, "4.无正当理由大量反复申请", groups: notProcessed),
            RowSpec(.notProcessedConfirmation, "5.要求行政机关确认或重新出具已获取信息", groups: notProcessed),
        ]
        rows += otherHandling
        rows += [
            RowSpec(.resultTotal, "（七）总计", groups: [results]),
            RowSpec(.carryForward, "四、结转下年度继续办理"),
        ]
        return rows
    }

    /// The result rows of a 表三 description that add up to （七）总计: every row under 三、本年度办理结果 but the total
    /// (the form has no subtotals).
    public static func resultRows(_ spec: TableSpec) -> [RowKey] {
        spec.rows.filter { $0.groups.first == results && $0.key != .resultTotal }.map(\.key)
    }

    /// （六）其他处理: one row in 2019.
    static let otherHandling2019 = [RowSpec(.otherHandling, "（六）其他处理", groups: [results])]
    /// （六）其他处理: three sub-rows in 2021, with no subtotal row.
    static let otherHandling2021: [RowSpec] = {
        let other = [results, "（六）其他处理"]
        return [
            RowSpec(.otherOverdueCorrection, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", groups: other),
            RowSpec(.otherUnpaidFee, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", groups: other),
            RowSpec(.otherOther, "3.其他", groups: other),
        ]
    }()

    static func applications(_ edition: Edition, otherHandling: [RowSpec]) -> TableSpec {
        let rows = applicationRows(otherHandling: otherHandling)
        let allColumns = applicantColumns + [.total]
        return TableSpec(
            id: .applications, edition: edition, title: "三、收到和处理政府信息公开申请情况",
            cornerNote: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
            blocks: [BlockSpec(header: applicantHeader, rows: rows)],
            identities: [
                Identity(
                    id: "APP.balance", table: .applications,
                    statement: "第一项加第二项之和，等于第三项加第四项之和（一＋二＝三（七）＋四）",
                    gloss: "new + carried over = results total + carried forward",
                    axis: .columnwise(
                        columns: allColumns, lhs: [.newReceived, .carriedOver], rhs: [.resultTotal, .carryForward])),
                Identity(
                    id: "APP.resultTotal", table: .applications,
                    statement: "（七）总计等于各项办理结果之和",
                    gloss: "results total = sum of every result row",
                    axis: .columnwise(
                        columns: allColumns, lhs: [.resultTotal],
                        rhs: rows.filter { $0.groups.first == results && $0.key != .resultTotal }.map(\.key))),
                Identity(
                    id: "APP.rowTotal", table: .applications,
                    statement: "总计等于自然人与法人或其他组织各列之和",
                    gloss: "total column = sum of the six applicant columns",
                    axis: .rowwise(rows: rows.map(\.key), lhs: [.total], rhs: applicantColumns)),
            ])
    }

    static let applications2019 = applications(.y2019, otherHandling: otherHandling2019)
    static let applications2021 = applications(.y2021, otherHandling: otherHandling2021)

    // MARK: 表四 复议诉讼 (identical in both editions)

    /// One group of 表四: 行政复议, 未经复议直接起诉 or 复议后起诉, and its five columns.
    public struct ReviewGroup: Hashable, Sendable {
        /// The group's label (`行政复议`).
        public var label: String
        /// 结果维持.
        public var upheld: ColumnKey
        /// 结果纠正.
        public var corrected: ColumnKey
        /// 其他结果.
        public var other: ColumnKey
        /// 尚未审结.
        public var pending: ColumnKey
        /// 总计.
        public var total: ColumnKey

        /// The four outcomes that add up to `total`, in form order.
        public var outcomes: [ColumnKey] { [upheld, corrected, other, pending] }
        /// The five columns in form order.
        public var columns: [ColumnKey] { outcomes + [total] }
    }

    /// The three groups of 表四, left to right.
    public static let reviewGroups: [ReviewGroup] = [
        ReviewGroup(
            label: "行政复议", upheld: .reviewUpheld, corrected: .reviewCorrected, other: .reviewOther,
            pending: .reviewPending, total: .reviewTotal),
        ReviewGroup(
            label: "未经复议直接起诉", upheld: .directSuitUpheld, corrected: .directSuitCorrected, other: .directSuitOther,
            pending: .directSuitPending, total: .directSuitTotal),
        ReviewGroup(
            label: "复议后起诉", upheld: .suitAfterReviewUpheld, corrected: .suitAfterReviewCorrected,
            other: .suitAfterReviewOther, pending: .suitAfterReviewPending, total: .suitAfterReviewTotal),
    ]

    static func outcomeColumns(_ group: ReviewGroup) -> [HeaderNode] {
        zip(group.columns, ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]).map { .column(ColumnSpec($0, $1)) }
    }

    static let reviews2019 = reviews(.y2019)
    static let reviews2021 = reviews(.y2021)

    static func reviews(_ edition: Edition) -> TableSpec {
        let (review, direct, afterReview) = (reviewGroups[0], reviewGroups[1], reviewGroups[2])
        return TableSpec(
            id: .reviews, edition: edition, title: "四、政府信息公开行政复议、行政诉讼情况",
            blocks: [
                BlockSpec(
                    header: [
                        .group(review.label, outcomeColumns(review)),
                        .group(
                            "行政诉讼",
                            [
                                .group(direct.label, outcomeColumns(direct)),
                                .group(afterReview.label, outcomeColumns(afterReview)),
                            ]),
                    ],
                    rows: [RowSpec(.cases, "")])  // the form's one data row has no label
            ],
            identities: reviewGroups.map { group in
                Identity(
                    id: "REV.groupTotal", table: .reviews,
                    statement: "\(group.label)：总计等于结果维持、结果纠正、其他结果、尚未审结之和",
                    gloss: "each group's total = upheld + corrected + other + pending",
                    axis: .rowwise(rows: [.cases], lhs: [group.total], rhs: group.outcomes))
            })
    }
}
