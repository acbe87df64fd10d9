// libFuzzer entry for the history's SQLite file (DisclosureHistory): the bytes are a history database someone kept,
// copied or damaged. Opening it through `ReportHistory(path:options:)` and reading everything back (years, reports,
// the reporting trees, the rebuilt reports, their diagnostics, a series and the cross-year rules) must end in values
// or a `HistoryError` with a message — never a crash, a hang or a leak. SQLite is the system's libsqlite3 (not
// instrumented, so coverage comes from GRDB and our code); GRDB is built as a module of its own (see `modules`).
// `options` turns off libFuzzer's leak check after each run (-detect_leaks=0): GRDB's connection pool keeps a few
// allocations across runs (reachable), so the check ran LeakSanitizer's full scan every run — 29 exec/s instead of
// ~450. LeakSanitizer still checks the whole run at exit (scripts/fuzz's ASAN_OPTIONS), so a leak still fails.
//
// The seeds are small histories (512-byte pages, rollback journal) that this binary writes itself:
// `FUZZ_HISTORY_SEEDS=DIR REPORT_JSON=FILE .build-fuzz/history-db/fuzz-history-db` writes them into DIR and exits;
// and damaged-schema-null-id.sqlite, the input that stopped the process (a report schema whose `PRIMARY KEY
// AUTOINCREMENT` is damaged, so every id reads NULL: GRDB's row subscripts trapped on it).
import DisclosureHistory
import DisclosureModel
import Foundation
import GRDB

/// This process's history file (Fuzz/Shared/ScratchFile.swift): each run writes its input there.
let file = scratchFile(named: "history.sqlite", in: "history-fuzz")
/// Never create a file: an empty input is refused as missing rather than turned into a new history.
let options = ReportHistory.Options(createsFile: false, busyTimeout: 0)

func removeFiles() {
    for suffix in ["", "-wal", "-shm", "-journal"] { unlink(file + suffix) }
}

@_cdecl("LLVMFuzzerInitialize")
public func historyFuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>) -> CInt {
    if let seeds = ProcessInfo.processInfo.environment["FUZZ_HISTORY_SEEDS"] { writeSeeds(into: seeds); exit(0) }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func historyFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    removeFiles()
    defer { removeFiles() }
    guard size > 0, writeScratch(data, size, to: file) else { return 0 }
    do throws(HistoryError) {
        let history = try ReportHistory(path: file, options: options)
        _ = try history.storedSchemaVersion()
        let years = try history.years()
        var read: [Int: (reports: [AnnualReport], tree: [Organization])] = [:]
        var seriesRead: Set<String> = []
        for year in years.prefix(3) {
            let stored = try history.reports(year: year, includingSuperseded: true)
            let tree = try history.organizations(year: year)
            let reports = try history.currentReports(year: year)
            for entry in stored.prefix(3) {
                _ = try history.report(unit: entry.unitID, year: year, version: entry.version)
                _ = try history.diagnostics(unit: entry.unitID, year: year)
                // A unit's series spans every year: read once per unit.
                if seriesRead.insert(entry.unitID).inserted {
                    _ = try history.series(unit: entry.unitID, table: .applications, row: .newReceived, column: .total)
                }
            }
            if reports.count > stored.count { abort() }  // current versions are a subset of all versions
            read[year] = (reports, tree)
        }
        // The cross-year rules over the reports just read, as `ReportHistory.check()` runs them (it reads every
        // year's current reports again: a fifth of a run over an intact two-year history, for no new code).
        for year in years.prefix(3) {
            guard let previous = read[year - 1], let current = read[year] else { continue }
            _ = CrossYearRules.check(
                previous: previous.reports, current: current.reports,
                previousUnits: previous.tree.isEmpty ? nil : previous.tree, formats: history.formats)
        }
    } catch {
        if error.message.isEmpty || error.english.isEmpty || error.path != file { abort() }
    }
    return 0
}

/// Writes the seed histories: an empty one (schema only) and one holding a unit's reports of two years, with a tree
/// and diagnostics, each vacuumed to 512-byte pages in rollback-journal mode so that the files stay small.
func writeSeeds(into seeds: String) {
    guard let json = ProcessInfo.processInfo.environment["REPORT_JSON"], let data = FileManager.default.contents(atPath: json),
        let report = try? ReportJSON.decode(AnnualReport.self, from: data)
    else { print("REPORT_JSON must name a report JSON file"); exit(1) }
    func make(_ name: String, _ fill: (ReportHistory) throws -> Void) {
        let path = (seeds as NSString).appendingPathComponent(name)
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        do {
            let history = try ReportHistory(path: path)
            try fill(history)
        } catch {
            print("seed \(name): \(error)"); exit(1)
        }
        // Shrink with the sqlite3 shell's SQL through GRDB: out of WAL, small pages, vacuumed.
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
                try db.execute(sql: "PRAGMA page_size = 512")
                try db.execute(sql: "VACUUM")
            }
            try queue.close()
        } catch {
            print("seed \(name): \(error)"); exit(1)
        }
        for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
    }
    make("empty.sqlite") { _ in }
    make("two-years.sqlite") { history in
        var earlier = report
        earlier.year = report.year - 1
        try history.setOrganizations([report.organization], year: earlier.year)
        try history.add(report: earlier, sourceName: "a.json", bytes: Data("a".utf8),
                        diagnostics: [Diagnostic(id: "HIST.sameFile", severity: .note, message: "种子", english: "seed",
                                                location: .init(file: "a.json"))])
        try history.add(report: report, sourceName: "b.json", bytes: Data("b".utf8))
    }
}
