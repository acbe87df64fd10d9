import DisclosureModel
import DisclosureWorkbook
import Foundation
import Testing
import TestSupport
import XLSX

/// Leaves the seed's workbook and both templates for `scripts/external-checks` (openpyxl) when
/// GOVDISCLOSURE_EXTERNAL_OUT is set; always checks the files it makes open with the reader.
@Suite struct ReportExternalOutputTests {
    @Test func seedWorkbookAndTemplatesForExternalChecks() throws {
        let folder = ProcessInfo.processInfo.environment["GOVDISCLOSURE_EXTERNAL_OUT"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seed = folder.appendingPathComponent("report-seed.xlsx")
        try ReportWorkbookExporter().write(Fixtures.seedReport, cover: ReportBook.cover, to: seed)
        try ReportTemplateWriter().write(edition: .y2019, to: folder.appendingPathComponent("report-template-2019.xlsx"))
        try ReportTemplateWriter().write(edition: .y2021, to: folder.appendingPathComponent("report-template-2021.xlsx"))
        let names = try WorkbookReader(url: seed).sheets.map(\.name)
        #expect(names == ["封面", "表二", "表三", "表四", "校验结果", "图表"])
    }
}
