import DisclosureModel
import DisclosureDocuments
import DisclosureText
import Foundation
import Testing
import TestSupport

@Suite("Web pages")
struct PublishedHTMLTests {
    static let pages = Fixtures.publishedNames.flatMap { name in ["utf8", "gbk"].map { (name, $0) } }

    @Test("each page reads every cell of its edition's tables, blanks blank", arguments: pages)
    func everyCell(name: String, encoding: String) throws {
        let path = "published-html/\(name).\(encoding).html"
        let (report, diagnostics) = try PublishedReport.readHTML(Fixtures.data(path), file: path)
        let expected = Fixtures.publishedExpectation(name)
        #expect(report.edition == expected.edition)
        #expect(report.year == expected.year)
        #expect(report.organization.name == expected.organization)
        #expect(expected.mismatches(report) == [])
        let errors = diagnostics.filter { $0.severity != .note }.map { "\($0.id) \($0.message)" }
        #expect(errors == [])
    }

    @Test("the seed page's prose gives the seed text's quoted figures and sections")
    func seedProse() throws {
        let (report, _) = try PublishedReport.readHTML(
            Fixtures.data("published-html/seed-luoyang-2020.gbk.html"), file: "seed.html")
        let text = ReportTextReader().read(Fixtures.seedText).report
        #expect(report.quotedFigures.map(\.kind) == text.quotedFigures.map(\.kind))
        #expect(report.quotedFigures.map(\.value) == text.quotedFigures.map(\.value))
        #expect(report.quotedFigures.allSatisfy { ($0.source?.line ?? 0) > 20 })  // the page's own lines
        #expect(report.sections[.problems]?.hasPrefix("一是工作重点不突出") == true)
        #expect(report.sections[.overview]?.contains("开设政务新媒体 324 个") == true)
        // Nothing of the chrome: the nav's 24, the counter's 153178, the footer's 备案 numbers, the script's 178.
        let all = report.sections.values.joined()
        for chrome in ["访问量", "网站标识码", "ICP备", "公网安备", "相关链接", "当前位置", "visits", "本年新收 178"] {
            #expect(!all.contains(chrome), "chrome text \(chrome) read as report text")
        }
    }

    @Test("GBK page: characters outside GB2312 and 〔〕“” come through exactly")
    func gbkCharacters() throws {
        let (utf8, _) = try PublishedReport.readHTML(Fixtures.data("published-html/city-2022.utf8.html"))
        let (gbk, _) = try PublishedReport.readHTML(Fixtures.data("published-html/city-2022.gbk.html"))
        #expect(gbk.sections == utf8.sections)
        let overview = gbk.sections[.overview] ?? ""
        #expect(overview.contains("王堃、李喆"))
        #expect(overview.contains("国办公开办函〔2021〕30号"))
        #expect(gbk.sections[.problems]?.contains("“公开”意识") == true)
        #expect(gbk.quotedFigures.map(\.value) == utf8.quotedFigures.map(\.value))
        #expect(gbk.fees == ProcessingFees(noticesIssued: 2, amountNotified: nil, amountCollected: Amount(400, .yuan)))
    }

    @Test("the edition comes from the grids: rowspan 20 and （六）其他处理 one row (2019), 22 and three sub-rows (2021)")
    func editionFromSpans() throws {
        // A 2021 table on a page whose title says 2020: the grids decide, and a note says the year disagrees.
        var page = String(decoding: Fixtures.data("published-html/city-2022.utf8.html"), as: UTF8.self)
        page = page.replacingOccurrences(of: "2022年政府信息公开", with: "2020年政府信息公开")
        let (report, diagnostics) = try PublishedReport.readHTML(Data(page.utf8))
        #expect(report.year == 2020)
        #expect(report.edition == .y2021)
        #expect(diagnostics.map(\.id).contains("READ.editionMismatch"))
    }

    @Test("a page whose body is loaded by script is refused with a clear error")
    func scriptShell() {
        #expect {
            try PublishedReport.readHTML(Fixtures.data("published-html/script-shell.html"))
        } throws: { error in
            guard let e = error as? PublishedReadError else { return false }
            return e.kind == .scriptShell && e.message.contains("页面正文由脚本加载")
        }
    }

    @Test("a figure cell holding text is a located diagnostic, not a guess")
    func textInFigureCell() throws {
        var page = String(decoding: Fixtures.data("published-html/seed-luoyang-2020.utf8.html"), as: UTF8.self)
        // 表三 row 一, 自然人 (153) becomes text.
        guard let range = page.range(of: "宋体\">153<") else { Issue.record("no 153 cell"); return }
        page.replaceSubrange(range, with: "宋体\">约一百五十<")
        let (report, diagnostics) = try PublishedReport.readHTML(Data(page.utf8), file: "p.html")
        #expect(report.applications[.newReceived, .naturalPerson] == .blank)
        #expect(report.applications[.newReceived, .total] == 178)
        let d = diagnostics.first { $0.id == "READ.notAFigure" }
        #expect(d?.location.detail == "table 2 row 4 col 4")
        #expect(d?.location.row == .newReceived)
        #expect(d?.location.column == .naturalPerson)
    }

    @Test("sniffers tell the formats apart")
    func sniffers() {
        let html = Fixtures.data("published-html/seed-luoyang-2020.gbk.html")
        let docx = Fixtures.data("published-docx/seed-luoyang-2020.docx")
        #expect(PublishedReport.isHTML(html))
        #expect(!PublishedReport.isDOCX(html))
        #expect(PublishedReport.isDOCX(docx))
        #expect(!PublishedReport.isHTML(docx))
        #expect(PublishedReport.isHTML(Data("<table><tr><td>1</td></tr></table>".utf8)))
        #expect(!PublishedReport.isHTML(Data("洛阳市人民政府办公室".utf8)))
        #expect(PublishedReport.isOLE(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])))
    }
}
