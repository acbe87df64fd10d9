import DisclosureModel
import XLSX

/// Where every label, header and figure of one official table goes on its sheet, computed once from the
/// table's `PrintedLayout` and used by both the exporter (to draw) and the importer (to find and check).
///
/// The sheet holds: row 1 the table's title, row 2 the unit line, then the printed layout's grid from row 3 on —
/// each block's title row, its header rows, its data rows, the label columns left of the data (see
/// `PrintedLayout`). What is the sheet's own — cell references, `SUM` formulas, column widths, row heights, frozen
/// panes — is computed here.
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
    /// The table's printed layout (DisclosureModel), which this sheet layout places.
    public let printed: PrintedLayout
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
    /// The sheet row of the printed layout's grid row 0 (the first block's title or header).
    public static let firstGridRow = unitRow + 1

    /// The total cells and their parts (see `totals`).
    public let totals: [CellAddress: [[CellAddress]]]
    /// The `SUM` formula of each of a total's part lists, in the order of `totals` (computed once).
    public let totalFormulas: [CellAddress: [String]]
    /// Column widths (see `columnWidths`).
    public let columnWidths: [Double]
    /// Row heights for the office font size (see `rowHeights(fontSize:)`).
    public let rowHeights: [Int: Double]

    private let references: [CellAddress: CellReference]

    /// Lays out `spec` on its sheet: its `PrintedLayout` placed below the title and unit lines.
    public init(_ spec: TableSpec) {
        self.init(PrintedLayout(spec))
    }

    /// Places a printed layout on the sheet: grid row `r` goes to sheet row `r + firstGridRow`, grid columns to the
    /// same sheet columns; the sheet adds its title row across the width.
    public init(_ printed: PrintedLayout) {
        let spec = printed.spec
        self.spec = spec
        self.printed = printed
        self.sheet = ReportSheet(spec.id)
        self.labelColumns = printed.labelColumns
        self.dataColumns = printed.dataColumns
        let offset = Self.firstGridRow
        let lastColumn = max(printed.width - 1, 0)

        var texts = [
            PlacedText(spec.title, CellRange(firstRow: Self.titleRow, firstColumn: 0, lastRow: Self.titleRow, lastColumn: lastColumn), .title)
        ]
        for label in printed.labels {
            let span = label.span
            let range = CellRange(firstRow: span.row + offset, firstColumn: span.column,
                                  lastRow: span.row + span.rowCount - 1 + offset, lastColumn: span.column + span.columnCount - 1)
            texts.append(PlacedText(label.text, range, PlacedText.Role(label.role)))
        }
        var references: [CellAddress: CellReference] = [:]
        let blocks = printed.blocks.map { block in
            let rows = block.rows.map { row in
                for (key, range) in row.cells {
                    references[CellAddress(row.spec.key, key)] = CellReference(row: row.gridRow + offset, column: range.lowerBound)
                }
                return Row(spec: row.spec, sheetRow: row.gridRow + offset, labelColumn: row.labelColumn, cells: row.cells)
            }
            return Block(spec: block.spec, titleRow: block.titleRow.map { $0 + offset },
                         headerRows: (block.headerRows.lowerBound + offset)...(block.headerRows.upperBound + offset),
                         rows: rows, columns: block.columns)
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
}
