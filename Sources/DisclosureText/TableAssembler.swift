import DisclosureModel
import Foundation

/// Assembles table rows from the cells of a text, line by line: a row is a recognised label followed by exactly as
/// many figures as its block has columns, wherever the line breaks fall. Figures that fit no row, rows with too few
/// figures and labels that match nothing are reported; a cell is never guessed.
struct TableAssembler {
    /// A row waiting for its figures.
    struct PendingRow {
        enum Target: Equatable {
            case row(RowKey)
            case unknown
        }
        var target: Target
        var table: TableID
        var block: Int?
        var label: Substring
        var line: Int
        /// Figures, blank markers and empty cells after the label, with their lines.
        var items: [(kind: CellKind, text: Substring, line: Int)] = []
        /// How many figures and blank markers it has taken.
        var hard = 0
        /// How many it needs (nil: unknown until it ends).
        var expected: Int?
        /// The label's line was split on tabs: its fields have positions.
        var tabbed = false
        /// The line of the label the row's cells follow (for a row without a label, the last label before it).
        var labelLine = 0
    }

    let matchers: [TableID: TableMatcher]
    let file: String?
    private(set) var tables: [TableID: TableData] = Dictionary(uniqueKeysWithValues: TableID.allCases.map { ($0, TableData($0)) })
    private(set) var diagnostics: [Diagnostic] = []
    /// The first line each row was read from.
    private(set) var rowLines: [TableID: [RowKey: Int]] = [:]

    private var section: SectionID?
    private var table: TableID?
    private var block: Int?
    private var group: String?
    private var pending: PendingRow?
    /// Column labels read since the last other token: (column, label as written).
    private var headerColumns: [(ColumnKey, Substring)] = []
    /// Column order per (table, block) when a one-level header gave a permutation of the form's columns.
    private var columnOrder: [TableID: [Int: [ColumnKey]]] = [:]
    /// The money unit a header label states (`采购总金额（单位：元）`), per (table, block, column).
    private var headerUnits: [TableID: [Int: [ColumnKey: MoneyUnit]]] = [:]
    private var orphans: [Cell] = []
    private var orphanLine = 0
    /// The line being consumed was split on tabs.
    private var lineIsTabbed = false
    /// The line of the last label read.
    private var lastLabelLine = 0

    init(matchers: [TableID: TableMatcher], file: String?) {
        self.matchers = matchers
        self.file = file
    }

    /// A section heading: ends any pending row and sets the table context (二 → 表二 …; other sections → none).
    mutating func enterSection(_ id: SectionID) {
        closePending()
        flushOrphans()
        closeHeader()
        section = id
        table = TableID.allCases.first { $0.section == id }
        block = nil
        group = nil
    }

    /// Consumes one line's cells.
    mutating func consume(_ cells: [Cell], line: Int, text: Substring) {
        var gotFigure = false
        lineIsTabbed = cells.count > 1 && text.utf8.contains(LineCells.tab)
        for cell in cells {
            switch cell.kind {
            case .label:
                flushOrphans()
                label(cell, line: line)
            case .number, .blank:
                closeHeader()
                if pending == nil, let t = table, let row = matchers[t]?.unlabelledRow, rowLines[t]?[row] == nil {
                    start(PendingRow(target: .row(row), table: t, block: 0, label: "", line: line))
                }
                if pending != nil {
                    pending?.items.append((cell.kind, cell.text, line))
                    pending?.hard += 1
                    gotFigure = true
                    if let p = pending, p.hard == p.expected { closePending() }
                } else if table != nil {
                    if orphanLine != line { flushOrphans() }
                    orphanLine = line
                    orphans.append(cell)
                }
            case .empty:
                pending?.items.append((cell.kind, cell.text, line))
            }
        }
        // In a layout with several cells a line, a row that took figures on this line ends with it.
        if cells.count > 1, gotFigure { closePending() }
        flushOrphans(text: text)
    }

