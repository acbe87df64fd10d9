import DisclosureModel
import DisclosureWorkbook
import Foundation
import Testing
import TestSupport
import XLSX

/// Reading workbooks a clerk edited, and refusing workbooks that are not the template or of the other edition.
@Suite struct ReportImportTests {
    /// Writes the seed as a clerk's spreadsheet program might leave it: no merges, every figure typed as text,
    /// one full-width number, one with stray spaces, a "-", a formula in an input cell, a word where a number
    /// belongs, and a blank row inserted before （一）予以公开 (so every row below moves down by one).
    static func clerkEdited(to url: URL) throws -> (expected: AnnualReport, wordCell: String) {
        var expected = Fixtures.seedReport.workbookContent(in: ReportFormat.y2019)
        let edition = ReportFormat.y2019
        let insertedAt = try #require(TableLayout(.applications, edition).blocks[0].rows.first { $0.spec.key == .granted }?.sheetRow)
        let book = try WorkbookWriter(url: url)
        let cover = try book.addWorksheet(named: "封面")
        let coverLayout = CoverLayout(edition)
        try cover.write("政府信息公开工作年度报告统计表", row: 0, column: 0)
        for (field, row) in coverLayout.rows {
            try cover.write(field.label + "：", row: row + 1, column: 0)  // a row inserted above, a colon added
        }
        try cover.write(" 洛阳市人民政府办公室 ", row: try #require(coverLayout.rows[.unitName]) + 1, column: 1)
        try cover.write("市", row: try #require(coverLayout.rows[.level]) + 1, column: 1)
        try cover.write("２０２０", row: try #require(coverLayout.rows[.year]) + 1, column: 1)
        try cover.write(44216, row: try #require(coverLayout.rows[.date]) + 1, column: 1)  // 2021-01-20 as a date serial

        var wordCell = ""
        for table in TableID.allCases {
            let layout = TableLayout(table, edition)
            let sheet = try book.addWorksheet(named: layout.sheet.name)
            let shift = { (row: Int) in table == .applications && row >= insertedAt ? row + 1 : row }
            for text in layout.texts {
                try sheet.write(text.text, row: shift(text.range.first.row), column: text.range.first.column)
            }
            for (address, reference) in layout.figureCells {
                let row = shift(reference.row)
                let figure = expected[table][address]
                switch (table, address.row, address.column) {
                case (.applications, .newReceived, .naturalPerson):
                    try sheet.write("１５３", row: row, column: reference.column)
                case (.applications, .carriedOver, .naturalPerson):
                    try sheet.write(" 12 ", row: row, column: reference.column)
                case (.applications, .withheldQuery, .commercial):
                    try sheet.write("-", row: row, column: reference.column)
                    expected.applications[address] = .blank
                case (.applications, .granted, .naturalPerson):
                    try sheet.writeFormula(Formula("20+3", cached: .number(23)), row: row, column: reference.column)
                case (.applications, .unavailableUnclear, .research):
                    try sheet.write("十二", row: row, column: reference.column)
                    expected.applications[address] = .blank
                    wordCell = "\(CellReference(row: row, column: reference.column))"
                default:
                    try sheet.write(figure.decimal?.plainText ?? "", row: row, column: reference.column)
                }
            }
        }
        try book.close()
        return (expected, wordCell)
    }

    @Test func clerkEditedWorkbookReadsIntoTheModelWithTheWordLocatedAtItsCell() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("clerk.xlsx")
        let (expected, wordCell) = try Self.clerkEdited(to: url)
        let imported = try ReportWorkbookImporter().read(contentsOf: url)
        #expect(imported.report == expected)
        #expect(imported.cover.date == CalendarDate(year: 2021, month: 1, day: 20))
        #expect(wordCell == "F21")
        #expect(imported.diagnostics.count == 1)
        let d = try #require(imported.diagnostics.first)
        #expect(d.id == "WB.notANumber" && d.severity == .error)
        #expect(d.location.sheetCell == "表三!F21")
        #expect(d.location.row == .unavailableUnclear && d.location.column == .research)
        #expect(d.message.hasPrefix("表三!F21：不是数字（\"十二\"）"))
    }

    @Test func extraLabelledRowIsKeptAndAnUnlabelledRowIsReported() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("extra.xlsx")
        // Same layout written by hand with one provincial row added under 规范性文件 and a stray row of figures.
        let book = try WorkbookWriter(url: url)
        let cover = try book.addWorksheet(named: "封面")
        for (field, row) in CoverLayout(ReportFormat.y2019).rows { try cover.write(field.label, row: row, column: 0) }
        for table in TableID.allCases {
            let l = TableLayout(table, .y2019)
            let sheet = try book.addWorksheet(named: l.sheet.name)
            let shift = { (row: Int) in table == .proactive && row >= 6 ? row + 2 : row }
            for text in l.texts { try sheet.write(text.text, row: shift(text.range.first.row), column: text.range.first.column) }
            if table == .proactive {
                try sheet.write("其他主动公开文件", row: 6, column: 0)
                try sheet.write(7, row: 6, column: 1)
                try sheet.write(5, row: 7, column: 2)
            }
        }
        try book.close()
        let imported = try ReportWorkbookImporter().read(contentsOf: url)
        #expect(imported.report.proactive.extraRows == [
            ExtraRow(block: "第二十条第（一）项", label: "其他主动公开文件", figures: [.newlyMade: 7])
        ])
        #expect(imported.diagnostics.contains { $0.id == "WB.unlabelledRow" && $0.location.sheetCell == "表二!A8" })
    }

