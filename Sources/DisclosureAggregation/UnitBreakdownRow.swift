import DisclosureModel

/// One row of a roll-up's per-unit breakdown: a unit, whether its report counted, its key figures (the format's
/// `keyFigures`) and how many diagnostics it had.
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
    /// The key figures of its report by key (`KeyFigure.source` of the report's format); empty for a missing unit.
    public var figures: [KeyFigure.ID: Figure]
    /// How many cells of the form the unit left blank.
    public var blankCells: Int
    /// How many diagnostics the unit's report had, when the caller supplied it.
    public var diagnosticsCount: Int?

    /// Creates a row.
    public init(
        unit: Organization, status: Status, figures: [KeyFigure.ID: Figure] = [:], blankCells: Int = 0,
        diagnosticsCount: Int? = nil
    ) {
        self.unit = unit
        self.status = status
        self.figures = figures
        self.blankCells = blankCells
        self.diagnosticsCount = diagnosticsCount
    }

    /// The row of a report's key figures in `format`.
    public init(
        _ report: AnnualReport, format: ReportFormat, status: Status, blankCells: Int, diagnosticsCount: Int?
    ) {
        self.init(
            unit: report.organization, status: status,
            figures: Dictionary(
                format.keyFigures.map { ($0.id, $0.source.figure(in: report)) }, uniquingKeysWith: { first, _ in first }),
            blankCells: blankCells, diagnosticsCount: diagnosticsCount)
    }

    /// One key figure (blank when the row has none).
    public func figure(_ id: KeyFigure.ID) -> Figure { figures[id] ?? .blank }

    /// The key figures in the order of `format.keyFigures`.
    public func figures(in format: ReportFormat) -> [Figure] { format.keyFigures.map { figure($0.id) } }

    /// The breakdown's column headings for `format`, in sheet and CSV order: 单位, 层级, 状态, the key figures'
    /// headings (新收申请 … 规范性文件), 空白单元格, 问题数.
    public static func headings(_ format: ReportFormat) -> [String] {
        identityHeadings + format.keyFigures.map(\.heading) + countHeadings
    }

    /// 单位, 层级, 状态.
    public static let identityHeadings = ["单位", "层级", "状态"]
    /// 空白单元格, 问题数.
    public static let countHeadings = ["空白单元格", "问题数"]
}
