import DisclosureAggregation
import DisclosureModel
import DisclosureSamples
import Foundation
import Testing

/// An independent sum, written differently from the roll-up: every filled cell of every report flattened to a
/// (table, row, column, value) tuple, summed into a plain dictionary keyed by text.
func flatSum(_ reports: [AnnualReport]) -> [String: Decimal] {
    var tuples: [(String, String, String, Decimal)] = []
    for r in reports {
        for (address, figure) in r.proactive.cells { if case .number(let d) = figure { tuples.append(("proactive", address.row.rawValue, address.column.rawValue, d)) } }
        for (address, figure) in r.applications.cells { if case .number(let d) = figure { tuples.append(("applications", address.row.rawValue, address.column.rawValue, d)) } }
        for (address, figure) in r.reviews.cells { if case .number(let d) = figure { tuples.append(("reviews", address.row.rawValue, address.column.rawValue, d)) } }
    }
    var sums: [String: Decimal] = [:]
    for (t, row, column, value) in tuples { sums["\(t)|\(row)|\(column)", default: 0] += value }
    return sums
}

/// The roll-up's total flattened the same way.
func flatCells(_ report: AnnualReport) -> [String: Decimal] {
    flatSum([report])
}

@Suite("ReportRollup")
struct ReportRollupTests {
    @Test(arguments: [2020, 2021])
    func independentFlatSumEqualsTheRollupCellForCell(year: Int) {
        let city = SampleCity.generate(year: year, units: 90, seed: 21)
        let result = ReportRollup.rollUp(city.reports, tree: OrganizationTree(city.organizations))
        let expected = flatSum(city.reports)
        #expect(expected.count > 150)
        #expect(flatCells(result.total) == expected)
        #expect(result.unitCount == 90)
        #expect(result.total.organization.name == "洛阳市人民政府")
        #expect(result.total.edition == Edition.forReportYear(year))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        // exact decimals: money cells keep their fractions
        let money: CellAddress = year == 2020 ? CellAddress(.procurement, .procurementAmount) : CellAddress(.fees, .feeAmount)
        let moneySum = city.reports.reduce(Decimal(0)) { $0 + ($1.proactive[money].decimal ?? 0) }
        #expect(result.total.proactive[money] == .number(moneySum))
    }

    @Test func rollupOfCorrectReportsSatisfiesEveryIdentity() {
        for year in [2020, 2021] {
            let city = SampleCity.generate(year: year, units: 200, seed: 4)
            let result = ReportRollup.rollUp(city.reports, tree: OrganizationTree(city.organizations))
            #expect(failingEquations(result.total).isEmpty)
            for group in result.levelSubtotals + result.branchSubtotals {
                #expect(failingEquations(group.report).isEmpty, "\(group.title)")
            }
        }
    }

    @Test func streamedRollupEqualsTheRollupOfTheArray() {
        let reports = SampleCity.reports(count: 400, year: 2021, seed: 8)
        let tree = OrganizationTree(reports.tree.organizations)
        var rollup = ReportRollup(tree: tree)
        for r in reports { rollup.add(r) }
        #expect(rollup.finish() == ReportRollup.rollUp(Array(reports), tree: tree))
    }

    @Test func aCellBlankEverywhereStaysBlankAndAPartlyBlankCellIsSummedOverTheFilledAndFlagged() {
        var reports = SampleCity.generate(year: 2020, units: 6, seed: 2).reports
        let everywhere = CellAddress(.withheldQuery, .research)
        let somewhere = CellAddress(.carriedOver, .naturalPerson)
        for i in reports.indices { reports[i].applications[everywhere] = .blank }
        reports[1].applications[somewhere] = .blank
        reports[4].applications[somewhere] = .blank
        let filledSum = [0, 2, 3, 5].reduce(Decimal(0)) { $0 + (reports[$1].applications[somewhere].decimal ?? 0) }

        let result = ReportRollup.rollUp(reports)
        #expect(result.total.applications[everywhere] == .blank)
        #expect(result.blankCount(.applications, everywhere) == 6)
        #expect(result.total.applications[somewhere] == .number(filledSum))
        #expect(result.blankCount(.applications, somewhere) == 2)
        #expect(result.blankCount(.applications, CellAddress(.granted, .total)) == 0)

        let partial = result.diagnostics.filter { $0.id == "AGG.partialBlank" }
        #expect(partial.count == 1)
        #expect(partial.first?.location.row == .carriedOver && partial.first?.location.column == .naturalPerson)
        #expect(partial.first?.message.contains("2 个单位未填写") == true)
        #expect(partial.first?.notes.first?.contains(reports[1].organization.name) == true)
        let all = result.diagnostics.filter { $0.id == "AGG.allBlank" }
        #expect(all.map(\.location.row) == [.withheldQuery])
        #expect(result.breakdown[1].blankCells == 2 && result.breakdown[0].blankCells == 1)
    }

