import DisclosureModel
import Foundation

/// Reads the official tables (表二, 表三, 表四) out of grids — a web page's tables, a Word document's, a foreign
/// workbook's — by the form descriptions alone: header labels give the columns (the header tree resolves repeated
/// leaves such as 表四's three 结果维持), row and group labels give the rows, and the edition is whichever edition's
/// descriptions place more of the grid (with the span structure as evidence: 三、本年度办理结果 spans as many rows as
/// the edition has result rows, 20 or 22). Every source gets the same blank rules, the same figure parser and the
/// same diagnostics, located in the grid's own terms (`table 2 row 7 col 3`).
///
/// A cell that cannot be placed is a diagnostic, never a guess. A grid that matches no table (page layout, a
/// footer) is ignored.
public struct GridRecognizer: Sendable {
    /// The file, for locations only.
    public var file: String?
    /// The formats whose tables are tried (`.official` unless a corrected form is given).
    public var formats: ReportFormats
    /// The editions tried, in the formats' order (every edition unless restricted).
    var editions: [Edition]

    /// Creates a recognizer trying every format in `formats`.
    public init(file: String? = nil, formats: ReportFormats = .official) {
        self.init(file: file, formats: formats, editions: formats.editions)
    }

    init(file: String?, formats: ReportFormats, editions: [Edition]) {
        self.file = file
        self.formats = formats
        self.editions = editions
    }

    /// Reads `grids`, choosing the edition whose forms place the most (on a tie, `fallback`).
    public func read(_ grids: [ReportGrid], fallback: Edition) -> GridReading {
        var best: (edition: Edition, score: Int, attempts: [Attempt])?
        var scores: [Edition: Int] = [:]
        let cells = grids.enumerated().map { ClassifiedGrid($0.element, index: $0.offset) }
        var roles = RoleCache()
        // A table described identically in two editions (表四) is read once and the reading reused.
        let known = formats == .official ? ReportTextReader.official : EditionEvidence(formats)
        var sameAs: [TableID: [Edition: Edition]] = [:]
        for table in TableID.allCases {
            for (i, e) in editions.enumerated() {
                if let earlier = editions[..<i].first(where: { known.describeAlike(table, $0, e) }) {
                    sameAs[table, default: [:]][e] = earlier
                }
            }
        }
        var readings: [GridBand.Key: [TableID: [Edition: Attempt]]] = [:]
        for edition in editions {
            let matchers = known.matchers[edition] ?? [:]
            var attempts: [Attempt] = []
            var total = 0
            for (index, grid) in grids.enumerated() where cells[index].hasLabels {
                // Several tables stacked in one grid (a worksheet) are read band by band; one table per grid (a
                // page's <table>) is one band, the whole grid.
                for band in cells[index].bands(grid, matchers: matchers) {
                    var chosen: Attempt?
                    for table in band.tables {
                        guard let matcher = matchers[table] else { continue }
                        let attempt: Attempt
                        if let earlier = sameAs[table]?[edition], let known = readings[band.key]?[table]?[earlier] {
                            attempt = known
                        } else {
                            attempt = Attempt(
                                grid: grid, cells: cells[index], matcher: matcher, edition: edition, rows: band.rows,
                                roles: &roles, file: file)
                        }
                        readings[band.key, default: [:]][table, default: [:]][edition] = attempt
                        if attempt.score > 0, attempt.score > (chosen?.score ?? 0) { chosen = attempt }
                    }
                    if let chosen {
                        attempts.append(chosen)
                        total += chosen.score
                    }
                }
            }
            scores[edition] = total
            if best == nil || total > best?.score ?? 0 || (total == best?.score && edition == fallback) {
                best = (edition, total, attempts)
            }
        }
        guard let best else { return GridReading(edition: fallback, editionFromGrids: false) }
        let tied = scores.values.filter { $0 == best.score }.count > 1
        var reading = GridReading(edition: best.edition, editionFromGrids: best.score > 0 && !tied)
        for attempt in best.attempts { reading.merge(attempt, file: file) }
        if let format = formats[best.edition] { reading.reportMissing(format, file: file) }
        return reading
    }
}

