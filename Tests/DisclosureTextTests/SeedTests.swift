import DisclosureModel
import DisclosureText
import Foundation
import Testing
import TestSupport

@Suite("The seed, read verbatim")
struct SeedTests {
    let result = Read.seed
    var report: AnnualReport { result.report }

    @Test("every one of the 23 × 7 表三 cells equals the hand-typed seed, and the two tables have the same cells")
    func applicationsCellByCell() {
        let expected = Fixtures.seedReport.applications
        let spec = ReportFormat.y2019.spec(.applications)
        #expect(spec.rows.count == 23)
        #expect(spec.cells.count == 23 * 7)
        for address in spec.cells {
            #expect(report.applications[address] == expected[address], "\(spec.describe(address))")
            #expect(report.applications[address] != .blank, "\(spec.describe(address)) read as blank")
        }
        #expect(report.applications.cells == expected.cells)
        #expect(report.applications.extraRows.isEmpty)
    }

    @Test("spot checks of 表三 against the printed seed, including the out-of-place row 6 and the shifted row 四")
    func applicationsLiteralValues() {
        let t = report.applications
        #expect(t[.newReceived, .naturalPerson] == 153)
        #expect(t[.newReceived, .commercial] == 25)
        #expect(t[.newReceived, .total] == 178)
        #expect(t[.carriedOver, .total] == 12)
        #expect(t[.granted, .naturalPerson] == 23)
        #expect(t[.granted, .commercial] == 1)
        #expect(t[.granted, .total] == 24)
        #expect(t[.partiallyGranted, .total] == 23)
        #expect(t[.withheldProcess, .total] == 0)
        #expect(t[.unavailableNotHeld, .naturalPerson] == 115)
        #expect(t[.unavailableNotHeld, .commercial] == 24)
        #expect(t[.unavailableNotHeld, .total] == 139)
        #expect(t[.unavailableNeedsCreation, .total] == 2)
        #expect(t[.notProcessedPetition, .total] == 1)
        #expect(t[.otherHandling, .total] == 0)
        #expect(t[.resultTotal, .naturalPerson] == 164)
        #expect(t[.resultTotal, .total] == 189)
        #expect(t[.carryForward, .naturalPerson] == 1)
        #expect(t[.carryForward, .commercial] == 0)
        #expect(t[.carryForward, .total] == 1)
        #expect(result.rowLines[.applications]?[.withheldProcess] == 69)
        #expect(result.rowLines[.applications]?[.carryForward] == 83)
    }

    @Test("表二 exactly, including 94.2 万元 held as the exact decimal 94.2")
    func proactive() throws {
        #expect(report.proactive.cells == Fixtures.seedReport.proactive.cells)
        let p = report.proactive
        #expect(p[.regulations, .newlyMade] == 1)
        #expect(p[.regulations, .totalPublished] == 48)
        #expect(p[.normativeDocuments, .newlyPublished] == 24)
        #expect(p[.normativeDocuments, .totalPublished] == 502)
        #expect(p[.otherServices, .decisions] == 0)
        #expect(p[.fees, .previousCount] == 0)
        #expect(p[.fees, .change] == 0)
        #expect(p[.procurement, .procurementCount] == 2)
        let amount = try #require(p[.procurement, .procurementAmount].decimal)
        #expect(amount == Read.decimal("94.2"))
        #expect(amount.description == "94.2")
        #expect(report.proactive.extraRows.isEmpty)
    }

    @Test("表四 exactly: 复议 1 1 0 0 2, 直接起诉 0 1 0 0 1, 复议后起诉 0 0 0 1 1")
    func reviews() {
        #expect(report.reviews.cells == Fixtures.seedReport.reviews.cells)
        #expect(report.reviews[.cases, .reviewTotal] == 2)
        #expect(report.reviews[.cases, .directSuitTotal] == 1)
        #expect(report.reviews[.cases, ColumnKey("suitAfterReviewPending")] == 1)
        #expect(report.reviews[.cases, .suitAfterReviewTotal] == 1)
        #expect(result.rowLines[.reviews]?[.cases] == 90)
    }

    @Test("title, year, reporting body, level and edition")
    func titleYearBodyEdition() {
        #expect(report.title == "洛阳市人民政府办公室 2020 年政府信息公开工作年度报告")
        #expect(report.year == 2020)
        #expect(report.organization.name == "洛阳市人民政府办公室")
        #expect(report.organization.level == .city)
        #expect(report.edition == .y2019)
    }

    @Test("all six sections are found at their heading lines, with their text")
    func sections() {
        #expect(
            result.sectionLines == [.overview: 5, .proactive: 33, .applications: 55, .reviews: 85, .problems: 92, .other: 100])
        #expect(report.sections[.overview]?.hasPrefix("2020 年，政务公开办认真贯彻落实") == true)
        #expect(report.sections[.problems]?.hasPrefix("一是工作重点不突出") == true)
        #expect(report.sections[.other]?.hasSuffix("紧迫感。") == true)
        #expect(report.sections[.proactive]?.hasPrefix("第二十条第（一）项") == true)
    }

    @Test("the prose figures, each with its line: 59 websites, 324 accounts = 191/91/6/28, 178 applications, 2 复议, 2 诉讼 …")
    func proseFigures() {
        let got = report.quotedFigures.map { "\($0.kind) \($0.value) \($0.approximate ? "≈" : "=") \($0.source?.line ?? 0)" }
        #expect(
            got == [
                "workYear 2020 = 7", "informationPublished 12196 ≈ 15", "documentsPublished 167 = 15", "normativeDocuments 24 = 15",
                "announcements 32 = 15", "policyInterpretations 52 = 15", "applicationsReceived 178 = 19",
                "applicationsTransferred 34 = 19", "administrativeReviews 2 = 19", "administrativeLitigation 2 = 19",
                "documentsTransferred 1510 ≈ 23", "websites 59 = 27", "newMediaAccounts 324 = 27", "newMediaWeChat 191 = 27",
                "newMediaWeibo 91 = 27", "newMediaApp 6 = 27", "newMediaOther 28 = 27", "trainees 610 ≈ 31",
            ])
        // Every figure typed in by hand is among them.
        for figure in Fixtures.seedReport.quotedFigures {
            #expect(report.quotedFigures.contains { $0.kind == figure.kind && $0.value == figure.value }, "\(figure.kind)")
        }
        let accounts = report.quotedFigures.first { $0.kind == .newMediaAccounts }
        #expect(accounts?.source?.file == "seed.txt")
        #expect(accounts?.source?.excerpt.contains("开设政务新媒体 324 个") == true)
        #expect(report.fees == nil)
    }

    @Test("reading the seed reports nothing: no diagnostic at all")
    func noDiagnostics() {
        #expect(result.diagnostics.isEmpty, "\(Read.summary(result.diagnostics))")
    }

    @Test("the embedded seed is the seed fixture byte for byte, and reads the same")
    func embeddedSeed() {
        #expect(Array(EmbeddedSeed.text.utf8) == Array(Fixtures.seedText.utf8))
        #expect(EmbeddedSeed.fileName == "000_fc8dd0114ccc9bd3.txt")
        #expect(Read.text(EmbeddedSeed.text).report == Read.text(Fixtures.seedText).report)
    }
}
