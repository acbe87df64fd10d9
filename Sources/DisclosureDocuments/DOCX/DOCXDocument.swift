import DisclosureText
import Foundation
import XLSX

/// A Word .docx turned into what the report readers take: the body's paragraphs (numbered 1, 2, … in document
/// order) and its tables as grids (`w:gridSpan` and `w:vMerge` expanded, `w:gridBefore` kept as an empty cell).
/// Read through the XLSX layer's zip and streaming XML code, with its limits on zip bombs, nesting and token size.
struct DOCXDocument {
    static let documentPart = "word/document.xml"

    var lines: [ReportTextReader.Line] = []
    var grids: [ReportGrid] = []

    private struct Cell {
        var paragraphs: [String] = []
        var gridSpan = 1
        var merge: Merge = .none
    }

    private enum Merge { case none, restart, `continue` }

    private struct Table {
        var index: Int
        var rows: [[Cell]] = []
        var gridBefore: [Int] = []
        var row: [Cell]?
        var cell: Cell?
    }

    init(data: Data, limits: ReaderLimits = .default) throws {
        var tables: [Table] = []
        var tableCount = 0
        var paragraph = String.UnicodeScalarView()
        var paragraphCount = 0
        var inText = false
        var runDepth = 0
        var inParagraphProperties = 0
        var built: [(Int, ReportGrid)] = []
        var lines: [ReportTextReader.Line] = []

        try PackagePartReader.withPackage(data: data, limits: limits) { package in
            try package.forEachEvent(inPart: Self.documentPart) { event in
                switch event {
                case .start(let e):
                    switch e.name {
                    case "tbl":
                        tableCount += 1
                        tables.append(Table(index: tableCount))
                    case "tr" where !tables.isEmpty:   // a row outside any table is ignored, not a trap
                        tables[tables.count - 1].row = []
                        tables[tables.count - 1].gridBefore.append(0)
                    case "gridBefore" where !tables.isEmpty && tables[tables.count - 1].row != nil:
                        let n = Int(e.attribute("val") ?? "") ?? 0
                        tables[tables.count - 1].gridBefore[tables[tables.count - 1].gridBefore.count - 1] = min(max(n, 0), 1_000)
                    case "tc" where !tables.isEmpty:
                        tables[tables.count - 1].cell = Cell()
                    case "gridSpan" where !tables.isEmpty && tables[tables.count - 1].cell != nil:
                        tables[tables.count - 1].cell?.gridSpan = min(max(Int(e.attribute("val") ?? "") ?? 1, 1), 1_000)
                    case "vMerge" where !tables.isEmpty && tables[tables.count - 1].cell != nil:
                        tables[tables.count - 1].cell?.merge = e.attribute("val") == "restart" ? .restart : .continue
                    case "p":
                        paragraph = String.UnicodeScalarView()
                    case "pPr", "rPr":
                        inParagraphProperties += 1
                    case "r":
                        runDepth += 1
                    case "t":
                        inText = runDepth > 0
                    case "tab" where runDepth > 0 && inParagraphProperties == 0:
                        paragraph.append("\t")
                    case "br", "cr":
                        if runDepth > 0 { paragraph.append("\n") }
                    default:
                        break
                    }
                case .text(let t):
                    if inText { paragraph.append(contentsOf: t.unicodeScalars) }
                case .end(let name):
                    switch name {
                    case "t":
                        inText = false
                    case "r":
                        runDepth = max(0, runDepth - 1)
                    case "pPr", "rPr":
                        inParagraphProperties = max(0, inParagraphProperties - 1)
                    case "p":
                        let text = String(paragraph)
                        if !tables.isEmpty, tables[tables.count - 1].cell != nil {
                            tables[tables.count - 1].cell?.paragraphs.append(text)
                        } else if tables.isEmpty {
                            paragraphCount += 1
                            if text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
                                lines.append(ReportTextReader.Line(text, number: paragraphCount))
                            }
                        }
                        paragraph = String.UnicodeScalarView()
                    case "tc" where !tables.isEmpty:
                        if let cell = tables[tables.count - 1].cell { tables[tables.count - 1].row?.append(cell) }
                        tables[tables.count - 1].cell = nil
                    case "tr" where !tables.isEmpty:
                        if let row = tables[tables.count - 1].row { tables[tables.count - 1].rows.append(row) }
                        tables[tables.count - 1].row = nil
                    case "tbl" where !tables.isEmpty:
                        let table = tables.removeLast()
                        built.append((table.index, Self.grid(table)))
                    default:
                        break
                    }
                }
            }
        }
        self.lines = lines
        grids = built.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Rows of Word cells → the spanned-cell model: a `vMerge` continuation lengthens the rowspan of the cell that
    /// restarted the merge in the same grid column.
    private static func grid(_ table: Table) -> ReportGrid {
        var rows: [[SpannedCell]] = []
        var open: [Int: (row: Int, index: Int)] = [:]
        for (r, cells) in table.rows.enumerated() {
            var out: [SpannedCell] = []
            var column = 0
            let before = r < table.gridBefore.count ? table.gridBefore[r] : 0
            if before > 0 {
                out.append(SpannedCell("", columnSpan: before))
                column = before
            }
            for cell in cells {
                let text = cell.paragraphs.joined(separator: "\n")
                switch cell.merge {
                case .continue:
                    if let origin = open[column] {
                        rows[origin.row][origin.index].rowSpan += 1
                    } else {
                        out.append(SpannedCell(text, columnSpan: cell.gridSpan))
                    }
                case .restart:
                    open[column] = (r, out.count)
                    out.append(SpannedCell(text, columnSpan: cell.gridSpan))
                case .none:
                    for c in column..<(column + cell.gridSpan) { open[c] = nil }
                    out.append(SpannedCell(text, columnSpan: cell.gridSpan))
                }
                column += cell.gridSpan
            }
            rows.append(out)
        }
        return ReportGrid(source: .table(table.index), spannedRows: rows)
    }
}
