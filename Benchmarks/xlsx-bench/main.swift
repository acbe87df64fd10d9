// xlsx-bench — the XLSX layer against its baselines, in one release-mode run.
//
// WRITE: the same sheet of account rows (11 columns: text, whole numbers, money as Decimal) written through our
// Swift layer (WorksheetWriter) and through direct libxlsxwriter C calls, in constant-memory mode and in normal
// mode. Goal: Swift / C ≤ 1.10. Both sides get the same input and convert Decimal with the same exact function,
// so the ratio is the layer's own cost (checks, format lookup, width measuring, error plumbing).
//
// READ: see the `// READ BENCH` section at the bottom; it reads back the file the write bench leaves at
// `benchFilePath` (printed).
//
// Every phase runs in its own process (the bench re-executes itself with `--child MODE …`), so each reported peak
// is that phase's own, not what an earlier phase left in this process's heap.
//
// Usage: swift run -c release xlsx-bench [--rows N] [--quick] [--runs N]
import BenchSupport
import CXlsxWriter
import Foundation
import XLSX

let quick = flag("quick")
let rows = argument("rows", default: quick ? 20_000 : 200_000)
let runs = argument("runs", default: quick ? 3 : 2)
let benchFolder = FileManager.default.temporaryDirectory.appendingPathComponent("govdisclosure-xlsx-bench")
/// The workbook the write bench leaves behind for the read bench (written through the Swift layer, normal mode).
let benchFilePath = benchFolder.appendingPathComponent("accounts-\(rows).xlsx")

/// One row of a new-media account inventory, as the domain would hand it to a workbook.
struct AccountRow {
    var name: String
    var platform: String
    var unit: String
    var region: String
    var accountID: String
    var openedYear: Int
    var followers: Int
    var posts: Int
    var budget: Decimal
    var score: Decimal
    var status: String
}

func makeRows(_ count: Int) -> [AccountRow] {
    let platforms = ["微信公众号", "新浪微博", "抖音", "今日头条", "快手", "哔哩哔哩"]
    let units = ["洛阳市人民政府办公室", "洛阳市教育局", "洛阳市公安局", "新安县人民政府", "栾川县卫生健康委员会", "偃师区融媒体中心"]
    let regions = ["洛阳市", "新安县", "栾川县", "嵩县", "汝阳县", "宜阳县", "洛宁县", "伊川县", "偃师区", "孟津区"]
    let statuses = ["正常运营", "已关停", "整改中"]
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { i in
        AccountRow(
            name: "\(regions[i % regions.count])\(platforms[i % platforms.count])账号\(i)",
            platform: platforms[i % platforms.count],
            unit: units[i % units.count],
            region: regions[i % regions.count],
            accountID: "gh_\(String(UInt32.random(in: 0...UInt32.max, using: &generator), radix: 16))",
            openedYear: 2010 + i % 14,
            followers: Int.random(in: 0...5_000_000, using: &generator),
            posts: Int.random(in: 0...20_000, using: &generator),
            budget: Decimal(Int.random(in: 0...9_999_999, using: &generator)) / 100,
            score: Decimal(Int.random(in: 0...1000, using: &generator)) / 10,
            status: statuses[i % statuses.count])
    }
}

let headers = ["账号名称", "平台", "主办单位", "地区", "账号ID", "开设年份", "粉丝数", "发文数", "经费（元）", "评分", "状态"]

/// Through our Swift layer: typed writes, formats resolved once.
func writeSwift(_ data: [AccountRow], to url: URL, constantMemory: Bool) throws {
    let book = try WorkbookWriter(url: url, options: WorkbookOptions(constantMemory: constantMemory))
    let sheet = try book.addWorksheet(named: "新媒体账号")
    let header = try book.addFormat(CellFormat(fontName: "宋体", isBold: true, horizontalAlignment: .center))
    let money = try book.addFormat(CellFormat(numberFormat: "#,##0.00"))
    for (c, title) in headers.enumerated() { try sheet.write(title, row: 0, column: c, format: header) }
    for (i, r) in data.enumerated() {
        let row = i + 1
        try sheet.write(r.name, row: row, column: 0)
        try sheet.write(r.platform, row: row, column: 1)
        try sheet.write(r.unit, row: row, column: 2)
        try sheet.write(r.region, row: row, column: 3)
        try sheet.write(r.accountID, row: row, column: 4)
        try sheet.write(r.openedYear, row: row, column: 5)
        try sheet.write(r.followers, row: row, column: 6)
        try sheet.write(r.posts, row: row, column: 7)
        try sheet.write(r.budget, row: row, column: 8, format: money)
        try sheet.write(r.score, row: row, column: 9)
        try sheet.write(r.status, row: row, column: 10)
    }
    try sheet.autofitColumns()
    try book.close()
}

