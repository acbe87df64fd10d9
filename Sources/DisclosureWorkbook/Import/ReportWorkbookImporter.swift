import DisclosureModel
import Foundation
import XLSX

/// Reads a filled annual-report template — ours, or the same layout after a clerk edited it in Excel, WPS or
/// LibreOffice — back into the model.
///
/// ```swift
/// let imported = try ReportWorkbookImporter().read(contentsOf: url)
/// let findings = imported.diagnostics + Validator().validate(imported.report)
/// ```
/// The edition is recognised from the tables' labels, never from the file name. Rows are found by their labels,
/// so inserted rows (blank, or the unit's own extra rows, kept as `TableData.extraRows`) do no harm. A cell may
/// hold a number, numeric text (`"12"`, `" 3 "`, full-width `"１２"`, `"1,234"`), a blank marker (`-`, `—`, `/`,
/// `无`, empty → blank), or a formula (its cached value; a total whose parts are all blank reads blank, as the
/// exporter writes it). Anything else becomes a diagnostic located at its cell (`表三!C12`).
///
/// Throws `ReportWorkbookError`: `.noSuchFile`; `.notAWorkbook` or `.corrupt` for a file the XLSX reader refuses
/// (an old `.xls` is told to be saved as .xlsx); `.notATemplate` when a sheet or
/// label is missing (naming where it was expected), `.wrongEdition` for the other edition's template (when
/// `expecting` is given, or when the cover's year needs the other edition) or tables of mixed editions.
public struct ReportWorkbookImporter: Sendable {
    /// The formats a workbook is recognised against (`.official` unless a corrected form is given).
    public var formats: ReportFormats

    /// Creates an importer.
    public init(formats: ReportFormats = .official) { self.formats = formats }

    /// Reads the workbook at `url`; `expecting` refuses a template of the other edition.
    public func read(contentsOf url: URL, expecting edition: Edition? = nil) throws(ReportWorkbookError) -> ImportedReport {
        let file = url.path
        guard FileManager.default.fileExists(atPath: file) else {
            throw ReportWorkbookError(kind: .noSuchFile, file: file, message: "文件不存在 — no such file")
        }
        let book: WorkbookReader
        do {
            book = try WorkbookReader(url: url)
        } catch {
            throw ReportWorkbookError.unopenable(error, file: file, data: try? Data(contentsOf: url, options: .mappedIfSafe))
        }
        return try read(book, file: file, expecting: edition)
    }

    /// Reads a workbook from its bytes; `file` names it in errors and diagnostics.
    public func read(_ data: Data, file: String, expecting edition: Edition? = nil) throws(ReportWorkbookError)
        -> ImportedReport
    {
        let book: WorkbookReader
        do {
            book = try WorkbookReader(contentsOf: data)
        } catch {
            throw ReportWorkbookError.unopenable(error, file: file, data: data)
        }
        return try read(book, file: file, expecting: edition)
    }

    /// Reads an opened workbook; `file` names it in errors and diagnostics.
    public func read(_ book: WorkbookReader, file: String, expecting edition: Edition? = nil) throws(ReportWorkbookError)
        -> ImportedReport
    {
        let names: [ReportSheet] = [.cover, .proactive, .applications, .reviews]
        var infos: [SheetInfo] = []
        for name in names {
            guard let info = book.sheet(named: name.name) else {
                throw ReportWorkbookError(
                    kind: .notATemplate, file: file, sheet: name.name,
                    message: "缺少工作表“\(name.name)”，不是政府信息公开工作年度报告模板 — no sheet “\(name.name)”: not the annual-report template")
            }
            infos.append(info)
        }
        var sheets: [ReportSheet: Sheet] = [:]
        do {
            // The four sheets with one opening of the archive.
            for (name, sheet) in zip(names, try book.readSheets(infos)) { sheets[name] = sheet }
        } catch {
            let damaged = infos.first { $0.name == error.sheet }?.name ?? error.sheet ?? names[0].name
            throw ReportWorkbookError(kind: .corrupt, file: file, sheet: damaged,
                                      message: "工作表已损坏：\(error.message) — the sheet is damaged", underlying: error)
        }
        let (found, located) = try recognise(sheets, file: file)
        var reading = FigureReading(file: file)
        let coverSheet = sheets[.cover] ?? Sheet(info: SheetInfo(name: "", index: 0, state: .visible, partPath: ""), cells: [], metadata: .init())
        let cover: ReportCover
        var report: AnnualReport
        (report, cover) = reading.readCover(coverSheet, format: found)
        if let edition, edition != found.edition {
            throw Self.wrongEdition(file, found: found.edition, "需要\(edition)模板，本文件为\(found.edition) — expected the \(edition.rawValue) edition, found \(found.edition.rawValue)")
        }
        if report.year != 0, !found.covers(year: report.year), let needed = formats.format(forReportYear: report.year),
            needed.edition != found.edition
        {
            throw Self.wrongEdition(
                file, found: found.edition,
                "\(report.year)年度应使用\(needed.edition)（\(needed.notice)），本文件为\(found.edition) — a \(report.year) report uses the \(needed.edition.rawValue) edition, this file is \(found.edition.rawValue)")
        }
        for table in TableID.allCases {
            let sheet = ReportSheet(table)
            guard let data = sheets[sheet], let place = located[table] else { continue }
            report[table] = reading.readTable(place.layout, place.located, data)
        }
        return ImportedReport(report: report, cover: cover, diagnostics: reading.diagnostics)
    }