/// What `GridRecognizer` read: the edition, the tables, where each row was read, and what could not be placed.
public struct GridReading: Hashable, Sendable {
    /// The edition the tables were read with.
    public var edition: Edition
    /// True when the grids decided the edition (false: no grid told the editions apart, `fallback` was used).
    public var editionFromGrids: Bool
    /// The tables (all three; a table not found is empty).
    public var tables: [TableID: TableData]
    /// Where each row was read (`table 2 row 7`), by table and row.
    public var rowPlaces: [TableID: [RowKey: String]]
    /// What could not be read or placed, located in the grids' terms.
    public var diagnostics: [Diagnostic]

    init(edition: Edition, editionFromGrids: Bool) {
        self.edition = edition
        self.editionFromGrids = editionFromGrids
        tables = Dictionary(uniqueKeysWithValues: TableID.allCases.map { ($0, TableData($0)) })
        rowPlaces = [:]
        diagnostics = []
    }

    mutating func merge(_ attempt: Attempt, file: String?) {
        let id = attempt.table
        diagnostics += attempt.diagnostics
        for row in attempt.rows {
            if let first = rowPlaces[id]?[row.key] {
                let at = Diagnostic.Location(file: file, section: id.section, table: id, row: row.key, detail: row.place)
                diagnostics.append(GridDiagnostic.duplicateRow(at, label: row.label, first: first))
                continue
            }
            rowPlaces[id, default: [:]][row.key] = row.place
            for (column, figure) in row.figures { tables[id]?[row.key, column] = figure }
        }
        tables[id]?.extraRows += attempt.extraRows
    }

    mutating func reportMissing(_ format: ReportFormat, file: String?) {
        for id in TableID.allCases {
            let spec = format.spec(id)
            let found = rowPlaces[id] ?? [:]
            guard !found.isEmpty else {
                diagnostics.append(TextDiagnostic.tableMissing(file: file, table: id))
                continue
            }
            let missing = spec.rows.filter { found[$0.key] == nil }
            if !missing.isEmpty {
                diagnostics.append(
                    TextDiagnostic.rowsMissing(file: file, table: id, labels: missing.map(\.label), found: found.count))
            }
        }
    }
}

/// One grid read against one table of one edition.
struct Attempt {
    struct Row {
        var key: RowKey
        var label: String
        /// The row's place in the grid (`table 2 row 7`).
        var place: String
        var figures: [(ColumnKey, Figure)]
    }

    let table: TableID
    private(set) var rows: [Row] = []
    private(set) var extraRows: [ExtraRow] = []
    var diagnostics: [Diagnostic] = []
    /// How well the grid fits this table: rows placed, columns found from headers, span evidence, minus cells lost.
    private(set) var score = 0

    let grid: ReportGrid
    let cells: ClassifiedGrid
    let matcher: TableMatcher
    private let edition: Edition
    private let file: String?
    /// The rows of the grid this table is read from (the whole grid unless several tables are stacked in it).
    private let band: Range<Int>
    /// Subtotal rows and columns (not on the form) met while reading, checked against their parts, never stored.
    var derived = DerivedCells()

    /// One distinct cell of a row (horizontal copies of a colspan skipped).
    struct Entry {
        var column: Int
        var cell: GridCell
        var kind: CellKind
        /// A copy of a cell that starts in a row above (a rowspan label).
        var fromAbove: Bool
    }

    init(
        grid: ReportGrid, cells: ClassifiedGrid, matcher: TableMatcher, edition: Edition, rows: Range<Int>? = nil,
        roles: inout RoleCache, file: String?
    ) {
        self.grid = grid
        self.cells = cells
        self.matcher = matcher
        self.edition = edition
        self.file = file
        self.band = rows ?? grid.rows.indices
        table = matcher.spec.id
        read(&roles)
        checkDerivedRows()
    }

    /// The matcher's role for a label, remembered for the whole read (a page repeats its labels in every attempt).
    private func role(_ r: Int, _ c: Int, _ group: String?, _ roles: inout RoleCache) -> LabelRole? {
        guard let key = cells.keys[r][c] else { return nil }
        let id = RoleCache.Key(
            edition: edition, table: table, grid: cells.index, label: cells.labelIDs[r][c], group: roles.number(of: group))
        if let known = roles.roles[id] { return known }
        let found = matcher.role(of: key, inGroup: group)
        roles.roles[id] = found
        return found
    }

