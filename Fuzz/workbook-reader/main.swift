// libFuzzer entry for the workbook reader, end to end through XLSX's public API: the bytes are an .xlsx upload
// (zip → parts → sheets → cells). Any input must end in a value or an `XLSXReadError`, never a crash or a hang.
// Built by scripts/fuzz with the XLSX, DisclosureModel and DisclosureText sources and the any-workbook reader's
// sheet-to-grid code (DisclosureWorkbook/Foreign) as one module: every sheet read is also turned into a grid and
// read by the grid recognizer, as a workbook in a layout of its own is. The seeds are small workbooks our writer
// produced, also stored uncompressed so that mutations reach the XML inside (libzip's CRC check then fails at the
// end of a part, after the scanner has read it), and one holding the official tables stacked on one sheet.
import Foundation

/// Small limits, so the fuzzer reaches every bound quickly and no input can allocate much.
let limits = ReaderLimits(maxEntryBytes: 1 << 20, maxCompressionRatio: 100, compressionRatioFloor: 1 << 16,
                          maxNestingDepth: 32, maxTagBytes: 4096, maxTextBytes: 8192, maxCellsInMemory: 20_000)

@_cdecl("LLVMFuzzerTestOneInput")
public func workbookReaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let book = try? WorkbookReader(contentsOf: bytes, limits: limits) else { return 0 }
    var grids: [ReportGrid] = []
    var lines: [ReportTextReader.Line] = []
    for info in book.sheets {
        // In memory, then streamed: both paths must agree on every cell.
        guard let sheet = try? book.readSheet(info) else { continue }
        var streamed = 0
        _ = try? book.forEachRow(inSheet: info.name) { row in
            streamed += row.cells.count
            for cell in row.cells where cell.reference.row != row.index { abort() }
        }
        if streamed < sheet.cells.count && sheet.cells.count > 0 && streamed == 0 { abort() }
        for cell in sheet.cells {
            if case .string(let s) = cell.value, s.utf8.count > size * 8 + 64 { abort() }
            _ = book.isLocked(styleIndex: cell.styleIndex)
        }
        _ = sheet.metadata.mergedRanges.count
        // The any-workbook path: the sheet as a grid (merged ranges as spans), within its bounds.
        // Smaller bounds than a real read's (2000 × 64), so that one mutated far-away cell does not make every run
        // build a grid of 128,000 positions; the bounding itself is what is checked.
        let grid = SheetGrid.grid(sheet, maxRows: 200, maxColumns: 32)
        if grid.rows.count > 200 || grid.width > 32 { abort() }
        for row in grid.rows where row.count != grid.width { abort() }
        grids.append(grid)
        lines += SheetGrid.textLines(grid, numberedFrom: lines.count + 1)
    }
    // The tables recognised in all the sheets: every cell read is a cell of the form.
    let result = ReportTextReader().read(lines: lines, grids: grids, file: "fuzz.xlsx")
    for id in TableID.allCases {
        let spec = (result.report.officialFormat ?? ReportFormat.current).spec(id)
        for address in result.report[id].cells.keys where !spec.contains(address) { abort() }
    }
    for diagnostic in result.diagnostics where diagnostic.id.isEmpty { abort() }
    return 0
}
