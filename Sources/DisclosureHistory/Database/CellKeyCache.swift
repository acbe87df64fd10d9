import DisclosureModel
import Foundation
import GRDB

/// The ids of `cellKey` rows already known to be committed, so that adding a report does not look up ~250 keys.
///
/// Entries are added only after the transaction that created them committed (`remember`), so a rolled-back add
/// never leaves an id the file does not have. Key rows are never deleted, so a known id stays right even when
/// another process writes.
final class CellKeyCache: @unchecked Sendable {
    // @unchecked: every access to `ids` holds `lock`.
    private let lock = NSLock()
    private var ids: [Key: Int64] = [:]

    struct Key: Hashable, Sendable {
        var table: TableID
        var address: CellAddress
    }

    func id(_ key: Key) -> Int64? {
        lock.lock()
        defer { lock.unlock() }
        return ids[key]
    }

    func remember(_ found: [Key: Int64]) {
        guard !found.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        ids.merge(found) { a, _ in a }
    }

    /// The id of `key` inside the transaction `db`, creating the row when the file has none; new ids go to `found`.
    func resolve(_ key: Key, in db: Database, found: inout [Key: Int64]) throws -> Int64 {
        if let id = id(key) ?? found[key] { return id }
        let args: StatementArguments = [key.table.rawValue, key.address.row.rawValue, key.address.column.rawValue]
        let select = "SELECT id FROM cellKey WHERE tableID = ? AND rowKey = ? AND columnKey = ?"
        if let id = try Int64.fetchOne(db, sql: select, arguments: args) {
            found[key] = id
            return id
        }
        try db.execute(sql: "INSERT INTO cellKey (tableID, rowKey, columnKey) VALUES (?, ?, ?)", arguments: args)
        let id = db.lastInsertedRowID
        found[key] = id
        return id
    }
}
