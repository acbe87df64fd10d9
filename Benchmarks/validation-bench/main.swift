// validation-bench: what validating a report costs, per report, as the number of reports grows.
//
// Reports come from DisclosureSamples' streamed sample city (one report alive at a time); every tenth has one cell
// bumped so the failure paths (diagnostic text, notes) are part of the cost. Diagnostics are counted, not kept, so
// memory must stay flat. Phases:
//   generate N          — producing the reports alone (subtracted from the next phase)
//   generate+validate N — producing and validating them
//   validate fixed ×N   — one fixed report validated N times (no generation at all)
//   inventory K         — the inventory rules over K accounts
// Usage: validation-bench [--quick] [--max N] [--runs R] [--per-rule]  (--per-rule: each report rule alone ×10,000)
import BenchSupport
import DisclosureModel
import DisclosureSamples
import DisclosureValidation
import Foundation

let quick = flag("quick")
let maxN = argument("max", default: quick ? 10_000 : 100_000)
let runs = argument("runs", default: quick ? 1 : 3)
let sizes = [1_000, 10_000, 100_000].filter { $0 <= maxN }
let validator = Validator()
let context = ValidationContext()

/// Validates `count` streamed reports; returns the number of diagnostics seen.
func validateStream(_ count: Int, year: Int, validate: Bool) -> Int {
    var seen = 0
    var index = 0
    for var report in SampleCity.reports(count: count, year: year) {
        if index % 10 == 0 {
            report.applications[.newReceived, .naturalPerson] =
                .number((report.applications[.newReceived, .naturalPerson].decimal ?? 0) + 1)
        }
        index += 1
        if validate {
            seen += validator.validate(report, in: context).count
        } else {
            seen += report.applications.cells.count
        }
    }
    return seen
}

print("validation-bench: \(sizes.map(String.init).joined(separator: ", ")) reports, best of \(runs)")
for year in [2020, 2022] {
    var perReport: [Int: Double] = [:]
    var diagnosticsSeen: [Int: Int] = [:]
    for n in sizes {
        let generate = measureBest("generate \(year) N=\(n)", runs: runs) { _ = validateStream(n, year: year, validate: false) }
        let both = measureBest("generate+validate \(year) N=\(n)", runs: runs) {
            diagnosticsSeen[n] = validateStream(n, year: year, validate: true)
        }
        perReport[n] = max(0, both.seconds - generate.seconds) / Double(n)
        print(
            String(
                format: "  validation per report (N=%d, %@ edition): %.2f µs; %d diagnostics",
                n, year <= 2020 ? "2019" : "2021", perReport[n, default: 0] * 1e6, diagnosticsSeen[n] ?? 0))
    }
    if let base = perReport[1_000] {
        for n in sizes where n != 1_000 {
            print(String(format: "RATIO per-report t(%d)/t(1000), %d: %.3f  (goal ≈ 1, linear)", n, year, perReport[n, default: 0] / base))
        }
    }
}

// Pure validation: one fixed report (the seed-like first sample report with a broken cell), validated N times.
var fixed = SampleCity.report(at: 0, units: 100, year: 2020)
fixed.applications[.newReceived, .naturalPerson] = .number((fixed.applications[.newReceived, .naturalPerson].decimal ?? 0) + 1)
let clean = SampleCity.report(at: 0, units: 100, year: 2022)
var fixedBase: BenchSupport.Measurement?
var fixedDiagnostics = 0  // consumed below so the work cannot be optimised away
for n in sizes {
    for (name, report) in [("clean", clean), ("broken", fixed)] {
        let m = measureBest("validate fixed \(name) ×\(n)", runs: runs) {
            for _ in 0..<n { fixedDiagnostics += validator.validate(report, in: context).count }
        }
        print(String(format: "  per report: %.2f µs", m.seconds / Double(n) * 1e6))
        if name == "clean", n == 1_000 { fixedBase = m }
        if name == "clean", n != 1_000, let base = fixedBase {
            print(String(format: "RATIO fixed clean t(%d)/N ÷ t(1000)/1000: %.3f  (goal ≈ 1)", n, m.seconds / Double(n) / (base.seconds / 1_000)))
        }
    }
}

print("  (fixed-report diagnostics seen: \(fixedDiagnostics))")

// Inventory rules over K accounts (the records must be held: duplicates are found across all of them).
let accountSizes = quick ? [20_000] : [20_000, 140_000]
var inventoryBase: (Int, BenchSupport.Measurement)?
for k in accountSizes {
    let records = InventoryRecords(accounts: Array(SampleCity.accounts(count: k)))
    let inventoryContext = ValidationContext(checkDate: CalendarDate(year: 2020, month: 12, day: 31))
    var found = 0
    let m = measureBest("inventory rules, \(k) accounts", runs: runs) {
        found = validator.validate(records, in: inventoryContext).count
    }
    print(String(format: "  per account: %.2f µs; %d diagnostics", m.seconds / Double(k) * 1e6, found))
    if let (k0, base) = inventoryBase {
        print(String(format: "RATIO inventory per account t(%d)/t(%d): %.3f  (goal ≈ 1)", k, k0, (m.seconds / Double(k)) / (base.seconds / Double(k0))))
    } else {
        inventoryBase = (k, m)
    }
}

if flag("per-rule") {
    for rule in ReportRules.all {
        let m = measureBest("rule \(rule.id) ×10000", runs: 1) {
            for _ in 0..<10_000 { fixedDiagnostics += rule.check(fixed, in: context).count }
        }
        print(String(format: "  per report: %.2f µs", m.seconds / 10_000 * 1e6))
    }
}
