import DisclosureModel
import Foundation
import Testing
import TestSupport

@Suite struct ReportJSONTests {
    @Test func seedReportRoundTripsThroughJSONUnchanged() throws {
        let report = Fixtures.seedReport
        let data = try ReportJSON.encode(report)
        let back = try ReportJSON.decode(AnnualReport.self, from: data)
        #expect(back == report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"procurementAmount\" : 94.2"))
        #expect(text.contains("\"schemaVersion\" : 1"))
    }

    @Test func amountsDecodeExactlyWithoutDouble() throws {
        let json = #"{"schemaVersion":1,"kind":"TableData","content":{"id":"proactive","rows":{"procurement":{"procurementAmount":0.1,"procurementCount":null}}}}"#
        let table = try ReportJSON.decode(TableData.self, from: Data(json.utf8))
        #expect(table[.procurement, .procurementAmount] == .number(Decimal(string: "0.1")!))
        #expect(table[.procurement, .procurementCount] == .blank)
    }

    @Test func decodingErrorNamesTheJSONPath() throws {
        var report = Fixtures.seedReport
        report.year = 2020
        var text = String(decoding: try ReportJSON.encode(report), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"naturalPerson\" : 153", with: "\"naturalPerson\" : \"many\"")
        #expect {
            try ReportJSON.decode(AnnualReport.self, from: Data(text.utf8), file: "r.json")
        } throws: { error in
            let e = error as? JSONDocumentError
            return e?.path == "$.content.applications.rows.newReceived.naturalPerson"
                && e?.description.hasPrefix("r.json $.content.applications.rows.newReceived.naturalPerson") == true
        }
    }

    @Test func newerSchemaVersionAndWrongKindAreRefused() {
        let newer = #"{"schemaVersion":9,"kind":"AnnualReport","content":{}}"#
        #expect(throws: JSONDocumentError(file: nil, path: "$.schemaVersion", reason: .unsupportedVersion(9))) {
            try ReportJSON.decode(AnnualReport.self, from: Data(newer.utf8))
        }
        let other = #"{"schemaVersion":1,"kind":"Website","content":{}}"#
        #expect(throws: JSONDocumentError(file: nil, path: "$.kind", reason: .wrongKind(found: "Website", expected: "AnnualReport"))) {
            try ReportJSON.decode(AnnualReport.self, from: Data(other.utf8))
        }
    }
}

@Suite struct ValueTests {
    @Test func amountConvertsYuanToWanYuanExactly() {
        #expect(Amount(251000, .yuan).converted(to: .wanYuan) == Amount(Decimal(string: "25.1")!, .wanYuan))
        #expect(Amount(Decimal(string: "94.2")!, .wanYuan).description == "94.2万元")
    }

    @Test func figureIntegerIsNilForFractionsAndBlank() {
        #expect(Figure(12).integer == 12)
        #expect(Figure.number(Decimal(string: "12.5")!).integer == nil)
        #expect(Figure.blank.integer == nil)
        #expect(Figure.number(-8).integer == -8)
    }

    @Test func calendarDatesParseCommonFormsAndCountDays() throws {
        let a = try #require(CalendarDate("2020-12-17"))
        let b = try #require(CalendarDate("2020年12月31日"))
        #expect(a.days(to: b) == 14)
        #expect(CalendarDate("2021-02-29") == nil)
        #expect(CalendarDate("2020/2/29")?.description == "2020-02-29")
    }

    @Test func newMediaCategoryFollowsPlatformName() {
        #expect(NewMediaCategory(platform: "微信公众号") == .weChat)
        #expect(NewMediaCategory(platform: "新浪微博") == .other)
        #expect(NewMediaCategory(platform: "微博") == .weibo)
        #expect(NewMediaCategory(platform: "APP") == .mobileApp)
        #expect(NewMediaCategory(platform: "抖音") == .other)
    }

    @Test func websiteFormRelationsHoldOrFailOnNumbers() {
        var form = WebsiteAnnualForm(year: 2020)
        form[.casesTotal] = .number(10)
        form[.casesNaturalPerson] = .number(7)
        let rel = WebsiteFormSpec.standard.relations.first { $0.id == "WEB.casesTotal" }!
        #expect(rel.holds(in: form) == nil)
        form[.casesLegalPerson] = .number(3)
        #expect(rel.holds(in: form) == true)
        form[.casesLegalPerson] = .number(4)
        #expect(rel.holds(in: form) == false)
        #expect(WebsiteFormSpec.standard.blocks == ["信息发布", "专栏专题", "解读回应", "办事服务", "互动交流", "安全防护", "移动新媒体", "创新发展"])
    }
}
