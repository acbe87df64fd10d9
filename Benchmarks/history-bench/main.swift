// history-bench: adding 10 years × 3,000 units (30,000 reports) to one history database, one transaction per report
// (as `disclosure history add` does per file), then one unit's 10-year series, its reports and a whole year read back.
//
//   swift run -c release --scratch-path .build-history history-bench                  # 3,000 units × 10 years
//   swift run -c release --scratch-path .build-history history-bench --units 300 --years 3
//
// Prints reports/s per year and overall, the database size, the series query time, a year read back, the cross-year
// rules of the last year, and the ratio of the time per report over all 30,000 to the time per report of the first
// 3,000 (goal ≈ 1: linear). The goal for the whole import is under a minute. Generating and JSON-encoding the reports (the "files") is done outside the timed adds.
import BenchSupport
import DisclosureHistory
import DisclosureModel
import DisclosureSamples
import Foundation

let units = argument("units", default: 3_000)
let yearCount = argument("years", default: 10)
let firstYear = argument("first-year", default: 2019)
let years = Array(firstYear..<(firstYear + yearCount))

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("history-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let path = folder.appendingPathComponent("history.sqlite").path

print("history-bench: \(units) units × \(years.count) years (\(years.first ?? 0)–\(years.last ?? 0)) = \(units * years.count) reports")
let history = try ReportHistory(path: path)
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]

var perYear: [(year: Int, seconds: Double)] = []
var perYearCPU: [Double] = []
var totalSeconds = 0.0
var totalCPU = 0.0
for year in years {
    // The year's files, made before the clock starts.
    let reports = Array(SampleCity.reports(count: units, year: year, seed: 1))
    let files = try reports.map { try ReportJSON.encode($0) }
    try history.setOrganizations(reports.map(\.organization), year: year)
    let cpu0 = cpuSeconds()
    let (m, _) = try measure("add \(units) reports of \(year)") {
        for (i, r) in reports.enumerated() {
            try history.add(report: r, sourceName: String(format: "%05d.json", i), bytes: files[i])
        }
    }
    let cpu = cpuSeconds() - cpu0
    totalCPU += cpu
    perYear.append((year, m.seconds))
    perYearCPU.append(cpu)
    totalSeconds += m.seconds
    print(String(format: "  %d: %8.0f reports/s wall, %6.0f µs CPU per report", year, Double(units) / m.seconds, cpu / Double(units) * 1e6))
}

let total = units * years.count
let first = perYear[0].seconds / Double(units)
let overall = totalSeconds / Double(total)
print(String(format: "TOTAL add %d reports: %.2f s wall, %.2f s CPU, %.0f reports/s (goal: whole import < 60 s)",
             total, totalSeconds, totalCPU, Double(total) / totalSeconds))
print(String(format: "RATIO per-report time, all %d / first %d: %.3f  (%.1f µs / %.1f µs; goal ≈ 1, linear)",
             total, units, overall / first, overall * 1e6, first * 1e6))
let last = perYear[perYear.count - 1].seconds / Double(units)
print(String(format: "RATIO per-report time, last year / first year: %.3f", last / first))
// CPU time does not count waiting for the other processes of a shared machine: the steadier measure of linearity.
print(String(format: "RATIO per-report CPU time, all %d / first %d: %.3f  (%.1f µs / %.1f µs)",
             total, units, (totalCPU / Double(total)) / (perYearCPU[0] / Double(units)), totalCPU / Double(total) * 1e6,
             perYearCPU[0] / Double(units) * 1e6))

func size(_ p: String) -> Int { ((try? FileManager.default.attributesOfItem(atPath: p))?[.size] as? Int) ?? 0 }
let bytes = size(path) + size(path + "-wal")
print(String(format: "DB size: %.1f MiB (%.0f bytes per report)", Double(bytes) / 1_048_576, Double(bytes) / Double(total)))

// One unit's series over every year: first call, then the best of many.
let unit = SampleCity.report(at: units / 2, units: units, year: firstYear).organization.id
let (firstQuery, series) = try measure("series, first query (\(years.count) years)") {
    try history.series(unit: unit, table: .applications, row: .newReceived, column: .total)
}
precondition(series.count == years.count, "series has \(series.count) points")
let repeats = 200
let best = try measureBest("series, best of \(repeats)", runs: repeats) {
    _ = try history.series(unit: unit, table: .applications, row: .newReceived, column: .total)
}
print(String(format: "SERIES one unit × %d years: first %.2f ms, best %.3f ms", years.count, firstQuery.seconds * 1e3, best.seconds * 1e3))
let (rebuild, _) = try measure("rebuild one unit's \(years.count) reports") {
    try years.compactMap { try history.report(unit: unit, year: $0) }
}
print(String(format: "REPORTS one unit × %d years rebuilt: %.2f ms", years.count, rebuild.seconds * 1e3))

// A whole year read back (what `disclosure history check` and the comparison workbook start from), then the
// cross-year rules of the last year against the year before.
let lastYear = years[years.count - 1]
let (readYear, held) = try measure("current reports of \(lastYear)") { try history.currentReports(year: lastYear) }
precondition(held.count == units, "read back \(held.count) reports")
print(String(format: "READ %d current reports of %d: %.2f s, %.0f µs a report", units, lastYear, readYear.seconds,
             readYear.seconds / Double(units) * 1e6))
if years.count > 1 {
    let (checked, found) = try measure("cross-year rules \(lastYear - 1)→\(lastYear)") { try history.check(year: lastYear) }
    print(String(format: "CHECK %d→%d, %d units: %.2f s, %.0f µs a unit (%d findings)", lastYear - 1, lastYear, units,
                 checked.seconds, checked.seconds / Double(units) * 1e6, found.count))
}

// Opening the full file again runs every check, PRAGMA integrity_check included.
let (reopen, _) = try measure("open with integrity_check") { try ReportHistory(path: path) }
print(String(format: "OPEN %.1f MiB with integrity_check: %.2f s", Double(bytes) / 1_048_576, reopen.seconds))
