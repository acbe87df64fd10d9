import DisclosureAggregation
import DisclosureModel
import Foundation
import XLSX

extension NewMediaWorkbookExporter {
    /// One row of `按单位`: a host unit (resolved through the tree when it can be) and its counts.
    struct UnitCounts {
        var name: String
        var level: String
        var counts: InventoryStatistics.Counts
    }

    /// The host units with their counts: in tree order for units the tree knows (records naming a unit by id or by
    /// name merged), then the others in name order.
    func unitCounts(_ stats: InventoryStatistics) -> [UnitCounts] {
        var known: [Int: UnitCounts] = [:]
        var unknown: [String: UnitCounts] = [:]
        for (host, counts) in stats.byUnit {
            if let tree, let index = tree.index(of: host) {
                let unit = tree.organizations[index]
                var row = known[index] ?? UnitCounts(name: unit.name, level: unit.level.rawValue, counts: .init())
                row.counts.websites += counts.websites
                row.counts.accounts += counts.accounts
                row.counts.byCategory.merge(counts.byCategory, uniquingKeysWith: +)
                known[index] = row
            } else {
                unknown[host] = UnitCounts(name: host, level: tree == nil ? "" : "（不在单位列表中）", counts: counts)
            }
        }
        return known.keys.sorted().compactMap { known[$0] } + unknown.keys.sorted().compactMap { unknown[$0] }
    }

    /// `按单位`: unit × category with 账号合计 per row (`SUM` across) and 合计 per column (`SUM` down), and websites.
    func writeUnits(_ stats: InventoryStatistics, book: WorkbookWriter, styles: StyleSheet) throws {
        let sheet = try book.addWorksheet(named: SheetName.units)
        let canvas = SheetCanvas(sheet, styles)
        let categories = NewMediaCategory.allCases
        let headings = ["序号", "单位", "层级"] + categories.map(\.rawValue) + ["账号合计", "网站数"]
        let firstCount = 3, accountTotal = firstCount + categories.count, websiteColumn = accountTotal + 1
        let rows = unitCounts(stats)
        try canvas.title(heading("政务新媒体账号及政府网站按单位统计"), row: 0, columns: headings.count)
        try canvas.line("\(scope)；\(rows.count) 个单位", row: 1, columns: headings.count, format: styles.subtitle)
        try canvas.header(headings, row: 2)

        let totalRow = 3, firstUnit = 4
        let unitRows = firstUnit..<(firstUnit + rows.count)
        try sheet.mergeRange(CellRange(firstRow: totalRow, firstColumn: 0, lastRow: totalRow, lastColumn: 2),
                             value: .string("合计"), format: styles.header)
        for (k, category) in categories.enumerated() {
            try canvas.sum(of: firstCount + k, rows: unitRows, cached: Decimal(stats.byCategory[category] ?? 0), row: totalRow,
                           at: firstCount + k)
        }
        try canvas.formula("SUM(\(A1.range(row: totalRow, columns: firstCount..<accountTotal)))", cached: Decimal(stats.accountCount),
                           row: totalRow, column: accountTotal)
        try canvas.sum(of: websiteColumn, rows: unitRows, cached: Decimal(stats.websiteCount), row: totalRow, at: websiteColumn)

        for (i, unit) in rows.enumerated() {
            let r = firstUnit + i
            try sheet.write(i + 1, row: r, column: 0, format: styles.number)
            try canvas.text(unit.name, row: r, column: 1)
            try canvas.text(unit.level, row: r, column: 2, format: styles.groupLabel)
            for (k, category) in categories.enumerated() {
                try sheet.write(unit.counts.byCategory[category] ?? 0, row: r, column: firstCount + k, format: styles.number)
            }
            try canvas.formula("SUM(\(A1.range(row: r, columns: firstCount..<accountTotal)))", cached: Decimal(unit.counts.accounts),
                               row: r, column: accountTotal)
            try sheet.write(unit.counts.websites, row: r, column: websiteColumn, format: styles.number)
        }

        try sheet.setColumnWidth(6, column: 0)
        try sheet.setColumnWidth(ColumnWidth.fitting(rows.prefix(5000).map(\.name), minimum: 16, maximum: 40), column: 1)
        try sheet.setColumnWidth(11, column: 2)
        try sheet.setColumnWidth(10, columns: firstCount...websiteColumn)
        try sheet.freezePanes(rows: firstUnit, columns: 2)
        try sheet.setPageSetup(WorkbookStyle.pageSetup(repeatedRows: 2...3))
    }
}