    // MARK: Reading

    private mutating func read(_ roles: inout RoleCache) {
        let spec = matcher.spec
        var block: Int? = spec.blocks.count == 1 ? 0 : nil
        var group: String?
        var headerRows: [Int] = []
        var columnMaps: [Int: [ColumnKey: Int]] = [:]
        var headerUnits: [Int: [ColumnKey: MoneyUnit]] = [:]
        var countedSpans = Set<GridPosition>()
        var placed: [RowKey: Int] = [:]

        for r in band {
            let entries = entries(row: r)
            guard entries.contains(where: { $0.kind != .empty }) else { continue }
            // A row with figures under a header already read: its header says where the figures start.
            let hasData = entries.contains { entry in
                switch entry.kind {
                case .number, .blank: true
                case .empty, .label: false
                }
            }
            if hasData, !headerRows.isEmpty, let b = block, spec.blocks.indices.contains(b) {
                let (map, units) = columnMap(b, headerRows: headerRows, &roles)
                if !map.isEmpty {
                    columnMaps[b] = Dictionary(map, uniquingKeysWith: { a, _ in a })
                    headerUnits[b] = units
                    score += map.count
                    noteDerivedColumns(b, spec.blocks[b], headerRows: headerRows, map: map)
                    headerRows = []
                }
            }
            let labelEntries: [Entry]
            let dataEntries: [Entry]
            if let b = block, let firstData = columnMaps[b]?.values.min() {
                labelEntries = entries.filter { $0.column < firstData && $0.cell.origin.column < firstData }
                dataEntries = entries.filter { $0.column >= firstData || $0.cell.origin.column >= firstData }
            } else {
                // No header: the labels are the cells up to the last text cell.
                let lastLabel = entries.lastIndex { $0.kind == .label }
                labelEntries = lastLabel.map { Array(entries[...$0]) } ?? []
                dataEntries = Array(entries[(lastLabel.map { $0 + 1 } ?? 0)...])
            }
            let hasFigures = dataEntries.contains { $0.kind != .empty }

            var rowKey: RowKey?
            var rowLabel = ""
            var unknownLabel: String?
            var isHeader = false
            var sawTitle = false
            // A group label that starts on this row without a row of its own: the row may be the group's subtotal.
            var groupOfThisRow: String?
            for entry in labelEntries where entry.kind == .label {
                guard let role = role(r, entry.column, group, &roles) else { continue }
                switch role {
                case .row(let k):
                    rowKey = k
                    rowLabel = entry.cell.text
                    unknownLabel = nil
                case .group(let g):
                    group = g
                    if !entry.fromAbove { groupOfThisRow = g }
                    if entry.cell.rowSpan > 1, countedSpans.insert(entry.cell.origin).inserted {
                        score += spanEvidence(group: g, rowSpan: entry.cell.rowSpan)
                    }
                case .blockTitle(let index):
                    sawTitle = true
                    block = index ?? block
                    group = nil
                    headerRows = []
                case .column, .header:
                    isHeader = true
                case .ambiguous(let keys):
                    diagnostics.append(TextDiagnostic.ambiguousLabel(location(r, entry.column), label: entry.cell.text, rows: keys))
                    unknownLabel = nil
                    rowKey = nil
                case .unknown:
                    if !entry.fromAbove, rowKey == nil { unknownLabel = entry.cell.text }
                }
            }
            if sawTitle { score += 1 }

            let unlabelledRow = rowKey == nil && unknownLabel == nil && !labelEntries.contains { $0.kind != .empty }
            if unlabelledRow, !Self.hasNumbers(dataEntries) {
                // Text alone where figures go, without a row label: a footer or a remark line (单位负责人：…), not a row.
                continue
            }
            if unlabelledRow, hasFigures, let unlabelled = matcher.unlabelledRow {
                rowKey = unlabelled
            }
            if rowKey == nil, isHeader, !hasFigures {
                headerRows.append(r)
                continue
            }
            if let k = rowKey {
                block = matcher.blockOfRow[k] ?? block
                group = matcher.groupOfRow[k]
            }
            guard hasFigures || rowKey != nil else { continue }
            guard let b = block, spec.blocks.indices.contains(b) else {
                if hasFigures { lose(r, dataEntries, text: unknownLabel ?? rowLabel) }
                continue
            }
            if !headerRows.isEmpty {
                let (map, units) = columnMap(b, headerRows: headerRows, &roles)
                if !map.isEmpty {
                    columnMaps[b] = Dictionary(map, uniquingKeysWith: { a, _ in a })
                    headerUnits[b] = units
                    score += map.count
                    noteDerivedColumns(b, spec.blocks[b], headerRows: headerRows, map: map)
                }
                headerRows = []
            }
            let columns = matcher.blockColumns[b]
            guard let cells = cellsOfRow(r, dataEntries, columns: columns, map: columnMaps[b]) else {
                let read = dataEntries.filter { $0.kind != .empty }.map(\.cell.text)
                diagnostics.append(
                    GridDiagnostic.missingFigures(
                        location(r, nil, row: rowKey), label: rowKey == nil ? (unknownLabel ?? "") : rowLabel,
                        expected: columns.count, found: dataEntries.count, read: read))
                // A row of this table whose figures cannot be placed still says the grid is this table.
                score += rowKey == nil ? -1 : 1
                continue
            }
            var figures: [(ColumnKey, Figure)] = []
            for (column, c) in zip(columns, cells) {
                guard let c else { continue }
                if let figure = figure(r, c, column, unit: headerUnits[b]?[column.key], row: rowKey) {
                    figures.append((column.key, figure))
                }
            }
            if let k = rowKey {
                if let first = placed[k] {
                    diagnostics.append(
                        GridDiagnostic.duplicateRow(location(r, nil, row: k), label: rowLabel, first: grid.describe(row: first)))
                    continue
                }
                placed[k] = r
                score += 2
                rows.append(Row(key: k, label: rowLabel, place: grid.describe(row: r), figures: figures))
                checkExtraColumns(r, dataEntries, block: b, figures: figures, row: k)
            } else if let g = DerivedCells.subtotalGroup(groupOfThisRow, unknownLabel, current: group),
                noteSubtotalRow(r, group: g, label: unknownLabel ?? g, columns: columns, cells: cells, figures: figures)
            {
                continue
            } else if let label = unknownLabel {
                let title = spec.blocks[b].title
                extraRows.append(ExtraRow(block: title, label: label, figures: Dictionary(figures, uniquingKeysWith: { a, _ in a })))
                diagnostics.append(TextDiagnostic.extraRow(location(r, nil), label: label, block: title))
            } else {
                lose(r, dataEntries, text: rowLabel)
            }
        }
    }

