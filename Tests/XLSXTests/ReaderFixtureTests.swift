import Foundation
import Testing
import TestSupport
import XLSX

/// Reads the committed fixtures (see make_fixtures.py): one written by openpyxl, one with the structures
/// Excel, WPS and LibreOffice write.
struct ReaderFixtureTests {
    let openpyxl: WorkbookReader
    let excel: WorkbookReader

    init() throws {
        openpyxl = try WorkbookReader(url: Fixtures.url("xlsx/openpyxl.xlsx"))
        excel = try WorkbookReader(url: Fixtures.url("xlsx/excel-like.xlsx"))
    }

    @Test func openpyxlSheetsKeepOrderAndHiddenState() {
        #expect(openpyxl.sheets.map(\.name) == ["表三", "隐藏", "Data"])
        #expect(openpyxl.sheets.map(\.state) == [.visible, .hidden, .visible])
        #expect(openpyxl.sheets.map(\.index) == [0, 1, 2])
    }

    @Test func openpyxlValuesAreExactAndTyped() throws {
        let sheet = try openpyxl.readSheet(named: "表三")
        #expect(sheet["A1"]?.value == .string("申请情况"))
        #expect(sheet["A3"]?.value == .string("法人或者其他组织"))
        #expect(sheet["B2"]?.value == .number(153))
        #expect(sheet["C2"]?.value == .number(Decimal(string: "94.2")!))
        #expect(sheet["C3"]?.value == .boolean(true))
        #expect(sheet["C4"]?.value == .number(Decimal(string: "-0.5")!))
        #expect(sheet["A5"] == nil)
        #expect(sheet.value(at: CellReference(row: 4, column: 0)) == .blank)
    }

    @Test func openpyxlFormulaWithoutCachedValueReadsAsBlankWithText() throws {
        let b4 = try #require(try openpyxl.readSheet(named: "表三")["B4"])
        #expect(b4.formula == Sheet.Formula(kind: .normal, text: "SUM(B2:B3)"))
        #expect(b4.value == .blank)
    }

    @Test func openpyxlMergedValidationProtectionAndLocking() throws {
        let sheet = try openpyxl.readSheet(named: "表三")
        #expect(sheet.metadata.mergedRanges == [CellRange("A6:C6")!])
        #expect(sheet.mergedRange(containing: CellReference("B6")!) == CellRange("A6:C6"))
        let validation = try #require(sheet.metadata.dataValidations.first)
        #expect(validation.type == "whole")
        #expect(validation.operator == "greaterThanOrEqual")
        #expect(validation.formula1 == "0")
        #expect(validation.ranges == [CellRange("B2:B3")!])
        #expect(validation.allowsBlank)
        #expect(validation.errorMessage == "请输入非负整数")
        #expect(sheet.metadata.protection?.isProtected == true)
        #expect(sheet.metadata.protection?.hasPassword == false)
        #expect(sheet["B2"]?.isLocked == false)
        #expect(sheet["B3"]?.isLocked == false)
        #expect(sheet["A2"]?.isLocked == true)
        #expect(sheet.metadata.dimension == CellRange("A1:C6"))
    }

    @Test func openpyxlDefinedName() {
        #expect(openpyxl.definedNames.contains(DefinedName(name: "输入区", formula: "'表三'!$B$2:$B$3", sheetIndex: nil, isHidden: false)))
    }

    @Test func sheetOrderFollowsWorkbookNotRelationships() {
        #expect(excel.sheets.map(\.name) == ["汇总", "明细", "备用"])
        #expect(excel.sheets.map(\.partPath) == ["xl/worksheets/summary.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        #expect(excel.sheets.map(\.state) == [.visible, .visible, .veryHidden])
        #expect(excel.definedNames == [DefinedName(name: "_xlnm.Print_Area", formula: "'汇总'!$A$1:$D$10", sheetIndex: 0, isHidden: false)])
        #expect(excel.usesDate1904 == false)
    }

    @Test func sharedStringsRichTextPhoneticAndEntities() throws {
        let sheet = try excel.readSheet(named: "汇总")
        #expect(sheet["A1"]?.value == .string("政府信息公开"))
        #expect(sheet["B1"]?.value == .string("粗体 与普通 "))  // runs joined, xml:space kept, <rPh> dropped
        #expect(sheet["C1"]?.value == .string("A & B 中中 <x>"))
        #expect(sheet["D1"]?.value == .string("line1\r\nline2"))  // _x000D_ decoded, then the literal newline
    }

