import DisclosureAggregation
import DisclosureModel
import DisclosureSamples
import DisclosureWorkbook
import Foundation
import Testing
import TestSupport
import XLSX

/// The roll-up workbook of the 55-unit sample city (one unit's report withheld so 未报送 shows), read back.
@Suite struct RollupWorkbookTests {
    static let city = SampleCity.generate(year: 2020)
    static let withheld = city.organizations[city.organizations.count - 1]
    static let result: RollupResult = ReportRollup.rollUp(
        city.reports.filter { $0.organization.id != withheld.id }, tree: OrganizationTree(city.organizations))
    static let extra = Diagnostic(
        id: "APP.balance", severity: .error, message: "表三 一加二不等于三加四", english: "does not balance",
        location: Diagnostic.Location(unit: city.organizations[3].id, table: .applications, row: .newReceived, column: .total))

    var book: StatisticsBookReader

    init() throws {
        book = try StatisticsBookReader(Self.file.get())
    }

    /// Written once for the whole suite.
    static let file = Result { () throws -> URL in
        let url = Fixtures.temporaryDirectory("rollup").appendingPathComponent("汇总.xlsx")
        try RollupWorkbookExporter().write(result, diagnostics: [extra], to: url)
        return url
    }

    @Test func workbookForExternalChecks() throws {
        let url = try Self.file.get()
        try leaveForExternalChecks(url, as: "rollup.xlsx")
        #expect(FileManager.default.fileExists(atPath: url.path))
    }

    typealias Name = RollupWorkbookExporter.SheetName

    @Test func sheetsAreTheThreeTotalsThenLevelsUnitsBlanksAndDiagnostics() {
        #expect(book.sheetNames == ["表二", "表三", "表四", "分级小计", "分单位明细", "空白统计", "校验结果"])
    }

