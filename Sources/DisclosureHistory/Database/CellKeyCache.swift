import DisclosureModel
import Foundation
import GRDB

/// The ids of `cellKey` rows already known to be committed, so that adding a report does not look up ~250 keys, and
/// the keys of those ids, so that reading a report back does not read the whole `cellKey` table again.
///
/// Entries are added only after the transaction that created them committed (`remember`), so a rolled-back add
/// never leaves an id the file does not have. Key rows are never deleted or changed, so a known id stays right even
/// when another process writes; an id not known yet (added by another connection) makes the reader load the table
/// again (`addresses(in:reloading:)`).
final class CellKeyCache: @unchecked Sendable {
    // @unchecked: every access to `ids` holds `lock`.
    private let lock = NSLock()
    private var ids: [Key: Int64] = [:]
    private var keysByID: [Int64: Key] = [:]
    private var forms: [String: FormInsert] = [:]
    // Prepared statements of the pool's one writer connection, by form key (GRDB's own statement cache would hash the
    // long SQL on every call).
    private var statements: [String: Statement] = [:]

    /// The cells of one table's form and the one multi-row INSERT that stores them all (key ids are literals in the
    /// SQL: they never change), binding `?1` = report id, then value and kind per cell in `cells` order.
    struct FormInsert: Sendable {
        var cells: [CellAddress]
        var sql: String

        /// The cache key of a table's form (`CellKeyCache.formKey`).
        static func key(_ spec: TableSpec) -> String { CellKeyCache.formKey(spec) }
    }

    /// What one transaction learnt, kept only once it commits.
    struct Found {
        var ids: [Key: Int64] = [:]
        var forms: [String: FormInsert] = [:]
    }

    /// The cache key of a table's form: the table and the edition (`AnnualReport.spec(_:)` is a function of both).
    static func formKey(_ spec: TableSpec) -> String { "\(spec.id.rawValue)|\(spec.edition.rawValue)" }

    func form(_ key: String) -> FormInsert? {
        lock.lock()
        defer { lock.unlock() }
        return forms[key]
    }

    struct Key: Hashable, Sendable {
        var table: TableID
        var address: CellAddress
    }

    func id(_ key: Key) -> Int64? {
        lock.lock()
        defer { lock.unlock() }
        return ids[key]
    }

    func remember(_ found: Found) {
        guard !found.ids.isEmpty || !found.forms.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        ids.merge(found.ids) { a, _ in a }
        forms.merge(found.forms) { a, _ in a }
    }

    /// The keys of `cellKey` by id: the ones known, or all of the table's read through `db` when none is known yet or
    /// `reloading` (a cell named an id not known). Rows of a table this library does not know are left out.
    func addresses(in db: Database, reloading: Bool) throws -> [Int64: Key] {
        if !reloading {
            lock.lock()
            let known = keysByID
            lock.unlock()
            if !known.isEmpty { return known }
        }
        var loaded: [Int64: Key] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT id, tableID, rowKey, columnKey FROM cellKey"))
        while let k = try rows.next() {
            guard let table = TableID(rawValue: try k.decode(String.self, atIndex: 1)) else { continue }
            loaded[try k.decode(Int64.self, atIndex: 0)] = Key(
                table: table,
                address: CellAddress(RowKey(try k.decode(String.self, atIndex: 2)), ColumnKey(try k.decode(String.self, atIndex: 3))))
        }
        lock.lock()
        keysByID = loaded
        lock.unlock()
        return loaded
    }

    /// The prepared INSERT of `form` on the writer connection `db`.
    func statement(_ form: FormInsert, key: String, in db: Database) throws -> Statement {
        lock.lock()
        let known = statements[key]
        lock.unlock()
        if let known { return known }
        let statement = try db.makeStatement(sql: form.sql)
        lock.lock()
        statements[key] = statement
        lock.unlock()
        return statement
    }

    /// The multi-row INSERT for a table's form, built (and its key rows created) inside the transaction `db` when
    /// not known yet.
    func formInsert(_ spec: TableSpec, in db: Database, found: inout Found) throws -> FormInsert {
        let key = Self.formKey(spec)
        if let known = form(key) ?? found.forms[key] { return known }
        let cells = spec.cells
        var rows: [String] = []
        for (i, address) in cells.enumerated() {
            let id = try resolve(Key(table: spec.id, address: address), in: db, found: &found)
            rows.append("(?1, \(id), ?\(2 + 2 * i), ?\(3 + 2 * i))")
        }
        let insert = FormInsert(
            cells: cells, sql: "INSERT INTO cell (reportID, keyID, value, kind) VALUES " + rows.joined(separator: ", "))
        found.forms[key] = insert
        return insert
    }

    /// The id of `key` inside the transaction `db`, creating the row when the file has none; new ids go to `found`.
    func resolve(_ key: Key, in db: Database, found: inout Found) throws -> Int64 {
        if let id = id(key) ?? found.ids[key] { return id }
        let args: StatementArguments = [key.table.rawValue, key.address.row.rawValue, key.address.column.rawValue]
        let select = "SELECT id FROM cellKey WHERE tableID = ? AND rowKey = ? AND columnKey = ?"
        if let id = try Int64.fetchOne(db, sql: select, arguments: args) {
            found.ids[key] = id
            return id
        }
        try db.execute(sql: "INSERT INTO cellKey (tableID, rowKey, columnKey) VALUES (?, ?, ?)", arguments: args)
        let id = db.lastInsertedRowID
        found.ids[key] = id
        return id
    }
}
