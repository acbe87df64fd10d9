// workbook-bench — the standard workbooks against direct libxlsxwriter, in one release-mode run.
//
// UNIT WORKBOOK: one unit's annual-report workbook (封面, 表二, 表三, 表四, 校验结果, 图表 with its chart) exported
// through DisclosureWorkbook (layout from the form specs, formats, merges, formulas with cached values, the
// atomic write) against the same cells, merges, formats, widths, heights and chart written by direct C calls.
// The C side gets a plan read back from our own file before timing, so it does no layout work at all: the ratio
// is everything our layers add. Goal: ours / C ≤ 1.2. Each measurement writes `--count` workbooks (a unit's
// workbook is a few milliseconds); best of `--runs`.
//
// Usage: swift run -c release workbook-bench [--quick] [--count N] [--runs N]
import BenchSupport
import CXlsxWriter
import DisclosureModel
import DisclosureSamples
import DisclosureWorkbook
import Foundation
import XLSX

let quick = flag("quick")
let count = argument("count", default: quick ? 20 : 100)
let runs = argument("runs", default: quick ? 5 : 15)
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govdisclosure-workbook-bench")
try? FileManager.default.removeItem(at: folder)
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

// MARK: UNIT WORKBOOK

let city = SampleCity.generate(year: 2020)
guard let report = city.reports.first else {
    print("workbook-bench: the sample city has no reports")
    exit(1)
}
let diagnostics: [Diagnostic] = []  // the same (none) on both sides: validation is validation-bench's business
let exporter = ReportWorkbookExporter()
let ours = folder.appendingPathComponent("ours.xlsx")
try exporter.write(report, diagnostics: diagnostics, to: ours)

/// What the C side writes: per sheet, its cells, merges, widths and heights, as read back from our own file.
struct SheetPlan {
    var name: String
    var cells: [Sheet.Cell]
    var merges: [CellRange]
    var widths: [Double]
    var heights: [Int: Double]
}
let reader = try WorkbookReader(url: ours)
let plans: [SheetPlan] = try reader.sheets.map { info in
    let sheet = try reader.readSheet(info)
    let layout = ReportSheet(rawValue: info.name)?.table.map { TableLayout($0, report.officialFormat ?? .y2019) }
    return SheetPlan(name: info.name, cells: sheet.cells, merges: sheet.metadata.mergedRanges,
                     widths: layout?.columnWidths ?? [24, 46], heights: layout?.rowHeights ?? [:])
}
/// The rows each sheet repeats when printed (`_xlnm.Print_Titles` of our file, e.g. `'表三'!$1:$5`), by sheet index.
let printTitles: [Int: (UInt32, UInt32)] = Dictionary(
    reader.definedNames.compactMap { name -> (Int, (UInt32, UInt32))? in
        guard name.name == "_xlnm.Print_Titles", let index = name.sheetIndex,
              let rows = name.formula.split(separator: "!").last?.split(separator: ":"), rows.count == 2,
              let first = UInt32(rows[0].filter(\.isNumber)), let last = UInt32(rows[1].filter(\.isNumber))
        else { return nil }
        return (index, (first - 1, last - 1))
    }, uniquingKeysWith: { a, _ in a })
let chartRows = plans.first { $0.name == ReportSheet.chart.name }.map { plan in
    plan.cells.filter { $0.reference.column == 1 && $0.formula != nil }.map(\.reference.row)
} ?? []

/// The same workbook through libxlsxwriter's C API.
func writeDirect(_ path: String) {
    guard let book = workbook_new(path) else { return }
    func format(bold: Bool, size: Double, center: Bool, border: Bool, fill: Bool, numberFormat: String?) -> UnsafeMutablePointer<lxw_format>? {
        let f = workbook_add_format(book)
        format_set_font_name(f, "宋体")
        format_set_font_size(f, size)
        if bold { format_set_bold(f) }
        format_set_align(f, UInt8(center ? LXW_ALIGN_CENTER.rawValue : LXW_ALIGN_LEFT.rawValue))
        format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        format_set_text_wrap(f)
        if border { format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue)) }
        if fill { format_set_bg_color(f, 0xD9D9D9) }
        if let numberFormat { format_set_num_format(f, numberFormat) }
        return f
    }
    let label = format(bold: false, size: 11, center: false, border: true, fill: false, numberFormat: nil)
    let header = format(bold: true, size: 11, center: true, border: true, fill: true, numberFormat: nil)
    let number = format(bold: false, size: 11, center: true, border: true, fill: false, numberFormat: "0")
    let total = format(bold: true, size: 11, center: true, border: true, fill: false, numberFormat: "0")
    for (index, plan) in plans.enumerated() {
        guard let ws = workbook_add_worksheet(book, plan.name) else { continue }
        if let (first, last) = printTitles[index] { worksheet_repeat_rows(ws, first, last) }
        for (c, w) in plan.widths.enumerated() { worksheet_set_column(ws, UInt16(c), UInt16(c), w, nil) }
        for (r, h) in plan.heights { worksheet_set_row(ws, UInt32(r), h, nil) }
        writeCellsDirect(ws, merges: plan.merges, cells: plan.cells, header: header, label: label, number: number, total: total)
        worksheet_freeze_panes(ws, 5, 3)
        worksheet_set_paper(ws, 9)
        worksheet_fit_to_pages(ws, 1, 0)
        if plan.name == ReportSheet.chart.name, let first = chartRows.first, let last = chartRows.last,
           let chart = workbook_add_chart(book, UInt8(LXW_CHART_BAR.rawValue)) {
            chart_add_series(chart, "='图表'!$A$\(first + 1):$A$\(last + 1)", "='图表'!$B$\(first + 1):$B$\(last + 1)")
            chart_title_set_name(chart, "政府信息公开申请办理结果")
            worksheet_insert_chart(ws, 1, 3, chart)
        }
    }
    // The document properties ours sets.
    report.standardTitle.withCString { title in
        "GovDisclosure".withCString { author in
            var properties = lxw_doc_properties()
            properties.title = UnsafeMutablePointer(mutating: title)
            properties.author = UnsafeMutablePointer(mutating: author)
            workbook_set_properties(book, &properties)
        }
    }
    workbook_close(book)
}

