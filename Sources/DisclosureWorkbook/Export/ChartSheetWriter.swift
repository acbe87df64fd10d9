import DisclosureModel
import Foundation
import XLSX

/// Draws the 图表 sheet: 办理结果 by category (a table of formulas over 表三's 总计 column and a bar chart), and,
/// when an inventory is given, 政务新媒体 accounts by category (a table and a pie chart).
struct ChartSheetWriter {
    let styles: StyleSheet
    let applications: TableLayout

    /// The result categories of 表三: `（三）不予公开` gathers its numbered rows; a row without sub-rows stands alone.
    var categories: [(label: String, rows: [RowKey])] {
        let results = Set(FormCatalog.resultRows(applications.spec))
        var out: [(label: String, rows: [RowKey])] = []
        for row in applications.spec.rows where results.contains(row.key) {
            let label = Self.shortLabel(row.groups.count >= 2 ? row.groups[1] : row.label)
            if let last = out.last, last.label == label {
                out[out.count - 1].rows.append(row.key)
            } else {
                out.append((label, [row.key]))
            }
        }
        return out
    }

    /// `（二）部分公开（区分处理的，…）` → `（二）部分公开`: the enumerator and the name, without the bracketed note.
    static func shortLabel(_ label: String) -> String {
        guard let close = label.firstIndex(of: "）"),
              let note = label[label.index(after: close)...].firstIndex(of: "（") else { return label }
        return String(label[..<note])
    }

    func write(_ data: TableData, accounts: [NewMediaAccount], in book: WorkbookWriter) throws {
        let sheet = try book.addWorksheet(named: ReportSheet.chart.name)
        try sheet.setColumnWidth(22, column: 0)
        try sheet.setColumnWidth(10, column: 1)
        try sheet.setRowHeight(30, row: 0)
        try sheet.mergeRange(CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 1),
                             value: .string("办理结果（按类别）"), format: styles.title)
        try sheet.write("办理结果", row: 1, column: 0, format: styles.header)
        try sheet.write("件数（总计）", row: 1, column: 1, format: styles.header)
        var row = 2
        for category in categories {
            try sheet.write(category.label, row: row, column: 0, format: styles.label)
            let parts = category.rows.map { CellAddress($0, .total) }
            if let text = applications.sumFormula(of: parts, qualified: true) {
                let cached = TableLayout.sum(of: parts, in: data).value
                try sheet.writeFormula(Formula(text, cached: .number(cached)), row: row, column: 1, format: styles.number)
            }
            row += 1
        }
        let resultRange = CellRange(firstRow: 2, firstColumn: 1, lastRow: row - 1, lastColumn: 1)
        let labelRange = CellRange(firstRow: 2, firstColumn: 0, lastRow: row - 1, lastColumn: 0)
        try sheet.addChart(
            Chart(kind: .bar, title: "政府信息公开申请办理结果",
                  series: [.init(name: "件数", categories: .init(sheet: ReportSheet.chart.name, range: labelRange),
                                 values: .init(sheet: ReportSheet.chart.name, range: resultRange))],
                  valueAxisTitle: "件", legend: .none, scale: (1.4, 1.2)),
            at: CellReference(row: 1, column: 3))

        if !accounts.isEmpty {
            var byCategory: [NewMediaCategory: Int] = [:]
            for account in accounts { byCategory[account.category, default: 0] += 1 }
            let top = max(row + 2, 20)
            try sheet.mergeRange(CellRange(firstRow: top, firstColumn: 0, lastRow: top, lastColumn: 1),
                                 value: .string("政务新媒体账号（按类别）"), format: styles.title)
            try sheet.write("类别", row: top + 1, column: 0, format: styles.header)
            try sheet.write("账号数", row: top + 1, column: 1, format: styles.header)
            var r = top + 2
            for category in NewMediaCategory.allCases {
                try sheet.write(category.rawValue, row: r, column: 0, format: styles.label)
                try sheet.write(byCategory[category] ?? 0, row: r, column: 1, format: styles.number)
                r += 1
            }
            try sheet.write("合计", row: r, column: 0, format: styles.header)
            try sheet.writeFormula(Formula("SUM(B\(top + 3):B\(r))", cached: .number(Decimal(accounts.count))),
                                   row: r, column: 1, format: styles.total)
            try sheet.addChart(
                Chart(kind: .pie, title: "政务新媒体账号构成",
                      series: [.init(name: "账号数",
                                     categories: .init(sheet: ReportSheet.chart.name,
                                                       range: CellRange(firstRow: top + 2, firstColumn: 0, lastRow: r - 1, lastColumn: 0)),
                                     values: .init(sheet: ReportSheet.chart.name,
                                                   range: CellRange(firstRow: top + 2, firstColumn: 1, lastRow: r - 1, lastColumn: 1)))],
                      legend: .right, scale: (1.2, 1.2)),
                at: CellReference(row: top + 1, column: 3))
        }
        try sheet.setPageSetup(WorkbookStyle.pageSetup(orientation: .landscape))
    }
}
