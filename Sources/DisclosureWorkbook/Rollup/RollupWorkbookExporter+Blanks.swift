import DisclosureAggregation
import DisclosureModel
import Foundation
import XLSX

extension RollupWorkbookExporter {
    /// Column widths of `空白统计`: 表, 行, 列, 合计, 空白单位数, 已填单位数.
    static let blankWidths: [Double] = [6, 56, 30, 10, 10, 10]

    /// `空白统计`: every cell of the three tables, in form order, with its total and how many units left it blank.
    func writeBlanks(_ result: RollupResult, heading: String, book: WorkbookWriter, styles: StyleSheet) throws {
        let sheet = try book.addWorksheet(named: SheetName.blanks)
        let canvas = SheetCanvas(sheet, styles)
        let headings = ["表", "行", "列", "合计", "空白单位数", "已填单位数"]
        try canvas.title("\(heading) — 空白统计", row: 0, columns: headings.count)
        try canvas.line(
            "参与汇总 \(result.unitCount) 个单位。空白不按 0 计：合计为已填写单位之和；全部单位空白的单元格合计保留空白。",
            row: 1, columns: headings.count, format: styles.subtitle)
        try canvas.header(headings, row: 2)
        var r = 3
        var blankSum = 0
        let specs = result.format.tables
        for spec in specs {
            let data = result.total[spec.id]
            for address in spec.cells {
                let blanks = result.blankCount(spec.id, address)
                blankSum += blanks
                let path = (spec.row(address.row)?.path ?? []).filter { !$0.isEmpty }.joined(separator: "▸")
                let rowLabel = path.isEmpty ? "（案件数）" : path
                let columnLabel = (spec.columnPath(of: address.column) ?? [address.column.rawValue]).joined(separator: "▸")
                try canvas.text(spec.id.shortName, row: r, column: 0, format: styles.groupLabel)
                try canvas.text(rowLabel, row: r, column: 1)
                try canvas.text(columnLabel, row: r, column: 2)
                let height = max(ColumnWidth.rowHeight(for: rowLabel, width: Self.blankWidths[1]),
                                 ColumnWidth.rowHeight(for: columnLabel, width: Self.blankWidths[2]))
                if height > 20 { try sheet.setRowHeight(height, row: r) }
                try canvas.figure(data[address], row: r, column: 3)
                try sheet.write(blanks, row: r, column: 4, format: styles.number)
                try sheet.write(result.unitCount - blanks, row: r, column: 5, format: styles.number)
                r += 1
            }
        }
        try sheet.mergeRange(CellRange(firstRow: r, firstColumn: 0, lastRow: r, lastColumn: 3), value: .string("空白单元格合计"), format: styles.header)
        try canvas.sum(of: 4, rows: 3..<r, cached: Decimal(blankSum), row: r, at: 4)
        try sheet.writeBlank(row: r, column: 5, format: styles.total)

        for (c, w) in Self.blankWidths.enumerated() { try sheet.setColumnWidth(w, column: c) }
        try sheet.freezePanes(rows: 3)
        try sheet.setPageSetup(WorkbookStyle.pageSetup(repeatedRows: 2...2))
    }
}