    /// Ends the text: closes the pending row and reports tables and rows not found.
    mutating func finish() {
        closePending()
        flushOrphans()
    }

    // MARK: Labels

    private mutating func label(_ cell: Cell, line: Int) {
        let text = cell.text
        var roles: [(TableID, LabelRole)] = []
        if let parts = compoundParts(cell, roles: &roles) {
            for part in parts { label(Cell(text: part, kind: .label), line: line) }
            return
        }
        defer { lastLabelLine = line }
        guard let key = cell.key else {
            // Too long for a label: prose. It ends a pending row like any other label.
            closeHeader()
            closePending()
            return
        }
        if table == nil {
            guard let found = TableID.allCases.first(where: { matchers[$0]?.exactIdentifyingRole(of: key) != nil }) else {
                return  // prose outside a table
            }
            table = found
        }
        guard let t = table, let matcher = matchers[t] else { return }
        // The role `compoundParts` already looked up for this table and group, if it did.
        let role = roles.first { $0.0 == t }?.1 ?? matcher.role(of: key, inGroup: group)
        if case .column = role {} else { closeHeader() }
        closePending()
        switch role {
        case .row(let r):
            block = matcher.blockOfRow[r]
            group = matcher.groupOfRow[r]
            start(PendingRow(target: .row(r), table: t, block: block, label: text, line: line))
        case .group(let g):
            group = g
        case .blockTitle(let index):
            block = index
            group = nil
        case .column(let c):
            headerColumns.append((c, text))
        case .header:
            break
        case .ambiguous(let rows):
            diagnostics.append(TextDiagnostic.ambiguousLabel(location(line, t), label: text, rows: rows))
            start(PendingRow(target: .unknown, table: t, block: block, label: text, line: line))
        case .unknown:
            start(PendingRow(target: .unknown, table: t, block: block, label: text, line: line))
        }
    }

    private mutating func start(_ row: PendingRow) {
        var row = row
        row.expected = expectedCount(row)
        row.tabbed = lineIsTabbed
        row.labelLine = row.label.isEmpty ? lastLabelLine : row.line
        pending = row
    }

    /// A group label and the first row under it written as one label, as a rowspan flattens when copied
    /// (`（三）不予公开 1.属于国家秘密`, `三、本年度办理结果 （一）予以公开`): the parts, when the label as a whole is no row
    /// of the form and it splits where an enumerator starts into a group and a row (or group) of that group.
    /// `roles` gets the whole label's role in each table looked at (in the current group), for `label` to reuse.
    private func compoundParts(_ cell: Cell, roles: inout [(TableID, LabelRole)]) -> [Substring]? {
        guard let key = cell.key, cell.text.unicodeScalars.count <= LineCells.maxSplitLabel else { return nil }
        let candidates = table.map { [$0] } ?? TableID.allCases
        for t in candidates {
            guard let matcher = matchers[t] else { continue }
            let role = matcher.role(of: key, inGroup: group)
            roles.append((t, role))
            if case .row = role { return nil }
            if let parts = Self.split(cell.text, matcher: matcher, group: group) { return parts }
        }
        return nil
    }

    private static func split(_ text: Substring, matcher: TableMatcher, group: String?) -> [Substring]? {
        let scalars = text.unicodeScalars
        var i = scalars.index(after: scalars.startIndex)
        while i < scalars.endIndex {
            defer { i = scalars.index(after: i) }
            let s = scalars[i]
            let previous = scalars[scalars.index(before: i)]
            guard s == "（" || s == "(" || ("0"..."9").contains(s) || LabelNormalizer.chineseNumerals.contains(s),
                !(("0"..."9").contains(previous) || LabelNormalizer.chineseNumerals.contains(previous)
                    || previous == "（" || previous == "(" || previous == "第")
            else { continue }
            let left = LineCells.trim(Substring(scalars[..<i]))
            let right = LineCells.trim(Substring(scalars[i...]))
            guard !left.isEmpty, !right.isEmpty else { continue }
            let rightKey = LabelKey(right)  // keyed once: it was keyed twice, at every split point
            guard !rightKey.enumerator.isEmpty, case .group(let g) = matcher.role(of: LabelKey(left), inGroup: group)
            else { continue }
            switch matcher.role(of: rightKey, inGroup: g) {
            case .row(let r) where matcher.spec.row(r)?.groups.contains(g) == true:
                return [left, right]
            case .group:
                if let rest = split(right, matcher: matcher, group: g) { return [left] + rest }
            default:
                continue
            }
        }
        return nil
    }

