import DisclosureHistory
import DisclosureModel
import Foundation
import GRDB
import Testing
import TestSupport

/// Opening files that are not an intact history: each gets its own typed error with a bilingual message, and the
/// file is not touched.
@Suite struct DatabaseFileTests {
    func expectError(_ code: HistoryError.Code, at url: URL) {
        do {
            _ = try ReportHistory(path: url.path)
            Issue.record("opened \(url.lastPathComponent) without an error")
        } catch {
            #expect(error.code == code, "\(error)")
            #expect(error.description.contains(url.path))
            #expect(error.description.contains(" — "), "bilingual: \(error.description)")
        }
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAsNotADatabase() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("notes.sqlite")
        try Data("这不是数据库 — not a database\n".utf8).write(to: url)
        expectError(.notADatabase, at: url)
        #expect(try Data(contentsOf: url) == Data("这不是数据库 — not a database\n".utf8))
    }

    @Test func aFileWithTheSQLiteHeaderAndNothingBehindItIsNotADatabaseAndAnEmptyFileIsANewHistory() throws {
        // The header passes the first look; SQLite itself refuses the rest (SQLITE_NOTADB on the first statement).
        let dir = Fixtures.temporaryDirectory()
        let url = dir.appendingPathComponent("header-only.sqlite")
        let bytes = Data("SQLite format 3\u{0}".utf8) + Data(repeating: 0xA5, count: 84)
        try bytes.write(to: url)
        expectError(.notADatabase, at: url)
        #expect(try Data(contentsOf: url) == bytes)
        #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
        // A file shorter than the header is refused by the first look.
        let short = dir.appendingPathComponent("short.sqlite")
        try Data("SQLite".utf8).write(to: short)
        expectError(.notADatabase, at: short)
        // An empty file (`touch`) is a new database to SQLite: it becomes an empty history.
        let empty = dir.appendingPathComponent("touched.sqlite")
        try Data().write(to: empty)
        let history = try ReportHistory(path: empty.path, options: ReportHistory.Options(createsFile: false))
        #expect(try history.storedSchemaVersion() == ReportHistory.schemaVersion)
        #expect(try history.years().isEmpty)
    }

    @Test func anSQLiteFileMarkedAsOursWithoutAMetaTableIsForeign() throws {
        // The application_id alone does not make a file ours: the meta table must say so too.
        let url = Fixtures.temporaryDirectory().appendingPathComponent("marked.sqlite")
        let queue = try DatabaseQueue(path: url.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = \(0x4744_4852); CREATE TABLE notes (text TEXT)")
        }
        try queue.close()
        do {
            _ = try ReportHistory(path: url.path)
            Issue.record("opened a file without a meta table")
        } catch {
            #expect(error.code == .foreignDatabase, "\(error)")
            #expect(error.message.contains("application_id 1195657298"), "\(error)")
        }
    }

