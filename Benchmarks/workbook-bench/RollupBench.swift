// ROLL-UP — the city (province) roll-up workbook of `--units` units (default 3,000; 300 with --quick): 表二/表三/表四
// totals, 分级小计, 分单位明细 (one row per unit, SUMIF totals), 空白统计, 校验结果, exported through
// RollupWorkbookExporter against the same cells, merges, widths and formulas written by direct libxlsxwriter C calls.
// As for the unit workbook, the C side gets a plan read back from our own file before timing, so the ratio is what
// our layers add (layout, formats, checks, cached values, sheet names, the atomic write). The roll-up itself
// (ReportRollup) is computed once, outside the timing: that is aggregation-bench's business. Goal: ours / C ≤ 1.2.
import BenchSupport
import CXlsxWriter
import DisclosureAggregation
import DisclosureSamples
import DisclosureWorkbook
import Foundation
import XLSX

/// Runs the roll-up bench and prints its lines.
func runRollupBench(quick: Bool, runs: Int, folder: URL) throws {
    let units = argument("units", default: quick ? 300 : 3_000)
    let reports = SampleCity.reports(count: units, year: 2020)
    let tree = OrganizationTree(reports.tree.organizations)
    let (_, result) = measure("ReportRollup of \(units) units (setup)") { ReportRollup.rollUp(reports, tree: tree) }
    let exporter = RollupWorkbookExporter()
    let ours = folder.appendingPathComponent("rollup-ours.xlsx")
    try exporter.write(result, to: ours)

    let reader = try WorkbookReader(url: ours)
    let plans: [RollupSheetPlan] = try reader.sheets.map { info in
        let sheet = try reader.readSheet(info)
        return RollupSheetPlan(name: info.name, cells: sheet.cells, merges: sheet.metadata.mergedRanges)
    }
    let cellCount = plans.reduce(0) { $0 + $1.cells.count }
    print("workbook-bench: roll-up of \(units) units, \(plans.count) sheets, \(cellCount) cells, best of \(runs)")
    let cPath = folder.appendingPathComponent("rollup-direct.xlsx").path
    let direct = measureBest("roll-up: direct libxlsxwriter C calls", runs: runs) { writeRollupDirect(plans, to: cPath) }
    let swift = try measureBest("roll-up: RollupWorkbookExporter", runs: runs) { try exporter.write(result, to: ours) }
    printRatio("roll-up workbook (\(units) units)", swift, direct, goal: "≤ 1.2")
}

/// What the C side writes for one sheet: its cells and merges, as read back from our own file.
struct RollupSheetPlan {
    var name: String
    var cells: [Sheet.Cell]
    var merges: [CellRange]
}

/// The same workbook through libxlsxwriter's C API: formats 宋体 with borders, merges, text, numbers and formulas
/// with their cached values, column widths, frozen header, A4 fit to width.
func writeRollupDirect(_ plans: [RollupSheetPlan], to path: String) {
    guard let book = workbook_new(path) else { return }
    func format(bold: Bool, center: Bool, fill: Bool, numberFormat: String?) -> UnsafeMutablePointer<lxw_format>? {
        let f = workbook_add_format(book)
        format_set_font_name(f, "宋体")
        format_set_font_size(f, 11)
        if bold { format_set_bold(f) }
        format_set_align(f, UInt8(center ? LXW_ALIGN_CENTER.rawValue : LXW_ALIGN_LEFT.rawValue))
        format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        format_set_text_wrap(f)
        format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue))
        if fill { format_set_bg_color(f, 0xD9D9D9) }
        if let numberFormat { format_set_num_format(f, numberFormat) }
        return f
    }
    let label = format(bold: false, center: false, fill: false, numberFormat: nil)
    let header = format(bold: true, center: true, fill: true, numberFormat: nil)
    let number = format(bold: false, center: true, fill: false, numberFormat: "0")
    let total = format(bold: true, center: true, fill: false, numberFormat: "0")
    for plan in plans {
        guard let ws = workbook_add_worksheet(book, plan.name) else { continue }
        worksheet_set_column(ws, 0, 0, 6, nil)
        worksheet_set_column(ws, 1, 1, 30, nil)
        worksheet_set_column(ws, 2, 20, 12, nil)
        writeCellsDirect(ws, merges: plan.merges, cells: plan.cells, header: header, label: label, number: number, total: total)
        worksheet_freeze_panes(ws, 5, 2)
        worksheet_set_paper(ws, 9)
        worksheet_set_landscape(ws)
        worksheet_fit_to_pages(ws, 1, 0)
    }
    workbook_close(book)
}
