import DisclosureModel
import DisclosureValidation
import Foundation
import Testing
import TestSupport

@Suite("Figures quoted in the prose: TEXT.tableMismatch, TEXT.newMediaBreakdown")
struct QuotedFigureRuleTests {
    /// Each pair of FORMATS.md §2 rule 5 with the seed's table value.
    static let pairs: [(QuotedFigure.Kind, Int, String)] = [
        (.applicationsReceived, 178, "表三 一、本年新收政府信息公开申请数量 × 总计"),
        (.applicationsCarriedOver, 12, "表三 二、上年结转政府信息公开申请数量 × 总计"),
        (.applicationsAnswered, 189, "表三 （七）总计 × 总计"),
        (.applicationsCarriedForward, 1, "表三 四、结转下年度继续办理 × 总计"),
        (.administrativeReviews, 2, "表四 行政复议▸总计"),
        (.administrativeLitigation, 2, "表四 行政诉讼▸未经复议直接起诉▸总计 + 表四 行政诉讼▸复议后起诉▸总计"),
        (.normativeDocuments, 24, "表二 规范性文件 × 本年新公开数量"),
    ]

    static func seed(quoting kind: QuotedFigure.Kind, _ value: Int, approximate: Bool = false) -> AnnualReport {
        var report = Fixtures.seedReport
        report.quotedFigures = [
            QuotedFigure(
                kind, Decimal(value), approximate: approximate,
                source: TextLocation(file: "seed.txt", line: 19, excerpt: "共受理依申请公开 178 件"))
        ]
        return report
    }

    @Test("a quoted figure 1 above its table counterpart is a warning naming both", arguments: 0..<7)
    func mismatch(_ i: Int) throws {
        let (kind, tableValue, place) = Self.pairs[i]
        let found = QuotedFigureRule().check(Self.seed(quoting: kind, tableValue + 1), in: ValidationContext())
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.id == "TEXT.tableMismatch")
        #expect(d.severity == .warning)
        #expect(d.location.line == 19)
        #expect(d.location.file == "seed.txt")
        #expect(d.location.section == .overview)
        #expect(d.location.detail == kind.rawValue)
        #expect(d.message.hasSuffix("\(tableValue + 1) 与表中不一致：\(place) 为 \(tableValue)"))
        #expect(d.notes[1] == "表中 table: \(place) = \(tableValue)")
        #expect(d.notes[2] == "差额 diff: +1")
    }

    @Test("quoted figures equal to the tables pass", arguments: 0..<7)
    func match(_ i: Int) {
        let (kind, tableValue, _) = Self.pairs[i]
        #expect(QuotedFigureRule().check(Self.seed(quoting: kind, tableValue), in: ValidationContext()).isEmpty)
    }

    @Test("2021: 规范性文件 is compared with 本年制发件数")
    func normativeDocuments2021() throws {
        var report = Fixtures.fullReport2021
        report.quotedFigures = [QuotedFigure(.normativeDocuments, 16)]
        let d = try #require(QuotedFigureRule().check(report, in: ValidationContext()).first)
        #expect(d.notes[1] == "表中 table: 表二 行政规范性文件 × 本年制发件数 = 15")
    }

    @Test("an approximate figure at or below the table passes; above it is a note, not a warning")
    func approximate() throws {
        #expect(
            QuotedFigureRule().check(Self.seed(quoting: .applicationsReceived, 170, approximate: true), in: ValidationContext())
                .isEmpty)
        let found = QuotedFigureRule().check(
            Self.seed(quoting: .applicationsReceived, 180, approximate: true), in: ValidationContext())
        let d = try #require(found.first)
        #expect(d.severity == .note)
        #expect(d.notes.first == "文中 text: 180余（seed.txt:19：共受理依申请公开 178 件）")
    }

    @Test("收到申请 equal to 一＋二 gets a note saying it includes the carried-over applications")
    func receivedIncludesCarriedOver() throws {
        let d = try #require(
            QuotedFigureRule().check(Self.seed(quoting: .applicationsReceived, 190), in: ValidationContext()).first)
        #expect(d.notes.last == "文中数字等于 一＋二（含上年结转） — the text's figure includes the carried-over applications")
    }

    @Test("a blank table counterpart is not compared")
    func blankCounterpart() {
        var report = Self.seed(quoting: .applicationsReceived, 999)
        report.applications[.newReceived, .total] = .blank
        #expect(QuotedFigureRule().check(report, in: ValidationContext()).isEmpty)
    }

    @Test("a breakdown above the total says which way it is off")
    func breakdownExceeds() throws {
        var report = Fixtures.seedReport
        report.quotedFigures = [
            QuotedFigure(.newMediaAccounts, 300, source: TextLocation(line: 27, excerpt: "")),
            QuotedFigure(.newMediaWeChat, 191), QuotedFigure(.newMediaWeibo, 91), QuotedFigure(.newMediaApp, 6),
            QuotedFigure(.newMediaOther, 28),
        ]
        let d = try #require(NewMediaBreakdownRule().check(report, in: ValidationContext()).first)
        #expect(d.severity == .warning)
        #expect(d.location.line == 27)
        #expect(d.message == "正文政务新媒体总数 300 个，但分类合计 191 + 91 + 6 + 28 = 316 个，多 16 个：是否有账号重复计数")
        #expect(d.notes.prefix(2) == ["300 ≠ 191 + 91 + 6 + 28 = 316", "差额 diff: -16"])
    }

    @Test("a partial breakdown passes while it stays under the total")
    func partialBreakdown() {
        var report = Fixtures.seedReport
        report.quotedFigures = [QuotedFigure(.newMediaAccounts, 324), QuotedFigure(.newMediaWeChat, 191)]
        #expect(NewMediaBreakdownRule().check(report, in: ValidationContext()).isEmpty)
        report.quotedFigures[1] = QuotedFigure(.newMediaWeChat, 325)
        #expect(NewMediaBreakdownRule().check(report, in: ValidationContext()).map(\.id) == ["TEXT.newMediaBreakdown"])
    }

    @Test("an approximate total makes the breakdown mismatch a note")
    func approximateTotal() {
        var report = Fixtures.seedReport
        report.quotedFigures[5].approximate = true  // 324 → "324余"
        #expect(report.quotedFigures[5].kind == .newMediaAccounts)
        #expect(NewMediaBreakdownRule().check(report, in: ValidationContext()).map(\.severity) == [.note])
    }
}
