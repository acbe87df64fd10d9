import DisclosureAggregation
import DisclosureModel
import Foundation
import XLSX

/// Writes the city (or province) roll-up workbook — what an office sends upward after summing its units' reports.
///
/// Sheets, in order:
/// - `表二`, `表三`, `表四`: the totals (`RollupResult.total`) drawn as the official tables by the report exporter's own
///   table drawing (`TableLayout`), with the tables' totals as `SUM` formulas.
/// - `分级小计`: one row per level (市本级, 县(市、区), 乡镇(街道), 部门) with the key figures and a 合计 row of `SUM`
///   formulas, then one row per branch (a unit with everything below it).
/// - `分单位明细`: one row per unit — name, code, level, parent, status, the key figures (表三 一/（七）/四 总计, 复议总计,
///   诉讼总计, 规范性文件), blank-cell count and diagnostics count — under a 合计 row of `SUMIF(状态="已汇总")` formulas.
/// - `空白统计`: every cell of the form with its total and how many units left it blank.
/// - `校验结果`: the roll-up's diagnostics and the caller's, with their locations.
///
/// Every formula carries its computed value, exact, so a client that never recalculates shows the right totals.
/// 3,000 units write in well under a second; the workbook is held in memory (the official tables' vertical merges
/// rule out libxlsxwriter's constant-memory mode, and 3,000 × 14 cells need only a few MB).
///
/// ```swift
/// let result = ReportRollup.rollUp(reports, tree: OrganizationTree(units))
/// try RollupWorkbookExporter().write(result, diagnostics: validationFindings, to: URL(fileURLWithPath: "汇总.xlsx"))
/// ```
public struct RollupWorkbookExporter: Sendable {
    /// The look of the sheets.
    public var style: WorkbookStyle
    /// The title on every sheet; nil: `<root unit><year>年政府信息公开工作年度报告汇总`.
    public var title: String?

    /// Creates an exporter.
    public init(style: WorkbookStyle = .office, title: String? = nil) {
        self.style = style
        self.title = title
    }

    /// The fixed sheet names, for readers of the workbook.
    public enum SheetName {
        /// `表二` / `表三` / `表四`: the official tables' own sheet names (`ReportSheet`), holding the totals.
        public static func totals(_ table: TableID) -> String { ReportSheet(table).name }
        /// `分级小计`.
        public static let levels = "分级小计"
        /// `分单位明细`.
        public static let units = "分单位明细"
        /// `空白统计`.
        public static let blanks = "空白统计"
        /// `校验结果`.
        public static let diagnostics = "校验结果"
    }

    /// Writes the workbook to `url` (atomically: a failure leaves no file and an existing one untouched).
    ///
    /// - Parameters:
    ///   - result: the roll-up.
    ///   - diagnostics: findings of validating the units' reports (listed after the roll-up's own in `校验结果`, and
    ///     counted per unit in `分单位明细` where the breakdown carries no count). The table drawing's own notes
    ///     (`WB.totalAsValue`) are listed too.
    ///   - url: the workbook to write.
    /// - Throws: `XLSXWriterError` naming the sheet and cell when a write fails.
    public func write(_ result: RollupResult, diagnostics: [Diagnostic] = [], to url: URL) throws {
        let book = try WorkbookWriter(url: url)
        let styles = try StyleSheet(style, in: book)
        let heading = title ?? "\(result.total.organization.name)\(result.total.year)年政府信息公开工作年度报告汇总"
        try book.setProperties(DocumentProperties(title: heading, author: "GovDisclosure"))
        var notes: [Diagnostic] = []
        for table in TableID.allCases {
            notes += try writeTotals(table, result, book: book, styles: styles)
        }
        try writeLevels(result, heading: heading, book: book, styles: styles)
        try writeUnits(result, diagnostics: diagnostics, heading: heading, book: book, styles: styles)
        try writeBlanks(result, heading: heading, book: book, styles: styles)
        let names = Dictionary(result.breakdown.map { ($0.unit.id, $0.unit.name) }, uniquingKeysWith: { a, _ in a })
        try DiagnosticsSheet(name: SheetName.diagnostics, unitNames: names)
            .write(result.diagnostics + diagnostics + notes, in: book, styles: styles)
        try book.close()
    }

    /// `市本级` for the root's own level, the level's name otherwise.
    static func levelLabel(_ level: OrganizationLevel, root: Organization) -> String {
        level == root.level && (level == .city || level == .province) ? "\(level.rawValue)本级" : level.rawValue
    }

    /// `共 55 个单位：已汇总 53，未报送 1，未汇总 1；2019年版表格（国办公开办函〔2019〕60号）`.
    static func summaryLine(_ result: RollupResult) -> String {
        var byStatus: [UnitBreakdownRow.Status: Int] = [:]
        for row in result.breakdown { byStatus[row.status, default: 0] += 1 }
        return "共 \(result.breakdown.count) 个单位：已汇总 \(result.unitCount)，未报送 \(byStatus[.missing] ?? 0)，"
            + "未汇总 \(byStatus[.excluded] ?? 0)；\(result.total.year)年度，\(result.format.edition)表格（\(result.format.notice)）"
    }
}
