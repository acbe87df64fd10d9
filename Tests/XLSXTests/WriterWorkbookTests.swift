import Foundation
import Testing
import TestSupport
import XLSX

/// What the writer puts in the file, read back as XML with `unzip -p` (independent of our reader).
@Suite struct WriterWorkbookTests {
    let folder = Fixtures.temporaryDirectory("WriterWorkbookTests")

    func sample() throws -> URL {
        let url = folder.appendingPathComponent("sample.xlsx")
        try WriterTestSupport.writeSampleWorkbook(to: url)
        return url
    }

    @Test func sampleWorkbookIsRenamedIntoPlaceWithNoTemporaryFileLeft() throws {
        _ = try sample()
        #expect(WriterTestSupport.listing(folder) == ["sample.xlsx"])
    }

    @Test func mergedTitleAndFormulasWithCachedValuesAreInTheSheet() throws {
        let xml = try WriterTestSupport.part(try sample(), "xl/worksheets/sheet1.xml")
        #expect(xml.contains(#"<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>"#))
        #expect(xml.contains("<f>SUM(B3:B4)</f><v>3</v>"))
        #expect(xml.contains("<f>SUM(C3:C4)</f><v>94.27</v>"))
    }

    @Test func decimalsAreStoredAsTheirNearestDoubleSoTheyPrintUnchanged() throws {
        let xml = try WriterTestSupport.part(try sample(), "xl/worksheets/sheet1.xml")
        #expect(WriterTestSupport.value(of: "C3", in: xml) == "94.2")
        #expect(WriterTestSupport.value(of: "B4", in: xml) == "2")
        // libxlsxwriter prints with %.16G, so 0.07 appears as 0.07000000000000001 — the same double: a reader
        // parsing the text as a double (then printing its shortest form) gets 0.07 back.
        let text = try #require(WriterTestSupport.value(of: "C4", in: xml))
        #expect(Double(text) == 0.07)
        #expect(Double(text).map { "\($0)" } == "0.07")
    }

    @Test func chineseTextIsInTheSharedStrings() throws {
        let xml = try WriterTestSupport.part(try sample(), "xl/sharedStrings.xml")
        #expect(xml.contains("<t>2020年政府信息公开工作年度报告</t>"))
        #expect(xml.contains("<t>金额（万元）</t>"))
    }

    @Test func formatsCarryFontsBordersFillsNumberFormatsAndUnlockedInputCells() throws {
        let xml = try WriterTestSupport.part(try sample(), "xl/styles.xml")
        #expect(xml.contains(#"<name val="宋体"/>"#))
        #expect(xml.contains(#"<name val="仿宋"/>"#))
        #expect(xml.contains(#"<sz val="16"/>"#))
        #expect(xml.contains(#"<numFmt numFmtId="165" formatCode="0.00"/>"#))
        #expect(xml.contains(#"<fgColor rgb="FFFFF2CC"/>"#))
        #expect(xml.contains(#"<left style="thin">"#))
        #expect(xml.contains(#"<protection locked="0"/>"#))
        #expect(xml.contains(#"<alignment horizontal="center" vertical="center" wrapText="1"/>"#))
    }

    @Test func freezePanesAndPrintSetUpAreInTheSheet() throws {
        let url = try sample()
        let xml = try WriterTestSupport.part(url, "xl/worksheets/sheet1.xml")
        #expect(xml.contains(#"<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<pageSetup paperSize="9" fitToHeight="0" orientation="landscape"/>"#))
        #expect(xml.contains(#"<pageSetUpPr fitToPage="1"/>"#))
        #expect(xml.contains(#"<printOptions horizontalCentered="1"/>"#))
        #expect(xml.contains(#"<pageMargins left="0.7874015748031495" right="0.7874015748031495" top="0.984251968503937""#))
        #expect(xml.contains("<oddFooter>&amp;C第 &amp;P 页</oddFooter>"))
        let workbook = try WriterTestSupport.part(url, "xl/workbook.xml")
        #expect(workbook.contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">'表一'!$1:$2</definedName>"#))
    }

