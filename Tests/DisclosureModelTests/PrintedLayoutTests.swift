import DisclosureModel
import Testing

/// The printed layout of each official table has the span structure of the published forms (FORMATS.md §6).
@Suite struct PrintedLayoutTests {
    func label(_ layout: PrintedLayout, _ text: String) -> PrintedLayout.Label? {
        layout.labels.first { $0.text == text }
    }

    @Test(arguments: ReportFormats.official.editions, TableID.allCases)
    func everyGridPositionIsCoveredByExactlyOneLabelOrFigure(_ edition: Edition, _ table: TableID) throws {
        let layout = PrintedLayout(table, try #require(ReportFormats.official[edition]))
        var count = [[Int]](repeating: [Int](repeating: 0, count: layout.width), count: layout.height)
        let items = layout.labels.map(\.span) + layout.figureCells.map(\.span)
        for span in items {
            for r in span.rows { for c in span.columns { count[r][c] += 1 } }
        }
        #expect(count.allSatisfy { $0.allSatisfy { $0 == 1 } }, "\(table) \(edition): \(count)")
        #expect(layout.figureCells.count == layout.spec.cells.count)
        // gridRows lists each item once, on its first row.
        #expect(layout.gridRows.map(\.count).reduce(0, +) == items.count)
    }

    @Test func applicationsResultsGroupSpans20RowsIn2019And22In2021() throws {
        let l2019 = PrintedLayout(.applications, .y2019)
        let l2021 = PrintedLayout(.applications, .y2021)
        #expect(try #require(label(l2019, "三、本年度办理结果")).span == .init(row: 5, column: 0, rowCount: 20, columnCount: 1))
        #expect(try #require(label(l2021, "三、本年度办理结果")).span.rowCount == 22)
        // （三）不予公开 rowspan 8 sharing its first row with 1.属于国家秘密; （四） 3; （五） 5.
        let withheld = try #require(label(l2019, "（三）不予公开"))
        #expect(withheld.span.rowCount == 8 && withheld.span.column == 1)
        #expect(try #require(label(l2019, "1.属于国家秘密")).span.row == withheld.span.row)
        #expect(try #require(label(l2019, "（四）无法提供")).span.rowCount == 3)
        #expect(try #require(label(l2019, "（五）不予处理")).span.rowCount == 5)
        // 2019 （六） is one row across two label columns; 2021 splits it into 3 rows under a rowspan-3 group.
        #expect(try #require(l2019.labels.first { $0.text == "（六）其他处理" }).span == .init(row: 23, column: 1, rowCount: 1, columnCount: 2))
        let other2021 = try #require(l2021.labels.first { $0.text == "（六）其他处理" })
        #expect(other2021.role == .groupLabel && other2021.span.rowCount == 3)
        // 一、二、四、 span the three label columns; （一）（二）（七） span two.
        #expect(try #require(label(l2019, "一、本年新收政府信息公开申请数量")).span.columnCount == 3)
        #expect(try #require(label(l2019, "四、结转下年度继续办理")).span.columnCount == 3)
        #expect(try #require(label(l2019, "（七）总计")).span.columnCount == 2)
    }

    @Test func applicationsHeaderIsCornerOverThreeRowsThenTheApplicantTree() throws {
        let l = PrintedLayout(.applications, .y2021)
        let corner = try #require(l.labels.first { $0.role == .corner })
        #expect(corner.span == .init(row: 0, column: 0, rowCount: 3, columnCount: 3))
        #expect(try #require(label(l, "申请人情况")).span == .init(row: 0, column: 3, rowCount: 1, columnCount: 7))
        #expect(try #require(label(l, "自然人")).span == .init(row: 1, column: 3, rowCount: 2, columnCount: 1))
        #expect(try #require(label(l, "法人或其他组织")).span == .init(row: 1, column: 4, rowCount: 1, columnCount: 5))
        #expect(try #require(label(l, "总计")).span == .init(row: 1, column: 9, rowCount: 2, columnCount: 1))
        #expect(l.gridRows[2].map { if case .label(let x) = $0 { x.text } else { "" } } == ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])
    }

    @Test func reviewsHaveTwoHeaderLevelsAndOneRowOfFifteenFigures() throws {
        let l = PrintedLayout(.reviews, .y2019)
        #expect(l.labelColumns == 0 && l.width == 15 && l.height == 4)
        #expect(try #require(label(l, "行政复议")).span.columnCount == 5)
        #expect(try #require(label(l, "行政诉讼")).span.columnCount == 10)
        #expect(l.gridRows[1].count == 7)  // five rowspan-2 outcomes, then the two suit groups
        #expect(l.gridRows[1].prefix(5).allSatisfy { $0.span.rowCount == 2 })
        #expect(l.gridRows[2].count == 10)
        #expect(l.gridRows[3].count == 15 && l.gridRows[3].allSatisfy { if case .figure = $0 { true } else { false } })
    }

    @Test func proactiveBlocksHaveTitleRowsAcrossTheTableAndNarrowBlocksSpanTheirLastColumn() throws {
        let l2021 = PrintedLayout(.proactive, .y2021)
        #expect(l2021.width == 4)
        #expect(l2021.labels.filter { $0.role == .blockTitle }.map(\.span.columnCount) == [4, 4, 4, 4])
        let licensing = try #require(l2021.figureCells.first { $0.address == CellAddress(.licensing, .decisions) })
        #expect(licensing.span.columnCount == 3)
        let l2019 = PrintedLayout(.proactive, .y2019)
        let change = try #require(l2019.figureCells.first { $0.address == CellAddress(.fees, .change) })
        #expect(change.span.columns == 2...3)
        #expect(l2019.labels.contains { $0.text == "采购总金额（单位：万元）" })
    }
}