    @Test func workbookOfTheOtherEditionIsRefusedWithATypedError() throws {
        let url = try ReportBook.export(Fixtures.fullReport2021)
        #expect {
            _ = try ReportWorkbookImporter().read(contentsOf: url, expecting: .y2019)
        } throws: { error in
            guard let e = error as? ReportWorkbookError else { return false }
            return e.kind == .wrongEdition && e.found == .y2021 && e.description.contains("需要2019年版模板，本文件为2021年版")
        }
    }

    @Test func templateOfTheWrongEditionForTheYearIsRefused() throws {
        // A 2021 report typed into the 2019 template: the cover's year needs the 2021 edition.
        var report = Fixtures.seedReport
        report.year = 2021
        let url = try ReportBook.export(report)
        #expect {
            _ = try ReportWorkbookImporter().read(contentsOf: url)
        } throws: { error in
            (error as? ReportWorkbookError)?.kind == .wrongEdition
                && (error as? ReportWorkbookError)?.message.contains("2021年度应使用2021年版") == true
        }
    }

    @Test func workbookThatIsNotOurTemplateIsRefusedNamingWhatIsMissing() throws {
        let folder = Fixtures.temporaryDirectory()
        let stranger = folder.appendingPathComponent("stranger.xlsx")
        let book = try WorkbookWriter(url: stranger)
        try book.addWorksheet(named: "Sheet1").write("hello", row: 0, column: 0)
        try book.close()
        #expect {
            _ = try ReportWorkbookImporter().read(contentsOf: stranger)
        } throws: { error in
            let e = error as? ReportWorkbookError
            return e?.kind == .notATemplate && e?.sheet == "封面" && e?.message.contains("缺少工作表“封面”") == true
        }

        let lookalike = folder.appendingPathComponent("lookalike.xlsx")
        let same = try WorkbookWriter(url: lookalike)
        for name in ["封面", "表二", "表三", "表四"] { try same.addWorksheet(named: name).write(name, row: 0, column: 0) }
        try same.close()
        #expect {
            _ = try ReportWorkbookImporter().read(contentsOf: lookalike)
        } throws: { error in
            let e = error as? ReportWorkbookError
            return e?.kind == .notATemplate && e?.sheet == "表二" && e?.cell == "A3" && e?.message.contains("第二十条第（一）项") == true
        }

        let notZip = folder.appendingPathComponent("text.xlsx")
        try Data("not a workbook".utf8).write(to: notZip)
        #expect {
            _ = try ReportWorkbookImporter().read(contentsOf: notZip)
        } throws: { error in (error as? ReportWorkbookError)?.kind == .notAWorkbook }
    }

    /// Each way a file can fail is its own case, with a message a caller can show (`localizedDescription`).
    @Test func everyFailureIsADistinctCaseWithALocalizedMessage() throws {
        let folder = Fixtures.temporaryDirectory()
        let xls = folder.appendingPathComponent("模板.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: xls)
        let good = try ReportBook.export(Fixtures.seedReport)
        var bytes = try Data(contentsOf: good)
        bytes.replaceSubrange(bytes.count / 2..<(bytes.count / 2 + 64), with: [UInt8](repeating: 0x41, count: 64))
        let damaged = folder.appendingPathComponent("damaged.xlsx")
        try bytes.write(to: damaged)
        let other = try ReportBook.template(.y2021)
        let cases: [(URL, Edition?, ReportWorkbookError.Kind)] = [
            (folder.appendingPathComponent("absent.xlsx"), nil, .noSuchFile),
            (xls, nil, .notAWorkbook),
            (damaged, nil, .corrupt),
            (other, .y2019, .wrongEdition),
        ]
        for (url, expecting, expected) in cases {
            do {
                _ = try ReportWorkbookImporter().read(contentsOf: url, expecting: expecting)
                Issue.record("\(url.lastPathComponent) was read")
            } catch {
                switch error.kind {
                case .noSuchFile: #expect(expected == .noSuchFile)
                case .notAWorkbook:
                    #expect(expected == .notAWorkbook)
                    #expect(error.message.contains("另存为 .xlsx"))
                case .corrupt:
                    #expect(expected == .corrupt)
                    #expect(error.underlying != nil)
                case .notATemplate, .unknownEdition: Issue.record("\(url.lastPathComponent): \(error)")
                case .wrongEdition: #expect(expected == .wrongEdition)
                }
                #expect(error.file == url.path)
                #expect((error as any Error).localizedDescription == error.description)
                #expect(error.description.hasPrefix(url.path))
            }
        }
    }

    @Test func failedExportLeavesNoPartialFileAndKeepsTheOldOne() throws {
        let folder = Fixtures.temporaryDirectory()
        let url = folder.appendingPathComponent("报告.xlsx")
        try Data("old".utf8).write(to: url)
        var bad = Fixtures.seedReport
        bad.organization.name = "洛阳\u{1}办公室"  // a control character a cell cannot hold
        #expect(throws: XLSXWriterError.self) {
            try ReportWorkbookExporter().write(bad, to: url)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["报告.xlsx"])
        #expect(try Data(contentsOf: url) == Data("old".utf8))
    }
}