/// The baseline: the same cells through libxlsxwriter's C API directly, as a careful C-in-Swift user would.
func writeC(_ data: [AccountRow], to path: String, constantMemory: Bool) -> lxw_error {
    var options = lxw_workbook_options()
    options.constant_memory = constantMemory ? 1 : 0
    guard let book = workbook_new_opt(path, &options) else { return LXW_ERROR_MEMORY_MALLOC_FAILED }
    guard let sheet = workbook_add_worksheet(book, "新媒体账号"),
          let header = workbook_add_format(book), let money = workbook_add_format(book) else {
        lxw_workbook_free(book)
        return LXW_ERROR_MEMORY_MALLOC_FAILED
    }
    format_set_font_name(header, "宋体")
    format_set_bold(header)
    format_set_align(header, UInt8(LXW_ALIGN_CENTER.rawValue))
    format_set_num_format(money, "#,##0.00")
    for (c, title) in headers.enumerated() { worksheet_write_string(sheet, 0, lxw_col_t(c), title, header) }
    for (i, r) in data.enumerated() {
        let row = lxw_row_t(i + 1)
        _ = r.name.withCString { worksheet_write_string(sheet, row, 0, $0, nil) }
        _ = r.platform.withCString { worksheet_write_string(sheet, row, 1, $0, nil) }
        _ = r.unit.withCString { worksheet_write_string(sheet, row, 2, $0, nil) }
        _ = r.region.withCString { worksheet_write_string(sheet, row, 3, $0, nil) }
        _ = r.accountID.withCString { worksheet_write_string(sheet, row, 4, $0, nil) }
        worksheet_write_number(sheet, row, 5, Double(r.openedYear), nil)
        worksheet_write_number(sheet, row, 6, Double(r.followers), nil)
        worksheet_write_number(sheet, row, 7, Double(r.posts), nil)
        worksheet_write_number(sheet, row, 8, CellValue.storedDouble(r.budget) ?? 0, money)
        worksheet_write_number(sheet, row, 9, CellValue.storedDouble(r.score) ?? 0, nil)
        _ = r.status.withCString { worksheet_write_string(sheet, row, 10, $0, nil) }
    }
    return workbook_close(book)
}

/// One write, in a child process: `--child write c|swift constant|normal ROWS FILE`.
func childWrite(_ arguments: [String]) throws {
    guard arguments.count == 5, let count = Int(arguments[3]) else { throw ChildProcessError(arguments: arguments, status: 2) }
    let side = arguments[1], constantMemory = arguments[2] == "constant", path = arguments[4]
    let data = makeRows(count)
    let mode = constantMemory ? "constant memory" : "normal"
    var failure: lxw_error = LXW_NO_ERROR
    let m: BenchSupport.Measurement
    if side == "c" {
        (m, _) = measure("write C libxlsxwriter (\(mode))") { failure = writeC(data, to: path, constantMemory: constantMemory) }
    } else {
        (m, _) = try measure("write Swift XLSX layer (\(mode))") {
            try writeSwift(data, to: URL(fileURLWithPath: path), constantMemory: constantMemory)
        }
    }
    if failure != LXW_NO_ERROR { print("C baseline failed: \(String(cString: lxw_strerror(failure)))") }
    reportToParent(m)
}

/// WRITE BENCH: Swift layer vs direct C, constant-memory and normal mode, each write in its own process. Leaves
/// `benchFilePath` behind.
func benchWrite() throws {
    try FileManager.default.createDirectory(at: benchFolder, withIntermediateDirectories: true)
    print("xlsx-bench write: \(rows) rows × 11 columns, best of \(runs), each write in its own process")
    let swiftPath = benchFolder.appendingPathComponent("write-swift.xlsx").path
    let cPath = benchFolder.appendingPathComponent("write-c.xlsx").path
    for constantMemory in [true, false] {
        let mode = constantMemory ? "constant" : "normal"
        // Alternate the two sides run by run; keep each side's best.
        var best: (c: BenchSupport.Measurement?, swift: BenchSupport.Measurement?) = (nil, nil)
        for _ in 0..<max(1, runs) {
            let c = try measureInChildProcess(["write", "c", mode, String(rows), cPath])
            let swift = try measureInChildProcess(["write", "swift", mode, String(rows), swiftPath])
            if best.c.map({ c.seconds < $0.seconds }) ?? true { best.c = c }
            if best.swift.map({ swift.seconds < $0.seconds }) ?? true { best.swift = swift }
        }
        guard let c = best.c, let swift = best.swift else { continue }
        print(c.line)
        print(swift.line)
        printRatio("write \(constantMemory ? "constant memory" : "normal")", swift, c, goal: "≤ 1.10")
    }
    try? FileManager.default.removeItem(at: benchFilePath)
    try FileManager.default.moveItem(atPath: swiftPath, toPath: benchFilePath.path)
    try? FileManager.default.removeItem(atPath: cPath)
    print("xlsx-bench: wrote \(benchFilePath.path) for the read bench")
}

if isChildProcess {
    let arguments = childArguments
    switch arguments.first {
    case "write": try childWrite(arguments)
    case "read": try childRead(arguments)
    default: throw ChildProcessError(arguments: arguments, status: 2)
    }
    exit(0)
}

try benchWrite()

// READ BENCH: our reader vs openpyxl read_only on the file just written (ReadBench.swift).
try benchRead(file: benchFilePath, runs: runs)
