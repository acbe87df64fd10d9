import DisclosureModel

/// One row of a roll-up's per-unit breakdown: a unit, whether its report counted, its key figures and how many
/// diagnostics it had.
public struct UnitBreakdownRow: Hashable, Sendable, Codable {
    /// Whether and how the unit's report entered the totals.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Summed.
        case included = "已汇总"
        /// The unit is in the tree but sent no report.
        case missing = "未报送"
        /// A report came but was left out (another edition or year, or a unit not in the tree).
        case excluded = "未汇总"
    }

    /// The unit.
    public var unit: Organization
    /// Whether its figures are in the totals.
    public var status: Status
    /// 表三 一、本年新收 × 总计.
    public var newReceived: Figure
    /// 表三 （七）总计 × 总计.
    public var resultTotal: Figure
    /// 表三 四、结转下年度 × 总计.
    public var carryForward: Figure
    /// 表四 行政复议 总计.
    public var reviews: Figure
    /// 表四 行政诉讼 总计 (未经复议直接起诉 + 复议后起诉; blank when both are).
    public var litigation: Figure
    /// 表二 规范性文件: 本年新公开数量 (2019 edition) or 本年制发件数 (2021 edition).
    public var normativeDocuments: Figure
    /// How many cells of the form the unit left blank.
    public var blankCells: Int
    /// How many diagnostics the unit's report had, when the caller supplied it.
    public var diagnosticsCount: Int?

    /// Creates a row.
    public init(
        unit: Organization, status: Status, newReceived: Figure = .blank, resultTotal: Figure = .blank,
        carryForward: Figure = .blank, reviews: Figure = .blank, litigation: Figure = .blank,
        normativeDocuments: Figure = .blank, blankCells: Int = 0, diagnosticsCount: Int? = nil
    ) {
        self.unit = unit
        self.status = status
        self.newReceived = newReceived
        self.resultTotal = resultTotal
        self.carryForward = carryForward
        self.reviews = reviews
        self.litigation = litigation
        self.normativeDocuments = normativeDocuments
        self.blankCells = blankCells
        self.diagnosticsCount = diagnosticsCount
    }

    /// The row of a report's key figures.
    public init(_ report: AnnualReport, status: Status, blankCells: Int, diagnosticsCount: Int?) {
        let a = report.applications, r = report.reviews
        let direct = r[.cases, .directSuitTotal].decimal, after = r[.cases, .suitAfterReviewTotal].decimal
        let litigation: Figure = direct == nil && after == nil ? .blank : .number((direct ?? 0) + (after ?? 0))
        let documentsColumn: ColumnKey = report.edition == .y2019 ? .newlyPublished : .issued
        self.init(
            unit: report.organization, status: status, newReceived: a[.newReceived, .total],
            resultTotal: a[.resultTotal, .total], carryForward: a[.carryForward, .total], reviews: r[.cases, .reviewTotal],
            litigation: litigation, normativeDocuments: report.proactive[.normativeDocuments, documentsColumn],
            blankCells: blankCells, diagnosticsCount: diagnosticsCount)
    }

    /// The breakdown's column headings, in the order of the figures (for sheets and CSV):
    /// 单位, 层级, 状态, 新收申请, 办理结果总计, 结转下年度, 行政复议, 行政诉讼, 规范性文件, 空白单元格, 问题数.
    public static let headings = [
        "单位", "层级", "状态", "新收申请", "办理结果总计", "结转下年度", "行政复议", "行政诉讼", "规范性文件", "空白单元格", "问题数",
    ]

    /// The five key figures in heading order (新收申请 … 规范性文件).
    public var figures: [Figure] { [newReceived, resultTotal, carryForward, reviews, litigation, normativeDocuments] }
}
