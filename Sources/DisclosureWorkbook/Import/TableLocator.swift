import Foundation
import DisclosureModel
import XLSX

/// Finds a `TableLayout` on a sheet someone may have edited: each block by its header labels, each data row by
/// its label in the label columns, so rows inserted by a clerk (blank, or extra rows of their own) do no harm.
/// Columns are taken as laid out (their headers are checked).
struct TableLocator {
    /// Where the layout was found.
    struct Located {
        /// The sheet row of each form row.
        var rows: [RowKey: Int] = [:]
        /// Rows inside a block (or between it and the next) that carry a label the form does not have, with that
        /// label. Rows after the table's last row are not read (a template's instruction line sits there).
        var extraRows: [(block: TableLayout.Block, row: Int, label: String)] = []
        /// Rows inside a block with figures but no label.
        var unlabelledRows: [Int] = []
    }

    /// The first expected text that was not found, where the layout expected it, and how many texts matched
    /// before it (to tell a near miss — the other edition — from a stranger's workbook).
    struct Miss: Error {
        var text: String
        var cell: CellReference
        var matched: Int
    }

    let layout: TableLayout
    let sheet: Sheet
    /// Folded text of every text cell, by position.
    let texts: [CellReference: String]
    let lastRow: Int

    /// Locates `layout` on `sheet`; `texts` is `foldedTexts(of: sheet)`, folded once however many layouts are tried.
    init(_ layout: TableLayout, _ sheet: Sheet, texts: [CellReference: String]) {
        self.layout = layout
        self.sheet = sheet
        self.texts = texts
        self.lastRow = sheet.cells.last?.reference.row ?? 0
    }

    /// Folded text of every text cell of `sheet`, by position.
    static func foldedTexts(of sheet: Sheet) -> [CellReference: String] {
        var texts: [CellReference: String] = [:]
        for cell in sheet.cells {
            if case .string(let s) = cell.value { texts[cell.reference] = ImportText.fold(s) }
        }
        return texts
    }

    func locate() -> Result<Located, Miss> {
        var located = Located()
        var cursor = TableLayout.unitRow + 1
        var matched = 0
        var previous: TableLayout.Block?
        for block in layout.blocks {
            let top = block.titleRow ?? block.headerRows.lowerBound
            let fixed = layout.texts.filter {
                $0.range.first.row >= top && $0.range.first.row <= block.headerRows.upperBound && !$0.text.isEmpty
            }
            let wanted = fixed.map { [ImportText.fold($0.text)] }
            // The block's header: the first offset at which every title and header text is in place.
            var shift: Int?
            var offset = cursor - top
            while top + offset <= lastRow {
                if zip(fixed, wanted).allSatisfy({ has($1, at: CellReference(row: $0.range.first.row + offset, column: $0.range.first.column)) }) {
                    shift = offset
                    break
                }
                offset += 1
            }
            guard let shift else {
                // Report the first header text missing where the layout puts it (shifted as far as known).
                let base = cursor - top
                let miss = zip(fixed, wanted).first { !has($1, at: CellReference(row: $0.range.first.row + base, column: $0.range.first.column)) }?.0
                    ?? fixed[0]
                return .failure(Miss(text: miss.text, cell: CellReference(row: miss.range.first.row + base, column: miss.range.first.column),
                                     matched: matched))
            }
            matched += fixed.count
            // Rows between the previous block's last row and this block's title belong to the previous block.
            if let previous {
                for skipped in cursor..<max(cursor, top + shift) { classify(skipped, in: previous, into: &located) }
            }
            previous = block
            var next = block.headerRows.upperBound + shift + 1
            for row in block.rows {
                if row.spec.label.isEmpty {
                    located.rows[row.spec.key] = next
                    next += 1
                    continue
                }
                let labels = ([row.spec.label] + row.spec.aliases).map(ImportText.fold)
                guard let found = (next...max(next, lastRow)).first(where: { labelMatches(labels, at: $0) }) else {
                    return .failure(Miss(text: row.spec.label, cell: CellReference(row: next, column: row.labelColumn),
                                         matched: matched))
                }
                for skipped in next..<found { classify(skipped, in: block, into: &located) }
                located.rows[row.spec.key] = found
                matched += 1
                next = found + 1
            }
            cursor = next
        }
        return .success(located)
    }

    /// True when the folded text at `cell` matches one of `wants` (folded form texts).
    private func has(_ wants: [String], at cell: CellReference) -> Bool {
        guard let found = texts[cell] else { return false }
        return ImportText.matches(found, folded: wants)
    }

    /// True when a label column of `sheetRow` holds one of `labels` (a row's folded label and aliases).
    private func labelMatches(_ labels: [String], at sheetRow: Int) -> Bool {
        (0..<max(layout.labelColumns, 1)).contains { column in
            texts[CellReference(row: sheetRow, column: column)].map { ImportText.matches($0, folded: labels) } ?? false
        }
    }

    /// A row the form does not have: empty (ignored), labelled (an extra row), or figures without a label.
    private func classify(_ sheetRow: Int, in block: TableLayout.Block, into located: inout Located) {
        let label = (0..<layout.labelColumns).compactMap { column -> String? in
            guard case .string(let s)? = sheet[CellReference(row: sheetRow, column: column)]?.value else { return nil }
            let trimmed = ImportText.trimmed(s)
            return trimmed.isEmpty ? nil : trimmed
        }.last
        if let label {
            located.extraRows.append((block, sheetRow, label))
            return
        }
        let hasFigures = block.columns.values.contains { span in
            switch sheet[CellReference(row: sheetRow, column: span.lowerBound)]?.value {
            case nil, .blank?: false
            case .string(let s)?: !ImportText.fold(s).isEmpty
            default: true
            }
        }
        if hasFigures { located.unlabelledRows.append(sheetRow) }
    }
}
