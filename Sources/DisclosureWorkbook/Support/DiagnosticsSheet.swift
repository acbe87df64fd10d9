import DisclosureModel
import DisclosureValidation
import XLSX

/// The 校验结果 sheet: one row per diagnostic — 序号, 级别, 编号, 单位, 位置, 问题 (Chinese, then the English gloss),
/// 说明 (the numbers involved) — errors first, then warnings, then notes, each in the order found.
///
/// The place is the cell reference (`表三!C12`) when the diagnostic has one, else DisclosureValidation's
/// `DiagnosticRenderer` renders its location (the one place that decides how a location reads). The unit column,
/// shown when `showsUnits` (roll-ups; a single unit's workbook leaves it out), has the unit's name when `unitNames`
/// knows its id.
public struct DiagnosticsSheet: Sendable {
    /// The sheet's name.
    public var name: String
    /// Names of units by `Organization.id`, to show names instead of codes.
    public var unitNames: [String: String]
    /// Whether the sheet has a 单位 column.
    public var showsUnits: Bool

    /// The column headings, left to right, with the 单位 column.
    public static let headings = ["序号", "级别", "编号", "单位", "位置", "问题", "说明"]
    static let widths: [Double] = [6, 6, 18, 22, 24, 56, 30]
    static let unitColumn = 3

    /// Creates the sheet description.
    public init(name: String = "校验结果", unitNames: [String: String] = [:], showsUnits: Bool = true) {
        self.name = name
        self.unitNames = unitNames
        self.showsUnits = showsUnits
    }

    /// The headings of this sheet, left to right.
    public var headings: [String] { showsUnits ? Self.headings : Self.headings.enumerated().filter { $0.offset != Self.unitColumn }.map(\.element) }

    var widths: [Double] { showsUnits ? Self.widths : Self.widths.enumerated().filter { $0.offset != Self.unitColumn }.map(\.element) }

    /// Adds the sheet to `book` and writes `diagnostics`; returns the sheet.
    @discardableResult
    public func write(_ diagnostics: [Diagnostic], in book: WorkbookWriter, styles: StyleSheet) throws -> WorksheetWriter {
        let sheet = try book.addWorksheet(named: name)
        let canvas = SheetCanvas(sheet, styles)
        let columns = headings.count
        let counts = diagnostics.counts
        try canvas.title("校验结果", row: 0, columns: columns)
        try canvas.line(
            "共 \(diagnostics.count) 条：错误 \(counts[.error] ?? 0) 条，警告 \(counts[.warning] ?? 0) 条，提示 \(counts[.note] ?? 0) 条"
                + (diagnostics.isEmpty ? "。未发现问题 — no findings" : ""),
            row: 1, columns: columns, format: styles.subtitle)
        try canvas.header(headings, row: 2)
        let renderer = DiagnosticRenderer(showsUnit: false)
        let ordered = diagnostics.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
        for (i, d) in ordered.enumerated() {
            let row = 3 + i
            try sheet.write(i + 1, row: row, column: 0, format: styles.number)
            try canvas.text(d.severity.chinese, row: row, column: 1, format: styles.groupLabel)
            try canvas.text(d.id, row: row, column: 2)
            var column = 3
            if showsUnits {
                try canvas.text(d.location.unit.map { unitNames[$0] ?? $0 } ?? "", row: row, column: column)
                column += 1
            }
            let place = d.location.sheetCell ?? renderer.place(of: d)
            let explanation = "\(d.message)\n\(d.english)", notes = d.notes.joined(separator: "\n")
            for (offset, text) in [place, explanation, notes].enumerated() {
                try canvas.text(text, row: row, column: column + offset)
            }
            // Rows do not grow for wrapped text on their own in every client; size them.
            let height = zip([place, explanation, notes], widths[column...]).map { ColumnWidth.rowHeight(for: $0, width: $1) }.max() ?? 15
            try sheet.setRowHeight(height, row: row)
        }
        for (c, w) in widths.enumerated() { try sheet.setColumnWidth(w, column: c) }
        try sheet.freezePanes(rows: 3)
        try sheet.setPageSetup(WorkbookStyle.pageSetup(repeatedRows: 2...2, orientation: .landscape))
        return sheet
    }
}
