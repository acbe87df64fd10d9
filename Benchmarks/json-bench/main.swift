// json-bench — reading the JSON model: ReportJSON.decode (the package's own parser and decoder for AnnualReport)
// against Foundation's JSONDecoder with the synthesised Codable conformances (release mode).
//
//   swift run -c release json-bench            # 3,000 generated reports, best of 5
//   swift run -c release json-bench --quick    # 300 reports, best of 3
//   swift run -c release json-bench --rounds 3 # each side measured in 3 processes, alternately (default 2)
//
// Each side runs in processes of its own (this executable again, `--child SIDE COUNT RUNS`), alternately, the same
// documents generated in each: a side measured after the other in one process inherited its heap (3,000 decoded
// reports still alive and malloc's free lists), which cost the second side up to a third of its time. Each child
// checks that its decoded reports equal the generated ones, and fails otherwise.
//
// Prints the time per report each way and the ratio Foundation / ours (goal ≥ 10, ours ≤ 0.12 ms per report), for
// wall-clock time and for CPU time (the least of each side's runs).
import BenchSupport
import DisclosureModel
import DisclosureSamples
import Foundation

let quick = flag("quick")
let count = argument("reports", default: quick ? 300 : 3_000)
let runs = argument("runs", default: quick ? 3 : 5)
let rounds = argument("rounds", default: 2)

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

/// One side in this process: generate, encode, decode `runs` times, check, report to the parent.
func measureSide(_ side: String, count: Int, runs: Int) throws {
    let reports = SampleCity.generate(year: 2021, units: count, seed: 1).reports
    let documents = try reports.map { try ReportJSON.encode($0) }
    var decoded: [AnnualReport] = []
    let m: BenchSupport.Measurement
    switch side {
    case "foundation":
        m = try measureBest("decode JSONDecoder + Codable", runs: runs) {
            let decoder = JSONDecoder()
            decoded = try documents.map { data in
                _ = try decoder.decode(Header.self, from: data)
                return try decoder.decode(Envelope.self, from: data).content
            }
        }
    case "ours":
        m = try measureBest("decode ReportJSON.decode", runs: runs) {
            decoded = try documents.map { try ReportJSON.decode(AnnualReport.self, from: $0) }
        }
    default:
        throw ChildProcessError(arguments: [side], status: 2)
    }
    guard decoded == reports else {
        print("MISMATCH: \(side) decoded reports that differ from the generated ones")
        exit(1)
    }
    print("\(side): \(decoded.count) reports equal to the generated ones")
    reportToParent(m)
}

if isChildProcess {
    let a = childArguments
    guard a.count == 3, let n = Int(a[1]), let r = Int(a[2]) else { exit(2) }
    try measureSide(a[0], count: n, runs: r)
    exit(0)
}

let sample = try SampleCity.generate(year: 2021, units: min(count, 100), seed: 1).reports.map { try ReportJSON.encode($0) }
print("json-bench: \(count) reports, about \(sample.reduce(0) { $0 + $1.count } / sample.count) bytes each, best of \(runs) runs in each of \(rounds) processes per side")

/// The best measurement of one side over its processes (least wall-clock time; least CPU time, separately).
func best(_ a: BenchSupport.Measurement?, _ b: BenchSupport.Measurement) -> BenchSupport.Measurement {
    guard var a else { return b }
    if b.seconds < a.seconds { a.seconds = b.seconds; a.peakBytes = b.peakBytes }
    a.cpuSeconds = min(a.cpuSeconds ?? .infinity, b.cpuSeconds ?? .infinity)
    return a
}
var foundationBest: BenchSupport.Measurement?, oursBest: BenchSupport.Measurement?
for _ in 0..<max(1, rounds) {
    foundationBest = best(foundationBest, try measureInChildProcess(["foundation", String(count), String(runs)]))
    oursBest = best(oursBest, try measureInChildProcess(["ours", String(count), String(runs)]))
}
let foundation = foundationBest!, fast = oursBest!
print(foundation.line)
print(fast.line)
print(String(format: "PER REPORT Foundation %.1f µs, ours %.1f µs (goal ≤ 120 µs)",
             foundation.seconds / Double(count) * 1e6, fast.seconds / Double(count) * 1e6))
printRatio("JSON decode Foundation/ours", foundation, fast, goal: "≥ 10")
let cpuFoundation = foundation.cpuSeconds ?? 0, cpuOurs = fast.cpuSeconds ?? 0
print(String(format: "CPU per report Foundation %.1f µs, ours %.1f µs: ratio %.2f (least CPU time of a run each side; load %@)",
             cpuFoundation / Double(count) * 1e6, cpuOurs / Double(count) * 1e6, cpuFoundation / cpuOurs,
             (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "n/a"))
