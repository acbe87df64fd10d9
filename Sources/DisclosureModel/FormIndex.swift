import Foundation

/// A format's three tables flattened once: every cell numbered in reading order, each table's rows with their cell
/// ranges, every identity expanded into equations over cell numbers.
///
/// Built once per `ReportFormat` (`ReportFormat.index`), so that checking or summing 100,000 reports neither rebuilds
/// specs nor hashes a `CellAddress` per cell: validation lays a report's figures out by `Table.cells`, the roll-up
/// keeps its running sums in arrays over `cells`.
public struct FormIndex: Sendable {
    /// An equation together with the identity it came from, and its cells as indices into its table's `cells`.
    public struct BoundEquation: Sendable {
        /// The identity.
        public let identity: Identity
        /// The concrete equation (one row or column of the identity).
        public let equation: Equation
        /// The left side's cell indices.
        public let lhs: [Int]
        /// The right side's cell indices.
        public let rhs: [Int]
    }

    /// One table of the format.
    public struct Table: Sendable {
        /// The form description.
        public let spec: TableSpec
        /// Where the table's first cell sits in the format's flat numbering (`FormIndex.cells`).
        public let offset: Int
        /// Every cell the form has, in reading order, with what it holds.
        public let cells: [(address: CellAddress, kind: ValueKind)]
        /// The form's rows in reading order, each with the range of its cells' indices.
        public let rows: [(key: RowKey, cells: Range<Int>)]
        /// Each form cell's index; a cell absent here is not on the form.
        public let index: [CellAddress: Int]
        /// Every equation of every identity, in spec order.
        public let equations: [BoundEquation]
        /// For each cell index, the equations it appears in (indices into `equations`).
        public let equationsByCell: [[Int]]

        init(_ spec: TableSpec, offset: Int) {
            self.spec = spec
            self.offset = offset
            var cells: [(address: CellAddress, kind: ValueKind)] = []
            var rows: [(key: RowKey, cells: Range<Int>)] = []
            for block in spec.blocks {
                for row in block.rows {
                    let start = cells.count
                    for column in block.columns { cells.append((CellAddress(row.key, column.key), column.kind)) }
                    rows.append((row.key, start..<cells.count))
                }
            }
            self.cells = cells
            self.rows = rows
            let index = Dictionary(
                cells.enumerated().map { ($0.element.address, $0.offset) }, uniquingKeysWith: { first, _ in first })
            self.index = index
            // An identity cell that is not on the form (a user-built spec) is left out of its equation here;
            // validation reports such identities separately.
            let indices = { (addresses: [CellAddress]) in addresses.compactMap { index[$0] } }
            equations = spec.identities.flatMap { identity in
                identity.equations.map {
                    BoundEquation(identity: identity, equation: $0, lhs: indices($0.lhs), rhs: indices($0.rhs))
                }
            }
            var byCell = [[Int]](repeating: [], count: cells.count)
            for (i, bound) in equations.enumerated() {
                for cell in bound.lhs + bound.rhs { byCell[cell].append(i) }
            }
            equationsByCell = byCell
        }

        /// The flat range of this table's cells in `FormIndex.cells`.
        public var flatRange: Range<Int> { offset..<(offset + cells.count) }
    }

    /// The tables in report order (表二, 表三, 表四).
    public let tables: [Table]
    /// Every cell of the three tables in one flat numbering (表二's, then 表三's, then 表四's).
    public let cells: [(table: TableID, address: CellAddress)]

    /// Flattens `specs` (one per table, in report order).
    public init(_ specs: [TableSpec]) {
        var tables: [Table] = []
        var offset = 0
        for spec in specs {
            let table = Table(spec, offset: offset)
            offset += table.cells.count
            tables.append(table)
        }
        self.tables = tables
        cells = tables.flatMap { table in table.cells.map { (table.spec.id, $0.address) } }
    }

    /// One table (every format has all three).
    public func table(_ id: TableID) -> Table {
        // The three tables are stored in TableID order; a format without one is refused when it is built.
        tables[TableID.allCases.firstIndex(of: id) ?? 0]
    }

    /// A report's figures in flat order (nil for blank).
    public func values(of report: AnnualReport) -> [Decimal?] {
        var out: [Decimal?] = []
        out.reserveCapacity(cells.count)
        for table in tables {
            let data = report[table.spec.id]
            for cell in table.cells { out.append(data.cells[cell.address]?.decimal) }
        }
        return out
    }
}