    @Test func eachProblemIsADiagnosticAndTheRollupCompletesForTheRest() {
        let city = SampleCity.generate(year: 2020, units: 12, seed: 6)
        var reports = city.reports
        let missing = reports.remove(at: 5)
        var duplicate = reports[2]
        duplicate.applications[.granted, .naturalPerson] = 999
        var otherEdition = SampleCity.report(at: 3, units: 12, year: 2021, seed: 6)
        otherEdition.organization = Organization(id: "x-2021", name: "样例2021单位", level: .department)
        var otherYear = reports[0]
        otherYear.year = 2019
        otherYear.organization = Organization(id: "x-2019", name: "样例2019单位", level: .department)
        let stranger = Organization(id: "999", name: "外市某局", level: .department)
        var strangers = reports[1]
        strangers.organization = stranger
        let valid = reports

        // put the 2019/2021 units in the tree so that only their year/edition is wrong
        let fullTree = OrganizationTree(city.organizations + [otherEdition.organization, otherYear.organization])
        let result = ReportRollup.rollUp(reports + [duplicate, otherEdition, otherYear, strangers], tree: fullTree)
        let ids = result.diagnostics.map(\.id)
        #expect(ids.filter { $0 == "AGG.duplicateUnit" }.count == 1)
        #expect(ids.filter { $0 == "AGG.mixedEdition" }.count == 1)
        #expect(ids.filter { $0 == "AGG.mixedYear" }.count == 1)
        #expect(ids.filter { $0 == "AGG.unknownUnit" }.count == 1)
        // the missing unit, and the two wrong-year units count as reported (their report came), so only one is missing
        #expect(result.diagnostics.filter { $0.id == "AGG.missingReport" }.map(\.location.unit) == [missing.organization.id])
        #expect(result.diagnostics.first { $0.id == "AGG.unknownUnit" }?.location.unit == "999")
        #expect(result.diagnostics.first { $0.id == "AGG.duplicateUnit" }?.severity == .error)

        // the totals are exactly the valid reports' (the duplicate's 999 is not in)
        #expect(flatCells(result.total) == flatSum(valid))
        #expect(result.unitCount == 11)
        let statuses = Dictionary(result.breakdown.map { ($0.unit.id, $0.status) }, uniquingKeysWith: { a, _ in a })
        #expect(statuses[missing.organization.id] == .missing)
        #expect(statuses["x-2021"] == .excluded && statuses["x-2019"] == .excluded && statuses["999"] == .excluded)
        #expect(result.breakdown.count == fullTree.count + 1)
    }

    @Test func levelSubtotalsAddUpToTheTotalAndACountyBranchHoldsItsTownships() {
        let city = SampleCity.generate(year: 2021, units: 160, seed: 12)
        let tree = OrganizationTree(city.organizations)
        let result = ReportRollup.rollUp(city.reports, tree: tree)
        #expect(result.levelSubtotals.map(\.title) == ["市本级", "县(市、区)", "乡镇(街道)", "部门"])
        #expect(result.levelSubtotals.map(\.unitCount).reduce(0, +) == 160)
        var levelSum: [String: Decimal] = [:]
        for g in result.levelSubtotals { levelSum.merge(flatCells(g.report), uniquingKeysWith: +) }
        #expect(levelSum == flatCells(result.total))
        let townships = city.reports.filter { $0.organization.level == .township }
        #expect(flatCells(result.subtotal(level: .township)?.report ?? result.total) == flatSum(townships))

        let county = city.organizations[1]
        let members = city.reports.filter { $0.organization.id == county.id || $0.organization.parentID == county.id }
        #expect(members.count > 1)
        let branch = result.subtotal(branch: county.id)
        #expect(branch?.unitCount == members.count)
        #expect(branch?.title == "\(county.name)（含下级单位）")
        #expect(branch.map { flatCells($0.report) } == flatSum(members))
        #expect(result.subtotal(branch: city.organizations[0].id) == nil)  // the root's branch is the total
    }

