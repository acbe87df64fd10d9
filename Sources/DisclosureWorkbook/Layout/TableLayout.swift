import DisclosureModel
import XLSX

/// Where every label, header and figure of one official table goes on its sheet, computed once from the
/// `TableSpec` and used by both the exporter (to draw) and the importer (to find and check).
///
/// The sheet holds: row 1 the table's title, row 2 the unit line, then each block — its title row (表二's
/// `第二十条第（一）项`), its header rows drawn from the header tree (a group spans its leaves, a leaf spans down to
/// the bottom header row), then its data rows. Left of the data sit `labelColumns` label columns: vertical group
/// labels (`三、本年度办理结果`, `（三）不予公开`) merged across their rows, then each row's own label, merged across
/// the label columns it does not share with a group. The header's label area holds the corner note (表三) or the
/// row header (`信息内容`). A block with fewer columns than the widest block lets its last column span the rest.
public struct TableLayout: Hashable, Sendable {
    /// One data row as placed.
    public struct Row: Hashable, Sendable {
        /// The form's row.
        public var spec: RowSpec
        /// Zero-based sheet row.
        public var sheetRow: Int
        /// The column of the row's own label (0 when the table has no label columns).
        public var labelColumn: Int
        /// The sheet columns of each data cell: the value sits in the first; a last column may span more.
        public var cells: [ColumnKey: ClosedRange<Int>]
    }

    /// One block as placed.
    public struct Block: Hashable, Sendable {
        /// The form's block.
        public var spec: BlockSpec
        /// The block's title row, if it has a title.
        public var titleRow: Int?
        /// The header rows.
        public var headerRows: ClosedRange<Int>
        /// The data rows, top to bottom.
        public var rows: [Row]
        /// The sheet columns of each leaf column.
        public var columns: [ColumnKey: ClosedRange<Int>]
    }

    /// The table described.
    public let spec: TableSpec
    /// The sheet it goes on.
    public let sheet: ReportSheet
    /// How many label columns sit left of the data (3 for 表三, 1 for 表二, 0 for 表四).
    public let labelColumns: Int
    /// How many sheet columns the data take (the widest block's leaf count).
    public let dataColumns: Int
    /// The blocks, top to bottom.
    public let blocks: [Block]
    /// Every fixed text, in drawing order.
    public let texts: [PlacedText]
    /// The title row (0) and the unit line (1).
    public static let titleRow = 0
    /// The unit/year line under the title.
    public static let unitRow = 1

    /// The total cells and their parts (see `totals`).
    public let totals: [CellAddress: [[CellAddress]]]
    /// The `SUM` formula of each of a total's part lists, in the order of `totals` (computed once).
    public let totalFormulas: [CellAddress: [String]]
    /// Column widths (see `columnWidths`).
    public let columnWidths: [Double]
    /// Row heights for the office font size (see `rowHeights(fontSize:)`).
    public let rowHeights: [Int: Double]

    private let references: [CellAddress: CellReference]

    /// Lays out `spec` on its sheet.
    public init(_ spec: TableSpec) {
        self.spec = spec
        self.sheet = ReportSheet(spec.id)
        let rows = spec.rows
        let hasLabels = spec.blocks.contains { $0.rowHeader != nil } || rows.contains { !$0.label.isEmpty || !$0.groups.isEmpty }
        let labelColumns = hasLabels ? (rows.map(\.groups.count).max() ?? 0) + 1 : 0
        let dataColumns = spec.blocks.map(\.columns.count).max() ?? 0
        self.labelColumns = labelColumns
        self.dataColumns = dataColumns
        let width = labelColumns + dataColumns
        let lastColumn = max(width - 1, 0)

        var texts = [
            PlacedText(spec.title, CellRange(firstRow: Self.titleRow, firstColumn: 0, lastRow: Self.titleRow, lastColumn: lastColumn), .title)
        ]
        var blocks: [Block] = []
        var references: [CellAddress: CellReference] = [:]
        var next = Self.unitRow + 1
        for (blockIndex, block) in spec.blocks.enumerated() {
            var titleRow: Int?
            if let title = block.title {
                titleRow = next
                texts.append(PlacedText(title, CellRange(firstRow: next, firstColumn: 0, lastRow: next, lastColumn: lastColumn), .blockTitle))
                next += 1
            }
            let depth = max(block.headerDepth, 1)
            let headerRows = next...(next + depth - 1)
            // Leaf columns: one sheet column each; the last spans what the widest block has more.
            let leaves = block.columns
            var columns: [ColumnKey: ClosedRange<Int>] = [:]
            for (i, leaf) in leaves.enumerated() {
                let first = labelColumns + i
                columns[leaf.key] = first...(i == leaves.count - 1 ? labelColumns + dataColumns - 1 : first)
            }
            if labelColumns > 0 {
                let cornerText = blockIndex == 0 ? spec.cornerNote ?? block.rowHeader ?? "" : block.rowHeader ?? ""
                let role: PlacedText.Role = blockIndex == 0 && spec.cornerNote != nil ? .corner : .header
                texts.append(PlacedText(cornerText, CellRange(firstRow: headerRows.lowerBound, firstColumn: 0,
                                                              lastRow: headerRows.upperBound, lastColumn: labelColumns - 1), role))
            }
            Self.placeHeader(block.header, row: headerRows.lowerBound, bottom: headerRows.upperBound, columns: columns, into: &texts)
            next = headerRows.upperBound + 1

            var placedRows: [Row] = []
            for row in block.rows {
                let labelColumn = labelColumns == 0 ? 0 : min(row.groups.count, labelColumns - 1)
                if labelColumns > 0 {
                    texts.append(PlacedText(row.label, CellRange(firstRow: next, firstColumn: labelColumn, lastRow: next,
                                                                 lastColumn: labelColumns - 1), .label))
                }
                for (key, range) in columns { references[CellAddress(row.key, key)] = CellReference(row: next, column: range.lowerBound) }
                placedRows.append(Row(spec: row, sheetRow: next, labelColumn: labelColumn, cells: columns))
                next += 1
            }
            Self.placeGroups(placedRows, into: &texts)
            blocks.append(Block(spec: block, titleRow: titleRow, headerRows: headerRows, rows: placedRows, columns: columns))
        }
        self.blocks = blocks
        self.texts = texts
        self.references = references
        let totals = Self.totals(of: spec, references)
        self.totals = totals
        var formulas: [CellAddress: [String]] = [:]
        for (total, partLists) in totals {
            formulas[total] = partLists.map { Self.sumFormula(of: $0, references, sheet: nil) ?? "" }
        }
        self.totalFormulas = formulas
        let widths = Self.columnWidths(spec, labelColumns: labelColumns, dataColumns: dataColumns)
        self.columnWidths = widths
        self.rowHeights = Self.rowHeights(texts, widths, fontSize: 11)
    }

