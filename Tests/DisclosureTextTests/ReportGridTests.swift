import DisclosureModel
import DisclosureText
import Testing

@Suite("ReportGrid")
struct ReportGridTests {
    @Test("rowspan and colspan fill every covered position, each pointing at its origin")
    func expansion() {
        let grid = ReportGrid(
            source: .table(2),
            spannedRows: [
                [SpannedCell("corner", rowSpan: 2, columnSpan: 2), SpannedCell("a")],
                [SpannedCell("b")],
                [SpannedCell("c"), SpannedCell("d", columnSpan: 2)],
            ])
        #expect(grid.width == 3)
        #expect(grid.rows.map { $0.map(\.text) } == [["corner", "corner", "a"], ["corner", "corner", "b"], ["c", "d", "d"]])
        #expect(grid[1, 1].origin == GridPosition(row: 0, column: 0))
        #expect(grid[2, 2].origin == GridPosition(row: 2, column: 1))
        #expect(grid.describe(row: 6, column: 2) == "table 2 row 7 col 3")
        #expect(GridSource.sheet("年报统计表").describe(row: 30, column: 12) == "年报统计表!M31")
    }

    @Test("a hostile span is clamped and a rowspan past the last row is cut")
    func hostileSpans() {
        let grid = ReportGrid(
            source: .table(1), spannedRows: [[SpannedCell("x", rowSpan: 1_000_000, columnSpan: 1_000_000)], [SpannedCell("y")]])
        #expect(grid.rows.count == 2)
        #expect(grid.width == 257)
        #expect(grid[1, 256].text == "y")
    }

    @Test("the recognizer reads a grid built from plain texts; text in a figure cell is a located diagnostic")
    func plainTexts() {
        let grid = ReportGrid(
            source: .sheet("表三"),
            texts: [
                ["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
                ["一、本年新收政府信息公开申请数量", "5", "", "", "", "", "", "5"],
                ["二、上年结转政府信息公开申请数量", "1", "-", "—", "/", "无", "", "1"],
                ["四、结转下年度继续办理", "x", "", "", "", "", "", "0"],
            ])
        let reading = GridRecognizer(file: "f.xlsx").read([grid], fallback: .y2019)
        let a = reading.tables[.applications] ?? TableData(.applications)
        #expect(a[.newReceived, .naturalPerson] == 5)
        #expect(a[.newReceived, .commercial] == .blank)
        #expect(a[.carriedOver, .research] == .blank)
        #expect(a[.carryForward, .total] == 0)
        #expect(a[.carryForward, .naturalPerson] == .blank)
        let d = reading.diagnostics.first { $0.id == "READ.notAFigure" }
        #expect(d?.location.sheetCell == "表三!B4")
        #expect(d?.location.column == .naturalPerson)
        #expect(reading.rowPlaces[.applications]?[.newReceived] == "表三!2")

        // Without the header row, the text cell might be a label: the row is not read, and says so.
        let bare = ReportGrid(source: .sheet("表三"), texts: [["四、结转下年度继续办理", "x", "", "", "", "", "", "0"]])
        let unread = GridRecognizer().read([bare], fallback: .y2019)
        #expect(unread.tables[.applications]?[.carryForward, .total] == .blank)
        #expect(unread.diagnostics.first { $0.id == "READ.missingFigures" }?.location.sheet == "表三")
    }
}
