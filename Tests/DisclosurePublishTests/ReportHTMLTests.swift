import DisclosureModel
import DisclosurePublish
import Foundation
import Testing
import TestSupport

/// The page and the fragment hold every table cell of the model in the official spans, escape every text, and say
/// how blanks were written.
@Suite struct ReportHTMLTests {
    @Test func everyTableCellOfThePageAndTheFragmentIsTheModelsInTheOfficialSpans() throws {
        for (name, report) in PublishSamples.all {
            let document = try ReportDocument(report)
            for html in [ReportHTML.page(document), ReportHTML.fragment(document)] {
                let tables = HTMLTableWalk.tables(html)
                #expect(tables.count == 3, "\(name)")
                for (i, table) in TableID.allCases.enumerated() where i < tables.count {
                    #expect(tables[i] == PublishSamples.expectedGrid(report, table), "\(name) \(table)")
                }
            }
        }
    }

    @Test func resultsGroupIsRowspan20In2019And22In2021AndWithheldIsRowspan8() throws {
        let seed = ReportHTML.page(try ReportDocument(PublishSamples.seed))
        #expect(seed.contains("<th scope=\"rowgroup\" rowspan=\"20\" class=\"gd-groupLabel\">三、本年度办理结果</th>"))
        #expect(seed.contains("rowspan=\"8\" class=\"gd-groupLabel\">（三）不予公开</th><th scope=\"row\" class=\"gd-rowLabel\">1.属于国家秘密</th>"))
        #expect(seed.contains("<td rowspan=\"3\" colspan=\"3\" class=\"gd-corner\">（本列数据的勾稽关系为"))
        #expect(seed.contains("<th scope=\"colgroup\" colspan=\"7\" class=\"gd-header\">申请人情况</th>"))
        let full = ReportHTML.page(try ReportDocument(PublishSamples.full2021))
        #expect(full.contains("rowspan=\"22\" class=\"gd-groupLabel\">三、本年度办理结果</th>"))
        #expect(full.contains("<th scope=\"colgroup\" colspan=\"10\" class=\"gd-header\">行政诉讼</th>"))
        #expect(full.contains("<caption class=\"gd-caption\">表三　收到和处理政府信息公开申请情况</caption>"))
    }

