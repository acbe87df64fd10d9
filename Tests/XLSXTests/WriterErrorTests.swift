import Foundation
import Testing
import TestSupport
import XLSX

/// The writer's error paths: each failure is a typed, located error, and no failure leaves a partial file.
@Suite struct WriterErrorTests {
    let folder = Fixtures.temporaryDirectory("WriterErrorTests")

    func code(_ body: () throws -> Void) -> XLSXWriterError.Code? {
        do {
            try body()
            return nil
        } catch let error as XLSXWriterError {
            return error.code
        } catch {
            return nil
        }
    }

    @Test(arguments: [
        ("", XLSXWriterError.Code.sheetNameEmpty),
        (String(repeating: "表", count: 32), .sheetNameLengthExceeded),
        ("收入/支出", .invalidSheetNameCharacter),
        ("[汇总]", .invalidSheetNameCharacter),
        ("a:b", .invalidSheetNameCharacter),
        ("'表一", .sheetNameStartEndApostrophe),
        ("表一'", .sheetNameStartEndApostrophe),
    ])
    func invalidSheetNamesAreRefusedBeforeCallingC(name: String, expected: XLSXWriterError.Code) throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("names.xlsx"))
        #expect(code { _ = try book.addWorksheet(named: name) } == expected)
    }

    @Test func thirtyOneCharacterNameIsAccepted() throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("names.xlsx"))
        let sheet = try book.addWorksheet(named: String(repeating: "表", count: 31))
        #expect(sheet.name.count == 31)
    }

    @Test func duplicateSheetNamesAreRefusedCaseInsensitively() throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("dup.xlsx"))
        _ = try book.addWorksheet(named: "Summary")
        do {
            _ = try book.addWorksheet(named: "SUMMARY")
            Issue.record("a duplicate name was accepted")
        } catch let error as XLSXWriterError {
            #expect(error.code == .sheetNameAlreadyUsed)
            #expect(error.code.description == "sheetNameAlreadyUsed")
            #expect(error.description == "SUMMARY：工作表名称“SUMMARY”已被使用（不区分大小写） — already used in this workbook (case-insensitive)")
        }
    }

    @Test func overlappingMergeIsRefusedWithItsLocation() throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("merge.xlsx"))
        let sheet = try book.addWorksheet(named: "表二")
        try sheet.mergeRange(CellRange("A1:C1")!, value: .string("标题"))
        do {
            try sheet.mergeRange(CellRange("C1:D2")!)
            Issue.record("an overlapping merge was accepted")
        } catch let error as XLSXWriterError {
            #expect(error.code == .overlappingMerge)
            #expect(error.sheet == "表二")
            #expect(error.range == CellRange("C1:D2"))
            #expect(error.description.contains("表二!C1:D2：合并区域 C1:D2 与已合并的 A1:C1 重叠"))
        }
        try sheet.mergeRange(CellRange("A2:B2")!)
        #expect(sheet.mergedRanges == [CellRange("A1:C1")!, CellRange("A2:B2")!])
        #expect(code { try sheet.mergeRange(CellRange("E5:E5")!) } == .invalidArgument)
    }

    @Test func missingFolderThrowsAtOnceAndCreatesNothing() throws {
        let missing = folder.appendingPathComponent("no-such-folder")
        #expect(code { _ = try WorkbookWriter(url: missing.appendingPathComponent("x.xlsx")) } == .fileSystem)
        #expect(!FileManager.default.fileExists(atPath: missing.path))
        #expect(WriterTestSupport.listing(folder) == [])
    }

    @Test func failureWhileClosingLeavesTheExistingFileUntouched() throws {
        let target = folder.appendingPathComponent("report.xlsx")
        try Data("old contents".utf8).write(to: target)
        let book = try WorkbookWriter(url: target)
        try book.addWorksheet(named: "表一").write("数据", row: 0, column: 0)
        // Sabotage: put a folder where libxlsxwriter will write the zip, so workbook_close() fails midway.
        let reserved = try #require(WriterTestSupport.listing(folder).first { $0.hasPrefix(".report.xlsx.tmp-") })
        let temporary = folder.appendingPathComponent(reserved)
        try FileManager.default.removeItem(at: temporary)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
        do {
            try book.close()
            Issue.record("close succeeded although its file could not be created")
        } catch let error as XLSXWriterError {
            #expect(error.code == .creatingXLSXFile)
            #expect(error.libraryText == "Error creating output xlsx file. Usually a permissions error.")
            #expect(error.file == target.path)
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old contents")
        #expect(book.isClosed)
        #expect(code { try book.close() } == .workbookClosed)
    }

    @Test func failedRenameLeavesTheTargetUntouchedAndNoTemporaryFile() throws {
        let target = folder.appendingPathComponent("report.xlsx")
        // A non-empty folder of that name: rename(2) cannot replace it.
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: target.appendingPathComponent("keep.txt"))
        let book = try WorkbookWriter(url: target)
        try book.addWorksheet(named: "表一").write("数据", row: 0, column: 0)
        #expect(code { try book.close() } == .fileSystem)
        #expect(WriterTestSupport.listing(folder) == ["report.xlsx"])
        #expect(WriterTestSupport.listing(target) == ["keep.txt"])
    }

    @Test func droppingAnUnclosedWorkbookWritesNothing() throws {
        let target = folder.appendingPathComponent("abandoned.xlsx")
        do {
            let book = try WorkbookWriter(url: target)
            let sheet = try book.addWorksheet(named: "表一")
            try sheet.write("未完成", row: 0, column: 0)
            #expect(WriterTestSupport.listing(folder).count == 1)  // the reserved temporary file
        }
        #expect(WriterTestSupport.listing(folder) == [])
    }

    @Test func droppingAnUnclosedConstantMemoryWorkbookWritesNothing() throws {
        let target = folder.appendingPathComponent("abandoned.xlsx")
        do {
            let book = try WorkbookWriter(url: target, options: WorkbookOptions(constantMemory: true, temporaryDirectory: folder))
            let sheet = try book.addWorksheet(named: "表一")
            for row in 0..<1000 { try sheet.write(row, row: row, column: 0) }
        }
        #expect(WriterTestSupport.listing(folder) == [])
    }

    @Test func failureMidwayThenDroppingLeavesTheExistingFileUntouched() throws {
        let target = folder.appendingPathComponent("report.xlsx")
        try Data("old contents".utf8).write(to: target)
        do {
            let book = try WorkbookWriter(url: target)
            let sheet = try book.addWorksheet(named: "表一")
            try sheet.mergeRange(CellRange("A1:B1")!)
            #expect(code { try sheet.mergeRange(CellRange("B1:C1")!) } == .overlappingMerge)
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old contents")
        #expect(WriterTestSupport.listing(folder) == ["report.xlsx"])
    }

    @Test func successfulCloseReplacesTheExistingFile() throws {
        let target = folder.appendingPathComponent("report.xlsx")
        try Data("old contents".utf8).write(to: target)
        let book = try WorkbookWriter(url: target)
        try book.addWorksheet(named: "新").write("新", row: 0, column: 0)
        try book.close()
        #expect(try WriterTestSupport.part(target, "xl/workbook.xml").contains(#"<sheet name="新""#))
        #expect(WriterTestSupport.listing(folder) == ["report.xlsx"])
    }

    @Test func constantMemoryModeRefusesAnEarlierRowInsteadOfDroppingIt() throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("order.xlsx"), options: WorkbookOptions(constantMemory: true))
        let sheet = try book.addWorksheet(named: "明细")
        try sheet.write("b", row: 5, column: 1)
        try sheet.write("a", row: 5, column: 0)
        #expect(code { try sheet.write("late", row: 4, column: 0) } == .rowOrder)
    }

    @Test func textWithNulOrControlCharactersIsRefusedAndCanBeSanitized() throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("text.xlsx"))
        let sheet = try book.addWorksheet(named: "表一")
        #expect(code { try sheet.write("a\u{0}b", row: 0, column: 0) } == .invalidCharacter)
        #expect(code { try sheet.write("a\u{1}b", row: 0, column: 0) } == .invalidCharacter)
        #expect(code { try sheet.write("\u{FFFF}", row: 0, column: 0) } == .invalidCharacter)
        #expect(code { try sheet.write("第一行\n第二行\t制表\r", row: 0, column: 0) } == nil)
        #expect(CellText.sanitized("a\u{0}b\u{1}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(CellText.firstInvalidCharacter(in: "正常文本😀") == nil)
    }

    @Test func integersBeyondTwoToThe53AreRefused() throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("big.xlsx"))
        let sheet = try book.addWorksheet(named: "表一")
        #expect(code { try sheet.write(9_007_199_254_740_993, row: 0, column: 0) } == .numberNotRepresentable)
        #expect(code { try sheet.write(9_007_199_254_740_992, row: 0, column: 0) } == nil)
        #expect(code { try sheet.write(Decimal.nan, row: 0, column: 1) } == .numberNotRepresentable)
    }

    @Test func cellsOutsideTheSheetAndForeignFormatsAreRefused() throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("range.xlsx"))
        let other = try WorkbookWriter(url: folder.appendingPathComponent("other.xlsx"))
        let sheet = try book.addWorksheet(named: "表一")
        #expect(code { try sheet.write(1, row: 1_048_576, column: 0) } == .invalidArgument)
        #expect(code { try sheet.write(1, row: -1, column: 0) } == .invalidArgument)
        #expect(code { try sheet.write(1, row: 0, column: 16_384) } == .invalidArgument)
        let foreign = try other.addFormat(CellFormat(isBold: true))
        #expect(code { try sheet.write(1, row: 0, column: 0, format: foreign) } == .foreignFormat)
    }

    @Test func writingAfterCloseIsRefused() throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("closed.xlsx"))
        let sheet = try book.addWorksheet(named: "表一")
        try book.close()
        #expect(code { try sheet.write("x", row: 0, column: 0) } == .workbookClosed)
        #expect(code { _ = try book.addWorksheet(named: "表二") } == .workbookClosed)
        #expect(code { try book.close() } == .workbookClosed)
    }

    @Test func libraryErrorsCarryLibxlsxwriterTextAndTheLocation() throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("validation.xlsx"))
        let sheet = try book.addWorksheet(named: "表一")
        let rule = DataValidation(rule: .wholeNumber(.atLeast(0)), inputTitle: String(repeating: "长", count: 40))
        do {
            try sheet.addDataValidation(rule, to: CellRange("B3:B9")!)
            Issue.record("a 40-character title was accepted")
        } catch let error as XLSXWriterError {
            #expect(error.code == .string32LengthExceeded)
            #expect(error.libraryText == "Parameter exceeds Excel's limit of 32 characters.")
            #expect(error.location.hasSuffix("表一!B3:B9"))
        }
        #expect(code { try sheet.addDataValidation(DataValidation(rule: .list(["a,b"])), to: CellRange("A1")!) } == .invalidArgument)
    }

    @Test func theActiveSheetCannotBeHidden() throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("hidden.xlsx"))
        let first = try book.addWorksheet(named: "表一")
        let second = try book.addWorksheet(named: "表二")
        #expect(code { try first.hide() } == .invalidArgument)
        try second.activate()
        try first.hide()
        #expect(code { try first.activate() } == .invalidArgument)
    }
}
