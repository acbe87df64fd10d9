import DisclosureModel
import DisclosureValidation
import Foundation
import XLSX

/// Draws the 校验结果 sheet: one row per diagnostic — 序号, 级别, 代码, 位置 (`表三!C12`), 说明 (Chinese, then the
/// English gloss), 数据 (the notes) — under a summary line.
struct DiagnosticsSheetWriter {
    let styles: StyleSheet

    static let headers = ["序号", "级别", "代码", "位置", "说明", "数据"]
    static let widths: [Double] = [6, 8, 22, 16, 64, 34]
    static let firstRow = 3

    func write(_ diagnostics: [Diagnostic], in book: WorkbookWriter) throws {
        let sheet = try book.addWorksheet(named: ReportSheet.diagnostics.name)
        for (column, width) in Self.widths.enumerated() { try sheet.setColumnWidth(width, column: column) }
        let last = Self.headers.count - 1
        try sheet.setRowHeight(30, row: 0)
        try sheet.mergeRange(CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: last),
                             value: .string(ReportSheet.diagnostics.name), format: styles.title)
        try sheet.mergeRange(CellRange(firstRow: 1, firstColumn: 0, lastRow: 1, lastColumn: last),
                             value: .string(DiagnosticRenderer.summary(diagnostics)), format: styles.subtitle)
        for (column, header) in Self.headers.enumerated() {
            try sheet.write(header, row: 2, column: column, format: styles.header)
        }
        let renderer = DiagnosticRenderer(showsUnit: false)
        var row = Self.firstRow
        if diagnostics.isEmpty {
            try sheet.mergeRange(CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: last),
                                 value: .string("未发现问题 — no findings"), format: styles.label)
        }
        for (i, d) in diagnostics.enumerated() {
            let explanation = "\(d.message)\n\(d.english)"
            let place = d.location.sheetCell ?? renderer.place(of: d)
            try sheet.write(i + 1, row: row, column: 0, format: styles.number)
            try sheet.write(d.severity.chinese, row: row, column: 1, format: styles.groupLabel)
            try sheet.write(d.id, row: row, column: 2, format: styles.text)
            try sheet.write(place, row: row, column: 3, format: styles.text)
            try sheet.write(explanation, row: row, column: 4, format: styles.label)
            try sheet.write(d.notes.joined(separator: "\n"), row: row, column: 5, format: styles.label)
            let height = max(ColumnWidth.rowHeight(for: explanation, width: Self.widths[4]),
                             ColumnWidth.rowHeight(for: d.notes.joined(separator: "\n"), width: Self.widths[5]),
                             ColumnWidth.rowHeight(for: place, width: Self.widths[3]))
            try sheet.setRowHeight(height, row: row)
            row += 1
        }
        try sheet.freezePanes(rows: Self.firstRow)
        try sheet.setPageSetup(WorkbookStyle.pageSetup(repeatedRows: 0...2, orientation: .landscape))
    }
}
