import Foundation
import Testing
import TestSupport
import XLSX

/// Every writer feature, written through `WorkbookWriter` and read back through `WorkbookReader`.
struct ReaderRoundTripTests {
    /// Writes a workbook with `body`, returns the reader over it.
    private func roundTrip(constantMemory: Bool = false, _ body: (WorkbookWriter) throws -> Void) throws -> WorkbookReader {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("round-trip.xlsx")
        let book = try WorkbookWriter(url: url, options: WorkbookOptions(constantMemory: constantMemory))
        try body(book)
        try book.close()
        return try WorkbookReader(url: url)
    }

    @Test func valuesOfEveryTypeComeBackExactly() throws {
        let book = try roundTrip { book in
            let sheet = try book.addWorksheet(named: "表三")
            try sheet.write("政府信息公开 & <CJK> \"引号\"", row: 0, column: 0)
            try sheet.write(153, row: 1, column: 0)
            try sheet.write(Decimal(string: "94.2")!, row: 1, column: 1)
            try sheet.write(Decimal(string: "-0.1")!, row: 1, column: 2)
            try sheet.write(Decimal(string: "123456789.12")!, row: 1, column: 3)
            try sheet.write(Decimal(string: "0.07")!, row: 1, column: 4)  // libxlsxwriter prints 0.07000000000000001
            try sheet.write(true, row: 2, column: 0)
            try sheet.write(false, row: 2, column: 1)
            try sheet.write(CellValue.string("行内\n换行"), row: 2, column: 2)
            try sheet.writeBlank(row: 3, column: 0, format: try book.addFormat(CellFormat(isBold: true)))
        }
        let sheet = try book.readSheet(named: "表三")
        #expect(sheet["A1"]?.value == .string("政府信息公开 & <CJK> \"引号\""))
        #expect(sheet["A2"]?.value == .number(153))
        #expect(sheet["B2"]?.value == .number(Decimal(string: "94.2")!))
        #expect(sheet["C2"]?.value == .number(Decimal(string: "-0.1")!))
        #expect(sheet["D2"]?.value == .number(Decimal(string: "123456789.12")!))
        #expect(sheet["E2"]?.value == .number(Decimal(string: "0.07")!))
        #expect(sheet["A3"]?.value == .boolean(true))
        #expect(sheet["B3"]?.value == .boolean(false))
        #expect(sheet["C3"]?.value == .string("行内\n换行"))
        #expect(sheet["A4"]?.value == .blank)
        #expect(sheet["A4"].map { $0.styleIndex != 0 } == true)
    }

    @Test func formulasKeepTextAndCachedValues() throws {
        let book = try roundTrip { book in
            let sheet = try book.addWorksheet(named: "合计")
            try sheet.write(153, row: 0, column: 0)
            try sheet.write(12, row: 1, column: 0)
            try sheet.writeFormula(Formula("=SUM(A1:A2)", cached: .number(165)), row: 2, column: 0)
            try sheet.writeFormula(Formula("A1/A2", cached: .number(Decimal(string: "12.75")!)), row: 3, column: 0)
            try sheet.writeFormula(Formula("IF(A1>0,\"有\",\"无\")", cached: .string("有")), row: 4, column: 0)
            try sheet.mergeRange(CellRange("B1:C2")!, formula: Formula("A1+A2", cached: .number(165)))
        }
        let sheet = try book.readSheet(named: "合计")
        #expect(sheet["A3"]?.formula == Sheet.Formula(kind: .normal, text: "SUM(A1:A2)"))
        #expect(sheet["A3"]?.value == .number(165))
        #expect(sheet["A4"]?.value == .number(Decimal(string: "12.75")!))
        #expect(sheet["A5"]?.formula?.text == "IF(A1>0,\"有\",\"无\")")
        #expect(sheet["A5"]?.value == .string("有"))
        #expect(sheet["B1"]?.formula?.text == "A1+A2")
        #expect(sheet.metadata.mergedRanges == [CellRange("B1:C2")!])
    }