    /// True when some entry is a number or a blank marker (not only text).
    private static func hasNumbers(_ entries: [Entry]) -> Bool {
        entries.contains { entry in
            switch entry.kind {
            case .number, .blank: true
            case .empty, .label: false
            }
        }
    }

    /// The distinct cells of a row, left to right.
    private func entries(row r: Int) -> [Entry] {
        var out: [Entry] = []
        var last: GridPosition?
        for (c, cell) in grid.rows[r].enumerated() {
            if cell.origin == last { continue }
            last = cell.origin
            out.append(Entry(column: c, cell: cell, kind: cells.kinds[r][c], fromAbove: cell.origin.row < r))
        }
        return out
    }

    /// Points when a spanning group label covers exactly as many rows as this edition has under that group, and
    /// points off when it covers a different number (三、本年度办理结果 rowspan 20 in 2019, 22 in 2021).
    private func spanEvidence(group: String, rowSpan: Int) -> Int {
        let expected = matcher.spec.rows.filter { $0.groups.contains(group) }.count
        guard expected > 1 else { return 0 }
        return rowSpan == expected ? 3 : -3
    }

    /// For each column of the block, the grid column whose header labels name it (the header tree's groups break
    /// ties between equal leaves), left to right; and the money unit a header states.
    private func columnMap(_ b: Int, headerRows: [Int], _ roles: inout RoleCache) -> ([(ColumnKey, Int)], [ColumnKey: MoneyUnit]) {
        var keysByColumn: [[String]] = Array(repeating: [], count: grid.width)
        var columnRoles: [[ColumnKey]] = Array(repeating: [], count: grid.width)
        var textByColumn: [[String]] = Array(repeating: [], count: grid.width)
        for r in headerRows {
            for c in 0..<grid.width {
                guard let key = cells.keys[r][c] else { continue }
                keysByColumn[c].append(key.full)
                textByColumn[c].append(grid[r, c].text)
                if case .column(let k) = role(r, c, nil, &roles) { columnRoles[c].append(k) }
            }
        }
        // The form's own labels and groups, reduced once by the matcher.
        let groups = matcher.columnGroupKeys[b]
        let labelKeys = matcher.columnLabelKeys[b]
        // A header cell names a column when its label is the column's (or an alias), or when the matcher takes it
        // for that column (a label with a note); repeated leaves (表四's 结果维持) match every column so named.
        func names(_ c: Int, _ column: ColumnSpec) -> Bool {
            columnRoles[c].contains(column.key) || keysByColumn[c].contains { labelKeys[column.key]?.contains($0) == true }
        }
        var map: [(ColumnKey, Int)] = []
        var units: [ColumnKey: MoneyUnit] = [:]
        var after = -1
        for column in matcher.blockColumns[b] {
            var best: (column: Int, score: Int)?
            for c in max(after + 1, 0)..<grid.width where names(c, column) {
                let score = (groups[column.key] ?? []).filter { keysByColumn[c].contains($0) }.count
                if best == nil || score > best?.score ?? 0 { best = (c, score) }
            }
            guard let best else { continue }
            // The header cell may span several grid columns; its origin is where its figures start.
            map.append((column.key, best.column))
            after = best.column
            let origin = grid[headerRows[headerRows.count - 1], best.column].origin
            while after + 1 < grid.width, grid[headerRows[headerRows.count - 1], after + 1].origin == origin { after += 1 }
            if column.kind.moneyUnit != nil {
                let text = textByColumn[best.column].joined()
                if text.utf8.firstRange(of: MoneyUnit.wanYuan.rawValue.utf8) != nil {
                    units[column.key] = .wanYuan
                } else if text.utf8.firstRange(of: "元".utf8) != nil {
                    units[column.key] = .yuan
                }
            }
        }
        return (map, units)
    }

