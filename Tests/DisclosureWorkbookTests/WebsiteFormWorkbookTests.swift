import DisclosureAggregation
import DisclosureModel
import DisclosureSamples
import DisclosureWorkbook
import Foundation
import Testing
import TestSupport
import XLSX

/// The 政府网站工作年度报表 workbook of the sample city's 59 sites (two renamed to test sheet-name repair), read back.
@Suite struct WebsiteFormWorkbookTests {
    static let forms: [WebsiteAnnualForm] = {
        var forms = SampleCity.generate(year: 2020).websiteForms
        forms[1][.siteName] = .text("洛阳市[测试]:网站*?/\\ 一个名字非常非常非常非常非常非常长的网站")
        forms[2][.siteName] = forms[0][.siteName]
        return forms
    }()
    static let file = Result { () throws -> URL in
        let url = Fixtures.temporaryDirectory("website-forms").appendingPathComponent("网站年度报表.xlsx")
        try WebsiteFormWorkbookExporter().write(forms, to: url)
        return url
    }
    var book: StatisticsBookReader

    init() throws { book = try StatisticsBookReader(Self.file.get()) }

    static func text(_ form: WebsiteAnnualForm, _ key: WebsiteFormSpec.FieldKey) -> String {
        if case .text(let t) = form[key] { return t }
        return ""
    }

    /// The sheet row of a field on a site's sheet (every field, in form order, from row 3).
    static func siteRow(_ key: WebsiteFormSpec.FieldKey) -> Int {
        3 + (WebsiteFormSpec.standard.fields.firstIndex { $0.key == key } ?? -100)
    }

    /// The sheet row of a field on 汇总 (text fields left out).
    static func summaryRow(_ key: WebsiteFormSpec.FieldKey) -> Int {
        let fields = WebsiteFormSpec.standard.fields.filter { if case .text = $0.kind { false } else { true } }
        return 3 + (fields.firstIndex { $0.key == key } ?? -100)
    }

    @Test func summaryAndDetailThenOneValidUniqueSheetPerSite() {
        let names = book.sheetNames
        #expect(names.count == 2 + 59)
        #expect(names.prefix(2) == ["汇总", "分网站明细"])
        #expect(names[2] == Self.text(Self.forms[0], .siteName))
        #expect(names[3] == "洛阳市_测试__网站____ 一个名字非常非常非常非常非常非常")
        #expect(names[3].utf16.count == 31)
        #expect(names[4] == names[2] + "(2)")
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        #expect(names.allSatisfy { $0.utf16.count <= 31 && !$0.contains(where: { "[]:*?/\\".contains($0) }) })
    }

    @Test mutating func siteSheetHasBlocksMergedDownLabelsWithUnitsAndValues() throws {
        let form = Self.forms[5]
        let sheet = try book.sheet(book.sheetNames[7])
        let received = Self.siteRow(.messagesReceived)
        #expect(sheet.text(received, 2) == "收到留言数量（单位：条）")
        #expect(sheet.number(received, 3) == form[.messagesReceived].number)
        let block = try #require(sheet.mergedRange(containing: CellReference(row: received, column: 0)))
        #expect(sheet.text(block.first.row, 0) == "互动交流")
        #expect(block.first.row == Self.siteRow(.unifiedPlatform) && block.last.row == Self.siteRow(.smartQA))
        let group = try #require(sheet.mergedRange(containing: CellReference(row: received, column: 1)))
        #expect(sheet.text(group.first.row, 1) == "留言办理" && group.last.row == Self.siteRow(.messagesAnsweredPublicly))
        if case .yesNo(let b) = form[.unifiedPlatform] {
            #expect(sheet.text(Self.siteRow(.unifiedPlatform), 3) == (b ? "是" : "否"))
        } else {
            Issue.record("the sample form answers 是否使用统一平台")
        }
        #expect(sheet.text(Self.siteRow(.siteName), 1) == "网站名称", "a field without a group spans the group column")
        #expect(sheet.text(Self.siteRow(.siteName), 3) == Self.text(form, .siteName))
    }

    @Test mutating func summaryFormulasAddUpTheDetailSheetsSiteColumnsAndCountYesNo() throws {
        let summary = WebsiteFormSummary(Self.forms)
        let sheet = try book.sheet("汇总")
        let detail = try book.sheet("分网站明细")
        let names = book.sheetNames
        #expect((0..<59).map { detail.text(2, 3 + $0) } == Array(names.dropFirst(2)), "one column per site, headed by its sheet")
        for key: WebsiteFormSpec.FieldKey in [.infoTotal, .messagesReceived, .casesTotal, .weChatPosts] {
            let r = Self.summaryRow(key)
            #expect(sheet.formulaText(r, 3) == "SUM('分网站明细'!D\(r + 1):BJ\(r + 1))")
            #expect(sheet.number(r, 3) == summary.sums[key], "\(key)")
            #expect((summary.sums[key] ?? 0) > 0)
            #expect(detail.number(r, 3 + 5) == Self.forms[5][key].number, "site 6's own value in its column")
            #expect(sheet.formulaText(r, 6) == "COUNTBLANK('分网站明细'!D\(r + 1):BJ\(r + 1))")
            #expect(sheet.number(r, 6) == Decimal(summary.blankCounts[key] ?? 0))
        }
        let platform = Self.summaryRow(.unifiedPlatform)
        let tally = try #require(summary.yesNo[.unifiedPlatform])
        #expect(sheet.formulaText(platform, 4) == "COUNTIF('分网站明细'!D\(platform + 1):BJ\(platform + 1),\"是\")")
        #expect(sheet.number(platform, 4) == Decimal(tally.yes) && sheet.number(platform, 5) == Decimal(tally.no))
        #expect(tally.yes + tally.no + tally.blank == 59)
        let days = try #require(summary.measures[.messageAverageDays]?.mean)
        let shown = try #require(sheet.number(Self.summaryRow(.messageAverageDays), 3))
        #expect(abs(NSDecimalNumber(decimal: shown - days).doubleValue) < 0.005, "mean of 平均办理时间 to two decimals")
        #expect(sheet.row(where: 2, is: "网站名称") == nil, "text fields are not summed")
    }

    @Test func sheetNamerRepairsAndNumbersCollisions() {
        var namer = SheetNamer(reserved: ["汇总"])
        #expect(namer.name(for: "汇总") == "汇总(2)")
        #expect(namer.name(for: "a/b:c") == "a_b_c")
        #expect(namer.name(for: "A_B_C") == "A_B_C(2)", "names compare case-insensitively")
        #expect(namer.name(for: "'引号'") == "引号")
        #expect(namer.name(for: "") == "Sheet")
        #expect(namer.name(for: "\u{1}") == "Sheet(2)")
        let long = String(repeating: "网", count: 40)
        #expect(namer.name(for: long) == String(repeating: "网", count: 31))
        #expect(namer.name(for: long) == String(repeating: "网", count: 28) + "(2)")
        #expect(namer.name(for: String(repeating: "😀", count: 20)).utf16.count == 30, "never splits a surrogate pair")
    }
}