    @Test func breakdownHasOneRowPerUnitWithItsKeyFiguresAndDiagnosticsCount() {
        let city = SampleCity.generate(year: 2020, seed: 1)
        let counts = Dictionary(uniqueKeysWithValues: city.organizations.enumerated().map { ($1.id, $0 % 3) })
        let result = ReportRollup.rollUp(city.reports, tree: OrganizationTree(city.organizations), diagnosticsCounts: counts)
        #expect(result.breakdown.count == 55)
        #expect(result.breakdown.map(\.unit.id) == city.organizations.map(\.id))
        for (row, report) in zip(result.breakdown, city.reports) {
            #expect(row.status == .included)
            #expect(row.figure(.newReceived) == report.applications[.newReceived, .total])
            #expect(row.figure(.resultTotal) == report.applications[.resultTotal, .total])
            #expect(row.figure(.carryForward) == report.applications[.carryForward, .total])
            #expect(row.figure(.reviews) == report.reviews[.cases, .reviewTotal])
            let suits = (report.reviews[.cases, .directSuitTotal].decimal ?? 0) + (report.reviews[.cases, .suitAfterReviewTotal].decimal ?? 0)
            #expect(row.figure(.litigation) == .number(suits))
            #expect(row.figure(.normativeDocuments) == report.proactive[.normativeDocuments, .newlyPublished])
            #expect(row.diagnosticsCount == counts[report.organization.id])
            #expect(row.blankCells == 0)
        }
        let newSum = result.breakdown.compactMap { $0.figure(.newReceived).decimal }.reduce(0, +)
        #expect(result.total.applications[.newReceived, .total] == .number(newSum))
        #expect(UnitBreakdownRow.headings(result.format) == ["单位", "层级", "状态", "新收申请", "办理结果总计", "结转下年度", "行政复议", "行政诉讼", "规范性文件", "空白单元格", "问题数"])
    }

    @Test func injectedBlankCellIsFoundByTheRollup() {
        let city = SampleCity.generate(year: 2020, seed: 30, errors: 5)
        let result = ReportRollup.rollUp(city.reports, tree: OrganizationTree(city.organizations))
        for error in city.injectedErrors where error.expectedDiagnosticID.hasPrefix("AGG.") {
            let found = result.diagnostics.first {
                $0.id == error.expectedDiagnosticID && $0.location.row == error.row && $0.location.column == error.column
            }
            let unitName = city.organizations.first { $0.id == error.unit }?.name ?? "?"
            #expect(found?.notes.joined().contains(unitName) == true)
        }
    }

    @Test func treeProblemsAreDiagnosedAndTheRestStillResolves() {
        let tree = OrganizationTree([
            Organization(id: "1", name: "市", level: .city),
            Organization(id: "2", name: "甲县", level: .county, parentID: "1"),
            Organization(id: "2", name: "重复", level: .county, parentID: "1"),
            Organization(id: "3", name: "乙镇", level: .township, parentID: "2"),
            Organization(id: "4", name: "孤儿", level: .department, parentID: "404"),
            Organization(id: "5", name: "环甲", level: .department, parentID: "6"),
            Organization(id: "6", name: "环乙", level: .department, parentID: "5"),
        ])
        let ids = tree.diagnostics.map(\.id)
        #expect(ids.contains("AGG.treeDuplicateID") && ids.contains("AGG.treeUnknownParent") && ids.contains("AGG.treeCycle"))
        #expect(ids.contains("AGG.treeRoots"))
        #expect(tree.count == 6)
        #expect(tree.branch(of: "3")?.name == "甲县")
        #expect(tree.ancestors(of: "乙镇").map(\.id) == ["2", "1"])
        #expect(tree.children(of: "1").map(\.id) == ["2"])
        let city = SampleCity.generate(year: 2020, seed: 1)
        let roundTrip = try? JSONDecoder().decode(OrganizationTree.self, from: JSONEncoder().encode(OrganizationTree(city.organizations)))
        #expect(roundTrip?.root?.name == "洛阳市人民政府")
    }
}

@Suite struct RollupDuplicateTests {
    /// A unit whose first report was left out (another year) is not a duplicate when its correct report follows.
    @Test func aUnitWhoseFirstReportWasLeftOutIsNotADuplicate() {
        let city = SampleCity.generate(year: 2021, units: 4)
        var rollup = ReportRollup(tree: OrganizationTree(city.organizations), year: 2021)
        var stale = city.reports[2]
        stale.year = 2020
        rollup.add(stale)
        for report in city.reports { rollup.add(report) }
        let result = rollup.finish()
        #expect(result.unitCount == 4)
        #expect(result.diagnostics.map(\.id).filter { $0.hasPrefix("AGG.") && $0 != "AGG.partialBlank" && $0 != "AGG.allBlank" } == ["AGG.mixedYear"])
        #expect(result.breakdown.first { $0.unit.id == city.reports[2].organization.id }?.status == .included)
        // A true second report of a summed unit still is one.
        rollup.add(city.reports[1])
        #expect(rollup.finish().diagnostics.filter { $0.id == "AGG.duplicateUnit" }.count == 1)
    }
}