    /// The cell for each of `columns`: through the header's column map when there is one, else by position when
    /// the row has exactly as many cells after its label as the block has columns; nil when neither places them.
    private func cellsOfRow(_ r: Int, _ data: [Entry], columns: [ColumnSpec], map: [ColumnKey: Int]?) -> [GridCell?]? {
        if let map, map.count == columns.count {
            return columns.map { column in map[column.key].map { grid[r, $0] } }
        }
        guard data.count == columns.count else { return nil }
        return data.map(\.cell)
    }

    /// The figure of one cell; nil (with a diagnostic) when its text is not a figure, or when it is a copy of a
    /// figure spanning rows from above.
    private mutating func figure(_ r: Int, _ cell: GridCell, _ column: ColumnSpec, unit headerUnit: MoneyUnit?, row: RowKey?) -> Figure? {
        // The location is made only for a diagnostic (describing the place is string work, and most cells read).
        func at() -> Diagnostic.Location {
            var at = location(r, cell.origin.column, row: row)
            at.column = column.key
            return at
        }
        if cell.origin.row < r {
            diagnostics.append(GridDiagnostic.spannedFigure(at(), text: cell.text))
            score -= 1
            return nil
        }
        switch cells.kinds[cell.origin.row][cell.origin.column] {
        case .empty, .blank:
            return .blank
        case .number(let value, let unit):
            if let target = column.kind.moneyUnit {
                return .number(Amount(value, unit ?? headerUnit ?? target).converted(to: target).value)
            }
            if unit != nil {
                diagnostics.append(TextDiagnostic.moneyUnitInCount(at(), text: cell.text))
                return nil
            }
            return .number(value)
        case .label:
            diagnostics.append(GridDiagnostic.notAFigure(at(), text: cell.text))
            score -= 1
            return nil
        }
    }

    private mutating func lose(_ r: Int, _ data: [Entry], text: String) {
        let figures = data.filter { $0.kind != .empty }.map(\.cell.text)
        guard !figures.isEmpty else { return }
        diagnostics.append(GridDiagnostic.unplacedFigures(location(r, data.first?.column), figures: figures, label: text))
        score -= 1
    }

