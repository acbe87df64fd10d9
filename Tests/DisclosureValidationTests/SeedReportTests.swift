import DisclosureModel
import DisclosureValidation
import Testing
import TestSupport

@Suite("The seed and the full 2021 report")
struct SeedReportTests {
    @Test("the seed passes every table identity and yields exactly the 324 ≠ 316 warning")
    func seedYieldsOnlyTheNewMediaWarning() throws {
        let diagnostics = Check.report(Fixtures.seedReport)
        #expect(Check.summary(diagnostics) == ["TEXT.newMediaBreakdown warning"])
        #expect(!diagnostics.hasErrors)
        let d = try #require(diagnostics.first)
        #expect(d.message.contains("324"))
        #expect(d.message.contains("少 8 个"))
        #expect(d.message.contains("抖音"))
        #expect(d.english.contains("8 short"))
        #expect(d.notes == ["324 ≠ 191 + 91 + 6 + 28 = 316", "差额 diff: +8", "微信 191，微博 91，移动客户端 6，其他 28"])
        #expect(d.location.section == .overview)
        #expect(d.location.unit == "洛阳市人民政府办公室")
        #expect(d.location.detail == "newMediaAccounts")
    }

    @Test("no identity rule fires on the seed")
    func seedSatisfiesEveryEquation() {
        #expect(IdentityRule().check(Fixtures.seedReport, in: ValidationContext()).isEmpty)
    }

    @Test("the full 2021 report yields no diagnostics at all")
    func fullReportIsClean() {
        #expect(Check.report(Fixtures.fullReport2021).isEmpty)
    }

    @Test("the seed's line numbers travel into the diagnostic when the figures carry them")
    func quotedLineIsReported() throws {
        var report = Fixtures.seedReport
        report.quotedFigures = report.quotedFigures.map { figure in
            var f = figure
            f.source = TextLocation(file: "seed.txt", line: 27, excerpt: "开设政务新媒体 324 个")
            return f
        }
        let d = try #require(Check.report(report).first)
        #expect(d.location.line == 27)
        #expect(d.location.file == "seed.txt")
    }
}
