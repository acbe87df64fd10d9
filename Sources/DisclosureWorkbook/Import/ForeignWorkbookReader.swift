import DisclosureModel
import DisclosureText
import Foundation
import XLSX

/// Reads a workbook that holds the official tables in a layout of its own — a province's Excel form, a superior's
/// circulated sheet, a third-party tool's export — rather than our template.
///
/// ```swift
/// let book = try WorkbookReader(url: url)
/// let imported = try ForeignWorkbookReader().read(book, file: url.path)
/// imported.report.applications[.newReceived, .total]
/// ```
/// Each sheet becomes a `ReportGrid` (its merged ranges are the grid's spans, its places named `年报统计表!M31`) and
/// `GridRecognizer` — the recognizer of web pages and Word documents — finds 表二, 表三 and 表四 wherever they sit:
/// several stacked on one sheet or one per sheet, any sheet names, any offsets, by the form's header and row labels
/// (both editions). A number, a number typed as text or a blank marker is read through `Figure.parse`; an empty cell
/// is blank, never 0. Subtotal rows and columns the form does not have (法人或其他组织 小计, 合计, a 小计 row for
/// （三）不予公开) are checked against their parts and not stored; any other column is a located diagnostic.
///
/// A formula no client calculated (openpyxl writes none) reads blank, with a located `WB.formulaWithoutValue`.
///
/// The cover facts written around the tables are read when present: 填报单位, the year from the title (or a 年度
/// field), 填报日期, and 单位负责人 / 审核人 / 填报人 / 联系电话 (a footer line, in one cell or label and value cells).
///
/// Throws `ReportWorkbookError` `.notATemplate` when no sheet holds any official table, `.corrupt` for a sheet the
/// XLSX reader cannot read.
public struct ForeignWorkbookReader: Sendable {
    /// The formats tables are recognised against (`.official` unless a corrected form is given).
    public var formats: ReportFormats

    /// The largest part of a sheet turned into a grid (the official tables are about 40 rows by 16 columns; a stray
    /// cell at `XFD1048576` must not make a grid of 17 billion cells).
    public static let maxRows = SheetGrid.maxRows
    /// See `maxRows`.
    public static let maxColumns = SheetGrid.maxColumns

    /// Creates a reader.
    public init(formats: ReportFormats = .official) { self.formats = formats }

    /// Reads an opened workbook; `file` names it in errors and diagnostics.
    public func read(_ book: WorkbookReader, file: String) throws(ReportWorkbookError) -> ImportedReport {
        var grids: [ReportGrid] = []
        var lines: [ReportTextReader.Line] = []
        var coverRows: [[Sheet.Cell]] = []
        var uncalculated: [Diagnostic] = []
        for info in book.sheets {
            let sheet: Sheet
            do {
                sheet = try book.readSheet(info)
            } catch {
                throw ReportWorkbookError(
                    kind: .corrupt, file: file, sheet: info.name,
                    message: "工作表已损坏：\(error.message) — the sheet is damaged", underlying: error)
            }
            let grid = SheetGrid.grid(sheet)
            guard grid.width > 0 else { continue }
            grids.append(grid)
            lines += SheetGrid.textLines(grid, numberedFrom: lines.count + 1)
            coverRows += SheetGrid.rowsOfCells(sheet)
            for reference in SheetGrid.uncalculatedFormulas(sheet) {
                uncalculated.append(WorkbookDiagnostics.formulaWithoutValue.make(
                    message: "\(info.name)!\(reference)：公式没有计算结果（文件未经 Excel/WPS/LibreOffice 计算保存），按空白读取",
                    english: "the formula has no computed value (the file was never calculated); read as blank",
                    location: Diagnostic.Location(file: file, sheet: info.name, cell: reference.description)))
            }
        }
        var result = ReportTextReader(options: .init(formats: formats)).read(lines: lines, grids: grids, file: file)
        guard TableID.allCases.contains(where: { !result.report[$0].cells.isEmpty }) else {
            throw ReportWorkbookError(
                kind: .notATemplate, file: file,
                message: "没有工作表“\(ReportSheet.cover.name)”（不是本软件的模板），各工作表中也没有找到统一格式的表二、表三或表四（按表头和行名称查找） — neither our template (no sheet “\(ReportSheet.cover.name)”) nor any official table (表二/表三/表四, found by their header and row labels) in any sheet")
        }
        var facts = CoverFacts(file: file, usesDate1904: book.usesDate1904)
        for row in coverRows { facts.read(row) }
        if let name = facts.unitName { result.report.organization.name = name }
        if result.report.year == 0, let year = facts.year { result.report.year = year }
        if facts.unitName != nil, result.report.year != 0 {
            result.diagnostics.removeAll { $0.id == ReadingDiagnostics.noTitle.id }
        }
        return ImportedReport(
            report: result.report, cover: facts.cover, diagnostics: uncalculated + result.diagnostics + facts.diagnostics)
    }