    func location(_ r: Int, _ c: Int?, row: RowKey? = nil) -> Diagnostic.Location {
        var at = Diagnostic.Location(
            file: file, section: table.section, table: table, row: row, detail: grid.describe(row: r, column: c))
        if case .sheet(let name) = grid.source {
            at.sheet = name
            at.cell = c.map { GridSource.columnLetters($0) + "\(r + 1)" }
        }
        return at
    }
}

/// Each cell of a grid classified once (empty, blank marker, number, label) and each label reduced to its matching
/// key once, for all the attempts on it.
struct ClassifiedGrid {
    var kinds: [[CellKind]]
    var keys: [[LabelKey?]]
    /// A number per distinct label key of the grid (the same number for the same text), for the role cache.
    var labelIDs: [[Int]]
    /// Some cell is a label short enough to be a table label (a grid without any is no official table).
    var hasLabels: Bool
    /// Which grid of the read this is.
    var index: Int

    /// True when some label of the grid is exactly a label that identifies `matcher`'s table.
    func identifies(_ matcher: TableMatcher) -> Bool {
        var seen = Set<Int>()
        for (r, row) in keys.enumerated() {
            for (c, key) in row.enumerated() {
                guard let key, seen.insert(labelIDs[r][c]).inserted else { continue }
                if matcher.exactIdentifyingRole(of: key) != nil { return true }
            }
        }
        return false
    }

    init(_ grid: ReportGrid, index: Int) {
        self.index = index
        var kinds: [[CellKind]] = []
        var keys: [[LabelKey?]] = []
        var ids: [[Int]] = []
        var idOf: [String: Int] = [:]
        var hasLabels = false
        kinds.reserveCapacity(grid.rows.count)
        keys.reserveCapacity(grid.rows.count)
        ids.reserveCapacity(grid.rows.count)
        for (r, row) in grid.rows.enumerated() {
            var kindRow: [CellKind] = []
            var keyRow: [LabelKey?] = []
            var idRow: [Int] = []
            kindRow.reserveCapacity(row.count)
            keyRow.reserveCapacity(row.count)
            idRow.reserveCapacity(row.count)
            for (c, cell) in row.enumerated() {
                // A position covered by a merged cell repeats what its origin was classified as.
                if cell.origin.row < r || cell.origin.column < c {
                    let o = cell.origin
                    kindRow.append(o.row < r ? kinds[o.row][o.column] : kindRow[o.column])
                    keyRow.append(o.row < r ? keys[o.row][o.column] : keyRow[o.column])
                    idRow.append(o.row < r ? ids[o.row][o.column] : idRow[o.column])
                    continue
                }
                let kind = GridFigure.kind(cell.text)
                kindRow.append(kind)
                if kind == .label, cell.text.utf8.count <= Cell.maxLabelLength * 3 {
                    let key = LabelKey(cell.text)
                    keyRow.append(key)
                    let id = idOf[key.full] ?? idOf.count
                    idOf[key.full] = id
                    idRow.append(id)
                    hasLabels = true
                } else {
                    keyRow.append(nil)
                    idRow.append(-1)
                }
            }
            kinds.append(kindRow)
            keys.append(keyRow)
            ids.append(idRow)
        }
        self.kinds = kinds
        self.keys = keys
        labelIDs = ids
        self.hasLabels = hasLabels
    }
}

/// The matchers' answers for the labels of one read, by grid, label number and group.
struct RoleCache {
    struct Key: Hashable {
        var edition: Edition
        var table: TableID
        var grid: Int
        var label: Int
        var group: Int
    }

    var roles: [Key: LabelRole] = [:]
    /// The group labels seen, numbered by position (a handful per table).
    var groups: [String] = []

    mutating func number(of group: String?) -> Int {
        guard let group else { return -1 }
        if let i = groups.firstIndex(of: group) { return i }
        groups.append(group)
        return groups.count - 1
    }
}

/// The one place grid cells are classified as empty, blank marker, number or text — the same parser as the text
/// reader's, so that switching the figure parser is a one-line change here.
enum GridFigure {
    static func kind(_ text: String) -> CellKind { FigureText.classify(text) }
}