    @Test func sectionsCarryTheirOfficialHeadingsAndTheReportsOwnProseUntouched() throws {
        let report = PublishSamples.seed
        let document = try ReportDocument(report)
        #expect(document.sections.map(\.heading) == SectionID.allCases.map(\.heading))
        let page = ReportHTML.page(document)
        for id in SectionID.allCases { #expect(page.contains("<h2 class=\"gd-heading\">\(id.heading)</h2>")) }
        #expect(page.contains("<h3 class=\"gd-subheading\">（一）基层政务公开标准化规范化推进情况</h3>"))
        let overview = try #require(report.sections[.overview])
        let paragraph = try #require(overview.split(separator: "\n").first { $0.contains("12196") })
        #expect(page.contains("<p class=\"gd-paragraph\">\(paragraph)</p>"))
        // The table pasted as text in sections 二–四 is not repeated as prose: the table is drawn from the model.
        #expect(!page.contains("<p class=\"gd-paragraph\">规章"))
        #expect(document.sections[2].parts.count == 1)
    }

    @Test func unitNamesAndProseHoldingMarkupRenderAsText() throws {
        var report = PublishSamples.full2021
        report.organization.name = "<script>alert(1)</script>测试&局"
        report.title = nil
        report.sections[.problems] = "一是<b>问题</b> & \"改进\"。\n<img src=x onerror=alert(1)>"
        let document = try ReportDocument(report)
        for html in [ReportHTML.page(document), ReportHTML.fragment(document)] {
            #expect(!html.contains("<script>"))
            #expect(!html.contains("<b>") && !html.contains("<img"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;测试&amp;局2022年政府信息公开工作年度报告"))
            #expect(html.contains("一是&lt;b&gt;问题&lt;/b&gt; &amp; &quot;改进&quot;。"))
        }
    }

    @Test func blanksStayBlankByDefaultAndTheNotesSaySoOrAreZeroWhenTheOfficeDeclaresIt() throws {
        let report = PublishSamples.withBlanks
        let kept = try ReportDocument(report)
        let keptNotes = kept.notes.filter { $0.id == "PUB.blankKept" }
        #expect(keptNotes.map(\.location.table) == [.proactive, .applications])
        #expect(keptNotes.last?.message.contains("表三有19个单元格未填写") == true)
        let zero = try ReportDocument(report, options: PublishOptions(blankCells: .zero))
        #expect(zero.notes.filter { $0.id == "PUB.blankAsZero" }.count == 2)
        let tables = HTMLTableWalk.tables(ReportHTML.page(zero))
        #expect(tables[1] == PublishSamples.expectedGrid(report, .applications, blank: "0"))
        #expect(tables[0] == PublishSamples.expectedGrid(report, .proactive, blank: "0"))
    }

    @Test func draftedOverviewQuotesTheTablesFiguresAndProseAlreadyThereIsKeptWithTheCheckersFindings() throws {
        var report = Fixtures.seedReport
        report.sections = [:]
        let drafted = try ReportDocument(report, options: PublishOptions(draftsProse: true), accounts: [
            NewMediaAccount(name: "a", platform: "微信", hostUnit: "u"), NewMediaAccount(name: "b", platform: "抖音", hostUnit: "u"),
            NewMediaAccount(name: "c", platform: "今日头条", hostUnit: "u"), NewMediaAccount(name: "d", platform: "抖音", hostUnit: "u"),
        ])
        let text = drafted.sections[0].parts.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }.joined()
        #expect(drafted.sections[0].drafted)
        #expect(text.contains("本年新收政府信息公开申请178件，上年结转12件，本年度办理189件，结转下年度继续办理1件。"))
        #expect(text.contains("办理结果中，予以公开24件，部分公开23件，不予公开0件，无法提供141件，不予处理1件，其他处理0件。"))
        #expect(text.contains("行政复议2件，行政诉讼2件。"))
        #expect(text.contains("第二十条第（一）项所列规章本年新制作1件、本年新公开1件、对外公开48件；规范性文件本年新制作24件"))
        #expect(text.contains("开设政务新媒体4个，其中微信1个、其他3个（抖音2个、今日头条1个）"))
        #expect(drafted.notes.contains { $0.id == "PUB.draftedProse" })

        // Prose of its own: kept word for word, and a quoted figure that differs from the table is listed.
        var own = Fixtures.seedReport
        own.sections[.overview] = "全年共受理依申请公开180件。"
        own.quotedFigures = [QuotedFigure(.applicationsReceived, 180)]
        let kept = try ReportDocument(own, options: PublishOptions(draftsProse: true))
        #expect(kept.sections[0].parts == [.paragraph("全年共受理依申请公开180件。")])
        #expect(!kept.sections[0].drafted)
        #expect(kept.notes.contains { $0.id == "TEXT.tableMismatch" && $0.message.contains("180") })
    }

    @Test func websiteFormPageListsEveryFieldWithItsBlockGroupAndValue() throws {
        var form = WebsiteAnnualForm(year: 2025)
        form[.siteName] = .text("测试市人民政府门户网站 & <旧版>")
        form[.totalVisits] = .number(123456)
        form[.messageAverageDays] = .number(Decimal(string: "2.5") ?? 0)
        form[.serviceCatalogue] = .yesNo(true)
        let spec = WebsiteFormSpec.standard
        let page = WebsiteFormPage.page(form, spec: spec)
        let grid = try #require(HTMLTableWalk.tables(page).first)
        #expect(grid.count == spec.fields.count + 1)
        for (i, field) in spec.fields.enumerated() {
            let row = grid[i + 1]
            #expect(row[2] == field.labelWithUnit)
            #expect(row[0] == (field.block ?? "基本信息"))
            if let group = field.group { #expect(row[1] == group) }
        }
        func value(_ key: WebsiteFormSpec.FieldKey) -> String? {
            spec.fields.firstIndex { $0.key == key }.map { grid[$0 + 1][3] }
        }
        #expect(value(.totalVisits) == "123456")
        #expect(value(.messageAverageDays) == "2.5")
        #expect(value(.serviceCatalogue) == "是")
        #expect(value(.uniqueVisitors) == "")
        #expect(value(.siteName) == "测试市人民政府门户网站 & <旧版>")
        #expect(!page.contains("<旧版>"))
        #expect(page.contains("<caption class=\"gd-caption\">网站名称：测试市人民政府门户网站 &amp; &lt;旧版&gt;</caption>"))
        #expect(page.contains("<h1 class=\"gd-title\">政府网站工作年度报表（2025年度）</h1>"))
    }
}
