import DisclosureModel
import Foundation
import XLSX

/// Draws one official table on its sheet from its `TableLayout`: titles, the merged header tree, labels, figures,
/// totals as formulas, print set-up; in template mode also validation, unlocked inputs and protection.
///
/// Totals (each cell that is the single left side of an identity): in a template always `=SUM(parts)`. In a
/// report, `=SUM(parts)` with the cached value Σ parts (blank counts 0, as in Excel) when the unit gave the total
/// and it equals that sum and not every part is blank; otherwise the unit's own figure (or blank) is written as a
/// value, so a formula never hides what the unit reported, and a `WB.totalAsValue` note says so.
struct TableSheetWriter {
    let layout: TableLayout
    let styles: StyleSheet
    let mode: WorkbookMode

    /// The instruction line under a template's table.
    static let instruction = "填写说明：请在黄色单元格内填写整数（本年增/减可填负数，金额可填小数）；不涉及的项目填 0，"
        + "未统计的留空；合计由公式自动计算，请勿改动。"

    /// Writes the sheet and returns the notes it made (totals kept as values).
    func write(_ data: TableData, unitLine: Formula, in book: WorkbookWriter) throws -> [Diagnostic] {
        let sheet = try book.addWorksheet(named: layout.sheet.name)
        for (column, width) in layout.columnWidths.enumerated() { try sheet.setColumnWidth(width, column: column) }
        try sheet.setRowHeight(30, row: TableLayout.titleRow)
        for (row, height) in layout.rowHeights { try sheet.setRowHeight(height, row: row) }

        let lastColumn = max(layout.width - 1, 0)
        try sheet.mergeRange(CellRange(firstRow: TableLayout.unitRow, firstColumn: 0, lastRow: TableLayout.unitRow,
                                       lastColumn: lastColumn), formula: unitLine, format: styles.subtitle)
        for text in layout.texts { try draw(text, on: sheet) }

        var notes: [Diagnostic] = []
        let totals = layout.totals
        for block in layout.blocks {
            for row in block.rows {
                for column in block.spec.columns {
                    guard let span = row.cells[column.key] else { continue }
                    let address = CellAddress(row.spec.key, column.key)
                    let range = CellRange(firstRow: row.sheetRow, firstColumn: span.lowerBound, lastRow: row.sheetRow,
                                          lastColumn: span.upperBound)
                    if let partLists = totals[address] {
                        if let note = try writeTotal(address, partLists, data, column.kind, range, on: sheet) { notes.append(note) }
                    } else {
                        try writeFigure(data[address], kind: column.kind, range, on: sheet)
                    }
                }
            }
        }
        if mode == .template {
            try addValidations(totals: totals, on: sheet)
            let noteRow = layout.lastRow + 2
            try sheet.mergeRange(CellRange(firstRow: noteRow, firstColumn: 0, lastRow: noteRow, lastColumn: lastColumn),
                                 value: .string(Self.instruction), format: styles.note)
            try sheet.setRowHeight(ColumnWidth.rowHeight(for: Self.instruction, width: layout.columnWidths.reduce(0, +), fontSize: 10),
                                   row: noteRow)
            try sheet.protect(options: SheetProtection(allowsFormattingColumns: true, allowsFormattingRows: true))
        }
        try sheet.freezePanes(rows: layout.frozenRows, columns: layout.frozenColumns)
        try sheet.setPageSetup(WorkbookStyle.pageSetup(repeatedRows: layout.repeatedRows, orientation: layout.orientation))
        return notes
    }

    private func draw(_ text: PlacedText, on sheet: WorksheetWriter) throws {
        let format: FormatHandle =
            switch text.role {
            case .title: styles.title
            case .subtitle: styles.subtitle
            case .blockTitle, .header: styles.header
            case .corner: styles.cornerNote
            case .groupLabel: styles.groupLabel
            case .label: styles.label
            }
        if text.range.first == text.range.last {
            try sheet.write(text.text, row: text.range.first.row, column: text.range.first.column, format: format)
        } else {
            try sheet.mergeRange(text.range, value: .string(text.text), format: format)
        }
    }

    private func format(for kind: ValueKind) -> FormatHandle {
        switch (kind, mode) {
        case (.money, .report): styles.money
        case (.money, .template): styles.inputMoney
        case (_, .report): styles.number
        case (_, .template): styles.inputNumber
        }
    }