    @Test func validationAndProtectionAreInTheSheet() throws {
        let xml = try WriterTestSupport.part(try sample(), "xl/worksheets/sheet1.xml")
        #expect(xml.contains(#"<dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="输入错误" error="请输入大于等于 0 的整数" promptTitle="数量" prompt="请填写非负整数" sqref="B3:B4"><formula1>0</formula1></dataValidation>"#))
        #expect(xml.contains(#"sqref="D3:D4"><formula1>"是,否"</formula1>"#))
        #expect(xml.contains(#"<sheetProtection password="CC8A" sheet="1" objects="1" scenarios="1"/>"#))
    }

    @Test func autofitSizesColumnsToCJKTextAndLeavesExplicitWidthsAlone() throws {
        let xml = try WriterTestSupport.part(try sample(), "xl/worksheets/sheet1.xml")
        // 洛阳市人民政府办公室: 10 CJK characters = 20 units, + 2 padding (libxlsxwriter adds its 0.71 pixel rounding).
        #expect(xml.contains(#"<col min="1" max="1" width="22.7109375" customWidth="1"/>"#))
        #expect(xml.contains(#"<col min="4" max="4" width="12.7109375" customWidth="1"/>"#))
    }

    @Test func propertiesDefinedNamesHiddenSheetsAndChartsAreInTheWorkbook() throws {
        let url = try sample()
        let workbook = try WriterTestSupport.part(url, "xl/workbook.xml")
        #expect(workbook.contains(#"<sheet name="代码表" sheetId="3" state="hidden" r:id="rId3"/>"#))
        #expect(workbook.contains(#"<definedName name="合计数量">'表一'!$B$5</definedName>"#))
        let core = try WriterTestSupport.part(url, "docProps/core.xml")
        #expect(core.contains("<dc:title>政府信息公开工作年度报告</dc:title>"))
        #expect(core.contains("<dc:creator>GovDisclosure</dc:creator>"))
        let app = try WriterTestSupport.part(url, "docProps/app.xml")
        #expect(app.contains("<Company>洛阳市人民政府办公室</Company>"))
        let column = try WriterTestSupport.part(url, "xl/charts/chart1.xml")
        #expect(column.contains(#"<c:barDir val="col"/>"#))
        #expect(column.contains("<c:f>'表一'!$B$3:$B$4</c:f>"))
        #expect(column.contains("<c:f>'表一'!$A$3:$A$4</c:f>"))
        let pie = try WriterTestSupport.part(url, "xl/charts/chart2.xml")
        #expect(pie.contains("<c:pieChart>"))
    }

    @Test func everyCellValueCaseIsWritten() throws {
        let url = folder.appendingPathComponent("values.xlsx")
        let book = try WorkbookWriter(url: url)
        let sheet = try book.addWorksheet(named: "Values")
        let bordered = try book.addFormat(CellFormat(borders: .all(.thin)))
        try sheet.writeRow([.string("文本"), .number(-12.5), .boolean(true), .error("#N/A"), .blank], row: 0, format: bordered)
        try sheet.write(.number(1), at: CellReference("A2")!)
        try sheet.write(.number(2), at: CellReference("A3")!)
        try sheet.write(Formula("SUM(A2:A3)", cached: .number(3)), at: CellReference("A4")!)
        try sheet.write(Formula("A1", cached: .string("文本")), at: CellReference("B4")!)
        try sheet.mergeRange(CellRange("C2:D3")!, value: .number(42), format: bordered)
        try sheet.mergeRange(CellRange("C4:D4")!, formula: Formula("A4*2", cached: .number(6)))
        try book.close()
        let xml = try WriterTestSupport.part(url, "xl/worksheets/sheet1.xml")
        #expect(WriterTestSupport.value(of: "B1", in: xml) == "-12.5")
        #expect(xml.contains(#"<c r="C1" s="1" t="b"><v>1</v></c>"#))
        #expect(xml.contains(#"<c r="D1" s="1" t="str"><f>#N/A</f><v>#N/A</v></c>"#))
        #expect(xml.contains(#"<c r="E1" s="1"/>"#))
        #expect(xml.contains("<f>SUM(A2:A3)</f><v>3</v>"))
        #expect(xml.contains(#"<c r="B4" t="str"><f>A1</f><v>文本</v></c>"#))
        #expect(WriterTestSupport.value(of: "C2", in: xml) == "42")
        #expect(xml.contains("<f>A4*2</f><v>6</v>"))
        #expect(xml.contains(#"<mergeCell ref="C2:D3"/>"#) && xml.contains(#"<mergeCell ref="C4:D4"/>"#))
    }

