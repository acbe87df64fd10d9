/// The figures of one table of one report: a sparse map from cell to figure, plus rows the official form does not
/// have (provincial additions such as 湖北's 其他主动公开文件), kept so that nothing read is lost.
///
/// A cell that is absent reads as `.blank`. Storing `.blank` explicitly is allowed and equivalent.
public struct TableData: Hashable, Sendable {
    /// Which table.
    public var id: TableID
    /// The figures by cell. Keys outside the edition's form are kept and reported by validation.
    public var cells: [CellAddress: Figure]
    /// Rows the official form does not have, with their labels as given.
    public var extraRows: [ExtraRow]

    /// An empty table.
    public init(_ id: TableID, cells: [CellAddress: Figure] = [:], extraRows: [ExtraRow] = []) {
        self.id = id
        self.cells = cells
        self.extraRows = extraRows
    }

    /// The figure in a cell (blank when absent).
    public subscript(row: RowKey, column: ColumnKey) -> Figure {
        get { cells[CellAddress(row, column)] ?? .blank }
        set { cells[CellAddress(row, column)] = newValue == .blank ? nil : newValue }
    }

    /// The figure at an address (blank when absent).
    public subscript(address: CellAddress) -> Figure {
        get { cells[address] ?? .blank }
        set { cells[address] = newValue == .blank ? nil : newValue }
    }

    /// Sets a whole row from figures listed in the column order given.
    public mutating func setRow(_ row: RowKey, _ columns: [ColumnKey], _ figures: [Figure]) {
        for (c, f) in zip(columns, figures) { self[row, c] = f }
    }

    /// The filled cells, sorted by address for stable output.
    public var sortedCells: [(CellAddress, Figure)] {
        cells.filter { !$0.value.isBlank }.sorted { ($0.key.row, $0.key.column) < ($1.key.row, $1.key.column) }
    }
}

/// A row that is not on the official form, with its label and figures as given.
public struct ExtraRow: Hashable, Sendable, Codable {
    /// The block title it appeared under (`第二十条第（一）项`), if any.
    public var block: String?
    /// The label as given (`其他主动公开文件（含…）`).
    public var label: String
    /// The figures by the column keys of the block it sits in.
    public var figures: [ColumnKey: Figure]

    /// Creates an extra row.
    public init(block: String?, label: String, figures: [ColumnKey: Figure]) {
        self.block = block
        self.label = label
        self.figures = figures
    }
}

extension TableData: Codable {
    private enum CodingKeys: String, CodingKey { case id, rows, extraRows }

    /// JSON shape: `{"id": "applications", "rows": {"newReceived": {"naturalPerson": 153, …}, …}, "extraRows": […]}`.
    /// A cell given as `null` is blank.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(TableID.self, forKey: .id)
        let rows = try c.decodeIfPresent([String: [String: Figure]].self, forKey: .rows) ?? [:]
        var cells: [CellAddress: Figure] = [:]
        for (row, columns) in rows {
            let rowKey = RowKey(row)
            for (column, figure) in columns where !figure.isBlank {
                cells[CellAddress(rowKey, ColumnKey(column))] = figure
            }
        }
        self.cells = cells
        extraRows = try c.decodeIfPresent([ExtraRow].self, forKey: .extraRows) ?? []
    }

    /// Encodes rows as nested objects keyed by row then column (sorted keys give stable files).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        var rows: [String: [String: Figure]] = [:]
        for (address, figure) in cells where !figure.isBlank {
            rows[address.row.rawValue, default: [:]][address.column.rawValue] = figure
        }
        try c.encode(rows, forKey: .rows)
        if !extraRows.isEmpty { try c.encode(extraRows, forKey: .extraRows) }
    }
}
