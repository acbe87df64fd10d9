import Foundation
import Testing
import TestSupport
import XLSX

/// `WorkbookReader.readSheets`: several sheets with one opening of the archive, the same as one `readSheet` each.
struct ReaderSeveralSheetsTests {
    private func workbook() throws -> WorkbookReader {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("several.xlsx")
        let book = try WorkbookWriter(url: url)
        for (i, name) in ["封面", "表二", "表三", "表四"].enumerated() {
            let sheet = try book.addWorksheet(named: name)
            try sheet.write(name, row: 0, column: 0)
            try sheet.write(100 + i, row: 1, column: 1)
            try sheet.writeFormula(Formula("B2+1", cached: .number(Decimal(101 + i))), row: 2, column: 1)
        }
        try book.close()
        return try WorkbookReader(url: url)
    }

    @Test func severalSheetsReadAtOnceEqualEachSheetReadAlone() throws {
        let book = try workbook()
        let order = [book.sheets[2], book.sheets[0], book.sheets[3]]
        let together = try book.readSheets(order)
        #expect(together.map(\.info.name) == ["表三", "封面", "表四"])
        for (sheet, info) in zip(together, order) { #expect(sheet == (try book.readSheet(info))) }
        #expect(together[0]["B2"]?.value == .number(102))
        #expect(together[2]["B3"]?.value == .number(104))
        #expect(together[2]["B3"]?.formula?.text == "B2+1")
        #expect(try book.readSheets([]).isEmpty)
    }

    @Test func aMissingPartAmongSeveralNamesItsSheet() throws {
        let book = try workbook()
        let absent = SheetInfo(name: "表五", index: 9, state: .visible, partPath: "xl/worksheets/absent.xml")
        do {
            _ = try book.readSheets([book.sheets[0], absent])
            Issue.record("a sheet without a part was read")
        } catch {
            #expect(error.kind == .missingPart)
            #expect(error.sheet == "表五")
        }
    }
}