    /// A sheet as a grid: each cell's text (numbers in plain notation), merged ranges as spans, positions named in
    /// A1 notation after the sheet (`年报统计表!M31`). Cells beyond `maxRows` × `maxColumns` are left out.
    public static func grid(_ sheet: Sheet) -> ReportGrid { SheetGrid.grid(sheet) }
}

/// The cover facts written around a foreign workbook's tables: `填报单位（盖章）：…`, `填报日期：…`, and the footer
/// `单位负责人：…　审核人：…　填报人：…　联系电话：…`, in one cell or as label and value cells.
struct CoverFacts {
    let file: String
    let usesDate1904: Bool
    private(set) var unitName: String?
    private(set) var year: Int?
    private(set) var cover = ReportCover()
    private(set) var diagnostics: [Diagnostic] = []

    /// The fields read, by their `CoverField` label.
    static let fields: [CoverField] = [.unitName, .year, .responsible, .reviewer, .preparer, .phone, .date]

    init(file: String, usesDate1904: Bool) {
        self.file = file
        self.usesDate1904 = usesDate1904
    }

    /// Reads the fields of one row (its cells left to right).
    mutating func read(_ cells: [Sheet.Cell]) {
        // The row as one text, remembering which cell each character came from (for a date given as a serial).
        var text = ""
        var numberAt: [Int: (Decimal, CellReference)] = [:]
        for cell in cells {
            let t = SheetGrid.text(cell.value)
            guard !t.isEmpty else { continue }
            if !text.isEmpty { text += " " }
            if case .number(let d) = cell.value { numberAt[text.count] = (d, cell.reference) }
            text += t
        }
        guard text.count <= 400 else { return }
        let chars = Array(text)
        // Where each field's label is in the row (the first time), in order.
        var found: [(field: CoverField, start: Int, end: Int)] = []
        for field in Self.fields {
            let label = Array(field.label)
            var i = 0
            while i + label.count <= chars.count {
                if Array(chars[i..<(i + label.count)]) == label {
                    // `年度` only as a field (`年度：2022`), not inside a title (`2022年度报告`).
                    let next = i + label.count < chars.count ? chars[i + label.count] : " "
                    if field == .year, !(next == ":" || next == "：") { i += 1; continue }
                    found.append((field, i, i + label.count))
                    break
                }
                i += 1
            }
        }
        // A label inside a longer one (`负责人` in `单位负责人` is fine; `填报` fields are distinct).
        found.sort { $0.start < $1.start }
        for (n, entry) in found.enumerated() {
            var from = entry.end
            // A bracketed note after the label (`（盖章）`), then the colon.
            if from < chars.count, chars[from] == "（" || chars[from] == "(" {
                if let close = chars[from...].firstIndex(where: { $0 == "）" || $0 == ")" }) { from = close + 1 }
            }
            while from < chars.count, chars[from] == ":" || chars[from] == "：" || chars[from] == " " || chars[from] == "　" { from += 1 }
            var to = n + 1 < found.count ? found[n + 1].start : chars.count
            // `单位负责人`: the 单位 before the next label belongs to it.
            if n + 1 < found.count, found[n + 1].field == .responsible, to - from >= 2, String(chars[(to - 2)..<to]) == "单位" { to -= 2 }
            guard from < to else { continue }
            var value = String(chars[from..<to]).trimmingCharacters(in: .whitespacesAndNewlines)
            // Values end where a wide gap starts (`张三　　审核人` is cut by the next label already).
            if let gap = value.range(of: "　") ?? value.range(of: "  ") { value = String(value[..<gap.lowerBound]) }
            guard !value.isEmpty else { continue }
            set(entry.field, value, serial: numberAt[from])
        }
    }

    private mutating func set(_ field: CoverField, _ value: String, serial: (Decimal, CellReference)?) {
        switch field {
        case .unitName: unitName = unitName ?? value
        case .year:
            if year == nil, case .number(let d, nil) = Figure.parse(value), let y = Int(exactly: d), (1990...2100).contains(y) {
                year = y
            }
        case .responsible: cover.responsible = cover.responsible ?? value
        case .reviewer: cover.reviewer = cover.reviewer ?? value
        case .preparer: cover.preparer = cover.preparer ?? value
        case .phone: cover.phone = cover.phone ?? value
        case .date:
            guard cover.date == nil else { return }
            if let (d, reference) = serial, let s = Int(exactly: d) {
                cover.date = FigureReading.date(fromSerial: usesDate1904 ? s + 1462 : s)
                if cover.date == nil { problem(field, value, at: reference) }
            } else if let date = CalendarDate(LabelNormalizer.normalize(value)) {
                cover.date = date
            } else {
                problem(field, value, at: nil)
            }
        default: break
        }
    }

    private mutating func problem(_ field: CoverField, _ value: String, at reference: CellReference?) {
        diagnostics.append(WorkbookDiagnostics.coverField.make(
            message: "“\(field.label)”不是日期（\"\(value)\"） — not a date",
            english: "\(field.label) is not a date",
            location: Diagnostic.Location(file: file, cell: reference?.description)))
    }
}
