import DisclosureAggregation
import DisclosureModel
import Foundation
import XLSX

extension RollupWorkbookExporter {
    /// The numbers of one subtotal row of `分级小计`: 单位数, the key figures, 空白单元格.
    static func groupNumbers(_ group: RollupGroup, _ format: ReportFormat) -> [Decimal?] {
        let blanks = group.blankCounts.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        return [Decimal(group.unitCount)] + RollupKeyFigures.figures(of: group.report, format).map(\.decimal)
            + [Decimal(blanks)]
    }

    func writeLevels(_ result: RollupResult, heading: String, book: WorkbookWriter, styles: StyleSheet) throws {
        let sheet = try book.addWorksheet(named: SheetName.levels)
        let canvas = SheetCanvas(sheet, styles)
        let headings = ["层级", "单位数"] + RollupKeyFigures.headings(result.format) + [RollupKeyFigures.countHeadings[0]]
        let columns = headings.count
        try canvas.title("\(heading) — 分级小计", row: 0, columns: columns)
        try canvas.line(Self.summaryLine(result), row: 1, columns: columns, format: styles.subtitle)
        try canvas.header(headings, row: 2)
        let sources = RollupKeyFigures.sources(result.format)
        for c in 0..<columns {
            try sheet.write(c >= 2 && c - 2 < sources.count ? sources[c - 2] : "", row: 3, column: c, format: styles.cornerNote)
        }
        try sheet.setRowHeight(68, row: 3)

        let root = result.total.organization
        let levelRows = 4..<(4 + result.levelSubtotals.count)
        var sums = [Decimal](repeating: 0, count: columns - 1)
        for (i, group) in result.levelSubtotals.enumerated() {
            let r = levelRows.lowerBound + i
            let label: String
            if case .level(let level) = group.kind { label = Self.levelLabel(level, root: root) } else { label = group.title }
            try canvas.text(label, row: r, column: 0)
            for (k, value) in Self.groupNumbers(group, result.format).enumerated() {
                sums[k] += value ?? 0
                try canvas.number(value, row: r, column: k + 1)
            }
        }
        let totalRow = levelRows.upperBound
        try sheet.write("合计", row: totalRow, column: 0, format: styles.header)
        for k in 0..<sums.count {
            try canvas.sum(of: k + 1, rows: levelRows, cached: sums[k], row: totalRow, at: k + 1)
        }

        if !result.branchSubtotals.isEmpty {
            let start = totalRow + 2
            try canvas.line("分支小计（单位及其全部下级单位；各行互有包含，不再合计）", row: start, columns: columns, format: styles.subtitle)
            try canvas.header(["单位（含下级）"] + Array(headings.dropFirst()), row: start + 1)
            for (i, group) in result.branchSubtotals.enumerated() {
                let r = start + 2 + i
                try canvas.text(group.title, row: r, column: 0)
                for (k, value) in Self.groupNumbers(group, result.format).enumerated() {
                    try canvas.number(value, row: r, column: k + 1)
                }
            }
        }

        let labels = result.levelSubtotals.map(\.title) + result.branchSubtotals.map(\.title)
        try sheet.setColumnWidth(ColumnWidth.fitting(labels + ["县(市、区)"], minimum: 14, maximum: 40), column: 0)
        try sheet.setColumnWidth(12, columns: 1...(columns - 1))
        try sheet.freezePanes(rows: 4, columns: 1)
        try sheet.setPageSetup(WorkbookStyle.pageSetup(repeatedRows: 2...3, orientation: .landscape))
    }
}
