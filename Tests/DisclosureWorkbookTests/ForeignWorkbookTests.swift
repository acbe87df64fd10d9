import DisclosureModel
import DisclosureText
import DisclosureWorkbook
import Foundation
import Testing
import TestSupport
import XLSX

/// The workbooks of `Fixtures/make-workbooks.py`: layout, report (whose `published-html/REPORT.expected.json` they
/// must read to) and the writer's suffix.
private let workbooks: [(layout: String, report: String, suffix: String)] = [
    ("stacked", "seed-luoyang-2020", ""), ("stacked", "city-2022", ""), ("stacked", "city-2022", ".libreoffice"),
    ("per-sheet", "province-2019-blank", ""), ("per-sheet", "city-2022", ""), ("cover-sheet", "province-2019-blank", ""),
    ("subtotals", "seed-luoyang-2020", ""), ("subtotals", "city-2022", ""),
]

private func findings(_ layout: String, _ report: String, _ suffix: String) -> [String] {
    struct Finding: Decodable {
        var id: String
        var cell: String
    }
    let data = Fixtures.data("sheets/\(layout)-\(report)\(suffix).findings.json")
    let list = (try? JSONDecoder().decode([Finding].self, from: data)) ?? []
    return list.map { "\($0.id) \($0.cell)" }.sorted()
}

private func read(_ path: String) throws -> ImportedReport {
    let book = try WorkbookReader(contentsOf: Fixtures.data(path))
    return try ForeignWorkbookReader().read(book, file: path)
}

@Suite("Workbooks in layouts of their own")
struct ForeignWorkbookTests {
    @Test("each workbook (openpyxl, XlsxWriter, LibreOffice; stacked, one table per sheet, subtotals; both editions) reads every cell, blanks blank",
          arguments: workbooks.map { "\($0.layout)|\($0.report)|\($0.suffix)" })
    func everyCell(_ job: String) throws {
        let parts = job.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let (layout, name, suffix) = (parts[0], parts[1], parts[2])
        let path = "sheets/\(layout)-\(name)\(suffix).xlsx"
        let imported = try read(path)
        let expected = Fixtures.publishedExpectation(name)
        #expect(imported.report.edition == expected.edition)
        #expect(imported.report.year == expected.year)
        #expect(imported.report.organization.name == expected.organization)
        #expect(expected.mismatches(imported.report) == [])
        let found = imported.diagnostics.filter { $0.severity != .note }
            .map { "\($0.id) \($0.location.sheet.map { "\($0)!" } ?? "")\($0.location.cell ?? "")" }.sorted()
        #expect(found == findings(layout, name, suffix), "\(imported.diagnostics.map { "\($0.id) \($0.message)" })")
    }
}
