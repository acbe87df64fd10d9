import DisclosureModel
import DisclosureValidation
import Testing
import TestSupport

@Suite("Website annual form: WEB.* relations and WEB.value")
struct WebsiteFormRuleTests {
    /// A form that satisfies every relation of `WebsiteFormSpec.standard`.
    static var form: WebsiteAnnualForm {
        var f = WebsiteAnnualForm(year: 2020)
        f[.siteName] = .text("洛阳市人民政府")
        f[.homepageURL] = .text("www.ly.gov.cn")
        f[.hostUnit] = .text("洛阳市人民政府办公室")
        let numbers: [(WebsiteFormSpec.FieldKey, Int)] = [
            (.uniqueVisitors, 1000), (.totalVisits, 5000), (.infoTotal, 300), (.infoOverview, 100), (.infoNews, 100),
            (.infoCatalogue, 100), (.interpretationTotal, 60), (.interpretationMaterials, 20),
            (.interpretationProducts, 20), (.interpretationMediaArticles, 20), (.serviceItems, 50),
            (.serviceItemsOnline, 40), (.casesTotal, 1100), (.casesNaturalPerson, 600), (.casesLegalPerson, 500),
            (.messagesReceived, 80), (.messagesClosed, 80), (.securityIssuesFound, 5), (.securityIssuesFixed, 5),
        ]
        for (key, value) in numbers { f[key] = .number(.init(value)) }
        f[.smartQA] = .yesNo(true)
        return f
    }

    @Test("a form satisfying every relation passes")
    func clean() {
        #expect(Validator().validate(Self.form).isEmpty)
    }

    /// Each relation of the standard spec, broken by raising its left side above (or lowering below) the right.
    static let breaks: [(String, WebsiteFormSpec.FieldKey, Int, String)] = [
        ("WEB.infoTotal", .infoTotal, 299, "299 < 100 + 100 + 100"),
        ("WEB.interpretationTotal", .interpretationTotal, 59, "59 < 20 + 20 + 20"),
        ("WEB.casesTotal", .casesTotal, 1200, "1200 ≠ 600 + 500"),
        ("WEB.messagesClosed", .messagesClosed, 81, "81 > 80"),
        ("WEB.issuesFixed", .securityIssuesFixed, 6, "6 > 5"),
        ("WEB.onlineItems", .serviceItemsOnline, 51, "51 > 50"),
        ("WEB.visitors", .uniqueVisitors, 5001, "5001 > 5000"),
    ]

    @Test("each relation broken by one number fires under its own id", arguments: 0..<7)
    func relation(_ i: Int) throws {
        let (id, key, value, equation) = Self.breaks[i]
        var form = Self.form
        form[key] = .number(.init(value))
        let found = Validator().validate(form)
        #expect(Check.summary(found) == ["\(id) warning"])
        let d = try #require(found.first)
        #expect(d.notes.first == equation)
        #expect(d.location.unit == "洛阳市人民政府办公室")
        #expect(d.location.detail?.hasPrefix("政府网站工作年度报表 2020 洛阳市人民政府（www.ly.gov.cn） ") == true)
    }

    @Test("办件量 总数 1200 against 600 + 500: message, labels and difference")
    func casesTotalDetail() throws {
        var form = Self.form
        form[.casesTotal] = .number(1200)
        let d = try #require(Validator().validate(form).first)
        #expect(d.message == "政府网站工作年度报表 2020 洛阳市人民政府（www.ly.gov.cn）：应办件量总数等于自然人办件量与法人办件量之和，但 1200 ≠ 1100")
        #expect(
            d.notes == [
                "1200 ≠ 600 + 500", "左边 left = 1200：办件量▸总数 1200",
                "右边 right = 1100：办件量▸自然人办件量 600 + 办件量▸法人办件量 500", "差额 diff: +100",
            ])
        #expect(d.location.detail == "政府网站工作年度报表 2020 洛阳市人民政府（www.ly.gov.cn） 办件量▸总数、办件量▸自然人办件量、办件量▸法人办件量")
    }

    @Test("a negative count, a fraction, text for a number and a number for 是/否 are WEB.value errors")
    func values() {
        var form = Self.form
        form[.columnsNew] = .number(-1)
        form[.surveyRounds] = .number(Check.decimal("2.5"))
        form[.registeredUsers] = .text("很多")
        form[.smartQA] = .number(1)
        let found = Validator().validate(form)
        #expect(Check.summary(found) == Array(repeating: "WEB.value error", count: 4))
        #expect(
            found.map(\.message) == [
                "政府网站工作年度报表 2020 洛阳市人民政府（www.ly.gov.cn） 专栏专题▸新开设数量：不能为负数",
                "政府网站工作年度报表 2020 洛阳市人民政府（www.ly.gov.cn） 办事服务▸注册用户数：应为数字",
                "政府网站工作年度报表 2020 洛阳市人民政府（www.ly.gov.cn） 征集调查▸征集调查期数：不是整数",
                "政府网站工作年度报表 2020 洛阳市人民政府（www.ly.gov.cn） 互动交流▸是否提供智能问答：应为“是”或“否”",
            ])
        #expect(found.map { $0.notes } == [["值 value: -1"], ["值 value: “很多”"], ["值 value: 2.5"], ["值 value: 1"]])
    }

    @Test("平均办理时间 may be a decimal")
    func measureMayBeDecimal() {
        var form = Self.form
        form[.messageAverageDays] = .number(Check.decimal("3.5"))
        #expect(Validator().validate(form).isEmpty)
    }
}