    /// The format whose layouts all three table sheets match, with where each table was found.
    private func recognise(_ sheets: [ReportSheet: Sheet], file: String) throws(ReportWorkbookError)
        -> (ReportFormat, [TableID: (layout: TableLayout, located: TableLocator.Located)])
    {
        var best: (edition: Edition, table: TableID, miss: TableLocator.Miss, score: Int)?
        var matchedBy: [TableID: Set<Edition>] = [:]
        // A format whose layouts match all three sheets wins; when several do (a corrected copy of an official form
        // that only adds rows), the one matching the most labels.
        var complete: (format: ReportFormat, located: [TableID: (layout: TableLayout, located: TableLocator.Located)], score: Int)?
        // Each sheet's texts folded once, whichever formats are tried.
        var folded: [ReportSheet: [CellReference: String]] = [:]
        for (name, sheet) in sheets { folded[name] = TableLocator.foldedTexts(of: sheet) }
        for format in formats.all {
            let edition = format.edition
            var located: [TableID: (layout: TableLayout, located: TableLocator.Located)] = [:]
            var score = 0
            var failure: (TableID, TableLocator.Miss)?
            for table in TableID.allCases {
                guard let sheet = sheets[ReportSheet(table)] else { continue }
                let layout = TableLayout(table, format)
                switch TableLocator(layout, sheet, texts: folded[ReportSheet(table)] ?? [:]).locate() {
                case .success(let place):
                    located[table] = (layout, place)
                    matchedBy[table, default: []].insert(edition)
                    score += layout.texts.count
                case .failure(let miss):
                    score += miss.matched
                    if failure == nil { failure = (table, miss) }
                }
                // Once a format matched every sheet, a failing one is out: its score and matches only serve the
                // diagnosis of a file no format matches.
                if complete != nil, failure != nil { break }
            }
            guard let (table, miss) = failure else {
                if score > complete?.score ?? -1 { complete = (format, located, score) }
                continue
            }
            if score > best?.score ?? -1 { best = (edition, table, miss, score) }
        }
        if let complete { return (complete.format, complete.located) }
        // Tables that each match some edition, but not the same one: mixed editions.
        if TableID.allCases.allSatisfy({ !(matchedBy[$0] ?? []).isEmpty }) {
            let described = TableID.allCases.map { t in "\(t.shortName)：" + (matchedBy[t] ?? []).map(\.description).sorted().joined(separator: "/") }
            throw ReportWorkbookError(kind: .wrongEdition, file: file,
                                      message: "各表格式版本不一致（\(described.joined(separator: "，"))） — the tables follow different editions")
        }
        guard let best else {
            throw ReportWorkbookError(kind: .notATemplate, file: file, message: "不是政府信息公开工作年度报告模板 — not the annual-report template")
        }
        // The nearest edition failed on one label; if the other edition matched that table, the file is of that edition.
        if let other = matchedBy[best.table]?.first {
            throw Self.wrongEdition(file, found: other,
                                    "\(best.table.shortName)为\(other)格式，其他各表与之不符 — \(best.table.shortName) follows the \(other.rawValue) edition but the other tables do not")
        }
        let sheet = ReportSheet(best.table).name
        throw ReportWorkbookError(
            kind: .notATemplate, file: file, sheet: sheet, cell: best.miss.cell.description,
            message: "此处应为“\(best.miss.text)”，未找到，不是政府信息公开工作年度报告模板 — expected “\(best.miss.text)” here: not the annual-report template")
    }

    private static func wrongEdition(_ file: String, found: Edition, _ message: String) -> ReportWorkbookError {
        ReportWorkbookError(kind: .wrongEdition, file: file, sheet: ReportSheet.proactive.name, found: found,
                            message: "格式版本不符：" + message)
    }
}
