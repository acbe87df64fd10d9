import DisclosureModel
import DisclosureWorkbook
import Foundation
import Testing
import TestSupport
import XLSX

/// Export → import gives back the model, for both editions.
@Suite struct ReportRoundTripTests {
    @Test func seedReportComesBackEqualAfterExportAndImport() throws {
        let url = try ReportBook.export(Fixtures.seedReport)
        let imported = try ReportWorkbookImporter().read(contentsOf: url)
        #expect(imported.report == Fixtures.seedReport.workbookContent(in: ReportFormat.y2019))
        #expect(imported.report.proactive[.procurement, .procurementAmount] == .number(Decimal(string: "94.2")!))
        #expect(imported.cover == ReportBook.cover)
        #expect(imported.diagnostics.isEmpty)
    }

    @Test func full2021ReportWithEveryCellNonZeroComesBackEqual() throws {
        let report = Fixtures.fullReport2021
        let url = try ReportBook.export(report)
        let imported = try ReportWorkbookImporter().read(contentsOf: url, expecting: .y2021)
        #expect(imported.report == report.workbookContent(in: ReportFormat.y2021))
        #expect(imported.report.fees == report.fees)
        #expect(imported.report.applications.cells.count == 25 * 7)
        #expect(imported.diagnostics.isEmpty)
    }

    @Test func blankCellsStayBlankAndAreNotWrittenAsZero() throws {
        var report = Fixtures.seedReport
        report.applications[.withheldQuery, .naturalPerson] = .blank
        report.applications[.withheldQuery, .total] = .blank
        report.proactive[.fees, .change] = .blank
        let url = try ReportBook.export(report)
        let sheet = try ReportBook.sheet(url, "表三")
        let layout = TableLayout(.applications, .y2019)
        let cell = try #require(layout.reference(of: CellAddress(.withheldQuery, .naturalPerson)))
        #expect(sheet[cell]?.value ?? .blank == .blank)
        let imported = try ReportWorkbookImporter().read(contentsOf: url)
        #expect(imported.report.applications[.withheldQuery, .naturalPerson] == .blank)
        #expect(imported.report.applications[.withheldQuery, .total] == .blank)
        #expect(imported.report.proactive[.fees, .change] == .blank)
        #expect(imported.report == report.workbookContent(in: ReportFormat.y2019))
    }

    @Test func totalThatDisagreesWithItsPartsIsKeptAsTheUnitsValueAndNoted() throws {
        var report = Fixtures.seedReport
        report.applications[.newReceived, .total] = 180  // 153 + 25 = 178
        let url = try ReportBook.export(report)
        let sheet = try ReportBook.sheet(url, "表三")
        let cell = try #require(TableLayout(.applications, .y2019).reference(of: CellAddress(.newReceived, .total)))
        #expect(sheet[cell]?.formula == nil)
        #expect(sheet[cell]?.value == .number(180))
        let listed = try ReportBook.sheet(url, "校验结果")
        let places = listed.cells.filter { $0.reference.column == 3 }.compactMap { ReportBook.text(listed, $0.reference.description) }
        #expect(places.contains("表三!\(cell)"))
        let imported = try ReportWorkbookImporter().read(contentsOf: url)
        #expect(imported.report.applications[.newReceived, .total] == 180)
    }
}
