import DisclosureModel
import Testing

@Suite struct FormCatalogTests {
    @Test func applicationsTableHas23RowsIn2019And25In2021AndSevenColumns() {
        let s2019 = ReportFormat.y2019.spec(.applications)
        let s2021 = ReportFormat.y2021.spec(.applications)
        #expect(s2019.rows.count == 23)
        #expect(s2021.rows.count == 25)
        #expect(s2019.blocks[0].columns.map(\.label) == ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])
        #expect(s2021.cells.count == 25 * 7)
        #expect(s2019.blocks[0].headerDepth == 3)
    }

    @Test func otherHandlingIsOneRowIn2019AndThreeSubRowsIn2021() {
        let s2019 = ReportFormat.y2019.spec(.applications)
        let s2021 = ReportFormat.y2021.spec(.applications)
        #expect(s2019.row(.otherHandling)?.label == "（六）其他处理")
        #expect(s2021.row(.otherHandling) == nil)
        #expect(s2021.row(.otherUnpaidFee)?.groups == ["三、本年度办理结果", "（六）其他处理"])
        #expect(FormCatalog.resultRows(ReportFormat.y2019.spec(.applications)).count == 19)
        #expect(FormCatalog.resultRows(ReportFormat.y2021.spec(.applications)).count == 21)
    }

    @Test func proactiveTableLabelsDifferByEdition() {
        let s2019 = ReportFormat.y2019.spec(.proactive)
        let s2021 = ReportFormat.y2021.spec(.proactive)
        #expect(s2019.blocks.map(\.title) == ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"])
        #expect(s2021.blocks.count == 4)
        #expect(s2019.row(.normativeDocuments)?.label == "规范性文件")
        #expect(s2021.row(.normativeDocuments)?.label == "行政规范性文件")
        #expect(s2019.cells.count == 22)
        #expect(s2021.cells.count == 10)
        #expect(s2019.column(of: CellAddress(.procurement, .procurementAmount))?.kind == .money(.wanYuan))
        #expect(s2019.column(of: CellAddress(.licensing, .change))?.kind == .signedCount)
        #expect(!s2019.contains(CellAddress(.fees, .decisions)))
        #expect(s2021.row(.procurement) == nil)
    }

    @Test func reviewsTableHasFifteenColumnsInThreeGroups() {
        let spec = ReportFormat.y2021.spec(.reviews)
        #expect(spec.blocks[0].columns.count == 15)
        #expect(spec.columnPath(of: .suitAfterReviewTotal) == ["行政诉讼", "复议后起诉", "总计"])
        #expect(spec.describe(CellAddress(.cases, .reviewTotal)) == "表四 行政复议▸总计")
        #expect(spec.equations.count == 3)
        #expect(spec.equations.allSatisfy { $0.identity == "REV.groupTotal" && $0.rhs.count == 4 })
    }

    @Test func applicationIdentitiesExpandToOneEquationPerColumnOrRow() {
        let spec = ReportFormat.y2019.spec(.applications)
        let byID = Dictionary(grouping: spec.equations, by: \.identity)
        #expect(byID["APP.balance"]?.count == 7)
        #expect(byID["APP.resultTotal"]?.count == 7)
        #expect(byID["APP.rowTotal"]?.count == 23)
        let balanceTotal = byID["APP.balance"]?.first { $0.along == .column(.total) }
        #expect(balanceTotal?.lhs == [CellAddress(.newReceived, .total), CellAddress(.carriedOver, .total)])
        #expect(balanceTotal?.total == nil)
        #expect(spec.describe(CellAddress(.newReceived, .commercial)) == "表三 一、本年新收政府信息公开申请数量 × 法人或其他组织▸商业企业")
    }
}

@Suite struct ColumnLabelTests {
    @Test func moneyColumnsShowTheirUnitOnceAndOtherLabelsAreUnchanged() {
        let s2019 = ReportFormat.y2019.spec(.proactive)
        let s2021 = ReportFormat.y2021.spec(.proactive)
        #expect(s2019.column(of: CellAddress(.procurement, .procurementAmount))?.labelWithUnit == "采购总金额（单位：万元）")
        #expect(s2021.column(of: CellAddress(.fees, .feeAmount))?.labelWithUnit == "本年收费金额（单位：万元）")
        #expect(s2019.column(of: CellAddress(.procurement, .procurementCount))?.labelWithUnit == "采购项目数量")
    }
}
