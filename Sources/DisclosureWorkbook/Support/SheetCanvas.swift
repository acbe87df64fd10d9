import DisclosureModel
import Foundation
import XLSX

/// A worksheet with the office style at hand: the few drawing moves every statistics sheet repeats (a merged title,
/// a header row, a figure that may be blank, a SUM formula with its cached value).
struct SheetCanvas {
    let sheet: WorksheetWriter
    let styles: StyleSheet

    init(_ sheet: WorksheetWriter, _ styles: StyleSheet) {
        self.sheet = sheet
        self.styles = styles
    }

    /// A title merged across `columns` of one row (one row only, so constant-memory workbooks accept it); given the
    /// merged `width`, the row grows to show a title that wraps.
    func title(_ text: String, row: Int, columns: Int, width: Double? = nil) throws {
        let wrapped = width.map { ColumnWidth.rowHeight(for: text, width: $0, fontSize: styles.style.title.fontSize ?? 16) } ?? 0
        try sheet.setRowHeight(max(30, wrapped), row: row)
        if columns > 1 {
            try sheet.mergeRange(
                CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: columns - 1), value: .string(text),
                format: styles.title)
        } else {
            try sheet.write(text, row: row, column: 0, format: styles.title)
        }
    }

    /// A line of plain text merged across `columns` (subtitle or note).
    func line(_ text: String, row: Int, columns: Int, format: FormatHandle, height: Double? = nil) throws {
        if let height { try sheet.setRowHeight(height, row: row) }
        if columns > 1 {
            try sheet.mergeRange(
                CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: columns - 1), value: .string(text),
                format: format)
        } else {
            try sheet.write(text, row: row, column: 0, format: format)
        }
    }

    /// Header labels left to right from `column`.
    func header(_ labels: [String], row: Int, column: Int = 0, height: Double? = nil) throws {
        if let height { try sheet.setRowHeight(height, row: row) }
        for (i, label) in labels.enumerated() { try sheet.write(label, row: row, column: column + i, format: styles.header) }
    }

    /// A count, or a bordered blank cell when there is none.
    func count(_ value: Int?, row: Int, column: Int, format: FormatHandle? = nil) throws {
        if let value {
            try sheet.write(value, row: row, column: column, format: format ?? styles.number)
        } else {
            try sheet.writeBlank(row: row, column: column, format: format ?? styles.number)
        }
    }

    /// A figure as given (blank stays blank, decimals stay as written).
    func figure(_ value: Figure, row: Int, column: Int) throws {
        try number(value.decimal, row: row, column: column)
    }

    /// A number in the count style (the money style when it has decimals), or a bordered blank cell for nil.
    func number(_ value: Decimal?, row: Int, column: Int) throws {
        if let value {
            try sheet.write(value, row: row, column: column, format: value.isWholeNumber ? styles.number : styles.money)
        } else {
            try sheet.writeBlank(row: row, column: column, format: styles.number)
        }
    }

    /// A bordered text cell.
    func text(_ value: String, row: Int, column: Int, format: FormatHandle? = nil) throws {
        try sheet.write(value, row: row, column: column, format: format ?? styles.label)
    }

    /// A formula with its cached value, in the bold total style.
    func formula(_ text: String, cached: Decimal, row: Int, column: Int, format: FormatHandle? = nil) throws {
        try sheet.writeFormula(Formula(text, cached: .number(cached)), row: row, column: column, format: format ?? styles.total)
    }

    /// `SUM(C5:C9)` over `rows` of `column` with its cached value; 0 as a plain value when there are no rows.
    func sum(of column: Int, rows: Range<Int>, cached: Decimal, row: Int, at target: Int, format: FormatHandle? = nil) throws {
        guard !rows.isEmpty else {
            try sheet.write(0, row: row, column: target, format: format ?? styles.total)
            return
        }
        try formula("SUM(\(A1.range(column: column, rows: rows)))", cached: cached, row: row, column: target, format: format)
    }
}

/// A1 notation for formulas.
enum A1 {
    /// `C5` (zero-based row and column).
    static func cell(_ row: Int, _ column: Int, absolute: Bool = false) -> String {
        let c = CellReference.columnName(column)
        return absolute ? "$\(c)$\(row + 1)" : "\(c)\(row + 1)"
    }

    /// `C5:C9` for `rows` (half-open) of one column.
    static func range(column: Int, rows: Range<Int>, absolute: Bool = false) -> String {
        "\(cell(rows.lowerBound, column, absolute: absolute)):\(cell(rows.upperBound - 1, column, absolute: absolute))"
    }

    /// `B5:G5` for `columns` (half-open) of one row.
    static func range(row: Int, columns: Range<Int>) -> String {
        "\(cell(row, columns.lowerBound)):\(cell(row, columns.upperBound - 1))"
    }

    /// A text literal inside a formula (`"已汇总"`, quotes doubled).
    static func literal(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
