import DisclosureModel
import DisclosureValidation
import Testing
import TestSupport

@Suite("Across years: YEAR.carriedOver")
struct CarriedOverRuleTests {
    /// Last year's report whose 结转下年度 is exactly this seed's 上年结转.
    static var previous: AnnualReport {
        var last = Fixtures.seedReport
        last.year = 2019
        let columns = FormCatalog.applicantColumns + [.total]
        for c in columns { last.applications[.carryForward, c] = Fixtures.seedReport.applications[.carriedOver, c] }
        return last
    }

    @Test("matching carry-over passes; without a previous report nothing runs")
    func matching() {
        #expect(CarriedOverRule().check(Fixtures.seedReport, in: ValidationContext(previousReport: Self.previous)).isEmpty)
        #expect(CarriedOverRule().check(Fixtures.seedReport, in: ValidationContext()).isEmpty)
    }

    @Test("last year's 结转 自然人 11 against this year's 上年结转 12 warns at that cell")
    func mismatch() throws {
        var last = Self.previous
        last.applications[.carryForward, .naturalPerson] = 11
        let found = CarriedOverRule().check(Fixtures.seedReport, in: ValidationContext(previousReport: last))
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.id == "YEAR.carriedOver")
        #expect(d.severity == .warning)
        #expect(d.location.table == .applications)
        #expect(d.location.row == .carriedOver)
        #expect(d.location.column == .naturalPerson)
        #expect(d.message == "表三 二、上年结转政府信息公开申请数量 × 自然人：上年结转 12 件，与2019年报告的结转下年度 11 件不一致")
        #expect(
            d.notes == [
                "本年 this year: 表三 二、上年结转政府信息公开申请数量 × 自然人 = 12",
                "上年 last year: 2019年 表三 四、结转下年度继续办理 × 自然人 = 11",
                "差额 diff: +1",
            ])
    }

    @Test("a report that is not last year's of the same unit gives one note and no comparison")
    func notThePreviousYear() {
        var other = Self.previous
        other.year = 2018
        other.applications[.carryForward, .naturalPerson] = 99
        let found = CarriedOverRule().check(Fixtures.seedReport, in: ValidationContext(previousReport: other))
        #expect(found.map(\.severity) == [.note])
        #expect(found.first?.message == "所给上年报告（洛阳市人民政府办公室 2018年）不是本单位2019年的报告，未核对上年结转")
    }
}
