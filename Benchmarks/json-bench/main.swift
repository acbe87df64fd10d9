// json-bench — reading the JSON model: ReportJSON.decode (the package's own parser and decoder for AnnualReport)
// against Foundation's JSONDecoder with the synthesised Codable conformances, in the same run (release mode).
//
//   swift run -c release json-bench            # 3,000 generated reports, best of 5
//   swift run -c release json-bench --quick    # 300 reports, best of 3
//
// Prints the time per report each way and the ratio Foundation / ours (goal ≥ 10, ours ≤ 0.12 ms per report), and
// checks that both give the same reports.
import BenchSupport
import DisclosureModel
import DisclosureSamples
import Foundation

let quick = flag("quick")
let count = argument("reports", default: quick ? 300 : 3_000)
let runs = argument("runs", default: quick ? 3 : 5)

let reports = SampleCity.generate(year: 2021, units: count, seed: 1).reports
let documents = try reports.map { try ReportJSON.encode($0) }
let bytes = documents.reduce(0) { $0 + $1.count }
print("json-bench: \(documents.count) reports, \(bytes / documents.count) bytes each on average, best of \(runs)")

/// Foundation's path, as `ReportJSON.decode` did before: the header, then the envelope with the report.
struct Envelope: Decodable {
    var schemaVersion: Int
    var kind: String
    var content: AnnualReport
}
struct Header: Decodable {
    var schemaVersion: Int?
    var kind: String?
}

/// The least CPU time (user + system) of one run of `body` so far, per side: steadier than wall-clock time on a
/// shared machine.
var leastCPU: [String: Double] = [:]
@MainActor func timingCPU(_ side: String, _ body: () throws -> Void) rethrows {
    let start = cpuSeconds()
    try body()
    leastCPU[side] = min(leastCPU[side] ?? .infinity, cpuSeconds() - start)
}

var fromFoundation: [AnnualReport] = []
let foundation = try measureBest("decode JSONDecoder + Codable", runs: runs) {
    try timingCPU("foundation") {
        let decoder = JSONDecoder()
        fromFoundation = try documents.map { data in
            _ = try decoder.decode(Header.self, from: data)
            return try decoder.decode(Envelope.self, from: data).content
        }
    }
}
var ours: [AnnualReport] = []
let fast = try measureBest("decode ReportJSON.decode", runs: runs) {
    try timingCPU("ours") { ours = try documents.map { try ReportJSON.decode(AnnualReport.self, from: $0) } }
}
print(String(format: "PER REPORT Foundation %.1f µs, ours %.1f µs (goal ≤ 120 µs)",
             foundation.seconds / Double(count) * 1e6, fast.seconds / Double(count) * 1e6))
printRatio("JSON decode Foundation/ours", foundation, fast, goal: "≥ 10")
let cpuFoundation = leastCPU["foundation"] ?? 0, cpuOurs = leastCPU["ours"] ?? 0
print(String(format: "CPU per report Foundation %.1f µs, ours %.1f µs: ratio %.2f (least CPU time of a run each side; load %@)",
             cpuFoundation / Double(count) * 1e6, cpuOurs / Double(count) * 1e6, cpuFoundation / cpuOurs,
             (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "n/a"))
print(ours == fromFoundation && ours == reports ? "same reports both ways" : "MISMATCH between the two decoders")
