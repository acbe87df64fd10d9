/// A sum that must hold in a table, stated once and expanded per row or per column.
///
/// `columnwise`: for each listed column, the rows of `lhs` add up to the rows of `rhs`
/// (表三: 一 + 二 = （七） + 四). `rowwise`: for each listed row, the columns of `lhs` add up to the columns of `rhs`
/// (表三: 总计 = 自然人 + … + 其他). Validation names each failing row or column; the exporter writes a formula for
/// each equation whose left side is a single cell (a total).
public struct Identity: Hashable, Sendable, Codable {
    /// Which way the identity runs.
    public enum Axis: Hashable, Sendable, Codable {
        /// For each column: Σ lhs rows = Σ rhs rows.
        case columnwise(columns: [ColumnKey], lhs: [RowKey], rhs: [RowKey])
        /// For each row: Σ lhs columns = Σ rhs columns.
        case rowwise(rows: [RowKey], lhs: [ColumnKey], rhs: [ColumnKey])
    }

    /// The stable diagnostic id reported when it fails (`APP.balance`).
    public var id: String
    /// The identity as the form states it, in Chinese (`第一项加第二项之和，等于第三项加第四项之和`).
    public var statement: String
    /// An English gloss.
    public var gloss: String
    /// The table the identity belongs to.
    public var table: TableID
    /// How it expands.
    public var axis: Axis

    /// Creates an identity.
    public init(id: String, table: TableID, statement: String, gloss: String, axis: Axis) {
        self.id = id
        self.table = table
        self.statement = statement
        self.gloss = gloss
        self.axis = axis
    }

    /// One equation per row or column.
    public var equations: [Equation] {
        switch axis {
        case .columnwise(let columns, let lhs, let rhs):
            columns.map { c in
                Equation(
                    identity: id, table: table, lhs: lhs.map { CellAddress($0, c) }, rhs: rhs.map { CellAddress($0, c) },
                    along: .column(c))
            }
        case .rowwise(let rows, let lhs, let rhs):
            rows.map { r in
                Equation(
                    identity: id, table: table, lhs: lhs.map { CellAddress(r, $0) }, rhs: rhs.map { CellAddress(r, $0) },
                    along: .row(r))
            }
        }
    }
}

/// One concrete instance of an identity: Σ lhs = Σ rhs over named cells.
public struct Equation: Hashable, Sendable, Codable {
    /// Where an equation runs: down one column, or along one row.
    public enum Line: Hashable, Sendable, Codable {
        /// Down a column.
        case column(ColumnKey)
        /// Along a row.
        case row(RowKey)
    }

    /// The identity's id.
    public var identity: String
    /// The table.
    public var table: TableID
    /// Cells on the left.
    public var lhs: [CellAddress]
    /// Cells on the right.
    public var rhs: [CellAddress]
    /// The column or row it runs along.
    public var along: Line

    /// The total cell when the left side is one cell (the exporter writes it as a formula of `rhs`).
    public var total: CellAddress? { lhs.count == 1 ? lhs[0] : nil }
}
