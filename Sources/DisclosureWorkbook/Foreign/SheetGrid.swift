import DisclosureModel
import DisclosureText
import Foundation
import XLSX

/// A worksheet turned into the grid `GridRecognizer` reads (the one shape of every source's tables): its cells'
/// texts, its merged ranges as spans, its places named `年报统计表!M31`; and the lines of text around the tables (the
/// title, 填报单位, the footer) for the title reader. Depends on the XLSX reader and DisclosureText only, so that the
/// workbook fuzz target compiles it (Fuzz/workbook-reader/modules lists this folder).
enum SheetGrid {
    /// The largest part of a sheet turned into a grid (the official tables are about 40 rows by 16 columns; a stray
    /// cell at `XFD1048576` must not make a grid of 17 billion cells).
    static let maxRows = 2_000
    /// See `maxRows`.
    static let maxColumns = 64

    /// The cells (within the grid's bounds) holding a formula no client calculated: read as blank, never as 0.
    static func uncalculatedFormulas(_ sheet: Sheet) -> [CellReference] {
        sheet.cells.compactMap { cell in
            guard cell.formula != nil, case .blank = cell.value, cell.reference.row < maxRows,
                cell.reference.column < maxColumns
            else { return nil }
            return cell.reference
        }
    }

    /// The grid's rows that hold no figure (only labels), as numbered lines from `first` on.
    static func textLines(_ grid: ReportGrid, numberedFrom first: Int) -> [ReportTextReader.Line] {
        var lines: [ReportTextReader.Line] = []
        for row in grid.rows.indices {
            let texts = rowTexts(grid, row)
            guard !texts.isEmpty, texts.allSatisfy({ Figure.parse($0) == .notANumber }) else { continue }
            lines.append(ReportTextReader.Line(texts.joined(separator: " "), number: first + lines.count))
        }
        return lines
    }

    /// A sheet as a grid: each cell's text (numbers in plain notation), merged ranges as spans, positions named in
    /// A1 notation after the sheet. Cells beyond `maxRows` × `maxColumns` (by default the reader's bounds) are left out.
    static func grid(
        _ sheet: Sheet, maxRows: Int = SheetGrid.maxRows, maxColumns: Int = SheetGrid.maxColumns
    ) -> ReportGrid {
        var height = 0
        var width = 0
        for cell in sheet.cells where cell.reference.row < maxRows && cell.reference.column < maxColumns {
            guard !text(cell.value).isEmpty else { continue }
            height = max(height, cell.reference.row + 1)
            width = max(width, cell.reference.column + 1)
        }
        guard height > 0 else { return ReportGrid(source: .sheet(sheet.info.name), texts: []) }
        var texts = Array(repeating: Array(repeating: "", count: width), count: height)
        for cell in sheet.cells where cell.reference.row < height && cell.reference.column < width {
            texts[cell.reference.row][cell.reference.column] = text(cell.value)
        }
        // Merged ranges: the origin spans, the covered positions are not listed (the HTML model).
        var spans: [GridPosition: (rows: Int, columns: Int)] = [:]
        var covered = Set<GridPosition>()
        for range in sheet.metadata.mergedRanges {
            let top = range.first.row
            let left = range.first.column
            guard top < height, left < width, range.last.row >= top, range.last.column >= left else { continue }
            let bottom = min(range.last.row, height - 1)
            let right = min(range.last.column, width - 1)
            let origin = GridPosition(row: top, column: left)
            guard spans[origin] == nil, !covered.contains(origin) else { continue }
            // A range overlapping one already taken (a damaged file) is ignored rather than shifting cells.
            var free = true
            for r in top...bottom where free {
                for c in left...right where covered.contains(GridPosition(row: r, column: c)) || spans[GridPosition(row: r, column: c)] != nil {
                    free = false
                    break
                }
            }
            guard free else { continue }
            spans[origin] = (bottom - top + 1, right - left + 1)
            for r in top...bottom {
                for c in left...right where r != top || c != left { covered.insert(GridPosition(row: r, column: c)) }
            }
        }
        var rows: [[SpannedCell]] = []
        rows.reserveCapacity(height)
        for r in 0..<height {
            var row: [SpannedCell] = []
            for c in 0..<width {
                let position = GridPosition(row: r, column: c)
                if covered.contains(position) { continue }
                let span = spans[position] ?? (1, 1)
                row.append(SpannedCell(texts[r][c], rowSpan: span.rows, columnSpan: span.columns))
            }
            rows.append(row)
        }
        return ReportGrid(source: .sheet(sheet.info.name), spannedRows: rows)
    }

    /// A cell's value as the text a reader sees: numbers in plain notation, `TRUE`/`FALSE`, the error, or empty.
    static func text(_ value: CellValue) -> String {
        switch value {
        case .string(let s): s
        case .number(let d): d.plainText
        case .boolean(let b): b ? "TRUE" : "FALSE"
        case .error(let e): e
        case .blank: ""
        }
    }

    /// The distinct non-empty texts of a grid row, left to right (a merged cell once).
    static func rowTexts(_ grid: ReportGrid, _ r: Int) -> [String] {
        var out: [String] = []
        for (c, cell) in grid.rows[r].enumerated() where cell.origin == GridPosition(row: r, column: c) {
            let t = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !t.isEmpty { out.append(t) }
        }
        return out
    }

    /// The sheet's cells row by row, left to right (within the grid's bounds).
    static func rowsOfCells(_ sheet: Sheet) -> [[Sheet.Cell]] {
        var byRow: [Int: [Sheet.Cell]] = [:]
        for cell in sheet.cells where cell.reference.row < maxRows && cell.reference.column < maxColumns {
            if case .blank = cell.value { continue }
            byRow[cell.reference.row, default: []].append(cell)
        }
        return byRow.keys.sorted().compactMap { byRow[$0]?.sorted { $0.reference.column < $1.reference.column } }
    }
}
