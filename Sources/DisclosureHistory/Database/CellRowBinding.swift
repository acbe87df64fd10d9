import DisclosureModel
import GRDB
internal import GRDBSQLite

/// Binds and runs one multi-row cell INSERT through SQLite's C API (with `FileInspection`, the SQLite C calls of
/// this module).
///
/// The one hot path of an import: building GRDB `StatementArguments` for ~250 cells per report cost more than
/// SQLite's own work. The statement is GRDB's (prepared on the writer connection, inside its transaction); this
/// binds `?1` = report id, then each cell's text value (NULL for blank) and kind, steps it to completion and resets
/// it. Texts are copied by SQLite (`SQLITE_TRANSIENT`). A failure is thrown as GRDB's `DatabaseError` with
/// SQLite's message, so the caller's transaction rolls back.
enum CellRowBinding {
    static func run(_ statement: Statement, reportID: Int64, cells: [(value: String?, kind: CellKind)]) throws {
        let handle = statement.sqliteStatement
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        func check(_ code: Int32) throws {
            guard code == SQLITE_OK else { throw error(code) }
        }
        func error(_ code: Int32) -> DatabaseError {
            let message = sqlite3_db_handle(handle).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: nil)
        }
        try check(sqlite3_bind_int64(handle, 1, reportID))
        var index: Int32 = 2
        for cell in cells {
            if let value = cell.value {
                try check(value.withCString { sqlite3_bind_text(handle, index, $0, -1, transient) })
            } else {
                try check(sqlite3_bind_null(handle, index))
            }
            try check(cell.kind.rawValue.withCString { sqlite3_bind_text(handle, index + 1, $0, -1, transient) })
            index += 2
        }
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW { code = sqlite3_step(handle) }
        guard code == SQLITE_DONE else { throw error(code) }
    }
}