    private func writeFigure(_ figure: Figure, kind: ValueKind, _ range: CellRange, on sheet: WorksheetWriter) throws {
        let value: CellValue = figure.decimal.map(CellValue.number) ?? .blank
        let format = format(for: kind)
        if range.first == range.last {
            try sheet.write(value, at: range.first, format: format)
        } else {
            try sheet.mergeRange(range, value: value, format: format)
        }
    }

    /// Writes a total as a formula or, in a report whose figure disagrees with its parts, as the unit's value.
    private func writeTotal(_ address: CellAddress, _ partLists: [[CellAddress]], _ data: TableData, _ kind: ValueKind,
                            _ range: CellRange,
                            on sheet: WorksheetWriter) throws -> Diagnostic? {
        let given = data[address]
        let chosen: (index: Int, sum: Decimal)? = {
            for (index, parts) in partLists.enumerated() {
                let (sum, allBlank) = TableLayout.sum(of: parts, in: data)
                switch mode {
                case .template: return (index, sum)
                case .report: if !allBlank, given.decimal == sum { return (index, sum) }
                }
            }
            return nil
        }()
        if let chosen, let text = layout.totalFormulas[address]?[chosen.index], !text.isEmpty {
            let formula = Formula(text, cached: .number(chosen.sum))
            if range.first == range.last {
                try sheet.write(formula, at: range.first, format: styles.total)
            } else {
                try sheet.mergeRange(range, formula: formula, format: styles.total)
            }
            return nil
        }
        try writeFigure(given, kind: kind, range, on: sheet)
        guard !given.isBlank else { return nil }
        let place = "\(layout.sheet.name)!\(range.first)"
        return WorkbookDiagnostics.totalAsValue.make(
                message: "\(place)：合计与分项之和不符，保留填报值 \(given)，未写公式",
            english: "the total disagrees with its parts; the unit's figure is kept as a value, not a formula",
            location: Diagnostic.Location(table: layout.spec.id, row: address.row, column: address.column,
                                          sheet: layout.sheet.name, cell: range.first.description))
    }

    /// One validation per input column and run of consecutive input rows.
    private func addValidations(totals: [CellAddress: [[CellAddress]]], on sheet: WorksheetWriter) throws {
        for block in layout.blocks {
            for column in block.spec.columns {
                guard let span = block.columns[column.key] else { continue }
                var runStart: Int?
                var runEnd = 0
                func flush() throws {
                    guard let start = runStart else { return }
                    try sheet.addDataValidation(Self.validation(for: column.kind),
                                                to: CellRange(firstRow: start, firstColumn: span.lowerBound,
                                                              lastRow: runEnd, lastColumn: span.upperBound))
                    runStart = nil
                }
                for row in block.rows {
                    if totals[CellAddress(row.spec.key, column.key)] != nil {
                        try flush()
                    } else if runStart != nil, runEnd + 1 == row.sheetRow {
                        runEnd = row.sheetRow
                    } else {
                        try flush()
                        runStart = row.sheetRow
                        runEnd = row.sheetRow
                    }
                }
                try flush()
            }
        }
    }

    /// Whole numbers ≥ 0; any whole number for 增/减; decimals ≥ 0 for money.
    static func validation(for kind: ValueKind) -> DataValidation {
        switch kind {
        case .count:
            DataValidation(rule: .wholeNumber(.atLeast(0)), inputTitle: "请填写", inputMessage: "大于等于 0 的整数",
                           errorTitle: "数据不符合要求", errorMessage: "请输入大于等于 0 的整数 — a whole number ≥ 0")
        case .signedCount:
            DataValidation(rule: .wholeNumber(.any), inputTitle: "请填写", inputMessage: "整数，减少填负数（如 -8）",
                           errorTitle: "数据不符合要求", errorMessage: "请输入整数，减少填负数 — a whole number, negative for a decrease")
        case .money(let unit):
            DataValidation(rule: .decimal(.atLeast(0)), inputTitle: "请填写", inputMessage: "金额（\(unit.rawValue)），可填小数",
                           errorTitle: "数据不符合要求", errorMessage: "请输入大于等于 0 的金额（\(unit.rawValue)） — an amount ≥ 0")
        }
    }
}
