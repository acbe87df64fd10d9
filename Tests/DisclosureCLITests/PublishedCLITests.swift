import Foundation
import Testing
import TestSupport

/// `parse` and `check` take published pages (UTF-8 and GBK), Word documents and GBK text.
@Suite(.serialized) struct PublishedCLITests {
    @Test func parseReadsAGBKPageIntoTheJSONModel() throws {
        let r = try CLIRunner.run(["parse", Fixtures.url("published-html/seed-luoyang-2020.gbk.html").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"procurementAmount\" : 94.2"))
        #expect(r.stdout.contains("\"name\" : \"洛阳市人民政府办公室\""))
    }

    @Test func checkReadsADocxAndAGBKTextAndLocatesFindingsInThem() throws {
        let docx = try CLIRunner.run(["check", Fixtures.url("published-docx/seed-luoyang-2020.docx").path])
        #expect(docx.status == 0, "\(docx.stderr)")
        #expect(docx.stdout.contains("324 ≠ 191 + 91 + 6 + 28 = 316"))
        let text = try CLIRunner.run(["check", Fixtures.url("published-text/province-2019-blank.tabs.gbk.txt").path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("0 个错误"))
    }

    @Test func aScriptShellPageAndABinaryDocAreRefusedWithTheirReason() throws {
        let shell = try CLIRunner.run(["parse", Fixtures.url("published-html/script-shell.html").path])
        #expect(shell.status != 0)
        #expect(shell.stderr.contains("页面正文由脚本加载"))
        let dir = Fixtures.temporaryDirectory()
        let doc = dir.appendingPathComponent("report.doc")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 64)).write(to: doc)
        let refused = try CLIRunner.run(["check", doc.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains(".docx"))
    }
}
