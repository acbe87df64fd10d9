import DisclosureAggregation
import DisclosureModel
import Foundation
import XLSX

extension RollupWorkbookExporter {
    /// Column layout of `分单位明细`.
    enum UnitColumns {
        /// 序号, 单位, 单位编码, 层级, 上级单位, 状态.
        static let identity = ["序号", "单位", "单位编码", "层级", "上级单位", "状态"]
        /// The status column (SUMIF criterion range).
        static let status = 5
        /// The first key-figure column.
        static let firstFigure = identity.count
        /// Header rows (title, subtitle, headings, sources) and the 合计 row.
        static let headingRow = 2, sourceRow = 3, totalRow = 4, firstUnitRow = 5
        /// All column headings for `format`.
        static func headings(_ format: ReportFormat) -> [String] {
            identity + RollupKeyFigures.headings(format) + RollupKeyFigures.countHeadings
        }
    }

    func writeUnits(
        _ result: RollupResult, diagnostics: [Diagnostic], heading: String, book: WorkbookWriter, styles: StyleSheet
    ) throws {
        typealias C = UnitColumns
        let sheet = try book.addWorksheet(named: SheetName.units)
        let canvas = SheetCanvas(sheet, styles)
        let headings = C.headings(result.format)
        try canvas.title("\(heading) — 分单位明细", row: 0, columns: headings.count)
        try canvas.line(Self.summaryLine(result), row: 1, columns: headings.count, format: styles.subtitle)
        try canvas.header(headings, row: C.headingRow)
        let sources = RollupKeyFigures.sources(result.format)
        for c in 0..<headings.count {
            let source = c >= C.firstFigure && c - C.firstFigure < sources.count ? sources[c - C.firstFigure] : ""
            try sheet.write(source, row: C.sourceRow, column: c, format: styles.cornerNote)
        }
        try sheet.setRowHeight(68, row: C.sourceRow)

        let names = Dictionary(result.breakdown.map { ($0.unit.id, $0.unit.name) }, uniquingKeysWith: { a, _ in a })
        let supplied = diagnostics.isEmpty ? nil : Dictionary(grouping: diagnostics.compactMap(\.location.unit), by: { $0 }).mapValues(\.count)
        let rows = result.breakdown.map { row in
            UnitLine(
                row: row, format: result.format, parentName: row.unit.parentID.map { names[$0] ?? $0 } ?? "",
                diagnostics: row.diagnosticsCount ?? supplied.map { $0[row.unit.id] ?? $0[row.unit.name] ?? 0 })
        }

        // 合计 first (it stays in view under the frozen header), computed from the rows it adds up.
        let unitRows = C.firstUnitRow..<(C.firstUnitRow + rows.count)
        try sheet.mergeRange(
            CellRange(firstRow: C.totalRow, firstColumn: 0, lastRow: C.totalRow, lastColumn: C.status),
            value: .string("合计（状态为“\(UnitBreakdownRow.Status.included.rawValue)”的单位）"), format: styles.header)
        let included = rows.filter { $0.row.status == .included }
        for k in 0..<(headings.count - C.firstFigure) {
            let column = C.firstFigure + k
            let cached = included.reduce(Decimal(0)) { $0 + ($1.numbers[k] ?? 0) }
            guard !unitRows.isEmpty else {
                try sheet.write(0, row: C.totalRow, column: column, format: styles.total)
                continue
            }
            let criteria = A1.range(column: C.status, rows: unitRows, absolute: true)
            let values = A1.range(column: column, rows: unitRows)
            try canvas.formula(
                "SUMIF(\(criteria),\(A1.literal(UnitBreakdownRow.Status.included.rawValue)),\(values))", cached: cached,
                row: C.totalRow, column: column)
        }

        for (i, line) in rows.enumerated() {
            let r = C.firstUnitRow + i, unit = line.row.unit
            try sheet.write(i + 1, row: r, column: 0, format: styles.number)
            try canvas.text(unit.name, row: r, column: 1)
            try canvas.text(unit.id, row: r, column: 2, format: styles.text)
            try canvas.text(Self.levelLabel(unit.level, root: result.total.organization), row: r, column: 3, format: styles.groupLabel)
            try canvas.text(line.parentName, row: r, column: 4)
            try canvas.text(line.row.status.rawValue, row: r, column: 5, format: styles.groupLabel)
            for (k, value) in line.numbers.enumerated() {
                try canvas.number(value, row: r, column: C.firstFigure + k)
            }
        }

        let nameWidth = ColumnWidth.fitting(rows.prefix(5000).map(\.row.unit.name), minimum: 16, maximum: 40)
        let parentWidth = ColumnWidth.fitting(rows.prefix(5000).map(\.parentName), minimum: 12, maximum: 30)
        let widths: [Double] = [6, nameWidth, 12, 11, parentWidth, 8] + Array(repeating: 12, count: headings.count - C.firstFigure)
        for (c, w) in widths.enumerated() { try sheet.setColumnWidth(w, column: c) }
        try sheet.freezePanes(rows: C.firstUnitRow, columns: 2)
        try sheet.setPageSetup(WorkbookStyle.pageSetup(repeatedRows: C.headingRow...C.sourceRow, orientation: .landscape))
    }

    /// One unit's row: its breakdown entry with the parent's name and the numbers in column order.
    struct UnitLine {
        let row: UnitBreakdownRow
        let parentName: String
        /// Key figures, then 空白单元格 (only for summed units), then 问题数.
        let numbers: [Decimal?]

        init(row: UnitBreakdownRow, format: ReportFormat, parentName: String, diagnostics: Int?) {
            self.row = row
            self.parentName = parentName
            numbers = row.figures(in: format).map(\.decimal) + [
                row.status == .included ? Decimal(row.blankCells) : nil, diagnostics.map { Decimal($0) },
            ]
        }
    }
}
