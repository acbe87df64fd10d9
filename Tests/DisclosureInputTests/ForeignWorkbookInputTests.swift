import DisclosureInput
import DisclosureModel
import DisclosureWorkbook
import Foundation
import TestSupport
import Testing

/// The one way in picks the workbook reader by content: our template (封面 and our layout) through the template
/// importer, any other workbook through the any-workbook reader, and neither is an error naming what was looked for.
@Suite struct ForeignWorkbookInputTests {
    let reader = ReportFileReader()

    @Test("a workbook in a layout of its own is read by content, its cover facts from the lines around the tables",
          arguments: ["stacked-city-2022", "per-sheet-city-2022", "subtotals-city-2022", "stacked-city-2022.libreoffice"])
    func foreignWorkbook(_ name: String) throws {
        let file = try reader.read(Fixtures.url("sheets/\(name).xlsx"))
        #expect(file.kind == .workbook)
        #expect(file.report.organization.name == "测试市生态环境局")
        #expect(file.report.year == 2022)
        #expect(file.report.edition == .y2021)
        #expect(file.report.applications[.newReceived, .total] == 106)
        #expect(file.cover?.responsible == "张三")
        #expect(file.cover?.reviewer == "李四")
        #expect(file.cover?.preparer == "王五")
        #expect(file.cover?.phone == "0379-63211234")
        #expect(file.cover?.date == CalendarDate(year: 2023, month: 1, day: 20))
    }

    @Test func ourTemplateStillGoesThroughTheTemplateImporter() throws {
        let dir = Fixtures.temporaryDirectory()
        let book = dir.appendingPathComponent("book.xlsx")
        try ReportWorkbookExporter().write(Fixtures.fullReport2021, to: book)
        let file = try reader.read(book)
        #expect(file.kind == .workbook)
        #expect(file.report == Fixtures.fullReport2021.workbookContent(in: .y2021))
        #expect(!file.diagnostics.contains { $0.id.hasPrefix("READ.") })
    }

    @Test func aSheetNamed封面InALayoutOfItsOwnFallsBackToTheAnyWorkbookReader() throws {
        let file = try reader.read(Fixtures.url("sheets/cover-sheet-province-2019-blank.xlsx"))
        #expect(file.kind == .workbook)
        #expect(file.report.organization.name == "某省人民政府办公厅")
        #expect(file.report.year == 2019)
        #expect(file.report.applications[.newReceived, .total] == 1127)
        #expect(file.report.applications[.granted, .total] == .blank)
    }

    @Test func aWorkbookWithNeitherSaysWhatWasLookedFor() throws {
        #expect {
            try reader.read(Fixtures.url("xlsx/openpyxl.xlsx"))
        } throws: { error in
            guard let e = error as? ReportFileError, e.kind == .invalid else { return false }
            return e.message.contains("封面") && e.message.contains("表二") && e.message.contains(" — ")
        }
    }
}