    @Test mutating func totalSheetsAreTheOfficialTablesHoldingEveryCellOfTheRollupTotal() throws {
        for table in TableID.allCases {
            let layout = TableLayout(table, .y2019)
            let sheet = try book.sheet(Name.totals(table))
            for (address, reference) in layout.figureCells {
                #expect(sheet.value(at: reference) == Self.result.total[table][address].decimal.map(CellValue.number) ?? .blank,
                        "\(table.shortName) \(address)")
            }
            #expect(!sheet.metadata.mergedRanges.isEmpty, "\(table.shortName) has its merged header tree")
            #expect(sheet.text(1, 0).hasPrefix("汇总单位：\(Self.city.organizations[0].name)（54 个单位合计）"))
        }
        let applications = TableLayout(.applications, .y2019)
        let resultTotal = try #require(applications.reference(of: CellAddress(.resultTotal, .total)))
        let sheet = try book.sheet(Name.totals(.applications))
        #expect(sheet[resultTotal]?.formula?.text?.hasPrefix("SUM(") == true, "（七）总计 × 总计 is a live formula")
    }

    @Test mutating func unitSheetHasOneRowPerUnitInBreakdownOrderWithStatusAndParent() throws {
        let sheet = try book.sheet(Name.units)
        let rows = Self.result.breakdown
        #expect(rows.count == 55)
        #expect(sheet.lastRow == 5 + rows.count - 1)
        for (i, row) in rows.enumerated() {
            #expect(sheet.number(5 + i, 0) == Decimal(i + 1))
            #expect(sheet.text(5 + i, 1) == row.unit.name)
            #expect(sheet.text(5 + i, 5) == row.status.rawValue)
        }
        let last = 5 + rows.count - 1
        #expect(sheet.text(last, 1) == Self.withheld.name)
        #expect(sheet.text(last, 5) == "未报送")
        #expect(sheet.number(last, 6) == nil, "a missing unit's figures stay blank")
        #expect(sheet.text(6, 4) == Self.city.organizations[0].name, "the second unit's parent is the root")
        #expect(sheet.text(2, 6) == "新收申请" && sheet.text(3, 6).hasPrefix("表三 一、本年新收政府信息公开申请数量 × 总计"))
    }

    @Test mutating func unitSheetTotalsAreSumifFormulasWhoseCachedValuesEqualTheRollupTotal() throws {
        let sheet = try book.sheet(Name.units)
        let n = Self.result.breakdown.count
        let total = Self.result.total
        let expected: [Figure] = [
            total.applications[.newReceived, .total], total.applications[.resultTotal, .total],
            total.applications[.carryForward, .total], total.reviews[.cases, .reviewTotal],
            .number((total.reviews[.cases, .directSuitTotal].decimal ?? 0) + (total.reviews[.cases, .suitAfterReviewTotal].decimal ?? 0)),
            total.proactive[.normativeDocuments, .newlyPublished],
        ]
        for (k, figure) in expected.enumerated() {
            let column = CellReference.columnName(6 + k)
            #expect(sheet.formulaText(4, 6 + k) == "SUMIF($F$6:$F$\(5 + n),\"已汇总\",\(column)6:\(column)\(5 + n))")
            #expect(sheet.number(4, 6 + k) == figure.decimal, "key figure \(k)")
        }
        #expect(total.applications[.newReceived, .total].decimal.map { $0 > 0 } == true)
        let blankCells = Self.result.breakdown.filter { $0.status == .included }.reduce(0) { $0 + $1.blankCells }
        #expect(sheet.number(4, 12) == Decimal(blankCells))
        #expect(sheet.number(4, 13) == 1, "the one supplied diagnostic is counted for its unit")
    }

    @Test mutating func levelSheetHasOneRowPerLevelAndATotalRowOfSumsEqualToTheRollup() throws {
        let sheet = try book.sheet(Name.levels)
        let levels = Self.result.levelSubtotals
        #expect(levels.count == 3)
        #expect([sheet.text(4, 0), sheet.text(5, 0), sheet.text(6, 0)] == ["市本级", "县(市、区)", "部门"])
        let totalRow = 4 + levels.count
        #expect(sheet.text(totalRow, 0) == "合计")
        #expect(sheet.formulaText(totalRow, 1) == "SUM(B5:B\(totalRow))")
        #expect(sheet.number(totalRow, 1) == Decimal(Self.result.unitCount))
        #expect(sheet.number(totalRow, 2) == Self.result.total.applications[.newReceived, .total].decimal)
        for (i, group) in levels.enumerated() {
            #expect(sheet.number(4 + i, 1) == Decimal(group.unitCount))
            #expect(sheet.number(4 + i, 3) == group.report.applications[.resultTotal, .total].decimal)
        }
    }

    @Test mutating func blankSheetCountsEveryCellOfTheFormAndSumsTheBlanks() throws {
        let sheet = try book.sheet(Name.blanks)
        let specs = ReportFormat.y2019.tables
        let cellCount = specs.reduce(0) { $0 + $1.cells.count }
        #expect(sheet.lastRow == 3 + cellCount)
        var r = 3
        var sum = 0
        for spec in specs {
            for address in spec.cells {
                let blanks = Self.result.blankCount(spec.id, address)
                #expect(sheet.number(r, 4) == Decimal(blanks))
                #expect(sheet.number(r, 3) == Self.result.total[spec.id][address].decimal)
                sum += blanks
                r += 1
            }
        }
        #expect(sheet.formulaText(r, 4) == "SUM(E4:E\(r))")
        #expect(sheet.number(r, 4) == Decimal(sum))
    }

    @Test mutating func diagnosticsSheetListsTheRollupFindingsAndTheSuppliedOnesErrorsFirst() throws {
        let sheet = try book.sheet(Name.diagnostics)
        let count = Self.result.diagnostics.count + 1
        #expect(sheet.lastRow == 2 + count)
        #expect(sheet.text(3, 1) == "错误" && sheet.text(3, 2) == "APP.balance")
        #expect(sheet.text(3, 3) == Self.city.organizations[3].name, "unit ids are shown as names")
        let missing = try #require(sheet.row(where: 2, is: "AGG.missingReport"))
        #expect(sheet.text(missing, 3) == Self.withheld.name)
    }

    @Test func threeThousandUnitsGiveThreeThousandRowsUnderTotalsEqualToTheRollup() throws {
        let reports = SampleCity.reports(count: 3_000, year: 2020)
        let result = ReportRollup.rollUp(reports, tree: OrganizationTree(reports.tree.organizations))
        let url = Fixtures.temporaryDirectory("rollup3000").appendingPathComponent("汇总.xlsx")
        try RollupWorkbookExporter().write(result, to: url)
        var book = try StatisticsBookReader(url)
        let sheet = try book.sheet(Name.units)
        #expect(sheet.lastRow == 5 + 3_000 - 1)
        #expect(sheet.text(5 + 2_999, 1) == result.breakdown[2_999].unit.name)
        #expect(sheet.formulaText(4, 6) == "SUMIF($F$6:$F$3005,\"已汇总\",G6:G3005)")
        #expect(sheet.number(4, 6) == result.total.applications[.newReceived, .total].decimal)
        let levels = try book.sheet(Name.levels)
        #expect(levels.number(4 + result.levelSubtotals.count, 1) == 3_000)
    }
}
