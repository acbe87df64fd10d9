import Foundation
import XLSX

/// Reads back a statistics workbook (roll-up, inventory, website forms, templates) for assertions.
struct StatisticsBookReader {
    let reader: WorkbookReader
    private var cache: [String: Sheet] = [:]

    init(_ url: URL) throws {
        reader = try WorkbookReader(url: url)
    }

    var sheetNames: [String] { reader.sheets.map(\.name) }

    mutating func sheet(_ name: String) throws -> Sheet {
        if let s = cache[name] { return s }
        let s = try reader.readSheet(named: name)
        cache[name] = s
        return s
    }

    /// The value at `a1` of sheet `name`.
    mutating func value(_ name: String, _ a1: String) throws -> CellValue {
        try sheet(name)[a1]?.value ?? .blank
    }

    /// The formula text at `a1` of sheet `name`.
    mutating func formula(_ name: String, _ a1: String) throws -> String? {
        try sheet(name)[a1]?.formula?.text
    }
}

extension Sheet {
    /// The text at zero-based row and column ("" when not text).
    func text(_ row: Int, _ column: Int) -> String {
        if case .string(let s) = value(at: CellReference(row: row, column: column)) { return s }
        return ""
    }

    /// The number at zero-based row and column (nil when not a number).
    func number(_ row: Int, _ column: Int) -> Decimal? {
        if case .number(let d) = value(at: CellReference(row: row, column: column)) { return d }
        return nil
    }

    /// The formula text at zero-based row and column.
    func formulaText(_ row: Int, _ column: Int) -> String? { self[CellReference(row: row, column: column)]?.formula?.text }

    /// The first row (zero-based) whose cell in `column` holds exactly `text`.
    func row(where column: Int, is text: String) -> Int? {
        cells.first { $0.reference.column == column && $0.value == .string(text) }?.reference.row
    }

    /// The last row with any cell.
    var lastRow: Int { cells.last?.reference.row ?? -1 }
}

/// Leaves a workbook for `scripts/external-checks` (openpyxl) when GOVDISCLOSURE_EXTERNAL_OUT is set; returns whether it did.
@discardableResult
func leaveForExternalChecks(_ url: URL, as name: String) throws -> Bool {
    guard let out = ProcessInfo.processInfo.environment["GOVDISCLOSURE_EXTERNAL_OUT"], !out.isEmpty else { return false }
    let dir = URL(fileURLWithPath: out)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let target = dir.appendingPathComponent(name)
    try? FileManager.default.removeItem(at: target)
    try FileManager.default.copyItem(at: url, to: target)
    return true
}
