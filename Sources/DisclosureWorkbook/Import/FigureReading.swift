import DisclosureModel
import Foundation
import XLSX

/// Reads cells into figures and cover fields, collecting located diagnostics on the way.
struct FigureReading {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    // MARK: Tables

    mutating func readTable(_ layout: TableLayout, _ located: TableLocator.Located, _ sheet: Sheet) -> TableData {
        var data = TableData(layout.spec.id)
        let totals = layout.totals
        var formulaTotals: [(CellAddress, CellReference, Sheet.Cell)] = []
        data.cells.reserveCapacity(layout.blocks.reduce(0) { $0 + $1.rows.count * $1.spec.columns.count })
        for block in layout.blocks {
            // Each column's sheet column once per block, not looked up per cell.
            let columns = block.spec.columns.compactMap { column in block.columns[column.key].map { (column, $0.lowerBound) } }
            for row in block.rows {
                guard let sheetRow = located.rows[row.spec.key] else { continue }
                for (column, sheetColumn) in columns {
                    let reference = CellReference(row: sheetRow, column: sheetColumn)
                    let cell = sheet[reference]
                    guard let cell else { continue }  // no cell: blank, which a table stores by leaving it out
                    let address = CellAddress(row.spec.key, column.key)
                    if cell.formula != nil, totals[address] != nil {
                        formulaTotals.append((address, reference, cell))
                        continue
                    }
                    let f = figure(cell, at: reference, kind: column.kind, layout: layout, address: address)
                    if !f.isBlank { data.cells[address] = f }
                }
            }
            for extra in located.extraRows where extra.block.spec == block.spec {
                var figures: [ColumnKey: Figure] = [:]
                for column in block.spec.columns {
                    guard let span = block.columns[column.key] else { continue }
                    let reference = CellReference(row: extra.row, column: span.lowerBound)
                    let f = figure(sheet[reference], at: reference, kind: column.kind, layout: layout, address: nil)
                    if !f.isBlank { figures[column.key] = f }
                }
                data.extraRows.append(ExtraRow(block: block.spec.title, label: extra.label, figures: figures))
            }
        }
        for sheetRow in located.unlabelledRows {
            diagnostics.append(WorkbookDiagnostics.unlabelledRow.make(
                message: "\(layout.sheet.name)!A\(sheetRow + 1)：此行有数字但没有行名称，未读取",
                english: "a row with figures but no label was not read",
                location: location(layout, nil, CellReference(row: sheetRow, column: 0))))
        }
        // Totals kept as formulas: blank when every part is blank (as the exporter writes them), else the cached
        // value, or the sum of the parts when no client calculated it. Parts may be totals: resolve in rounds.
        var pending = formulaTotals
        while !pending.isEmpty {
            let waiting = Set(pending.map(\.0))
            var still: [(CellAddress, CellReference, Sheet.Cell)] = []
            for entry in pending {
                let (address, reference, cell) = entry
                guard let parts = totals[address]?.first(where: { $0.allSatisfy { !waiting.contains($0) } }) else {
                    still.append(entry)
                    continue
                }
                let (sum, allBlank) = TableLayout.sum(of: parts, in: data)
                if allBlank {
                    data[address] = .blank
                } else if case .number(let cached) = cell.value {
                    data[address] = .number(cached)
                } else {
                    data[address] = .number(sum)
                    diagnostics.append(WorkbookDiagnostics.formulaNotCalculated.make(
                message: "\(layout.sheet.name)!\(reference)：公式没有计算结果，按分项之和 \(sum.plainText) 读取",
                        english: "the formula has no computed value; read as the sum of its parts",
                        location: location(layout, address, reference)))
                }
            }
            if still.count == pending.count { break }
            pending = still
        }
        return data
    }

    private mutating func figure(_ cell: Sheet.Cell?, at reference: CellReference, kind: ValueKind, layout: TableLayout,
                                 address: CellAddress?) -> Figure {
        guard let cell else { return .blank }
        let problem: (String, String)
        switch cell.value {
        case .blank:
            guard cell.formula != nil else { return .blank }
            problem = ("公式没有计算结果", "a formula without a computed value")
        case .number(let d):
            return .number(d)
        case .string(let text):
            switch ImportText.figure(text, kind: kind) {
            case .blank: return .blank
            case .number(let d): return .number(d)
            case .notANumber: problem = ("不是数字（\"\(text)\"）", "not a number")
            }
        case .boolean(let b):
            problem = ("不是数字（\(b ? "TRUE" : "FALSE")）", "not a number")
        case .error(let e):
            problem = ("公式出错（\(e)）", "the formula gives an error")
        }
        diagnostics.append(WorkbookDiagnostics.notANumber.make(
                message: "\(layout.sheet.name)!\(reference)：\(problem.0)，按空白处理", english: "\(problem.1); read as blank",
            location: location(layout, address, reference)))
        return .blank
    }

    private func location(_ layout: TableLayout, _ address: CellAddress?, _ reference: CellReference) -> Diagnostic.Location {
        Diagnostic.Location(file: file, table: layout.spec.id, row: address?.row, column: address?.column,
                            sheet: layout.sheet.name, cell: reference.description)
    }

    // MARK: Cover

