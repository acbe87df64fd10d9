// aggregation-bench: the roll-up and the inventory statistics at province and country scale, streamed.
//
//   swift run -c release --scratch-path .build-agg aggregation-bench            # 3,000 and 100,000 reports; 140,000 accounts
//   swift run -c release --scratch-path .build-agg aggregation-bench --quick    # 300 and 3,000 reports; 14,000 accounts
//
// For each N it prints t(N)/N and its ratio to the smallest N (goal ≈ 1: time per unit flat as N grows), and the peak
// resident memory of each phase. Report generation is measured alone too, so the roll-up's own cost can be read off.
import BenchSupport
import DisclosureAggregation
import DisclosureModel
import DisclosureSamples
import Foundation

let quick = flag("quick")
let reportSizes = quick ? [300, 3_000] : [3_000, 100_000]
let accountSizes = quick ? [1_400, 14_000] : [14_000, 140_000]
let year = argument("year", default: 2021)

func perUnit(_ m: BenchSupport.Measurement, _ n: Int) -> Double { m.seconds / Double(n) }

func report(_ label: String, _ measurements: [(Int, BenchSupport.Measurement)]) {
    guard let (n0, base) = measurements.first else { return }
    for (n, m) in measurements {
        let ratio = perUnit(m, n) / perUnit(base, n0)
        print(String(format: "PER-UNIT %@ N=%7d: t/N = %8.2f µs   ratio vs N=%d: %.3f (goal ≈ 1)", label, n, perUnit(m, n) * 1e6, n0, ratio))
    }
}

print("aggregation-bench (\(quick ? "quick" : "full"); year \(year), edition \(Edition.forReportYear(year)))")

// Warm-up: first use of the form catalog and the allocator, outside any measurement.
_ = ReportRollup.rollUp(SampleCity.reports(count: 200, year: year, seed: 2))

// Generation alone, to separate its cost from the roll-up's.
var generation: [(Int, BenchSupport.Measurement)] = []
for n in reportSizes {
    let (m, cells) = measure("generate \(n) reports (streamed)") {
        var cells = 0
        for r in SampleCity.reports(count: n, year: year, seed: 1) { cells += r.applications.cells.count }
        return cells
    }
    if cells == 0 { print("warning: no cells generated") }
    generation.append((n, m))
}
report("generate", generation)

// Totals only (no breakdown, no subtotals): the flat-memory path — measured first, before anything else grows the heap.
var lean: [(Int, BenchSupport.Measurement)] = []
for n in reportSizes {
    let options = ReportRollup.Options(keepsBreakdown: false, keepsLevelSubtotals: false, keepsBranchSubtotals: false)
    let (m, _) = measure("roll up \(n) reports (totals only)") {
        var rollup = ReportRollup(options: options)
        for r in SampleCity.reports(count: n, year: year, seed: 1) { rollup.add(r) }
        return rollup.finish().unitCount
    }
    lean.append((n, m))
}
report("totals-only", lean)

// Streamed roll-up along the tree: generate + add, one report alive at a time.
var rollups: [(Int, BenchSupport.Measurement)] = []
for n in reportSizes {
    let reports = SampleCity.reports(count: n, year: year, seed: 1)
    let tree = OrganizationTree(reports.tree.organizations)
    let (m, result) = measure("roll up \(n) reports (streamed, tree)") {
        var rollup = ReportRollup(tree: tree)
        for r in reports { rollup.add(r) }
        return rollup.finish()
    }
    print("  units \(result.unitCount), branches \(result.branchSubtotals.count), breakdown \(result.breakdown.count), diagnostics \(result.diagnostics.count), 一 总计 = \(result.total.applications[.newReceived, .total])")
    rollups.append((n, m))
}
report("roll-up", rollups)
for ((n, g), (_, r)) in zip(generation, rollups) {
    print(String(format: "ROLL-UP ONLY N=%7d: (t_rollup − t_generate)/N = %8.2f µs", n, (r.seconds - g.seconds) / Double(n) * 1e6))
}

// Inventory statistics over streamed accounts, resolved through the hosts' tree.
var statistics: [(Int, BenchSupport.Measurement)] = []
for n in accountSizes {
    let accounts = SampleCity.accounts(count: n, seed: 1)
    let tree = OrganizationTree(accounts.tree.organizations)
    let (m, stats) = measure("statistics over \(n) accounts (streamed)") {
        var stats = InventoryStatistics()
        for a in accounts { stats.add(a, tree: tree) }
        return stats
    }
    print("  微信 \(stats.byCategory[.weChat] ?? 0), 微博 \(stats.byCategory[.weibo] ?? 0), 移动客户端 \(stats.byCategory[.mobileApp] ?? 0), 其他 \(stats.byCategory[.other] ?? 0); unresolved \(stats.unresolvedUnits.count)")
    statistics.append((n, m))
}
report("statistics", statistics)