    @Test func anotherProgramsSQLiteFileIsRefusedAsForeignAndLeftAsItWas() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("other.sqlite")
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('x')") }
        try queue.close()
        let before = try Data(contentsOf: url)
        expectError(.foreignDatabase, at: url)
        #expect(try Data(contentsOf: url) == before)
        #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
    }

    @Test func aDamagedFileIsRefusedAsCorrupt() throws {
        let dir = Fixtures.temporaryDirectory()
        let url = dir.appendingPathComponent("damaged.sqlite")
        do {
            let history = try ReportHistory(path: url.path)
            try HistoryTest.add(HistoryTest.city(2021, units: 40).reports, to: history)
        }
        var bytes = try Data(contentsOf: url)
        #expect(bytes.count > 40_000)
        // Scribble over the middle pages, keeping the 100-byte header intact.
        let page = 4096
        for i in stride(from: page * 3, to: min(bytes.count, page * 9), by: 1) { bytes[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try bytes.write(to: url)
        expectError(.corrupt, at: url)
    }

    @Test func rowsThatDoNotHoldWhatTheirTableSaysAreAnErrorNeverAStop() throws {
        // What the history-db fuzz target found: a schema edited so that `report.id` is no longer the row id (the
        // text `PRIMARY KEY AUTOINCREMENT` damaged) reads every report's id as NULL — GRDB's row subscripts stopped
        // the process there. And a JSON column that is not JSON.
        let url = Fixtures.temporaryDirectory().appendingPathComponent("edited.sqlite")
        let reports = HistoryTest.city(2021, units: 3).reports
        do {
            let history = try ReportHistory(path: url.path)
            try HistoryTest.add(reports, to: history)
        }
        func edit(_ sql: String) throws {
            let queue = try DatabaseQueue(path: url.path)
            try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
            try queue.close()
        }
        func expectDamagedRow(_ read: (ReportHistory) throws(HistoryError) -> Void) {
            do {
                try read(try ReportHistory(path: url.path))
                Issue.record("read the edited rows without an error")
            } catch {
                #expect(error.code == .corrupt, "\(error)")
                #expect(error.message.contains("记录与表结构不符"), "\(error)")
                #expect(error.description.contains(" — "), "bilingual: \(error.description)")
            }
        }
        try edit("UPDATE report SET sections = 'not JSON' WHERE id = 2")
        expectDamagedRow { history throws(HistoryError) in _ = try history.currentReports(year: 2021) }
        try edit("""
            PRAGMA writable_schema = ON;
            UPDATE sqlite_master SET sql = replace(sql, 'PRIMARY KEY AUTOINCREMENT', 'PRIMARYxKEYxAUTOINCREMENT')
                WHERE name = 'report';
            PRAGMA writable_schema = OFF;
            """)
        expectDamagedRow { history throws(HistoryError) in _ = try history.reports(year: 2021) }
    }

    @Test func aFileFromANewerSchemaIsRefusedAndTheVersionIsReadable() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("newer.sqlite")
        do {
            let history = try ReportHistory(path: url.path)
            #expect(try history.storedSchemaVersion() == ReportHistory.schemaVersion)
        }
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in try db.execute(sql: "UPDATE meta SET value = '99' WHERE key = 'schemaVersion'") }
        try queue.close()
        expectError(.newerSchema, at: url)
    }

    @Test func aMissingFileIsCreatedUnlessAskedNotTo() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("new.sqlite")
        #expect(throws: HistoryError.self) {
            _ = try ReportHistory(path: url.path, options: ReportHistory.Options(createsFile: false))
        }
        _ = try ReportHistory(path: url.path)
        #expect(FileManager.default.fileExists(atPath: url.path))
        // Reopening an existing history passes every check.
        let again = try ReportHistory(path: url.path, options: ReportHistory.Options(createsFile: false))
        #expect(try again.reports().isEmpty)
    }

    @Test func twoReadersSeeOnlyWholeReportsWhileOneWriterAdds() async throws {
        let (writer, url) = try HistoryTest.history()
        let reports = HistoryTest.city(2021, units: 120).reports
        let cellsPerReport = ReportFormat.y2021.tables.map(\.cells.count).reduce(0, +)
        // Each reader has its own connection pool, as another process would.
        let readers = try (0..<2).map { _ in try ReportHistory(path: url.path) }
        try await withThrowingTaskGroup(of: [Int].self) { group in
            for reader in readers {
                group.addTask {
                    var seen: [Int] = []
                    let queue = try DatabaseQueue(path: url.path, configuration: { var c = Configuration(); c.readonly = true; return c }())
                    while seen.last ?? 0 < reports.count {
                        let count = try reader.reports(year: 2021).count
                        let (reportsNow, cells) = try await queue.read { db in
                            (try Int.fetchOne(db, sql: "SELECT count(*) FROM report") ?? 0,
                             try Int.fetchOne(db, sql: "SELECT count(*) FROM cell") ?? 0)
                        }
                        // A snapshot never holds a report without all its cells.
                        #expect(cells == reportsNow * cellsPerReport)
                        seen.append(count)
                        try await Task.sleep(nanoseconds: 2_000_000)
                    }
                    return seen
                }
            }
            for r in reports {
                try writer.add(report: r, sourceName: r.organization.id, bytes: try HistoryTest.bytes(r))
            }
            for try await seen in group {
                #expect(seen == seen.sorted(), "counts never go back")
                #expect(seen.last == reports.count)
            }
        }
    }
}
