import DisclosureModel
@testable import DisclosureDocuments
import DisclosureText
import Foundation
import Testing
import TestSupport
import XLSX

@Suite("Word documents")
struct PublishedDOCXTests {
    static let documents = Fixtures.publishedNames.flatMap { name in ["", ".libreoffice"].map { (name, $0) } }

    @Test("each .docx (python-docx; LibreOffice from the page) reads every cell through gridSpan and vMerge, blanks blank",
          arguments: documents)
    func everyCell(name: String, writer: String) throws {
        let path = "published-docx/\(name)\(writer).docx"
        let (report, diagnostics) = try PublishedReport.readDOCX(Fixtures.data(path), file: path)
        let expected = Fixtures.publishedExpectation(name)
        #expect(report.edition == expected.edition)
        #expect(report.year == expected.year)
        #expect(report.organization.name == expected.organization)
        #expect(expected.mismatches(report) == [])
        #expect(diagnostics.filter { $0.severity != .note }.map { "\($0.id) \($0.message)" } == [])
    }

    @Test("the seed .docx gives the seed text's quoted figures, located by paragraph")
    func seedProse() throws {
        let (report, _) = try PublishedReport.readDOCX(Fixtures.data("published-docx/seed-luoyang-2020.docx"))
        let text = ReportTextReader().read(Fixtures.seedText).report
        #expect(report.quotedFigures.map(\.value) == text.quotedFigures.map(\.value))
        #expect(report.sections[.other]?.hasPrefix("下步工作打算") == true)
    }

    @Test("a binary .doc / .wps is refused with a message saying to save as .docx")
    func binaryWord() {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        for read in [{ try PublishedReport.readDOCX(ole) }, { try PublishedReport.read(ole) }] {
            #expect {
                try read()
            } throws: { error in
                guard let e = error as? PublishedReadError else { return false }
                return e.kind == .binaryWord && e.message.contains(".docx")
            }
        }
    }

    @Test("a damaged .docx is a thrown error with libzip's text, not a crash")
    func damaged() {
        var bytes = Fixtures.data("published-docx/city-2022.docx")
        bytes = bytes.prefix(bytes.count / 2)
        #expect(throws: PublishedReadError.self) { try PublishedReport.readDOCX(bytes) }
        #expect(throws: PublishedReadError.self) { try PublishedReport.readDOCX(Data("PK\u{3}\u{4}not a zip".utf8)) }
    }

    /// Found by the docx-reader fuzz target: a `w:tr` whose table tag was damaged trapped on an empty table stack.
    @Test("markup out of place — a row or cell outside any table, as a damaged file has — is ignored, not a trap")
    func strayTableMarkup() throws {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        let cell = { (text: String) in "<w:tc><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }
        let body = "<w:p><w:r><w:t>前言</w:t></w:r></w:p>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>\(cell("孤行"))</w:tr>"
            + "\(cell("孤格"))<w:gridSpan w:val=\"3\"/><w:vMerge/>"
            + "<w:tbl><w:tr>\(cell("甲"))\(cell("乙"))</w:tr></w:tbl>"
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(w)><w:body>\(body)</w:body></w:document>"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stray-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: url) }
        try ZipPackageWriter.write([.init("word/document.xml", Data(xml.utf8))], to: url)
        let document = try DOCXDocument(data: Data(contentsOf: url))
        // The stray cells' text is kept as body paragraphs: nothing is lost.
        #expect(document.lines.map(\.text) == ["前言", "孤行", "孤格"])
        #expect(document.grids.count == 1)
        #expect(document.grids.first?.rows.map { $0.map(\.text) } == [["甲", "乙"]])
    }
}