    @Test func sheetsOrderHiddenStateAndDefinedNames() throws {
        let book = try roundTrip { book in
            _ = try book.addWorksheet(named: "表一")
            try book.addWorksheet(named: "代码表").hide()
            _ = try book.addWorksheet(named: "表二")
            try book.defineName("输入区", refersTo: "='表一'!$B$2:$D$9")
        }
        #expect(book.sheets.map(\.name) == ["表一", "代码表", "表二"])
        #expect(book.sheets.map(\.state) == [.visible, .hidden, .visible])
        #expect(book.definedNames.contains { $0.name == "输入区" && $0.formula == "'表一'!$B$2:$D$9" })
    }

    @Test func mergesValidationsProtectionAndUnlockedInputCells() throws {
        let book = try roundTrip { book in
            let sheet = try book.addWorksheet(named: "模板")
            let input = try book.addFormat(CellFormat(isLocked: false))
            try sheet.mergeRange(CellRange("A1:D1")!, value: .string("政府信息公开工作年度报告"))
            try sheet.writeBlank(row: 1, column: 1, format: input)
            try sheet.write(7, row: 1, column: 2, format: input)
            try sheet.write("标签", row: 1, column: 0)
            try sheet.addDataValidation(
                DataValidation(rule: .wholeNumber(.atLeast(0)), errorMessage: "请输入非负整数"), to: CellRange("B2:D9")!)
            try sheet.addDataValidation(DataValidation(rule: .list(["是", "否"])), to: CellRange("E2:E9")!)
            try sheet.addDataValidation(DataValidation(rule: .decimal(.between(0, 100))), to: CellRange("F2")!)
            try sheet.protect(password: "gov")
        }
        let sheet = try book.readSheet(named: "模板")
        #expect(sheet["A1"]?.value == .string("政府信息公开工作年度报告"))
        #expect(sheet.metadata.mergedRanges == [CellRange("A1:D1")!])
        #expect(sheet["B2"]?.isLocked == false)
        #expect(sheet["C2"]?.isLocked == false)
        #expect(sheet["C2"]?.value == .number(7))
        #expect(sheet["A2"]?.isLocked == true)
        #expect(sheet.metadata.protection?.isProtected == true)
        #expect(sheet.metadata.protection?.hasPassword == true)
        let validations = sheet.metadata.dataValidations
        #expect(validations.count == 3)
        let whole = try #require(validations.first { $0.type == "whole" })
        #expect(whole.operator == "greaterThanOrEqual")
        #expect(whole.formula1 == "0")
        #expect(whole.ranges == [CellRange("B2:D9")!])
        #expect(whole.errorMessage == "请输入非负整数")
        let list = try #require(validations.first { $0.type == "list" })
        #expect(list.formula1 == "\"是,否\"")
        let decimal = try #require(validations.first { $0.type == "decimal" })
        #expect(decimal.operator == "between")
        #expect(decimal.formula1 == "0")
        #expect(decimal.formula2 == "100")
    }

    @Test(arguments: [false, true])
    func streamingReadsEveryRowOfABigSheet(constantMemory: Bool) throws {
        let rows = 5_000
        let book = try roundTrip(constantMemory: constantMemory) { book in
            let sheet = try book.addWorksheet(named: "账号")
            for r in 0..<rows {
                try sheet.write("账号\(r)", row: r, column: 0)
                try sheet.write(r, row: r, column: 1)
                try sheet.write(Decimal(r) / 100, row: r, column: 2)
            }
        }
        var count = 0
        var sum = Decimal(0)
        try book.forEachRow(inSheet: "账号") { row in
            #expect(row.cells.count == 3)
            #expect(row.cells[0].value == .string("账号\(row.index)"))
            if case .number(let n) = row.cells[2].value { sum += n }
            count += 1
        }
        #expect(count == rows)
        #expect(sum == Decimal(rows * (rows - 1) / 2) / 100)
    }
}