    mutating func readCover(_ sheet: Sheet, format: ReportFormat) -> (AnnualReport, ReportCover) {
        // Each field by its label in column A, so inserted rows do no harm.
        var values: [CoverField: (CellValue, CellReference)] = [:]
        let fields = format.coverFields
        let labels = fields.map { [ImportText.fold($0.label)] }
        for cell in sheet.cells where cell.reference.column == CoverLayout.labelColumn {
            guard case .string(let text) = cell.value else { continue }
            var folded = ImportText.fold(text)
            if folded.hasSuffix(":") { folded.removeLast() }
            guard let i = labels.firstIndex(where: { ImportText.matches(folded, folded: $0) }), values[fields[i]] == nil else { continue }
            let field = fields[i]
            let reference = CellReference(row: cell.reference.row, column: CoverLayout.valueColumn)
            values[field] = (sheet.value(at: reference), reference)
        }
        func text(_ field: CoverField) -> String? {
            switch values[field]?.0 {
            case .string(let s)?:
                let t = ImportText.trimmed(s)
                return t.isEmpty ? nil : t
            case .number(let d)?: return d.plainText
            default: return nil
            }
        }
        let name = text(.unitName) ?? ""
        if name.isEmpty { coverProblem(.unitName, values, "未填写", "not filled", .warning) }
        var level = OrganizationLevel.department
        if let given = text(.level) {
            if let parsed = OrganizationLevel(chinese: given) { level = parsed } else {
                coverProblem(.level, values, "无法识别（\"\(given)\"），按“部门”处理", "not a known level; read as 部门", .warning)
            }
        } else {
            coverProblem(.level, values, "未填写，按“部门”处理", "not filled; read as 部门", .warning)
        }
        let organization = Organization(id: text(.unitCode), name: name, level: level, parentID: text(.parentCode))
        var year = 0
        if let given = text(.year) {
            if case .number(let d) = ImportText.figure(given, kind: .count), let y = Int(exactly: d) { year = y } else {
                coverProblem(.year, values, "不是年份（\"\(given)\"）", "not a year", .error)
            }
        } else {
            coverProblem(.year, values, "未填写", "not filled", .error)
        }
        var cover = ReportCover(responsible: text(.responsible), reviewer: text(.reviewer), preparer: text(.preparer),
                                phone: text(.phone))
        switch values[.date]?.0 {
        case .number(let serial)?:
            cover.date = Int(exactly: serial).flatMap(Self.date(fromSerial:))
        case .string?:
            if let given = text(.date) {
                cover.date = CalendarDate(ImportText.fold(given))
                if cover.date == nil { coverProblem(.date, values, "不是日期（\"\(given)\"）", "not a date", .warning) }
            }
        default: break
        }
        var report = AnnualReport(organization: organization, year: year, edition: format.edition)
        if format.fees != nil {
            let notices = count(.feeNotices, values)
            let notified = amount(.feeNotified, values)
            let collected = amount(.feeCollected, values)
            if notices != nil || notified != nil || collected != nil {
                report.fees = ProcessingFees(noticesIssued: notices, amountNotified: notified, amountCollected: collected)
            }
        }
        return (report, cover)
    }

    private mutating func number(_ field: CoverField, _ values: [CoverField: (CellValue, CellReference)]) -> Decimal? {
        switch values[field]?.0 {
        case .number(let d)?: return d
        case .string(let s)?:
            switch ImportText.figure(s, kind: .money(.yuan)) {
            case .number(let d): return d
            case .blank: return nil
            case .notANumber:
                coverProblem(field, values, "不是数字（\"\(s)\"）", "not a number", .error)
                return nil
            }
        default: return nil
        }
    }

    private mutating func count(_ field: CoverField, _ values: [CoverField: (CellValue, CellReference)]) -> Int? {
        guard let d = number(field, values) else { return nil }
        guard let n = Int(exactly: d) else {
            coverProblem(field, values, "不是整数（\(d.plainText)）", "not a whole number", .error)
            return nil
        }
        return n
    }

    private mutating func amount(_ field: CoverField, _ values: [CoverField: (CellValue, CellReference)]) -> Amount? {
        number(field, values).map { Amount($0, .yuan) }
    }

    private mutating func coverProblem(_ field: CoverField, _ values: [CoverField: (CellValue, CellReference)],
                                       _ chinese: String, _ english: String, _ severity: Diagnostic.Severity) {
        let cell = values[field]?.1.description
        let place = cell.map { "\(ReportSheet.cover.name)!\($0)" } ?? ReportSheet.cover.name
        diagnostics.append(Diagnostic(
            id: WorkbookDiagnostics.coverField.id, severity: severity, message: "\(place)：\(field.label)\(chinese)",
            english: "cover field \(field.label): \(english)",
            location: Diagnostic.Location(file: file, sheet: ReportSheet.cover.name, cell: cell, detail: field.label)))
    }

    /// An Excel date serial (1900 system, with its fictitious 1900-02-29) as a date.
    static func date(fromSerial serial: Int) -> CalendarDate? {
        guard serial > 0, serial < 2_958_466, let epoch = CalendarDate(year: 1899, month: 12, day: 30) else { return nil }
        let days = epoch.dayNumber + (serial < 61 ? serial + 1 : serial)
        return CalendarDate(dayNumber: days)
    }
}

extension CalendarDate {
    /// The date `dayNumber` days after 1970-01-01 (Howard Hinnant's civil_from_days).
    init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
