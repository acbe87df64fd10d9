import DisclosureAggregation
import DisclosureModel
import Foundation
import XLSX

extension NewMediaWorkbookExporter {
    /// Rows of `按平台`: title, subtitle, header, then the four categories from this row.
    static let firstCategoryRow = 3
    /// Widths of 类别, 账号数, 申报数, 差额.
    static let platformWidths: [Double] = [16, 14, 12, 18]

    /// `按平台`: the four categories (其他 = SUM of its platforms below), 合计, the declared comparison, the 其他 detail
    /// and a pie chart.
    func writePlatforms(_ stats: InventoryStatistics, book: WorkbookWriter, styles: StyleSheet) throws {
        let sheet = try book.addWorksheet(named: SheetName.platforms)
        let canvas = SheetCanvas(sheet, styles)
        let declared = self.declared.flatMap { $0.newMediaAccounts == nil && $0.newMediaByCategory.isEmpty ? nil : $0 }
        let headings = ["类别", "账号数（清单）"] + (declared == nil ? [] : ["申报数", "差额（清单−申报）"])
        let columns = headings.count
        try canvas.title(heading("政务新媒体账号按平台统计"), row: 0, columns: columns)
        try canvas.line("\(scope)，共 \(stats.accountCount) 个账号", row: 1, columns: columns, format: styles.subtitle)
        try canvas.header(headings, row: 2)

        let categories = NewMediaCategory.allCases
        let first = Self.firstCategoryRow
        let totalRow = first + categories.count
        let declaredTotalRow = totalRow + 1
        let others = stats.otherByPlatform.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        // The 其他 detail: a gap, its heading row, then one row per platform.
        let detailHeader = (declared == nil ? totalRow : declaredTotalRow) + (declared == nil ? 2 : 3)
        let detailRows = (detailHeader + 1)..<(detailHeader + 1 + others.count)
        let declaredCategories = categories.map { declared?.newMediaByCategory[$0] }

        for (i, category) in categories.enumerated() {
            let r = first + i
            let records = stats.byCategory[category] ?? 0
            try canvas.text(category.rawValue, row: r, column: 0)
            if category == .other, !others.isEmpty {
                try canvas.sum(of: 1, rows: detailRows, cached: Decimal(records), row: r, at: 1, format: styles.number)
            } else {
                try sheet.write(records, row: r, column: 1, format: styles.number)
            }
            if declared != nil { try difference(records, declaredCategories[i], row: r, canvas) }
        }
        try sheet.write("合计", row: totalRow, column: 0, format: styles.header)
        try canvas.sum(of: 1, rows: first..<totalRow, cached: Decimal(stats.accountCount), row: totalRow, at: 1)
        if let declared {
            let declaredSum = declaredCategories.compactMap { $0 }.reduce(0, +)
            let anyCategory = declaredCategories.contains { $0 != nil }
            if anyCategory {
                try canvas.sum(of: 2, rows: first..<totalRow, cached: Decimal(declaredSum), row: totalRow, at: 2)
                try canvas.formula("\(A1.cell(totalRow, 1))-\(A1.cell(totalRow, 2))", cached: Decimal(stats.accountCount - declaredSum),
                                   row: totalRow, column: 3)
            } else {
                try sheet.writeBlank(row: totalRow, column: 2, format: styles.total)
                try sheet.writeBlank(row: totalRow, column: 3, format: styles.total)
            }
            try sheet.write("申报总数", row: declaredTotalRow, column: 0, format: styles.header)
            try canvas.formula(A1.cell(totalRow, 1), cached: Decimal(stats.accountCount), row: declaredTotalRow, column: 1)
            try difference(stats.accountCount, declared.newMediaAccounts, row: declaredTotalRow, canvas)
            if let total = declared.newMediaAccounts, anyCategory, total != declaredSum {
                let note = "注：申报总数 \(total) 个，申报分项（微信、微博、移动客户端、其他）之和 \(declaredSum) 个，相差 \(total - declaredSum) 个。"
                    + "“其他”应包含抖音、今日头条、百家号、快手等平台的账号 — the declared total is not the sum of the declared categories"
                let width = Self.platformWidths.prefix(columns).reduce(0, +)
                try canvas.line(note, row: declaredTotalRow + 1, columns: columns, format: styles.note,
                                height: ColumnWidth.rowHeight(for: note, width: width, fontSize: 10))
            }
        }

        if !others.isEmpty {
            try canvas.header(["“其他”类平台", "账号数（清单）"], row: detailHeader)
            for (i, (platform, count)) in others.enumerated() {
                try canvas.text("其中：\(platform)", row: detailRows.lowerBound + i, column: 0)
                try sheet.write(count, row: detailRows.lowerBound + i, column: 1, format: styles.number)
            }
        }

        for (c, w) in Self.platformWidths.prefix(columns).enumerated() { try sheet.setColumnWidth(w, column: c) }
        if stats.accountCount > 0 {
            let categoryCells = CellRange(firstRow: first, firstColumn: 0, lastRow: totalRow - 1, lastColumn: 0)
            let valueCells = CellRange(firstRow: first, firstColumn: 1, lastRow: totalRow - 1, lastColumn: 1)
            try sheet.addChart(
                Chart(kind: .pie, title: "政务新媒体账号按类别", series: [
                    Chart.Series(
                        name: "账号数", categories: Chart.SheetRange(sheet: SheetName.platforms, range: categoryCells),
                        values: Chart.SheetRange(sheet: SheetName.platforms, range: valueCells)),
                ], legend: .right),
                at: CellReference(row: 2, column: columns + 1))
        }
        try sheet.freezePanes(rows: 3)
        try sheet.setPageSetup(WorkbookStyle.pageSetup(orientation: .landscape))
    }

    /// 申报数 and 差额 (`=B4-C4`) of one row; both blank when nothing was declared for it.
    private func difference(_ records: Int, _ declared: Int?, row: Int, _ canvas: SheetCanvas) throws {
        guard let declared else {
            try canvas.count(nil, row: row, column: 2)
            try canvas.count(nil, row: row, column: 3)
            return
        }
        try canvas.count(declared, row: row, column: 2)
        try canvas.formula("\(A1.cell(row, 1))-\(A1.cell(row, 2))", cached: Decimal(records - declared), row: row, column: 3,
                           format: canvas.styles.number)
    }
}
