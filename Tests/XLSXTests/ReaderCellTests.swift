import Foundation
import Testing
import XLSX

/// Cell types and positions, each from a sheet part written inline in the test.
struct ReaderCellTests {
    typealias W = ReaderTestWorkbooks

    @Test func numbersAreExactDecimalsFromTheirText() throws {
        let texts = ["94.2", "1E+3", "1.5E-3", "-0.5", "0.1", "123456789012345", "2.5e2", "-0", "007", "0.30000000000000004"]
        let rows = texts.enumerated().map { "<row r=\"\($0.offset + 1)\"><c r=\"A\($0.offset + 1)\"><v>\($0.element)</v></c></row>" }
        let sheet = try W.readSheet1(W.sheet(rows.joined()))
        let expected = ["94.2", "1000", "0.0015", "-0.5", "0.1", "123456789012345", "250", "0", "7", "0.30000000000000004"]
        #expect(sheet.cells.map(\.value) == expected.map { .number(Decimal(string: $0)!) })
        if case .number(let n)? = sheet["A1"]?.value { #expect("\(n)" == "94.2") } else { Issue.record("A1 is not a number") }
    }

    @Test func sharedStringsWithCJKAndRichRuns() throws {
        let sst = """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>主动公开</t></si><si><r><t>依</t></r><r><rPr><b/></rPr><t>申请</t></r></si><si><t/></si></sst>
            """
        let sheet = try W.readSheet1(W.sheet("<row><c t=\"s\"><v>1</v></c><c t=\"s\"><v>0</v></c><c t=\"s\"><v>2</v></c></row>"), sharedStrings: sst)
        #expect(sheet.cells.map(\.value) == [.string("依申请"), .string("主动公开"), .string("")])
    }

    @Test func characterReferencesAndCDATADecode() throws {
        let sheet = try W.readSheet1(W.sheet(
            "<row><c t=\"inlineStr\"><is><t>&#x4E2D;&#20013;&quot;&apos;&gt;</t></is></c><c t=\"inlineStr\"><is><t><![CDATA[<a&b>]]></t></is></c></row>"))
        #expect(sheet.cells.map(\.value) == [.string("中中\"'>"), .string("<a&b>")])
    }

    @Test func arrayFormulaKeepsItsRange() throws {
        let sheet = try W.readSheet1(W.sheet("<row r=\"1\"><c r=\"A1\"><f t=\"array\" ref=\"A1:A2\">B1:B2*2</f><v>4</v></c></row>"))
        #expect(sheet["A1"]?.formula == Sheet.Formula(kind: .array, text: "B1:B2*2", range: CellRange("A1:A2")))
        #expect(sheet["A1"]?.value == .number(4))
    }

    @Test func outOfOrderRowsAreSortedAndLaterDuplicatesWin() throws {
        let sheet = try W.readSheet1(W.sheet("<row r=\"3\"><c r=\"A3\"><v>3</v></c></row><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>"))
        #expect(sheet.cells.map(\.reference) == [CellReference("A1")!, CellReference("A3")!])
        #expect(sheet["A1"]?.value == .number(2))
    }

    @Test func inMemoryCellLimitIsEnforced() {
        let rows = (1...10).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>1</v></c></row>" }.joined()
        let error = W.readError { _ = try W.readSheet1(W.sheet(rows), limits: ReaderLimits(maxCellsInMemory: 5)) }
        #expect(error?.kind == .tooManyCells)
    }

    @Test func streamingStopsOnTheCallersError() throws {
        struct Stop: Error {}
        let rows = (1...10).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>1</v></c></row>" }.joined()
        let book = try WorkbookReader(contentsOf: W.oneSheet(W.sheet(rows)))
        var seen = 0
        #expect(throws: Stop.self) {
            try book.forEachRow(inSheet: "Sheet1") { _ in
                seen += 1
                if seen == 3 { throw Stop() }
            }
        }
        #expect(seen == 3)
    }
}