/// The same, made durable the way `WorkbookWriter` does it: temporary name, fsync, rename over the target.
func writeDirectDurable(_ path: String) {
    let temporary = path + ".tmp"
    writeDirect(temporary)
    let fd = open(temporary, O_RDONLY)
    if fd >= 0 {
        fsync(fd)
        close(fd)
    }
    rename(temporary, path)
}

print("workbook-bench: \(count) workbooks of one unit (\(report.organization.name), \(report.edition)) per measurement, best of \(runs)")
let cPath = folder.appendingPathComponent("direct.xlsx").path
/// Alternates the sides run by run (the machine is shared, its load drifts) and keeps each side's best wall-clock
/// time and, separately, its best CPU time (which leaves out waiting on fsync).
func interleavedBest(_ runs: Int, _ sides: [(String, () throws -> Void)]) throws
    -> (wall: [BenchSupport.Measurement], cpu: [BenchSupport.Measurement])
{
    var best = Array(repeating: Double.infinity, count: sides.count)
    var bestCPU = Array(repeating: Double.infinity, count: sides.count)
    for _ in 0..<max(1, runs) {
        for (i, side) in sides.enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = cpuSeconds()
            try side.1()
            best[i] = min(best[i], Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            bestCPU[i] = min(bestCPU[i], cpuSeconds() - cpuStart)
        }
    }
    let wall = zip(sides, best).map { BenchSupport.Measurement(name: $0.0, seconds: $1, peakBytes: peakMemoryBytes()) }
    let cpu = zip(sides, bestCPU).map { BenchSupport.Measurement(name: "\($0.0) (CPU)", seconds: $1, peakBytes: nil) }
    for m in wall + cpu { print(m.line) }
    return (wall, cpu)
}
// `--profile ours|c`: run one side only, many times, for `perf record` (no ratio printed).
if let i = CommandLine.arguments.firstIndex(of: "--profile"), i + 1 < CommandLine.arguments.count {
    let ours = CommandLine.arguments[i + 1] == "ours"
    for _ in 0..<(count * runs) {
        if ours { try exporter.write(report, diagnostics: diagnostics, to: folder.appendingPathComponent("ours.xlsx")) } else { writeDirectDurable(cPath) }
    }
    exit(0)
}
let measured = try interleavedBest(runs, [
    ("direct libxlsxwriter C calls", { for _ in 0..<count { writeDirect(cPath) } }),
    ("direct C calls + fsync + rename", { for _ in 0..<count { writeDirectDurable(cPath) } }),
    ("ReportWorkbookExporter", { for _ in 0..<count { try exporter.write(report, diagnostics: diagnostics, to: ours) } }),
])
let (direct, durable, swift) = (measured.wall[0], measured.wall[1], measured.wall[2])
printRatio("unit workbook vs the same durable write", swift, durable, goal: "≤ 1.2")
printRatio("unit workbook", swift, direct, goal: "≤ 1.2")
printRatio("unit workbook CPU time vs the same durable write", measured.cpu[2], measured.cpu[1], goal: "≤ 1.2")
let perWorkbook = swift.seconds / Double(count) * 1000
print(String(format: "per workbook: ours %.2f ms, C %.2f ms", perWorkbook, direct.seconds / Double(count) * 1000))

// MARK: ROLL-UP (3,000 units) — a colleague adds the summary-workbook bench here.
try runRollupBench(quick: quick, runs: runs, folder: folder)
