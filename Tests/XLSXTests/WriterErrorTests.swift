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

    /// Every public method of the workbook and its sheets, called after `close()`: each throws `workbookClosed`
    /// instead of reaching the freed C workbook (`autofitColumns` once did: a use after free).
    @Test(arguments: [false, true])
    func everyWriterMethodThrowsAfterClose(constantMemory: Bool) throws {
        let url = folder.appendingPathComponent("closed-all-\(constantMemory).xlsx")
        let book = try WorkbookWriter(url: url, options: WorkbookOptions(constantMemory: constantMemory))
        let sheet = try book.addWorksheet(named: "表一")
        let other = try book.addWorksheet(named: "表二")
        let bold = try book.addFormat(CellFormat(isBold: true))
        try sheet.write("一个很长的单元格文本，让自动列宽有东西可量", row: 0, column: 0, format: bold)
        try sheet.write(12, row: 1, column: 1)
        try book.close()

        let cell = CellReference(row: 5, column: 2)
        let range = CellRange("C6:D7")!
        let chart = Chart(kind: .column, series: [Chart.Series(values: Chart.SheetRange(sheet: "表一", range: CellRange("B2:B3")!))])
        let calls: [(String, () throws -> Void)] = [
            ("addWorksheet", { _ = try book.addWorksheet(named: "表三") }),
            ("addFormat", { _ = try book.addFormat(CellFormat(isItalic: true)) }),
            ("addFormat (registered before close)", { _ = try book.addFormat(CellFormat(isBold: true)) }),
            ("setProperties", { try book.setProperties(DocumentProperties(title: "标题")) }),
            ("defineName", { try book.defineName("合计", refersTo: "='表一'!$B$2") }),
            ("close", { try book.close() }),
            ("write(String)", { try sheet.write("x", row: 5, column: 2) }),
            ("write(Int)", { try sheet.write(7, row: 5, column: 2) }),
            ("write(Decimal)", { try sheet.write(Decimal(string: "1.5")!, row: 5, column: 2) }),
            ("write(Bool)", { try sheet.write(true, row: 5, column: 2) }),
            ("writeBlank", { try sheet.writeBlank(row: 5, column: 2, format: bold) }),
            ("writeFormula", { try sheet.writeFormula(Formula("=1+1", cached: .number(2)), row: 5, column: 2) }),
            ("write(CellValue, at:)", { try sheet.write(CellValue.string("x"), at: cell) }),
            ("write(CellValue, row:column:)", { try sheet.write(CellValue.number(3), row: 5, column: 2) }),
            ("write(Formula, at:)", { try sheet.write(Formula("=1", cached: .number(1)), at: cell) }),
            ("writeRow", { try sheet.writeRow([.string("a"), .number(1)], row: 5) }),
            ("mergeRange(value:)", { try sheet.mergeRange(range, value: .string("合并")) }),
            ("mergeRange(formula:)", { try sheet.mergeRange(range, formula: Formula("=1", cached: .number(1))) }),
            ("setColumnWidth(columns:)", { try sheet.setColumnWidth(12, columns: 0...3) }),
            ("setColumnWidth(column:)", { try sheet.setColumnWidth(12, column: 4) }),
            ("autofitColumns", { _ = try sheet.autofitColumns() }),
            ("setRowHeight", { try sheet.setRowHeight(20, row: 5) }),
            ("freezePanes", { try sheet.freezePanes(rows: 1) }),
            ("setPageSetup", { try sheet.setPageSetup(PageSetup()) }),
            ("addDataValidation", { try sheet.addDataValidation(DataValidation(rule: .list(["是", "否"])), to: range) }),
            ("protect", { try sheet.protect(password: "x") }),
            ("addChart", { try sheet.addChart(chart, at: cell) }),
            ("hide", { try other.hide() }),
            ("activate", { try other.activate() }),
        ]
        for (name, call) in calls {
            #expect(code(call) == .workbookClosed, "\(name) after close()")
        }
        #expect(sheet.measuredWidth(ofColumn: 0) > 20)
        // The list covers every public method the two writer classes declare (a new one must be added here).
        let declared = try Self.publicMethodNames(in: ["WorkbookWriter.swift", "WorksheetWriter.swift"])
        let covered = Set(calls.map { String($0.0.prefix { $0 != "(" && $0 != " " }) })
        #expect(declared.subtracting(covered).isEmpty, "not called after close(): \(declared.subtracting(covered).sorted())")
    }

    /// The names of the throwing instance methods declared `public func` in the writer's source files (static ones
    /// excluded; the one non-throwing method, `measuredWidth(ofColumn:)`, reads Swift state only).
    static func publicMethodNames(in files: [String]) throws -> Set<String> {
        let writer = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/XLSX/Writer").standardizedFileURL
        var names: Set<String> = []
        for file in files {
            let text = try String(contentsOf: writer.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let trimmed = line.drop { $0 == " " }
                guard trimmed.hasPrefix("public func "), trimmed.contains(" throws") else { continue }
                names.insert(String(trimmed.dropFirst("public func ".count).prefix { $0.isLetter || $0.isNumber }))
            }
        }
        return names
    }

    @Test func libraryErrorTextNamesTheCSymbol() throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("symbol.xlsx"))
        let sheet = try book.addWorksheet(named: "表一")
        let rule = DataValidation(rule: .wholeNumber(.atLeast(0)), inputTitle: String(repeating: "长", count: 40))
        do {
            try sheet.addDataValidation(rule, to: CellRange("B3:B9")!)
            Issue.record("a 40-character title was accepted")
        } catch let error as XLSXWriterError {
            #expect(error.code.description == "string32LengthExceeded")
            #expect(error.code.symbol == "LXW_ERROR_32_STRING_LENGTH_EXCEEDED")
            #expect(error.description.hasSuffix(
                "（libxlsxwriter LXW_ERROR_32_STRING_LENGTH_EXCEEDED: Parameter exceeds Excel's limit of 32 characters.）"))
            #expect(!error.description.contains("lxw_error"))
        }
        #expect(XLSXWriterError.Code.sheetNameAlreadyUsed.symbol == "LXW_ERROR_SHEETNAME_ALREADY_USED")
        #expect(XLSXWriterError.Code.workbookClosed.symbol == nil)
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
