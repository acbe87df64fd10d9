import DisclosureModel
import DisclosureWorkbook
import Foundation
import XLSX

extension ReportFileReader {
    /// Reads a workbook by what it holds: our template — a 封面 sheet and our layout — through the fast, exact
    /// `ReportWorkbookImporter`; any other workbook through `ForeignWorkbookReader`, which finds the official tables
    /// wherever they sit. A workbook with neither is a `.notATemplate` error naming what was looked for.
    func readWorkbook(_ data: Data, book: WorkbookReader?, path: String) throws(ReportWorkbookError) -> ImportedReport {
        let importer = ReportWorkbookImporter(formats: formats)
        // A file the XLSX reader refuses: the importer's error says why (.xls, damaged zip).
        guard let book else { return try importer.read(data, file: path) }
        guard book.sheet(named: ReportSheet.cover.name) != nil else {
            return try ForeignWorkbookReader(formats: formats).read(book, file: path)
        }
        do {
            return try importer.read(book, file: path)
        } catch let template where template.kind == .notATemplate {
            // A 封面 sheet in a layout of its own: the tables may still be there.
            do {
                return try ForeignWorkbookReader(formats: formats).read(book, file: path)
            } catch let foreign where foreign.kind == .notATemplate {
                throw ReportWorkbookError(
                    kind: .notATemplate, file: path, sheet: template.sheet, cell: template.cell,
                    message: template.message + "；各工作表中也没有找到统一格式的表二、表三或表四 — nor any official table in any sheet")
            }
        }
    }
}
