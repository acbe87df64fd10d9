import DisclosureHistory
import DisclosureModel
import DisclosureSamples
import DisclosureValidation
import Foundation
import Testing
import TestSupport

/// Each cross-year rule, on a sample unit's consecutive reports that pass, with one number broken.
@Suite struct CrossYearRuleTests {
    let y2020 = HistoryTest.city(2020).reports
    let y2021 = HistoryTest.city(2021).reports
    let y2022 = HistoryTest.city(2022).reports

    func run(_ rule: some ValidationRule<ReportPair>, _ previous: AnnualReport, _ current: AnnualReport) -> [Diagnostic] {
        rule.check(ReportPair(previous: previous, current: current), in: ValidationContext())
    }

    @Test func theChainedSampleYearsPassEveryRule() {
        for (a, b) in [(y2020, y2021), (y2021, y2022)] {
            #expect(CrossYearRules.check(previous: a, current: b).isEmpty)
        }
    }

    @Test func carriedOverDifferingFromLastYearsCarriedForwardIsAnErrorNamingBothNumbers() throws {
        var current = y2021[2]
        let before = try #require(y2020[2].applications[.carryForward, .commercial].decimal)
        current.applications[.carriedOver, .commercial] = .number(before + 3)
        let found = run(CarriedOverContinuityRule(), y2020[2], current)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.id == "HIST.carriedOver")
        #expect(d.severity == .error)
        #expect(d.location.unit == current.organization.name)
        #expect(d.location.table == .applications)
        #expect(d.location.row == .carriedOver)
        #expect(d.location.column == .commercial)
        #expect(d.notes.contains("2021年 表三 二、上年结转政府信息公开申请数量 × 法人或其他组织▸商业企业 = \((before + 3).plainText)"))
        #expect(d.notes.contains("2020年 表三 四、结转下年度继续办理 × 法人或其他组织▸商业企业 = \(before.plainText)"))
        #expect(d.notes.contains("差额 diff: +3"))
        #expect(d.message.contains("与2020年报告的四、结转下年度继续办理"))
        #expect(d.english.contains("carried forward"))
    }

    @Test func inForceThatDoesNotCarryOnIsAWarningOnTheRowAndColumn() throws {
        var current = y2022[0]
        let now = try #require(current.proactive[.normativeDocuments, .inForce].decimal)
        current.proactive[.normativeDocuments, .inForce] = .number(now + 1)
        let found = run(InForceContinuityRule(), y2021[0], current)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.id == "HIST.inForce")
        #expect(d.severity == .warning)
        #expect(d.location.table == .proactive)
        #expect(d.location.row == .normativeDocuments)
        #expect(d.location.column == .inForce)
        let last = try #require(y2021[0].proactive[.normativeDocuments, .inForce].decimal)
        #expect(d.notes.contains("2021年 表二 行政规范性文件 × 现行有效件数 = \(last.plainText)"))
        #expect(d.notes.contains("2022年 表二 行政规范性文件 × 现行有效件数 = \((now + 1).plainText)"))
        // 规章 as well, for a unit that makes them (the city).
        var regulations = y2022[0]
        regulations.proactive[.regulations, .repealed] = .number((regulations.proactive[.regulations, .repealed].decimal ?? 0) + 1)
        #expect(run(InForceContinuityRule(), y2021[0], regulations).map(\.location.row) == [.regulations])
    }

    @Test func inForceIsNotCheckedAcrossAFormThatHasNoSuchColumn() {
        // 2020 (2019 form) has no 现行有效件数: nothing to carry on from.
        #expect(run(InForceContinuityRule(), y2020[0], y2021[0]).isEmpty)
    }

    @Test func table3IdenticalToLastYearIsAWarningUntilOneNumberDiffers() throws {
        var resubmitted = y2022[1]
        resubmitted.applications = y2021[1].applications
        let found = run(UnchangedApplicationsRule(), y2021[1], resubmitted)
        #expect(found.map(\.id) == ["HIST.unchanged"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location.table == .applications)
        resubmitted.applications[.granted, .legalService] = .number((resubmitted.applications[.granted, .legalService].decimal ?? 0) + 1)
        #expect(run(UnchangedApplicationsRule(), y2021[1], resubmitted).isEmpty)
    }

    @Test func aCorrectedFormOfAnEditionIsComparedByItsOwnCellsAfterTheOfficialOne() throws {
        var resubmitted = y2022[1]
        resubmitted.applications = y2021[1].applications
        let official = ReportFormat.y2021.spec(.applications)
        var spec = official
        // A row the official form does not have, after 不予公开's last (a corrected form a province might issue).
        let b = try #require(spec.blocks.firstIndex { $0.rows.contains { $0.key == .withheldQuery } })
        var added = try #require(spec.blocks[b].rows.first { $0.key == .withheldQuery })
        added.key = "withheldLocalRule"
        added.label = "9.地方规定不予公开"
        added.aliases = []
        spec.blocks[b].rows.append(added)
        let corrected = try ReportFormat(
            basedOn: .y2021, edition: ReportFormat.y2021.edition,
            tables: [ReportFormat.y2021.spec(.proactive), spec, ReportFormat.y2021.spec(.reviews)])
        let officialCount = CellCorrespondence(from: official, to: official).pairs.count
        let correctedCount = CellCorrespondence(from: spec, to: spec).pairs.count
        #expect(correctedCount - officialCount == FormCatalog.applicantColumns.count + 1)
        // The official forms first (the rule keeps their correspondence), then the corrected one of the same edition.
        let pair = ReportPair(previous: y2021[1], current: resubmitted)
        let first = UnchangedApplicationsRule().check(pair, in: ValidationContext())
        let second = UnchangedApplicationsRule().check(pair, in: ValidationContext(formats: ReportFormats.official.adding(corrected)))
        func message(_ count: Int) -> String {
            "all \(count) figures of table 3 are identical to the 2021 report; last year's table handed in again?"
        }
        #expect(first.map(\.english) == [message(officialCount)])
        #expect(second.map(\.english) == [message(correctedCount)])
        #expect(UnchangedApplicationsRule().check(pair, in: ValidationContext()).map(\.english) == first.map(\.english))
    }

    @Test func table3IdenticalAcrossEditionsComparesOtherHandlingWithTheSumOfItsThreeRows() throws {
        // A 2021 table that is the 2020 table re-typed: （六）其他处理 split into 1–3 with the same sum.
        let previous = y2020[1]
        var current = y2021[1]
        current.applications = TableData(.applications)
        for (address, figure) in previous.applications.cells where address.row != .otherHandling {
            current.applications[address] = figure
        }
        for column in FormCatalog.applicantColumns + [.total] {
            let v = previous.applications[.otherHandling, column].decimal ?? 0
            current.applications[.otherOverdueCorrection, column] = .number(v)
            current.applications[.otherUnpaidFee, column] = 0
            current.applications[.otherOther, column] = 0
        }
        #expect(run(UnchangedApplicationsRule(), previous, current).map(\.id) == ["HIST.unchanged"])
        current.applications[.otherUnpaidFee, .naturalPerson] = 1
        #expect(run(UnchangedApplicationsRule(), previous, current).isEmpty)
    }

    @Test func aUnitOfLastYearsTreeWithoutAReportThisYearIsANote() throws {
        let missing = y2021[4]
        let found = CrossYearRules.check(previous: y2020, current: y2021.filter { $0 != missing }, previousUnits: y2020.map(\.organization))
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.id == "HIST.missingReport")
        #expect(d.severity == .note)
        #expect(d.location.unit == missing.organization.name)
        #expect(d.message.contains("2020年的单位名单中，但没有2021年的报告"))
    }

    @Test func across2020To2021OnlyCellsThatMeanTheSameAreComparedAndTable2SaysWhatIsNot() throws {
        let proactive = CellCorrespondence(from: ReportFormat.y2019.spec(.proactive), to: ReportFormat.y2021.spec(.proactive))
        #expect(proactive.pairs.map(\.to) == [[CellAddress(.licensing, .decisions)], [CellAddress(.penalty, .decisions)], [CellAddress(.enforcement, .decisions)]])
        #expect(proactive.onlyFrom.contains(CellAddress(.regulations, .newlyPublished)))
        #expect(proactive.onlyFrom.contains(CellAddress(.procurement, .procurementAmount)))
        #expect(proactive.onlyTo.contains(CellAddress(.normativeDocuments, .inForce)))
        #expect(proactive.onlyTo.contains(CellAddress(.fees, .feeAmount)))

        let applications = CellCorrespondence(from: ReportFormat.y2019.spec(.applications), to: ReportFormat.y2021.spec(.applications))
        #expect(applications.isComplete)
        let other = try #require(applications.pairs.first { $0.from == [CellAddress(.otherHandling, .total)] })
        #expect(other.to == [CellAddress(.otherOverdueCorrection, .total), CellAddress(.otherUnpaidFee, .total), CellAddress(.otherOther, .total)])
        #expect(other.label == "表三 （六）其他处理 × 总计")
        #expect(CellCorrespondence(from: ReportFormat.y2019.spec(.reviews), to: ReportFormat.y2021.spec(.reviews)).isComplete)
        // Within one edition every cell corresponds to itself.
        let same = CellCorrespondence(from: ReportFormat.y2021.spec(.proactive), to: ReportFormat.y2021.spec(.proactive))
        #expect(same.isComplete && same.pairs.count == ReportFormat.y2021.spec(.proactive).cells.count)
    }
}
