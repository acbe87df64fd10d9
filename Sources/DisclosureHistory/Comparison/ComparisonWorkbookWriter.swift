import DisclosureModel
import Foundation
import XLSX

/// Writes a `YearComparison` as a workbook: 逐单位对比 (the whole, then each unit: both years' key figures, 增减 and
/// 增减% as live formulas with their values), 历年趋势 (the whole's key figures in every year held, with a chart per
/// key figure), 逐项对比 (every comparable cell of 表二–表四, summed) and 不可比项 (what the two forms do not share).
///
/// The file appears atomically (`WorkbookWriter`): a failure leaves no half-written workbook and an existing file
/// untouched.
public struct ComparisonWorkbookWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Writes the workbook to `url`.
    public func write(_ comparison: YearComparison, to url: URL) throws {
        let book = try WorkbookWriter(url: url)
        let styles = try Styles(book)
        try writeUnits(comparison, book, styles)
        try writeTrend(comparison, book, styles)
        try writeCells(comparison, book, styles)
        try writeNotComparable(comparison, book, styles)
        try book.close()
    }

    struct Styles {
        let title, header, label, number, percent, total: FormatHandle

        init(_ book: WorkbookWriter) throws {
            let border = CellFormat.Borders.all(.thin)
            title = try book.addFormat(
                CellFormat(fontName: "宋体", fontSize: 14, isBold: true, horizontalAlignment: .center, verticalAlignment: .center))
            header = try book.addFormat(
                CellFormat(
                    fontName: "宋体", fontSize: 10, isBold: true, horizontalAlignment: .center, verticalAlignment: .center,
                    wrapsText: true, borders: border, fillColor: .lightGray))
            label = try book.addFormat(CellFormat(fontName: "宋体", fontSize: 10, verticalAlignment: .center, borders: border))
            number = try book.addFormat(
                CellFormat(fontName: "宋体", fontSize: 10, horizontalAlignment: .right, borders: border, numberFormat: "General"))
            percent = try book.addFormat(
                CellFormat(fontName: "宋体", fontSize: 10, horizontalAlignment: .right, borders: border, numberFormat: "0.0%"))
            total = try book.addFormat(
                CellFormat(fontName: "宋体", fontSize: 10, isBold: true, horizontalAlignment: .right, borders: border))
        }
    }

    static let unitsSheet = "逐单位对比"
    static let trendSheet = "历年趋势"
    static let cellsSheet = "逐项对比"
    static let notComparableSheet = "不可比项"

    /// 单位 | per key figure: Y1, Y2, 增减, 增减%.
    func writeUnits(_ c: YearComparison, _ book: WorkbookWriter, _ s: Styles) throws {
        let sheet = try book.addWorksheet(named: Self.unitsSheet)
        let width = 1 + 4 * c.keyFigures.count
        try sheet.mergeRange(
            CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: width - 1),
            value: .string("\(c.from)年与\(c.to)年主要数据对比"), format: s.title)
        try sheet.setRowHeight(28, row: 0)
        try sheet.mergeRange(CellRange(firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 0), value: .string("单位"), format: s.header)
        for (i, figure) in c.keyFigures.enumerated() {
            let col = 1 + 4 * i
            try sheet.mergeRange(
                CellRange(firstRow: 1, firstColumn: col, lastRow: 1, lastColumn: col + 3), value: .string(figure.heading),
                format: s.header)
            for (j, h) in ["\(c.from)年", "\(c.to)年", "增减", "增减%"].enumerated() {
                try sheet.write(h, row: 2, column: col + j, format: s.header)
            }
        }
        var row = 3
        for r in [c.total] + c.units {
            try sheet.write(r.unit, row: row, column: 0, format: r.unitID.isEmpty ? s.header : s.label)
            for i in c.keyFigures.indices {
                try writeChange(r.from[i], r.to[i], sheet: sheet, row: row, column: 1 + 4 * i, s, bold: r.unitID.isEmpty)
            }
            row += 1
        }
        try sheet.setColumnWidth(30, column: 0)
        try sheet.setColumnWidth(9, columns: 1...max(1, width - 1))
        try sheet.freezePanes(rows: 3, columns: 1)
    }

    /// Y1, Y2, =Y2−Y1, =IF(Y1=0,"",(Y2−Y1)/Y1) with cached values; blank stays blank.
    func writeChange(
        _ a: Decimal?, _ b: Decimal?, sheet: WorksheetWriter, row: Int, column col: Int, _ s: Styles, bold: Bool
    ) throws {
        let number = bold ? s.total : s.number
        if let a { try sheet.write(a, row: row, column: col, format: number) } else { try sheet.writeBlank(row: row, column: col, format: number) }
        if let b { try sheet.write(b, row: row, column: col + 1, format: number) } else { try sheet.writeBlank(row: row, column: col + 1, format: number) }
        let x = "\(CellReference.columnName(col))\(row + 1)", y = "\(CellReference.columnName(col + 1))\(row + 1)"
        if let change = YearComparison.change(a, b) {
            try sheet.writeFormula(Formula("\(y)-\(x)", cached: .number(change)), row: row, column: col + 2, format: number)
        } else {
            try sheet.writeBlank(row: row, column: col + 2, format: number)
        }
        if let fraction = YearComparison.fraction(a, b) {
            try sheet.writeFormula(
                Formula("IF(\(x)=0,\"\",(\(y)-\(x))/\(x))", cached: .number(fraction)), row: row, column: col + 3,
                format: s.percent)
        } else {
            try sheet.writeBlank(row: row, column: col + 3, format: s.percent)
        }
    }

    /// 年度 | key figures…, then one line chart per key figure over the years.
    func writeTrend(_ c: YearComparison, _ book: WorkbookWriter, _ s: Styles) throws {
        let sheet = try book.addWorksheet(named: Self.trendSheet)
        try sheet.write("年度", row: 0, column: 0, format: s.header)
        for (i, f) in c.keyFigures.enumerated() { try sheet.write(f.heading, row: 0, column: 1 + i, format: s.header) }
        for (r, year) in c.yearly.enumerated() {
            try sheet.write("\(year.year)年", row: 1 + r, column: 0, format: s.label)
            for (i, v) in year.values.enumerated() {
                if let v { try sheet.write(v, row: 1 + r, column: 1 + i, format: s.number) } else { try sheet.writeBlank(row: 1 + r, column: 1 + i, format: s.number) }
            }
        }
        try sheet.setColumnWidth(10, column: 0)
        try sheet.setColumnWidth(12, columns: 1...max(1, c.keyFigures.count))
        guard !c.yearly.isEmpty else { return }
        let last = c.yearly.count
        let years = Chart.SheetRange(sheet: Self.trendSheet, range: CellRange(firstRow: 1, firstColumn: 0, lastRow: last, lastColumn: 0))
        let top = last + 2
        for (i, f) in c.keyFigures.enumerated() {
            let values = Chart.SheetRange(
                sheet: Self.trendSheet, range: CellRange(firstRow: 1, firstColumn: 1 + i, lastRow: last, lastColumn: 1 + i))
            let chart = Chart(
                kind: c.yearly.count > 2 ? .line : .column, title: "\(f.heading)（历年）",
                series: [Chart.Series(name: f.heading, categories: years, values: values)], categoryAxisTitle: "年度",
                valueAxisTitle: "件", legend: .none)
            try sheet.addChart(chart, at: CellReference(row: top + 16 * (i / 2), column: 8 * (i % 2)))
        }
    }

    /// 表 | 项目 | Y1 | Y2 | 增减 | 增减%.
    func writeCells(_ c: YearComparison, _ book: WorkbookWriter, _ s: Styles) throws {
        let sheet = try book.addWorksheet(named: Self.cellsSheet)
        for (j, h) in ["表", "项目（两年表式含义相同）", "\(c.from)年", "\(c.to)年", "增减", "增减%"].enumerated() {
            try sheet.write(h, row: 0, column: j, format: s.header)
        }
        for (i, cell) in c.cells.enumerated() {
            try sheet.write(cell.table.shortName, row: 1 + i, column: 0, format: s.label)
            try sheet.write(cell.label, row: 1 + i, column: 1, format: s.label)
            try writeChange(cell.from, cell.to, sheet: sheet, row: 1 + i, column: 2, s, bold: false)
        }
        try sheet.setColumnWidth(6, column: 0)
        try sheet.setColumnWidth(70, column: 1)
        try sheet.setColumnWidth(10, columns: 2...5)
        try sheet.freezePanes(rows: 1)
    }

    /// 表 | 年度 | 项目 | 说明.
    func writeNotComparable(_ c: YearComparison, _ book: WorkbookWriter, _ s: Styles) throws {
        let sheet = try book.addWorksheet(named: Self.notComparableSheet)
        for (j, h) in ["表", "年度", "项目", "说明"].enumerated() { try sheet.write(h, row: 0, column: j, format: s.header) }
        for (i, n) in c.notComparable.enumerated() {
            try sheet.write(n.table.shortName, row: 1 + i, column: 0, format: s.label)
            try sheet.write("\(n.year)年", row: 1 + i, column: 1, format: s.label)
            try sheet.write(n.label, row: 1 + i, column: 2, format: s.label)
            try sheet.write(
                "另一年度的表式没有含义相同的项目，不作比较 — the other year's form has no cell meaning the same; not compared",
                row: 1 + i, column: 3, format: s.label)
        }
        try sheet.setColumnWidth(6, column: 0)
        try sheet.setColumnWidth(8, column: 1)
        try sheet.setColumnWidth(60, column: 2)
        try sheet.setColumnWidth(60, column: 3)
        try sheet.freezePanes(rows: 1)
    }
}