    // MARK: Header

    /// Applies the column labels just read: their units, and their order when they are a permutation of the block's
    /// columns in a one-level header (表二).
    private mutating func closeHeader() {
        guard !headerColumns.isEmpty else { return }
        defer { headerColumns = [] }
        guard let t = table, let matcher = matchers[t] else { return }
        let spec = matcher.spec
        let keys = headerColumns.map(\.0)
        let b = block ?? spec.blocks.indices.first { Set(matcher.blockColumns[$0].map(\.key)) == Set(keys) }
        guard let b, spec.blocks.indices.contains(b) else { return }
        let blockSpec = spec.blocks[b]
        let blockColumns = matcher.blockColumns[b]
        for (key, text) in headerColumns {
            guard let column = blockColumns.first(where: { $0.key == key }), column.kind.moneyUnit != nil else { continue }
            let folded = LabelNormalizer.normalize(text)
            let stated: MoneyUnit? =
                TextSearch.contains(MoneyUnit.wanYuan.rawValue, in: folded)
                ? .wanYuan : TextSearch.contains(MoneyUnit.yuan.rawValue, in: folded) ? .yuan : nil
            if let stated { headerUnits[t, default: [:]][b, default: [:]][key] = stated }
        }
        if blockSpec.headerDepth == 1, keys.count == blockColumns.count,
            Set(keys) == Set(blockColumns.map(\.key))
        {
            columnOrder[t, default: [:]][b] = keys
        }
    }

    // MARK: Rows

    private func columns(_ t: TableID, _ b: Int?) -> [ColumnSpec]? {
        guard let matcher = matchers[t] else { return nil }
        let blocks = matcher.blockColumns
        let index = b ?? (blocks.count == 1 ? 0 : nil)
        guard let index, blocks.indices.contains(index) else { return nil }
        let official = blocks[index]
        guard let order = columnOrder[t]?[index] else { return official }
        return order.compactMap { key in official.first { $0.key == key } }
    }

    private func expectedCount(_ p: PendingRow) -> Int? {
        if case .unknown = p.target, matchers[p.table]?.unlabelledRow != nil { return nil }
        return columns(p.table, p.block)?.count
    }

    /// The figures of a row that ended: all figures when they are as many as the columns; otherwise, when empty
    /// cells lie *between* figures and make the count exact, the cells by position (`规章→1→→48`); otherwise nil.
    /// Leading and trailing empty cells are never counted: pasted tables pad rows with them, so their position says
    /// nothing.
    private func placed(_ p: PendingRow, count n: Int) -> [(CellKind, Substring)]? {
        let hard = p.items.filter { $0.kind != .empty }
        if hard.count == n { return hard.map { ($0.kind, $0.text) } }
        // Field positions: the row's fields on its tab-separated line are exactly as many as the columns.
        if p.tabbed, p.items.count == n, p.items.allSatisfy({ $0.line == p.line }) {
            return p.items.map { ($0.kind, $0.text) }
        }
        // One cell per line: the n lines right after the label, each one cell (an empty line a blank cell); any
        // further lines before the next label are empty.
        if p.items.count >= n, !p.tabbed {
            let first = p.labelLine + 1
            let consecutive = p.items.enumerated().allSatisfy { $0.element.line == first + $0.offset }
            if consecutive, p.items[n...].allSatisfy({ $0.kind == .empty }) {
                return p.items[..<n].map { ($0.kind, $0.text) }
            }
        }
        var items = p.items[...]
        while items.last?.kind == .empty { items = items.dropLast() }
        while items.first?.kind == .empty { items = items.dropFirst() }
        guard items.count == n, hard.count < n else { return nil }
        return items.map { ($0.kind, $0.text) }
    }

