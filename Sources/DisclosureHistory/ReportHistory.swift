import DisclosureModel
import Foundation
import GRDB

/// Several years of annual reports in one SQLite file: every unit's reports with all their versions, the
/// reporting tree of each year, and what reading and checking found — the store behind `disclosure history`.
///
/// ```swift
/// let history = try ReportHistory(path: "city.sqlite")            // creates it when missing
/// try history.setOrganizations(city.organizations, year: 2021)
/// let result = try history.add(report: report, sourceName: "001.json", bytes: data, diagnostics: found)
/// try history.series(unit: "洛阳市人民政府", table: .applications, row: .newReceived, column: .total)
/// try history.check(year: 2021)                                      // the cross-year rules
/// ```
///
/// - The file is opened as a `DatabasePool` (WAL): readers in other threads or processes see the last committed
///   state while one writer adds. Writers wait for each other (busy timeout) rather than fail.
/// - Each `add` is one transaction: a file that fails — or a process killed half-way — leaves the database as it
///   was before that file.
/// - Opening checks the file first, read-only: SQLite must read it, `PRAGMA integrity_check` must say `ok`, and a
///   non-empty file must carry our `application_id` and `meta` table with a schema version this library knows.
///   Otherwise a `HistoryError` says why, in Chinese and English, before anything is written.
/// - The schema changes only through named migrations (`HistorySchema`); `schemaVersion` is what a reader checks.
public final class ReportHistory: Sendable {
    /// The schema version this library writes and reads.
    public static let schemaVersion = HistorySchema.version

    /// How the file is opened.
    public struct Options: Hashable, Sendable {
        /// Create the file (and its schema) when it does not exist (default true).
        public var createsFile: Bool
        /// Run `PRAGMA integrity_check` on opening (default true; seconds on a very large file).
        public var checksIntegrity: Bool
        /// `PRAGMA synchronous = FULL` instead of WAL's usual `NORMAL`. `NORMAL` already survives a killed or crashed
        /// process (the reliability the tests prove); `FULL` also keeps the last commits through a power failure,
        /// at one disk flush per imported file.
        public var fullSync: Bool
        /// How long a writer waits for another process's write to finish, in seconds (default 30).
        public var busyTimeout: Double

        /// Creates options.
        public init(createsFile: Bool = true, checksIntegrity: Bool = true, fullSync: Bool = false, busyTimeout: Double = 30) {
            self.createsFile = createsFile
            self.checksIntegrity = checksIntegrity
            self.fullSync = fullSync
            self.busyTimeout = busyTimeout
        }
    }

    /// The database file.
    public let path: String
    /// The formats reports are stored and checked in (`.official` unless a corrected form is given).
    public let formats: ReportFormats
    let pool: DatabasePool
    let keys: CellKeyCache

    /// Opens (or creates) the history at `path`, checking that it is an intact GovDisclosure history and bringing
    /// its schema up to date.
    ///
    /// - Throws: `HistoryError` — `.missing`, `.notADatabase`, `.corrupt`, `.foreignDatabase`, `.newerSchema` or
    ///   `.sqlite`.
    public init(path: String, options: Options = Options(), formats: ReportFormats = .official) throws(HistoryError) {
        self.path = path
        self.formats = formats
        let fm = FileManager.default
        if fm.fileExists(atPath: path) {
            try FileInspection.check(path, checksIntegrity: options.checksIntegrity)
        } else if !options.createsFile {
            throw HistoryError.missing(path)
        }
        var config = Configuration()
        config.busyMode = .timeout(options.busyTimeout)
        let sync = options.fullSync ? "FULL" : "NORMAL"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(sync)")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try HistorySchema.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw Self.classify(error, path)
        } catch {
            throw HistoryError.sqlite(path, error)
        }
        keys = CellKeyCache()
    }

    static func classify(_ error: DatabaseError, _ path: String) -> HistoryError {
        switch error.resultCode {
        case .SQLITE_NOTADB: HistoryError.notADatabase(path, error.message)
        case .SQLITE_CORRUPT: HistoryError.corrupt(path, error.message)
        default: HistoryError.sqlite(path, error)
        }
    }

    /// The schema version recorded in the file (what a reader checks before trusting the tables).
    public func storedSchemaVersion() throws(HistoryError) -> Int {
        try read { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'schemaVersion'"))
                .flatMap { Int($0) } ?? 0
        }
    }

    /// Runs `body` in a read transaction (a consistent snapshot), mapping failures to `HistoryError`.
    func read<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
        try mappingFailures { try pool.read(body) }
    }

    /// Runs `body` in one write transaction: all of it is committed or none of it.
    func write<T>(_ body: (Database) throws -> T) throws(HistoryError) -> T {
        try mappingFailures { try pool.write(body) }
    }

    /// A transaction's failure as a `HistoryError`: SQLite's by its code, a row or JSON column that does not decode as
    /// a damaged row, anything else as a failed read or write.
    private func mappingFailures<T>(_ transaction: () throws -> T) throws(HistoryError) -> T {
        do {
            return try transaction()
        } catch let e as HistoryError {
            throw e
        } catch let e as DatabaseError {
            throw Self.classify(e, path)
        } catch let e as RowDecodingError {
            throw HistoryError.damagedRow(path, e)
        } catch let e as DecodingError {
            throw HistoryError.damagedRow(path, e)
        } catch {
            throw HistoryError.sqlite(path, error)
        }
    }
}