    @Test func identicalFormatsAreRegisteredOnce() throws {
        let book = try WorkbookWriter(url: folder.appendingPathComponent("formats.xlsx"))
        let a = try book.addFormat(CellFormat(fontName: "宋体", isBold: true))
        let b = try book.addFormat(CellFormat(fontName: "宋体", isBold: true))
        let c = try book.addFormat(CellFormat(fontName: "仿宋", isBold: true))
        #expect(a == b)
        #expect(a != c)
    }

    @Test func constantMemoryModeWritesInlineStringsInRowOrder() throws {
        let url = folder.appendingPathComponent("streamed.xlsx")
        let book = try WorkbookWriter(url: url, options: WorkbookOptions(constantMemory: true, temporaryDirectory: folder))
        let sheet = try book.addWorksheet(named: "明细")
        for row in 0..<100 {
            try sheet.write("账号\(row)", row: row, column: 0)
            try sheet.write(row, row: row, column: 1)
        }
        try book.close()
        let xml = try WriterTestSupport.part(url, "xl/worksheets/sheet1.xml")
        #expect(xml.contains(#"<c r="A100" t="inlineStr"><is><t>账号99</t></is></c>"#))
        #expect(WriterTestSupport.value(of: "B100", in: xml) == "99")
        #expect(WriterTestSupport.listing(folder) == ["streamed.xlsx"])
    }

    /// Leaves the sample workbook for `scripts/external-checks` (openpyxl) when GOVDISCLOSURE_EXTERNAL_OUT is set.
    @Test func sampleWorkbookForExternalChecks() throws {
        let url = try sample()
        #expect(try WriterTestSupport.part(url, "xl/workbook.xml").contains(#"<sheet name="表一" sheetId="1" r:id="rId1"/>"#))
        if let out = ProcessInfo.processInfo.environment["GOVDISCLOSURE_EXTERNAL_OUT"], !out.isEmpty {
            let dir = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try WriterTestSupport.writeSampleWorkbook(to: dir.appendingPathComponent("writer-sample.xlsx"))
        }
    }

    @Test func validationRulesBetweenAnyIntegerDecimalAndRangeListAreWritten() throws {
        let url = folder.appendingPathComponent("rules.xlsx")
        let book = try WorkbookWriter(url: url)
        let sheet = try book.addWorksheet(named: "规则")
        try sheet.addDataValidation(DataValidation(rule: .wholeNumber(.between(1, 12))), to: CellRange("A1:A5")!)
        try sheet.addDataValidation(DataValidation(rule: .wholeNumber(.any), errorStyle: .warning), to: CellRange("B1:B5")!)
        try sheet.addDataValidation(DataValidation(rule: .decimal(.atLeast(Decimal(string: "0.5")!))), to: CellRange("C1:C5")!)
        try sheet.addDataValidation(DataValidation(rule: .listFromRange("'代码'!$A$1:$A$3")), to: CellRange("D1:D5")!)
        try book.close()
        let xml = try WriterTestSupport.part(url, "xl/worksheets/sheet1.xml")
        #expect(xml.contains(#"sqref="A1:A5"><formula1>1</formula1><formula2>12</formula2>"#))
        #expect(xml.contains(#"<dataValidation type="whole" errorStyle="warning""#))
        #expect(xml.contains(#"sqref="B1:B5"><formula1>-1000000000000000</formula1><formula2>1000000000000000</formula2>"#))
        #expect(xml.contains(#"<dataValidation type="decimal" operator="greaterThanOrEqual""#))
        #expect(xml.contains(#"sqref="C1:C5"><formula1>0.5</formula1>"#))
        #expect(xml.contains(#"sqref="D1:D5"><formula1>'代码'!$A$1:$A$3</formula1>"#))
    }
}