    @Test func excelNumbersBooleansErrorsAndInlineStrings() throws {
        let sheet = try excel.readSheet(named: "汇总")
        #expect(sheet["A2"]?.value == .number(Decimal(string: "94.2")!))
        #expect(sheet["B2"]?.value == .number(Decimal(string: "0.0015")!))
        #expect(sheet["C2"]?.value == .number(1000))
        #expect(sheet["D2"]?.value == .boolean(true))
        #expect(sheet["E2"]?.value == .error("#DIV/0!"))
        #expect(sheet["A4"]?.value == .string("内联 inline"))
        #expect(sheet["B4"]?.value == .blank)
        #expect(sheet["B4"]?.styleIndex == 2)
        #expect(sheet["C4"]?.value == .number(0))
        #expect(sheet["D4"]?.value == .boolean(false))
    }

    @Test func formulasKeepCachedValuesAndSharedGroups() throws {
        let sheet = try excel.readSheet(named: "汇总")
        let a3 = try #require(sheet["A3"])
        #expect(a3.value == .number(Decimal(string: "188.4")!))
        #expect(a3.formula == Sheet.Formula(kind: .sharedMaster, text: "A2*2", sharedGroup: 0, range: CellRange("A3:C3")))
        let b3 = try #require(sheet["B3"])
        #expect(b3.value == .number(Decimal(string: "0.003")!))
        #expect(b3.formula == Sheet.Formula(kind: .sharedDependent, text: nil, sharedGroup: 0, master: CellReference("A3")))
        #expect(sheet["D3"]?.value == .string("合计"))
        #expect(sheet["D3"]?.formula?.text == "\"合\"&\"计\"")
        #expect(sheet["E3"]?.value == .error("#DIV/0!"))
        #expect(sheet["E3"]?.formula?.text == "1/0")
    }

    @Test func excelValidationsProtectionMergesAndLockedStyles() throws {
        let sheet = try excel.readSheet(named: "汇总")
        #expect(sheet.metadata.mergedRanges == [CellRange("A1:B1")!])
        #expect(sheet.metadata.dataValidations.count == 2)
        #expect(sheet.metadata.dataValidations[0].ranges == [CellRange("A2:C3")!, CellRange("E5")!])
        #expect(sheet.metadata.dataValidations[0].showsErrorMessage)
        #expect(sheet.metadata.dataValidations[1].type == "list")
        #expect(sheet.metadata.dataValidations[1].operator == "between")
        #expect(sheet.metadata.dataValidations[1].formula1 == "\"是,否\"")
        #expect(sheet.metadata.protection?.isProtected == true)
        #expect(sheet.metadata.protection?.attributes["formatCells"] == "0")
        #expect(sheet["A2"]?.isLocked == false)  // style 1 unlocks
        #expect(sheet["B2"]?.isLocked == true)
        #expect(excel.isLocked(styleIndex: 1) == false)
        #expect(excel.isLocked(styleIndex: 0) == true)
    }

    @Test func cellsAndRowsWithoutReferencesTakeImpliedPositions() throws {
        let sheet = try excel.readSheet(named: "明细")
        let positions = sheet.cells.map { "\($0.reference)" }
        #expect(positions == ["A1", "B1", "C1", "A2", "C2", "D2", "A5", "A6"])
        #expect(sheet["C1"]?.value == .string("政府信息公开"))
        #expect(sheet["D2"]?.value == .number(5))
        #expect(sheet["A6"]?.value == .number(7))
    }

    @Test func streamingDeliversTheSameRowsAsReadingIntoMemory() throws {
        var rows: [Sheet.Row] = []
        let metadata = try excel.forEachRow(inSheet: "汇总") { rows.append($0) }
        let sheet = try excel.readSheet(named: "汇总")
        #expect(rows.map(\.index) == [0, 1, 2, 3])
        #expect(rows.flatMap(\.cells) == sheet.cells)
        #expect(metadata == sheet.metadata)
    }

    @Test func emptySheetAndUnknownSheetName() throws {
        #expect(try excel.readSheet(named: "备用").cells.isEmpty)
        let error = ReaderTestWorkbooks.readError { _ = try excel.readSheet(named: "表九") }
        #expect(error?.kind == .noSuchSheet)
        #expect(error?.description.contains("汇总、明细、备用") == true)
    }

    @Test func readsFromMemoryLikeFromFile() throws {
        let data = try Data(contentsOf: Fixtures.url("xlsx/excel-like.xlsx"))
        let book = try WorkbookReader(contentsOf: data)
        #expect(try book.readSheet(named: "汇总") == excel.readSheet(named: "汇总"))
    }
}
