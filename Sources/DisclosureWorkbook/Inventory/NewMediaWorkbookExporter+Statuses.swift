import DisclosureAggregation
import DisclosureModel
import Foundation
import XLSX

extension NewMediaWorkbookExporter {
    /// A small `label | count…` table with a 合计 row of `SUM` formulas: the shape of `按状态` and `网站按类型`.
    func writeTally(
        _ name: String, title: String, subtitle: String, headings: [String], rows: [(String, [Int])], book: WorkbookWriter,
        styles: StyleSheet
    ) throws {
        let sheet = try book.addWorksheet(named: name)
        let canvas = SheetCanvas(sheet, styles)
        // Title and subtitle span at least four columns, so a two-column table still shows them.
        let widths = [22.0] + Array(repeating: 16, count: max(3, headings.count - 1))
        try canvas.title(heading(title), row: 0, columns: widths.count, width: widths.reduce(0, +))
        try canvas.line(subtitle, row: 1, columns: widths.count, format: styles.subtitle)
        try canvas.header(headings, row: 2)
        let body = 3..<(3 + rows.count)
        for (i, (label, counts)) in rows.enumerated() {
            try canvas.text(label, row: body.lowerBound + i, column: 0)
            for (k, count) in counts.enumerated() { try sheet.write(count, row: body.lowerBound + i, column: 1 + k, format: styles.number) }
        }
        try sheet.write("合计", row: body.upperBound, column: 0, format: styles.header)
        for k in 0..<(headings.count - 1) {
            let cached = rows.reduce(0) { $0 + $1.1[k] }
            try canvas.sum(of: 1 + k, rows: body, cached: Decimal(cached), row: body.upperBound, at: 1 + k)
        }
        for (c, w) in widths.enumerated() { try sheet.setColumnWidth(w, column: c) }
        try sheet.setPageSetup(WorkbookStyle.pageSetup())
    }

    /// `按状态`: every account and website record by status.
    func writeStatuses(_ stats: InventoryStatistics, book: WorkbookWriter, styles: StyleSheet) throws {
        try writeTally(
            SheetName.statuses, title: "政务新媒体账号及政府网站按状态统计",
            subtitle: "统计口径：全部记录（开设、关停、注销、整合）", headings: ["状态", "政务新媒体账号", "政府网站"],
            rows: InventoryStatus.allCases.map { ($0.rawValue, [stats.accountsByStatus[$0] ?? 0, stats.websitesByStatus[$0] ?? 0]) },
            book: book, styles: styles)
    }

    /// `网站按类型`: websites by type.
    func writeWebsiteTypes(_ stats: InventoryStatistics, book: WorkbookWriter, styles: StyleSheet) throws {
        try writeTally(
            SheetName.websiteTypes, title: "政府网站按类型统计", subtitle: "\(scope)，共 \(stats.websiteCount) 个网站",
            headings: ["网站类型", "网站数"], rows: WebsiteType.allCases.map { ($0.rawValue, [stats.websitesByType[$0] ?? 0]) },
            book: book, styles: styles)
    }
}
