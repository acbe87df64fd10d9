import DisclosureAggregation
import DisclosureHistory
import DisclosureModel
import DisclosureSamples
import DisclosureValidation
import Foundation
import Testing
import TestSupport
import XLSX

/// The whole history: the chained sample city passes, planted mistakes are found, comparisons and roll-ups.
@Suite struct HistoryCheckTests {
    @Test func theChainedSampleCityOfThreeYearsPassesTheCrossYearCheck() throws {
        let (history, _) = try HistoryTest.history()
        for year in 2020...2022 {
            let city = HistoryTest.city(year, units: 55)
            try history.setOrganizations(city.organizations, year: year)
            try HistoryTest.add(city.reports, to: history)
        }
        #expect(try history.check().isEmpty)
        #expect(try history.check(year: 2021).isEmpty)
    }

    @Test func plantedCrossYearMistakesAreFoundWithUnitTableRowColumnAndBothNumbers() throws {
        let (history, _) = try HistoryTest.history()
        let last = HistoryTest.city(2020, units: 55)
        var city = HistoryTest.city(2021, units: 55)
        let planted = city.plantCrossYearErrors(3)
        #expect(planted.count == 3)
        try HistoryTest.add(last.reports + city.reports, to: history)
        let found = try history.check(year: 2021)
        #expect(found.allSatisfy { $0.id == "HIST.carriedOver" })
        for p in planted {
            let name = try #require(city.reports.first { $0.organization.id == p.unit }?.organization.name)
            let d = try #require(found.first { $0.location.unit == name && $0.location.column == p.column })
            #expect(d.location.table == p.table)
            #expect(d.location.row == p.row)
            #expect(d.notes.contains { $0.hasPrefix("2021年") && $0.hasSuffix("= \(p.value.plainText)") })
            #expect(d.notes.contains { $0.hasPrefix("2020年") && $0.hasSuffix("= \(p.previousValue.plainText)") })
        }
        // Each planted mistake breaks its column and 总计, nothing else.
        #expect(found.count == 2 * planted.count)
        // The year's own identities still hold.
        for r in city.reports { #expect(!Validator().validate(r).hasErrors) }
    }

    @Test func aUnitMissingThisYearIsNotedFromLastYearsStoredTree() throws {
        let (history, _) = try HistoryTest.history()
        let last = HistoryTest.city(2020)
        try history.setOrganizations(last.organizations + [Organization(id: "X1", name: "已撤销的局", level: .department, parentID: last.organizations[0].id)], year: 2020)
        try HistoryTest.add(last.reports + HistoryTest.city(2021).reports, to: history)
        let found = try history.check(year: 2021)
        #expect(found.map(\.id) == ["HIST.missingReport"])
        #expect(found.first?.location.unit == "已撤销的局")
    }

    @Test func theComparisonHasBothYearsChangeAndPercentPerUnitAndForTheWhole() throws {
        let (history, _) = try HistoryTest.history()
        let years = (2020...2022).map { HistoryTest.city($0) }
        for c in years { try HistoryTest.add(c.reports, to: history) }
        let comparison = try history.compare(from: 2020, to: 2021)
        let newReceived = try #require(comparison.keyFigures.firstIndex { $0.heading == "新收申请" })
        let sum2020 = years[0].reports.compactMap { $0.applications[.newReceived, .total].decimal }.reduce(0, +)
        let sum2021 = years[1].reports.compactMap { $0.applications[.newReceived, .total].decimal }.reduce(0, +)
        #expect(comparison.total.from[newReceived] == sum2020)
        #expect(comparison.total.to[newReceived] == sum2021)
        #expect(comparison.units.count == 20)
        let unit = years[1].reports[0]
        let row = try #require(comparison.units.first { $0.unitID == unit.organization.id })
        #expect(row.to[newReceived] == unit.applications[.newReceived, .total].decimal)
        #expect(comparison.yearly.map(\.year) == [2020, 2021, 2022])
        // 表二's figures that changed meaning are listed, not compared.
        #expect(comparison.notComparable.contains { $0.table == .proactive && $0.year == 2020 && $0.label == "表二 规章 × 本年新公开数量" })
        #expect(comparison.notComparable.contains { $0.table == .proactive && $0.year == 2021 && $0.label == "表二 行政规范性文件 × 现行有效件数" })
        #expect(!comparison.cells.contains { $0.label.contains("现行有效") })
        #expect(YearComparison.fraction(200, 250) == Decimal(string: "0.25"))
        #expect(YearComparison.fraction(0, 3) == nil)

        let url = Fixtures.temporaryDirectory().appendingPathComponent("compare.xlsx")
        try ComparisonWorkbookWriter().write(comparison, to: url)
        let book = try WorkbookReader(url: url)
        #expect(book.sheets.map(\.name) == ["逐单位对比", "历年趋势", "逐项对比", "不可比项"])
        let sheet = try book.readSheet(named: "逐单位对比")
        #expect(sheet.value(at: CellReference(row: 3, column: 0)) == .string("合计"))
        #expect(sheet.value(at: CellReference(row: 3, column: 1)) == .number(sum2020))
    }

    @Test func theRollupFromTheDatabaseEqualsTheRollupOfTheReports() throws {
        let (history, _) = try HistoryTest.history()
        let city = HistoryTest.city(2021)
        try history.setOrganizations(city.organizations, year: 2021)
        try HistoryTest.add(city.reports, to: history)
        var direct = ReportRollup(tree: OrganizationTree(city.organizations), year: 2021)
        for r in city.reports { direct.add(r, diagnosticsCount: 0) }
        let fromDatabase = try history.rollup(year: 2021)
        #expect(fromDatabase.total == direct.finish().total)
        #expect(fromDatabase.unitCount == city.reports.count)
    }
}