    private mutating func closePending() {
        guard let p = pending else { return }
        pending = nil
        let read = p.items.filter { $0.kind != .empty }.map { String($0.text) }
        let at = location(p.line, p.table, row: { if case .row(let r) = p.target { r } else { nil } }())
        switch p.target {
        case .row(let r):
            guard let columns = columns(p.table, p.block) else { return }
            if read.isEmpty, !p.items.contains(where: { $0.kind == .empty }) {
                diagnostics.append(TextDiagnostic.rowWithoutFigures(at, label: p.label))
                return
            }
            guard let figures = placed(p, count: columns.count) else {
                diagnostics.append(TextDiagnostic.missingFigures(at, label: p.label, expected: columns.count, read: read))
                return
            }
            if let first = rowLines[p.table]?[r] {
                diagnostics.append(TextDiagnostic.duplicateRow(at, label: p.label, firstLine: first))
                return
            }
            rowLines[p.table, default: [:]][r] = p.line
            for (column, (kind, text)) in zip(columns, figures) {
                guard let figure = figure(kind, text, column, p, row: r) else { continue }
                tables[p.table]?[r, column.key] = figure
            }
        case .unknown:
            guard !read.isEmpty else { return }  // a line of text, not a row
            if let columns = columns(p.table, p.block), expectedCount(p) != nil,
                let figures = placed(p, count: columns.count)
            {
                var values: [ColumnKey: Figure] = [:]
                for (column, (kind, text)) in zip(columns, figures) {
                    values[column.key] = figure(kind, text, column, p, row: nil) ?? .blank
                }
                let title = p.block.flatMap { b in matchers[p.table]?.spec.blocks[b].title }
                tables[p.table]?.extraRows.append(ExtraRow(block: title, label: String(p.label), figures: values))
                diagnostics.append(TextDiagnostic.extraRow(at, label: p.label, block: title))
            } else {
                diagnostics.append(TextDiagnostic.unplacedRow(at, label: p.label, figures: read))
            }
        }
    }

    /// The figure for one cell: money converted to the column's unit; a money unit in a count column is reported.
    private mutating func figure(
        _ kind: CellKind, _ text: Substring, _ column: ColumnSpec, _ p: PendingRow, row: RowKey?
    ) -> Figure? {
        guard case .number(let value, let unit) = kind else { return .blank }
        if let target = column.kind.moneyUnit {
            let stated = unit ?? p.block.flatMap { headerUnits[p.table]?[$0]?[column.key] } ?? target
            return .number(Amount(value, stated).converted(to: target).value)
        }
        if unit != nil {
            var at = location(p.line, p.table, row: row)
            at.column = column.key
            diagnostics.append(TextDiagnostic.moneyUnitInCount(at, text: String(text)))
            return nil
        }
        return .number(value)
    }

    private mutating func flushOrphans(text: Substring? = nil) {
        guard !orphans.isEmpty else { return }
        let line = orphanLine
        let figures = orphans.map { String($0.text.isEmpty ? "空" : $0.text) }
        orphans = []
        diagnostics.append(
            TextDiagnostic.unplacedFigures(location(line, table), figures: figures, text: text ?? Substring(figures.joined(separator: " "))))
    }

    private func location(_ line: Int, _ t: TableID?, row: RowKey? = nil) -> Diagnostic.Location {
        Diagnostic.Location(file: file, section: t?.section ?? section, table: t, row: row, line: line)
    }
}
