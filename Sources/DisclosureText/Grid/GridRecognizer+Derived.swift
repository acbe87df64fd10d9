import Foundation
import DisclosureModel

/// Rows and columns a grid has that the form has not, but that are recognisably derived from the form's cells —
/// a 小计 column under 法人或其他组织, a 合计 column, a subtotal row for （三）不予公开 — as provincial templates and
/// third-party tools add them. They are checked against their parts (a finding when they disagree, with the cell)
/// and never stored; a column that is neither on the form nor derived is reported cell by cell, never summed.
struct DerivedCells {
    /// A grid column under a table's header that is not one of the form's columns.
    struct Column {
        /// Its header text (`法人或其他组织 / 小计`).
        var label: String
        /// The form's columns it adds up; nil when it is not a subtotal (a column not on the form).
        var parts: [ColumnKey]?
    }

    /// A subtotal row, waiting for its parts to be read (a group's subtotal may come before or after them).
    struct Row {
        var row: Int
        var label: String
        var parts: [RowKey]
        /// The row's figures by column, with the grid column each was read from.
        var figures: [(column: ColumnKey, figure: Figure, gridColumn: Int)]
    }

    /// By block, the grid columns under its header that are not the form's.
    var columns: [Int: [Int: Column]] = [:]
    /// The subtotal rows met.
    var rows: [Row] = []
    /// How many subtotal cells were checked (for the note saying they were not stored).
    var checked = 0
    /// Where the first one is, for that note.
    var firstPlace: Diagnostic.Location?

    /// Labels that name a sum (`小计`, `合计`, `法人或其他组织小计`).
    static let sumWords = ["小计", "合计"]

    /// True when a label names a sum of other cells.
    static func isSumLabel(_ text: String) -> Bool {
        let key = LabelKey(text)
        return sumWords.contains { key.body.hasSuffix($0) }
    }

    /// The group whose subtotal a row is: the group label starting on this row with no row label of its own, or
    /// the current group for a row labelled `小计`/`合计`.
    static func subtotalGroup(_ groupOfThisRow: String?, _ unknownLabel: String?, current: String?) -> String? {
        if let groupOfThisRow { return groupOfThisRow }
        if let unknownLabel, isSumLabel(unknownLabel) { return current }
        return nil
    }

    /// The columns that are themselves totals of other columns in `spec` (总计), which a subtotal does not add.
    static func totalColumns(_ spec: TableSpec) -> Set<ColumnKey> {
        var out = Set<ColumnKey>()
        for identity in spec.identities {
            if case .rowwise(_, let lhs, _) = identity.axis, lhs.count == 1 { out.insert(lhs[0]) }
        }
        return out
    }

    /// The rows that are themselves totals of other rows in `spec` (（七）总计).
    static func totalRows(_ spec: TableSpec) -> Set<RowKey> {
        var out = Set<RowKey>()
        for identity in spec.identities {
            if case .columnwise(_, let lhs, _) = identity.axis, lhs.count == 1 { out.insert(lhs[0]) }
        }
        return out
    }
}

extension Attempt {
    /// Records the grid columns under `block`'s header (read from `headerRows`) that `map` did not give a form
    /// column: a subtotal (`小计`/`合计`) of the header group it sits under (or of the whole block), or a column not
    /// on the form.
    mutating func noteDerivedColumns(_ b: Int, _ block: BlockSpec, headerRows: [Int], map: [(ColumnKey, Int)]) {
        guard let first = map.map(\.1).min() else { return }
        let mapped = Set(map.map(\.1))
        let totals = DerivedCells.totalColumns(matcher.spec)
        var found: [Int: DerivedCells.Column] = [:]
        for c in first..<grid.width where !mapped.contains(c) {
            var texts: [String] = []
            var keys: [String] = []
            for r in headerRows {
                let cell = grid[r, c]
                guard let key = cells.keys[r][c] else { continue }
                // A header spanning from a mapped column (本年增/减 over two columns) is that column's, not another.
                if cell.origin.column < c, mapped.contains(cell.origin.column), cell.origin.row == headerRows.last { continue }
                if texts.last != cell.text { texts.append(cell.text) }
                keys.append(key.full)
            }
            guard !texts.isEmpty else { continue }
            // The tree's groups over this column: named in the header above it, or named by its own label
            // (`法人或其他组织小计`).
            var parts: [ColumnKey]?
            if let leaf = texts.last, DerivedCells.isSumLabel(leaf) {
                let leafKey = LabelKey(leaf).body
                var deepest: (depth: Int, leaves: [ColumnSpec])?
                func walk(_ nodes: [HeaderNode], depth: Int) {
                    for case .group(let label, let children) in nodes {
                        let k = LabelKey(label)
                        if keys.contains(k.full) || (!k.body.isEmpty && leafKey.hasPrefix(k.body)), depth > deepest?.depth ?? -1 {
                            deepest = (depth, children.flatMap(\.leaves))
                        }
                        walk(children, depth: depth + 1)
                    }
                }
                walk(block.header, depth: 0)
                // A sum over columns that have totals (合计 beside 表四's three 总计) adds the totals; otherwise the leaves
                // (法人或其他组织 小计 adds its five).
                let scope = (deepest?.leaves ?? block.columns).map(\.key)
                let scopeTotals = scope.filter(totals.contains)
                let added = scopeTotals.isEmpty ? scope : scopeTotals
                if added.count > 1 || (!scopeTotals.isEmpty && !added.isEmpty) { parts = added }
            }
            found[c] = DerivedCells.Column(label: texts.joined(separator: " / "), parts: parts)
        }
        derived.columns[b] = found
    }

