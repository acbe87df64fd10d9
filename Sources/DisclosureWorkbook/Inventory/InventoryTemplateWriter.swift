import DisclosureAggregation
import DisclosureModel
import Foundation
import XLSX

/// Writes blank inventory templates for units to fill (issue #5): a `网站清单` and a `政务新媒体账号清单` sheet.
///
/// Each sheet's first row is the header — exactly the columns of the inventory CSV that `InventoryCSV` reads, so a
/// filled sheet saved as "CSV UTF-8" reads back as is — locked under sheet protection, with the instruction beside
/// it. Below it, `rows` input rows are unlocked and pale yellow, with drop-downs for 类别 (微信 / 微博 / 移动客户端 /
/// 其他), 状态 (开设 / 关停 / 注销 / 整合), 网站类型 and 互动功能 (是 / 否), and a date rule on the date columns
/// (最近更新日期, 开设日期): the cell is formatted `yyyy-mm-dd` and must hold a date from 2000-01-01 to 2099-12-31 —
/// written as a whole-number rule on Excel's date serials, because the XLSX layer has no date-typed validation.
public struct InventoryTemplateWriter: Sendable {
    /// Which list a sheet collects.
    public enum Kind: String, Sendable, CaseIterable, Hashable, Codable {
        /// 政府网站清单.
        case websites = "网站清单"
        /// 政务新媒体账号清单.
        case accounts = "政务新媒体账号清单"

        /// The sheet's name.
        public var sheetName: String { rawValue }
    }

    /// The look of the sheets.
    public var style: WorkbookStyle
    /// How many input rows each sheet offers.
    public var rows: Int

    /// The earliest and latest dates the date columns accept.
    public static let dateRange = (CalendarDate(year: 2000, month: 1, day: 1), CalendarDate(year: 2099, month: 12, day: 31))

    /// The instruction shown beside the header.
    public static func instruction(_ kind: Kind) -> String {
        let what = kind == .websites ? "网站" : "账号"
        let lists = kind == .websites ? "网站类型、状态" : "类别、状态、互动功能"
        return "填写说明：每行填写一个\(what)（黄色单元格）；\(lists)请从下拉列表中选择；日期按 2020-12-31 格式填写；"
            + "主办单位填写单位全称或单位编码。第一行为表头，请勿修改；填好后可直接“另存为 CSV UTF-8”报送。"
    }

    /// Creates a template writer.
    public init(style: WorkbookStyle = .office, rows: Int = 300) {
        self.style = style
        self.rows = max(1, rows)
    }

    /// Writes a workbook with one template sheet per kind, in the order given (atomically).
    ///
    /// - Throws: `XLSXWriterError` when a write fails.
    public func write(_ kinds: [Kind] = Kind.allCases, to url: URL) throws {
        let book = try WorkbookWriter(url: url)
        let styles = try StyleSheet(style, in: book)
        try book.setProperties(DocumentProperties(title: kinds.map(\.sheetName).joined(separator: "、") + "填报模板", author: "GovDisclosure"))
        for kind in kinds {
            switch kind {
            case .websites:
                guard let columns = WebsiteColumns.columns else { throw unknownInventoryColumns("网站清单", InventoryCSV.websiteHeader) }
                try writeSheet(kind, columns: columns, book: book, styles: styles)
            case .accounts:
                guard let columns = AccountColumns.columns else { throw unknownInventoryColumns("账号清单", InventoryCSV.accountHeader) }
                try writeSheet(kind, columns: columns, book: book, styles: styles)
            }
        }
        try book.close()
    }

    func writeSheet<Record>(_ kind: Kind, columns: [InventoryColumn<Record>], book: WorkbookWriter, styles: StyleSheet) throws {
        let sheet = try book.addWorksheet(named: kind.sheetName)
        let dateInput = try book.addFormat(modified(style.inputText) { $0.numberFormat = "yyyy-mm-dd"; $0.horizontalAlignment = .center })
        let inputRows = 1...rows
        try sheet.setRowHeight(66, row: 0)
        for (c, column) in columns.enumerated() {
            try sheet.write(column.header, row: 0, column: c, format: styles.header)
            let isDate: Bool
            if case .date = column.content { isDate = true } else { isDate = false }
            try sheet.setColumnWidth(column.width, column: c)
            let range = CellRange(firstRow: inputRows.lowerBound, firstColumn: c, lastRow: inputRows.upperBound, lastColumn: c)
            for r in inputRows { try sheet.writeBlank(row: r, column: c, format: isDate ? dateInput : styles.inputText) }
            if let choices = column.choices {
                try sheet.addDataValidation(
                    DataValidation(rule: .list(choices), inputTitle: column.header, inputMessage: column.prompt,
                                   errorTitle: "请从列表中选择", errorMessage: "请选择：\(choices.joined(separator: "、")) — pick one of the list"),
                    to: range)
            } else if isDate, let first = Self.dateRange.0, let last = Self.dateRange.1 {
                try sheet.addDataValidation(
                    DataValidation(rule: .wholeNumber(.between(Decimal(first.excelSerial), Decimal(last.excelSerial))),
                                   inputTitle: column.header, inputMessage: column.prompt, errorTitle: "日期不符合要求",
                                   errorMessage: "请填写 \(first) 至 \(last) 之间的日期，如 2020-12-31 — a date, e.g. 2020-12-31"),
                    to: range)
            }
        }
        let instruction = Self.instruction(kind)
        let noteColumns = (columns.count + 1)...(columns.count + 6)
        try sheet.setColumnWidth(12, columns: noteColumns)
        try sheet.mergeRange(
            CellRange(firstRow: 0, firstColumn: noteColumns.lowerBound, lastRow: 0, lastColumn: noteColumns.upperBound),
            value: .string(instruction), format: styles.note)
        try sheet.freezePanes(rows: 1)
        try sheet.protect(options: SheetProtection(allowsFormattingColumns: true, allowsFormattingRows: true))
        try sheet.setPageSetup(WorkbookStyle.pageSetup(repeatedRows: 0...0, orientation: .landscape))
    }
}
