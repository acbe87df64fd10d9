// text-bench: ReportTextReader on the seed and on N generated reports in one process (release mode).
//
//   swift run -c release text-bench            # seed, 1,000 and 10,000 reports
//   swift run -c release text-bench --quick    # seed, 200 and 1,000 reports (bounded; for CI or a quick look)
//
// Prints the time per report for each N, the ratio (t(N)/N) ÷ (t(base)/base) — about 1 when reading is linear —
// and the peak resident memory of each phase, which stays flat because each report is generated, read and dropped.
import BenchSupport
import DisclosureModel
import DisclosureText
import Foundation

/// The seed cut at every figure of its table lines, so a variant is the seed with other numbers, body and year.
struct VariantTemplate {
    var pieces: [String] = []  // text between the figures
    var figures: [Int] = []

    /// The body and year in the title, replaced in each variant.
    static let title = "洛阳市人民政府办公室 2020 年"

    init(_ seed: String) {
        var current = ""
        for (n, line) in seed.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if n > 0 { current += "\n" }
            guard line.contains("\t") else { current += line; continue }
            for (c, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if c > 0 { current += "\t" }
                if let value = Int(cell) {
                    pieces.append(current)
                    figures.append(value)
                    current = ""
                } else {
                    current += cell
                }
            }
        }
        pieces.append(current)
    }

    /// The first piece with the title's body and year replaced (standard-library search; Foundation's
    /// `replacingOccurrences` would dominate the timing on Linux).
    func titled(_ i: Int) -> String {
        guard let range = pieces[0].firstRange(of: Self.title) else { return pieces[0] }
        return pieces[0][..<range.lowerBound] + "第\(i)测试市人民政府办公室 \(2015 + i % 10) 年" + pieces[0][range.upperBound...]
    }

    /// Variant `i`: every figure shifted by a deterministic amount, another body name and year.
    func variant(_ i: Int) -> String {
        var text = ""
        text.reserveCapacity(12_000)
        for (k, figure) in figures.enumerated() {
            text += k == 0 ? titled(i) : pieces[k]
            text += String(figure + (i &* 31 &+ k) % 5)
        }
        text += pieces[figures.count]
        return text
    }
}

let quick = flag("quick")
let sizes = quick ? [200, 1_000] : [1_000, 10_000]
let reader = ReportTextReader()
let seed = EmbeddedSeed.text
print("text-bench: \(seed.utf8.count) bytes per seed report; sizes \(sizes)\(quick ? " (--quick)" : "")")

// Correctness before speed: the seed must read as the tables say.
let check = reader.read(seed).report
guard check.applications[.newReceived, .total] == 178, check.reviews[.cases, .reviewTotal] == 2 else {
    print("text-bench: the seed did not read correctly")
    exit(1)
}

let one = measureBest("read seed ×1 (best of 50)", runs: 50) { _ = reader.read(seed) }
print(String(format: "  per report: %.1f µs", one.seconds * 1e6))

let template = VariantTemplate(seed)
let generate = measureBest("generate 1,000 variants only", runs: 3) {
    for i in 0..<1_000 { _ = template.variant(i).utf8.count }
}
print(String(format: "  generation per report: %.1f µs (included in the timings below)", generate.seconds * 1e3))

var results: [(Int, BenchSupport.Measurement)] = []
for n in sizes {
    let (m, rows) = measure("generate + read \(n) reports") { () -> Int in
        var rows = 0
        for i in 0..<n {
            let result = reader.read(template.variant(i))
            rows += result.rowLines.values.reduce(0) { $0 + $1.count }
            if result.diagnostics.contains(where: { $0.severity == .error }) { rows -= 1_000_000 }
        }
        return rows
    }
    guard rows == n * (8 + 23 + 1) else {
        print("text-bench: expected \(8 + 23 + 1) rows per report, got \(rows) in total")
        exit(1)
    }
    print(String(format: "  per report: %.1f µs", m.seconds / Double(n) * 1e6))
    results.append((n, m))
}
if let (baseN, base) = results.first {
    for (n, m) in results.dropFirst() {
        let ratio = (m.seconds / Double(n)) / (base.seconds / Double(baseN))
        print(String(format: "RATIO per-report time %d vs %d: %.3f  (goal ≈ 1: linear)", n, baseN, ratio))
    }
}
