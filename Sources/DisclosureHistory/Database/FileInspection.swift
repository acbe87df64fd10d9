import Foundation
import GRDB
internal import GRDBSQLite

/// The look at an existing file before GRDB opens it: read-only, through SQLite's C API, so that a foreign or
/// damaged file is never switched to WAL, migrated or checkpointed.
///
/// One bare read-only connection (`sqlite3_open_v2`), one read transaction, at most seven statements (the
/// transaction's `BEGIN`, `integrity_check`, the table count, `application_id`, the `meta` table's presence, format and
/// version), closed before `ReportHistory` opens its pool. Not a GRDB `DatabaseQueue`: that one sets a connection up
/// for use (a dispatch queue, collations, functions, foreign keys, a schema read of its own) — half of opening a
/// history in the history-db fuzz target's profile, for a connection that runs these few statements and closes.
///
/// A failure is SQLite's result code and message as GRDB's `DatabaseError`, classified like every other one
/// (`ReportHistory.classify`): `SQLITE_NOTADB` → `.notADatabase`, `SQLITE_CORRUPT` → `.corrupt`, else `.sqlite`.
enum FileInspection {
    /// Checks the file at `path` (see `ReportHistory.init`): its header, `PRAGMA integrity_check` when asked, and —
    /// unless it holds no table at all — our `application_id`, `meta` table, format and a known schema version.
    static func check(_ path: String, checksIntegrity: Bool) throws(HistoryError) {
        // `stat`, not `FileManager.attributesOfItem`: that one also looks the owner's user and group names up
        // (reading /etc/passwd and /etc/group on every open).
        var info = stat()
        // An empty file (e.g. just created by `touch`) is a new database to SQLite.
        if stat(path, &info) == 0, info.st_size == 0 { return }
        if let header = header(of: path), header != Array("SQLite format 3\u{0}".utf8) {
            throw HistoryError.notADatabase(path, "文件头不是 SQLite — no SQLite header")
        }
        let connection = try Connection(path)
        defer { connection.close() }
        try connection.execute("BEGIN DEFERRED TRANSACTION")
        if checksIntegrity {
            let lines = try connection.texts("PRAGMA integrity_check")
            if lines != ["ok"] { throw HistoryError.corrupt(path, lines.prefix(3).joined(separator: "; ")) }
        }
        let tables = try connection.integer("SELECT count(*) FROM sqlite_master") ?? 0
        if tables == 0 { return }
        let applicationID = try connection.integer("PRAGMA application_id") ?? 0
        let hasMeta = try connection.integer("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") ?? 0
        guard applicationID == Int64(HistorySchema.applicationID), hasMeta > 0 else {
            throw HistoryError.foreign(path, "application_id \(Int32(truncatingIfNeeded: applicationID))")
        }
        let format = try connection.text("SELECT value FROM meta WHERE key = 'format'")
        guard format == HistorySchema.format else { throw HistoryError.foreign(path, "meta.format \(format ?? "—")") }
        let version = try connection.text("SELECT value FROM meta WHERE key = 'schemaVersion'").flatMap { Int($0) } ?? 0
        if version > HistorySchema.version { throw HistoryError.newer(path, version) }
    }

    /// The file's first 16 bytes (fewer when it is shorter), or nil when it cannot be opened or read — SQLite then
    /// says why.
    private static func header(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 16)
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            filled += n
        }
        return Array(bytes.prefix(filled))
    }

    /// A read-only SQLite connection of its own (never shared, never WAL-switched). Closed by `close()`.
    private struct Connection {
        let path: String
        let handle: OpaquePointer

        init(_ path: String) throws(HistoryError) {
            self.path = path
            var handle: OpaquePointer?
            let code = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
            guard code == SQLITE_OK, let handle else {
                // A handle is returned even when opening fails (out of memory aside): its message is the reason.
                let message = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
                sqlite3_close_v2(handle)
                throw ReportHistory.classify(DatabaseError(resultCode: ResultCode(rawValue: code), message: message), path)
            }
            sqlite3_extended_result_codes(handle, 1)
            self.handle = handle
        }

        func close() { sqlite3_close_v2(handle) }

        /// Runs a statement that returns no rows.
        func execute(_ sql: String) throws(HistoryError) {
            _ = try rows(sql) { _ in () }
        }

        /// The first column of each row, as text (NULL rows left out).
        func texts(_ sql: String) throws(HistoryError) -> [String] {
            try rows(sql, text(of:)).compactMap { $0 }
        }

        /// The first column of the first row as text (nil when there is no row or it is NULL).
        func text(_ sql: String) throws(HistoryError) -> String? {
            try rows(sql, text(of:)).first ?? nil
        }

        private func text(of statement: OpaquePointer) -> String? {
            sqlite3_column_text(statement, 0).map { String(cString: $0) }
        }

        /// The first column of the first row as an integer (nil when there is no row or it is NULL).
        func integer(_ sql: String) throws(HistoryError) -> Int64? {
            try rows(sql) { statement in
                sqlite3_column_type(statement, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, 0)
            }.first ?? nil
        }

        /// Prepares `sql`, steps it to the end and maps each row.
        private func rows<T>(_ sql: String, _ row: (OpaquePointer) -> T) throws(HistoryError) -> [T] {
            var statement: OpaquePointer?
            var code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
            guard code == SQLITE_OK, let statement else { throw failure(code, sql) }
            defer { sqlite3_finalize(statement) }
            var values: [T] = []
            code = sqlite3_step(statement)
            while code == SQLITE_ROW {
                values.append(row(statement))
                code = sqlite3_step(statement)
            }
            guard code == SQLITE_DONE else { throw failure(code, sql) }
            return values
        }

        private func failure(_ code: Int32, _ sql: String) -> HistoryError {
            let message = sqlite3_errmsg(handle).map { String(cString: $0) }
            return ReportHistory.classify(DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql), path)
        }
    }
}