    /// The layout of `table` in `format` (the official formats' layouts are computed once per process and shared).
    public init(_ table: TableID, _ format: ReportFormat) {
        let spec = format.spec(table)
        if let shared = Self.standard[format.edition]?[table], shared.spec == spec {
            self = shared
        } else {
            self = TableLayout(spec)
        }
    }

    /// The official tables' layouts, computed on first use.
    private static let standard: [Edition: [TableID: TableLayout]] = Dictionary(
        uniqueKeysWithValues: ReportFormats.official.all.map { format in
            (format.edition, Dictionary(uniqueKeysWithValues: format.tables.map { ($0.id, TableLayout($0)) }))
        })

    /// How many sheet columns the table takes.
    public var width: Int { labelColumns + dataColumns }

    /// The last sheet row of the table.
    public var lastRow: Int { blocks.last?.rows.last?.sheetRow ?? blocks.last?.headerRows.upperBound ?? Self.unitRow }

    /// The cell holding a figure, nil when the form has no such cell.
    public func reference(of address: CellAddress) -> CellReference? { references[address] }

    /// Every figure cell of the form with its sheet cell, in reading order.
    public var figureCells: [(address: CellAddress, reference: CellReference)] {
        spec.cells.compactMap { a in references[a].map { (a, $0) } }
    }

    /// The sheet range of a row's figures (`C7:I7`), for locating a row-wide finding.
    public func range(ofRow key: RowKey) -> CellRange? {
        for block in blocks {
            if let row = block.rows.first(where: { $0.spec.key == key }) {
                return CellRange(firstRow: row.sheetRow, firstColumn: labelColumns, lastRow: row.sheetRow,
                                 lastColumn: width - 1)
            }
        }
        return nil
    }

    /// The sheet range of a column's figures (`C5:C29`), for locating a column-wide finding.
    public func range(ofColumn key: ColumnKey) -> CellRange? {
        for block in blocks {
            if let columns = block.columns[key], let first = block.rows.first, let last = block.rows.last {
                return CellRange(firstRow: first.sheetRow, firstColumn: columns.lowerBound, lastRow: last.sheetRow,
                                 lastColumn: columns.lowerBound)
            }
        }
        return nil
    }

    /// The rows frozen at the top (through the header of a one-block table; the titles otherwise).
    public var frozenRows: Int {
        blocks.count == 1 ? (blocks[0].headerRows.upperBound + 1) : Self.unitRow + 1
    }

    /// The columns frozen at the left (the label columns of a one-block table).
    public var frozenColumns: Int { blocks.count == 1 ? labelColumns : 0 }

    /// The rows repeated on every printed page.
    public var repeatedRows: ClosedRange<Int> { 0...(frozenRows - 1) }

    // MARK: Placing

    /// Places the header tree: a group spans its leaves' columns on its row; a leaf spans down to `bottom`.
    private static func placeHeader(_ nodes: [HeaderNode], row: Int, bottom: Int, columns: [ColumnKey: ClosedRange<Int>],
                                    into texts: inout [PlacedText]) {
        for node in nodes {
            switch node {
            case .column(let leaf):
                guard let span = columns[leaf.key] else { continue }
                texts.append(PlacedText(leaf.labelWithUnit, CellRange(firstRow: row, firstColumn: span.lowerBound, lastRow: bottom,
                                                              lastColumn: span.upperBound), .header))
            case .group(let label, let children):
                let spans = node.leaves.compactMap { columns[$0.key] }
                guard let first = spans.first, let last = spans.last else { continue }
                texts.append(PlacedText(label, CellRange(firstRow: row, firstColumn: first.lowerBound, lastRow: row,
                                                         lastColumn: last.upperBound), .header))
                placeHeader(children, row: row + 1, bottom: bottom, columns: columns, into: &texts)
            }
        }
    }

    /// Places each vertical group label once, merged across the consecutive rows that share it.
    private static func placeGroups(_ rows: [Row], into texts: inout [PlacedText]) {
        let depth = rows.map(\.spec.groups.count).max() ?? 0
        for level in 0..<depth {
            var start = 0
            while start < rows.count {
                guard rows[start].spec.groups.count > level else { start += 1; continue }
                let prefix = Array(rows[start].spec.groups[0...level])
                var end = start
                while end + 1 < rows.count, rows[end + 1].spec.groups.count > level,
                      Array(rows[end + 1].spec.groups[0...level]) == prefix {
                    end += 1
                }
                texts.append(PlacedText(prefix[level], CellRange(firstRow: rows[start].sheetRow, firstColumn: level,
                                                                 lastRow: rows[end].sheetRow, lastColumn: level), .groupLabel))
                start = end + 1
            }
        }
    }
}
