import DisclosureModel
import DisclosureText
import Foundation
import Testing
import TestSupport

@Suite("Pasted tables that keep their blank cells")
struct PastedBlankCellTests {
    static let expected = Fixtures.publishedExpectation("province-2019-blank")

    @Test("a province-level 2019 report with most cells blank, pasted with tabs: empty fields are blank cells")
    func tabs() {
        let result = Read.text(Fixtures.text("published-text/province-2019-blank.tabs.txt"), file: "p.txt")
        #expect(result.report.edition == .y2019)
        #expect(Self.expected.mismatches(result.report) == [])
        #expect(Read.summary(result.diagnostics.filter { $0.severity != .note }) == [])
    }

    @Test("the same report pasted one cell per line: empty lines are blank cells")
    func oneCellPerLine() {
        let result = Read.text(Fixtures.text("published-text/province-2019-blank.lines.txt"), file: "p.txt")
        #expect(Self.expected.mismatches(result.report) == [])
        #expect(Read.summary(result.diagnostics.filter { $0.severity != .note }) == [])
    }

    @Test("a tab row whose field count does not fit the table stays a located diagnostic")
    func ambiguousTabs() {
        // 7 columns, but 8 fields with 2 figures that do not span 7: which empty fields are padding is unknown.
        let text = """
            某局2019年政府信息公开工作年度报告
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量\t5\t\t\t\t\t5\t\t
            """
        let result = Read.text(text)
        #expect(result.report.applications[.newReceived, .naturalPerson] == .blank)
        let d = result.diagnostics.first { $0.id == "READ.missingFigures" }
        #expect(d?.location.line == 3)
        #expect(d?.location.row == .newReceived)
    }

    @Test("a group label and its first sub-row on one line are placed", arguments: [" | ", "\t"])
    func groupAndSubRowOnOneLine(separator: String) {
        let figures = { (row: [Int]) in row.map(String.init).joined(separator: separator) }
        let text = [
            "某局2020年政府信息公开工作年度报告",
            "三、收到和处理政府信息公开申请情况",
            "三、本年度办理结果 （一）予以公开" + separator + figures([1, 0, 0, 0, 0, 0, 1]),
            "（三）不予公开 1.属于国家秘密" + separator + figures([14, 0, 0, 0, 0, 0, 14]),
            "2.其他法律行政法规禁止公开" + separator + figures([2, 0, 0, 0, 0, 0, 2]),
            "（四）无法提供 1.本机关不掌握相关政府信息" + separator + figures([3, 1, 0, 0, 0, 0, 4]),
            "（五）不予处理 1.信访举报投诉类申请" + separator + figures([5, 0, 0, 0, 0, 0, 5]),
            "三、本年度办理结果（三）不予公开 3.危及“三安全一稳定”" + separator + figures([6, 0, 0, 0, 0, 0, 6]),
        ].joined(separator: "\n")
        let result = Read.text(text)
        let a = result.report.applications
        let columns = FormCatalog.applicantColumns + [.total]
        #expect(columns.map { a[.granted, $0] } == [1, 0, 0, 0, 0, 0, 1])
        #expect(columns.map { a[.withheldStateSecret, $0] } == [14, 0, 0, 0, 0, 0, 14])
        #expect(columns.map { a[.withheldProhibited, $0] } == [2, 0, 0, 0, 0, 0, 2])
        #expect(columns.map { a[.unavailableNotHeld, $0] } == [3, 1, 0, 0, 0, 0, 4])
        #expect(columns.map { a[.notProcessedPetition, $0] } == [5, 0, 0, 0, 0, 0, 5])
        #expect(columns.map { a[.withheldSafetyStability, $0] } == [6, 0, 0, 0, 0, 0, 6])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(Read.summary(errors) == [])
        #expect(!result.diagnostics.contains { $0.id == "READ.extraRow" })
    }

    @Test("a GBK text file reads like its UTF-8 copy")
    func gbkFile() throws {
        let bytes = Fixtures.data("published-text/province-2019-blank.tabs.gbk.txt")
        #expect(String(data: bytes, encoding: .utf8) == nil)  // really not UTF-8
        let text = try ReportTextReader.decodeText(bytes)
        #expect(text == Fixtures.text("published-text/province-2019-blank.tabs.txt"))
    }

    @Test("GBK transcoded in chunks split at every byte gives the text of the whole; a bad byte is located")
    func gbkInChunks() throws {
        let bytes = Array(Fixtures.data("published-text/province-2019-blank.tabs.gbk.txt"))
        let whole = try TextEncoding.gb18030.decode(bytes)
        #expect(whole.contains("二、主动公开政府信息情况"))
        #expect(try TextEncoding.gb18030.encode(whole) == bytes)  // and back, byte for byte
        #expect(try TextEncoding.utf8.encode(whole) == Array(whole.utf8))
        for split in 0...bytes.count {
            let transcoder = try TextTranscoder(from: .gb18030)
            var output: [UInt8] = []
            try bytes[..<split].withUnsafeBufferPointer { try transcoder.convert($0, final: false, into: &output) }
            try bytes[split...].withUnsafeBufferPointer { try transcoder.convert($0, final: true, into: &output) }
            #expect(String(decoding: output, as: UTF8.self) == whole, "split at \(split)")
        }
        // A lead byte left at the end is incomplete only once the text is final; 0x81 0x0A is never valid.
        let transcoder = try TextTranscoder(from: .gb18030)
        var output: [UInt8] = []
        try [0x41, 0x81].withUnsafeBufferPointer { try transcoder.convert($0, final: false, into: &output) }
        #expect(output == [0x41])
        #expect(throws: TextDecodingError("按 GB18030 解码失败：第 1 字节处字节序列不完整 — not valid GB18030 at byte 1")) {
            try [UInt8]().withUnsafeBufferPointer { try transcoder.convert($0, final: true, into: &output) }
        }
        #expect(throws: TextDecodingError("按 GB18030 解码失败：第 2 字节处无效的字节序列 — not valid GB18030 at byte 2")) {
            try TextEncoding.gb18030.decode([0xC4, 0xE3, 0x81, 0x0A])
        }
    }
}
