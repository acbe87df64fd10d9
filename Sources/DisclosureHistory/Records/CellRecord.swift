import GRDB

/// A row of `cell`: one figure of one report version, as exact decimal text with its kind.
struct CellRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "cell"

    var reportID: Int64
    var keyID: Int64
    /// The exact decimal text (`94.2`); nil exactly when `kind` is `.blank`.
    var value: String?
    var kind: CellKind
}

/// A row of `cellKey`: a (table, row, column) named once, so that millions of cells store a small integer.
struct CellKeyRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "cellKey"

    var id: Int64
    var tableID: String
    var rowKey: String
    var columnKey: String
}
