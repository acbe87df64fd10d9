import DisclosureAggregation
import DisclosureModel
import DisclosureValidation
import Foundation
import XLSX

/// Writes the 政务新媒体 and 政府网站 statistics workbook of an inventory (issue #5).
///
/// Sheets, in order:
/// - `按平台`: accounts by counting category (微信 / 微博 / 移动客户端 / 其他), 其他 as a `SUM` of its named platforms
///   (抖音, 今日头条 …) listed below, a 合计 row; with `declared` counts, the declared figure and the difference per
///   row, and a note when the declared total is not the sum of the declared categories (the seed's 324 vs 316).
///   A pie chart of the four categories sits beside the table.
/// - `按单位`: host unit × category, with row totals and column totals as formulas, and each unit's websites.
/// - `按状态`: accounts and websites by status (开设 / 关停 / 注销 / 整合), every record counted.
/// - `网站按类型`: websites by type (政府门户网站 / 部门网站 / 专项网站).
/// - `账号清单`, `网站清单`: every record with the columns of the inventory CSV (`InventoryCSV`), header frozen.
///
/// Counts other than `按状态` cover the records whose status is in `countedStatuses` (by default 开设, as published
/// totals do). Every formula carries its computed value. The workbook streams (constant-memory mode), so 140,000
/// accounts write in flat memory.
public struct NewMediaWorkbookExporter: Sendable {
    /// The look of the sheets.
    public var style: WorkbookStyle
    /// The title prefix on every sheet (`洛阳市2020年`); nil for none.
    public var title: String?
    /// The counts the unit or city declared (its report's prose), compared with the records in `按平台`.
    public var declared: DeclaredCounts?
    /// The tree that names and orders host units and gives their levels; without one units are listed as recorded.
    public var tree: OrganizationTree?
    /// The statuses the statistics count (`按状态` counts every record).
    public var countedStatuses: Set<InventoryStatus>

    /// Creates an exporter.
    public init(
        style: WorkbookStyle = .office, title: String? = nil, declared: DeclaredCounts? = nil, tree: OrganizationTree? = nil,
        countedStatuses: Set<InventoryStatus> = [.open]
    ) {
        self.style = style
        self.title = title
        self.declared = declared
        self.tree = tree
        self.countedStatuses = countedStatuses
    }

    /// The sheet names, for readers of the workbook.
    public enum SheetName {
        /// `按平台`.
        public static let platforms = "按平台"
        /// `按单位`.
        public static let units = "按单位"
        /// `按状态`.
        public static let statuses = "按状态"
        /// `网站按类型`.
        public static let websiteTypes = "网站按类型"
        /// `账号清单`.
        public static let accounts = "账号清单"
        /// `网站清单`.
        public static let websites = "网站清单"
    }

    /// Writes the workbook to `url` (atomically: a failure leaves no file and an existing one untouched).
    ///
    /// - Throws: `XLSXWriterError` naming the sheet and cell when a write fails.
    public func write(accounts: [NewMediaAccount], websites: [Website], to url: URL) throws {
        let counted = InventoryStatistics(websites: websites, accounts: accounts, tree: tree, statuses: countedStatuses)
        let book = try WorkbookWriter(url: url, options: WorkbookOptions(constantMemory: true))
        let styles = try StyleSheet(style, in: book)
        try book.setProperties(DocumentProperties(title: heading("政务新媒体及政府网站统计"), author: "GovDisclosure"))
        try writePlatforms(counted, book: book, styles: styles)
        try writeUnits(counted, book: book, styles: styles)
        try writeStatuses(counted, book: book, styles: styles)
        try writeWebsiteTypes(counted, book: book, styles: styles)
        guard let accountColumns = AccountColumns.columns else { throw unknownInventoryColumns("账号清单", InventoryCSV.accountHeader) }
        guard let websiteColumns = WebsiteColumns.columns else { throw unknownInventoryColumns("网站清单", InventoryCSV.websiteHeader) }
        try writeList(SheetName.accounts, heading("政务新媒体账号清单"), accounts, columns: accountColumns, book: book, styles: styles)
        try writeList(SheetName.websites, heading("政府网站清单"), websites, columns: websiteColumns, book: book, styles: styles)
        try book.close()
    }

    func heading(_ text: String) -> String { (title ?? "") + text }

    /// `统计口径：状态为“开设”的记录` for the subtitle lines.
    var scope: String {
        let names = InventoryStatus.allCases.filter(countedStatuses.contains).map(\.rawValue)
        return names.count == InventoryStatus.allCases.count ? "统计口径：全部记录" : "统计口径：状态为“\(names.joined(separator: "、"))”的记录"
    }
}