    /// Checks the cells of row `r` in columns that are not the form's: a subtotal against the row's figures
    /// (`figures`), anything else reported as not on the form. Nothing is stored.
    mutating func checkExtraColumns(_ r: Int, _ data: [Entry], block b: Int, figures: [(ColumnKey, Figure)], row: RowKey) {
        guard let extra = derived.columns[b], !extra.isEmpty else { return }
        for entry in data where entry.kind != .empty && !entry.fromAbove {
            guard let column = extra[entry.cell.origin.column] else { continue }
            var at = location(r, entry.cell.origin.column, row: row)
            guard let parts = column.parts else {
                diagnostics.append(GridDiagnostic.unknownColumn(at, header: column.label, text: entry.cell.text))
                continue
            }
            guard case .number(let given, _) = entry.kind else {
                if entry.kind != .blank { diagnostics.append(GridDiagnostic.notAFigure(at, text: entry.cell.text)) }
                continue
            }
            let byColumn = Dictionary(figures, uniquingKeysWith: { a, _ in a })
            let (sum, any) = Self.sum(parts.map { byColumn[$0] })
            derived.checked += 1
            if derived.firstPlace == nil { derived.firstPlace = at }
            if any ? sum != given : given != 0 {
                at.column = nil
                diagnostics.append(GridDiagnostic.subtotalMismatch(
                    at, label: column.label, given: given, sum: any ? sum : nil,
                    parts: parts.compactMap { k in matcher.spec.blocks[b].columns.first { $0.key == k }?.label }))
            }
        }
    }

    /// Records a subtotal row of `group` (its figures by column from `cells`), to be checked once its parts are
    /// read; false when the group has no rows to add up (the row is then not a subtotal).
    mutating func noteSubtotalRow(
        _ r: Int, group: String, label: String, columns: [ColumnSpec], cells rowCells: [GridCell?],
        figures: [(ColumnKey, Figure)]
    ) -> Bool {
        let totals = DerivedCells.totalRows(matcher.spec)
        let parts = matcher.spec.rows.filter { $0.groups.contains(group) && !totals.contains($0.key) }.map(\.key)
        guard parts.count > 1 else { return false }
        let byColumn = Dictionary(figures, uniquingKeysWith: { a, _ in a })
        var read: [(column: ColumnKey, figure: Figure, gridColumn: Int)] = []
        for (column, cell) in zip(columns, rowCells) {
            guard let cell, let figure = byColumn[column.key] else { continue }
            read.append((column.key, figure, cell.origin.column))
        }
        derived.rows.append(DerivedCells.Row(row: r, label: label, parts: parts, figures: read))
        return true
    }

    /// Checks every subtotal row against the rows read, then says (once) that subtotals were checked, not stored.
    mutating func checkDerivedRows() {
        let byRow = Dictionary(rows.map { ($0.key, Dictionary($0.figures, uniquingKeysWith: { a, _ in a })) }, uniquingKeysWith: { a, _ in a })
        for subtotal in derived.rows {
            for (column, figure, c) in subtotal.figures {
                guard case .number(let given) = figure else { continue }
                let (sum, any) = Self.sum(subtotal.parts.map { byRow[$0]?[column] })
                var at = location(subtotal.row, c)
                at.column = column
                derived.checked += 1
                if derived.firstPlace == nil { derived.firstPlace = at }
                if any ? sum != given : given != 0 {
                    diagnostics.append(GridDiagnostic.subtotalMismatch(
                        at, label: subtotal.label, given: given, sum: any ? sum : nil,
                        parts: subtotal.parts.compactMap { matcher.spec.row($0)?.label }))
                }
            }
        }
        if derived.checked > 0, let at = derived.firstPlace {
            var place = at
            place.cell = nil
            place.column = nil
            diagnostics.append(GridDiagnostic.subtotalsChecked(place, count: derived.checked))
        }
    }

    /// The sum of the numbers among `figures`, and whether there was any (blanks add nothing; all blank is no sum).
    static func sum(_ figures: [Figure?]) -> (Decimal, Bool) {
        var total = Decimal(0)
        var any = false
        for case .number(let v)? in figures {
            total += v
            any = true
        }
        return (total, any)
    }
}

extension GridDiagnostic {
    static func subtotalMismatch(
        _ at: Diagnostic.Location, label: String, given: Decimal, sum: Decimal?, parts: [String]
    ) -> Diagnostic {
        let sumText = sum?.plainText ?? "空白"
        return ReadingDiagnostics.subtotalMismatch.make(
            message: "\(place(at))：“\(label)”为\(given.plainText)，其分项之和为\(sumText)，两者不符；该小计不在统一格式中，未读入",
            english: "the subtotal \(given.plainText) disagrees with the sum of its parts (\(sum?.plainText ?? "all blank")); subtotals are not on the form and are not stored",
            location: at, notes: parts.isEmpty ? [] : ["分项 parts: " + parts.joined(separator: "、")])
    }

    static func subtotalsChecked(_ at: Diagnostic.Location, count: Int) -> Diagnostic {
        ReadingDiagnostics.subtotalsChecked.make(
            message: "\(place(at))：表中有统一格式以外的小计/合计（\(count)格），已与分项核对，未读入",
            english: "\(count) subtotal cells not on the form were checked against their parts and not stored",
            location: at)
    }

    static func unknownColumn(_ at: Diagnostic.Location, header: String, text: String) -> Diagnostic {
        ReadingDiagnostics.unknownColumn.make(
            message: "\(place(at))：“\(text)”位于统一格式以外的列“\(header)”，未读入，也不计入任何合计",
            english: "a cell in a column not on the form; not read, not added to any total", location: at)
    }
}
