import DisclosureModel
import Foundation
import XLSX

extension NewMediaWorkbookExporter {
    /// A 清单 sheet: 序号 then the inventory CSV's columns, one row per record, header frozen.
    func writeList<Record>(
        _ name: String, _ title: String, _ records: [Record], columns: [InventoryColumn<Record>], book: WorkbookWriter,
        styles: StyleSheet
    ) throws {
        let sheet = try book.addWorksheet(named: name)
        let canvas = SheetCanvas(sheet, styles)
        let date = try book.addFormat(modified(style.text) { $0.numberFormat = "yyyy-mm-dd"; $0.horizontalAlignment = .center })
        try canvas.title(title, row: 0, columns: columns.count + 1)
        try canvas.line("共 \(records.count) 条记录；列与清单 CSV 文件相同", row: 1, columns: columns.count + 1, format: styles.subtitle)
        try canvas.header(["序号"] + columns.map(\.header), row: 2)
        for (i, record) in records.enumerated() {
            let r = 3 + i
            try sheet.write(i + 1, row: r, column: 0, format: styles.number)
            for (c, column) in columns.enumerated() {
                switch column.content {
                case .text(let value):
                    try sheet.write(value(record) ?? "", row: r, column: c + 1, format: styles.text)
                case .date(let value):
                    if let d = value(record) {
                        try sheet.write(d.excelSerial, row: r, column: c + 1, format: date)
                    } else {
                        try sheet.writeBlank(row: r, column: c + 1, format: date)
                    }
                }
            }
        }
        try sheet.setColumnWidth(7, column: 0)
        for (c, column) in columns.enumerated() { try sheet.setColumnWidth(column.width, column: c + 1) }
        try sheet.freezePanes(rows: 3, columns: 2)
        try sheet.setPageSetup(WorkbookStyle.pageSetup(repeatedRows: 2...2, orientation: .landscape))
    }
}

/// A copy of `format` changed by `change`.
func modified(_ format: CellFormat, _ change: (inout CellFormat) -> Void) -> CellFormat {
    var copy = format
    change(&copy)
    return copy
}
