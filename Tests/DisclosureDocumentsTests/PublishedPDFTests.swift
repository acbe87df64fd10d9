import DisclosureModel
import DisclosureText
import Foundation
import Testing
import TestSupport

@testable import DisclosureDocuments

@Suite("PDF reports")
struct PublishedPDFTests {
    static let documents = Fixtures.publishedNames.flatMap { name in ["chromium", "libreoffice"].map { (name, $0) } }

    @Test("each PDF (Chromium from the page, LibreOffice from the .docx) reads every cell, wrapped labels and figures, tables over page breaks, blanks blank",
          arguments: documents)
    func everyCell(name: String, writer: String) throws {
        let path = "published-pdf/\(name).\(writer).pdf"
        let (report, diagnostics) = try PublishedReport.readPDF(Fixtures.data(path), file: path)
        let expected = Fixtures.publishedExpectation(name)
        #expect(report.edition == expected.edition)
        #expect(report.year == expected.year)
        #expect(report.organization.name == expected.organization)
        let wrong = expected.mismatches(report)
        #expect(wrong == [])
        #expect(diagnostics.filter { $0.severity != .note }.map { "\($0.id) \($0.message)" } == [])
        // Blank stays blank: every cell the expectation leaves blank is read as blank, never 0.
        for (id, cells) in expected.cells {
            for (address, figure) in cells where figure == .blank { #expect(report[id][address] == .blank) }
        }
    }

    @Test("the seed's LibreOffice PDF (all its prose) gives the seed text's quoted figures, located by line and page")
    func seedProse() throws {
        let (report, _) = try PublishedReport.readPDF(Fixtures.data("published-pdf/seed-luoyang-2020.libreoffice.pdf"))
        // All of them, 政策解读52份 too (LibreOffice moves `份。` to the next line together, the line above ends short).
        let quoted = report.quotedFigures.map(\.value)
        let seed = ReportTextReaderFixture.seedQuoted()
        #expect(quoted == seed)
        #expect(report.quotedFigures.allSatisfy { $0.source != nil })
    }

    @Test("text in an unembedded Chinese font (STSong-Light, UniGB-UCS2-H, no ToUnicode) reads through poppler-data's CMaps",
          .enabled(if: Poppler.readsUnembeddedChinese, "poppler-data is not installed (apt install poppler-data)"))
    func unembeddedChineseFont() throws {
        let data = Fixtures.data("published-pdf/unembedded-cjk.pdf")
        let pages = try Poppler.pages(of: data)
        #expect(pages.count == 1)
        let text = String(String.UnicodeScalarView(pages[0].glyphs.map(\.scalar)))
        for line in ["三、收到和处理政府信息公开申请情况", "自然人", "法人或其他组织", "总计", "一、本年新收政府信息公开申请数量",
                     "二、上年结转政府信息公开申请数量"] {
            #expect(text.contains(line), "\(line) not in \(text)")
        }
        // The figures, each where it is drawn: 58 left of 3, left of 61, on 一's line.
        let one = try #require(pages[0].glyphs.first { $0.scalar == "一" })
        let digits = pages[0].glyphs.filter { abs($0.y0 - one.y0) < 1 && ("0"..."9").contains($0.scalar) }
        #expect(String(String.UnicodeScalarView(digits.sorted { $0.x0 < $1.x0 }.map(\.scalar))) == "58361")
        // The whole reader takes it as a text PDF (not a scan): what it lacks is the rest of the report.
        let (_, diagnostics) = try PublishedReport.readPDF(data, file: "unembedded-cjk.pdf")
        #expect(diagnostics.contains { $0.id == "READ.tableMissing" })
    }

    @Test("a scan without a text layer is refused: 扫描件，无文字层，需要 OCR")
    func scanned() {
        #expect {
            try PublishedReport.readPDF(Fixtures.data("published-pdf/scanned.pdf"))
        } throws: { error in
            guard let e = error as? PublishedReadError else { return false }
            return e.kind == .pdfScanned && e.message.hasPrefix("扫描件，无文字层，需要 OCR")
        }
    }

    @Test("without poppler-data, a file without text names it as the other cause (unembedded Chinese fonts)")
    func noTextWithoutPopplerData() {
        let without = PublishedReport.noTextMessage(readsUnembeddedChinese: false)
        #expect(without.hasPrefix("扫描件，无文字层，需要 OCR"))
        #expect(without.contains("未安装 poppler-data") && without.contains("apt install poppler-data"))
        #expect(PublishedReport.noTextMessage(readsUnembeddedChinese: true) == PublishedReport.scannedMessage)
    }

    @Test("without poppler-data, pages without text in a readable PDF name it as the other cause too")
    func pagesWithoutTextWithoutPopplerData() {
        let without = PDFDiagnostics.pagesWithoutText(file: "r.pdf", pages: [2, 3], of: 5, readsUnembeddedChinese: false)
        #expect(without.id == "PDF.pagesWithoutText")
        #expect(without.message.hasPrefix("PDF 共5页，其中第2、3页没有文字层"))
        #expect(without.message.hasSuffix("（或文件使用未嵌入的中文字体，而本机未安装 poppler-data：apt install poppler-data）"))
        #expect(without.english.hasPrefix("pages 2, 3 of 5 have no text layer"))
        #expect(without.english.hasSuffix("(or its Chinese fonts are not embedded and poppler-data, which Poppler needs to read them, is not installed)"))
        let with = PDFDiagnostics.pagesWithoutText(file: "r.pdf", pages: [2, 3], of: 5, readsUnembeddedChinese: true)
        #expect(with.message == "PDF 共5页，其中第2、3页没有文字层（扫描页），这些页上的内容未读入，需要 OCR")
        #expect(!with.english.contains("poppler-data"))
        #expect(with.location.detail == "pages 2, 3")
    }

    @Test("an encrypted PDF is refused with Poppler's reason")
    func encrypted() {
        #expect {
            try PublishedReport.readPDF(Fixtures.data("published-pdf/encrypted.pdf"))
        } throws: { error in
            (error as? PublishedReadError)?.kind == .pdfEncrypted
        }
    }

    @Test("a damaged or truncated PDF is a thrown error, never a crash or a partial model")
    func damaged() {
        #expect(throws: PublishedReadError.self) { try PublishedReport.readPDF(Fixtures.data("published-pdf/damaged.pdf")) }
        #expect(throws: PublishedReadError.self) { try PublishedReport.readPDF(Data("%PDF-1.4\n".utf8)) }
        let whole = Fixtures.data("published-pdf/seed-luoyang-2020.libreoffice.pdf")
        for cut in [100, 1000, whole.count / 3] {
            // Poppler may rebuild a truncated file's cross-reference table; then whatever it reads is reported
            // with its gaps (missing tables), otherwise it throws. Either way no crash.
            let result = Result { try PublishedReport.readPDF(whole.prefix(cut)) }
            if case .success(let (_, diagnostics)) = result {
                #expect(diagnostics.contains { $0.severity == .error || $0.id == "READ.tableMissing" })
            }
        }
    }

    @Test("Poppler's global parameters are set up once: the blank document that holds them opens")
    func globalParametersHeld() throws {
        _ = try PublishedReport.readPDF(Fixtures.data("published-pdf/city-2022.libreoffice.pdf"))
        #expect(Poppler.GlobalParameters.held.isHeld)
        // Files read after it read the same (the parameters are shared, not reset per file).
        let (first, _) = try PublishedReport.readPDF(Fixtures.data("published-pdf/city-2022.libreoffice.pdf"))
        let (again, _) = try PublishedReport.readPDF(Fixtures.data("published-pdf/city-2022.libreoffice.pdf"))
        #expect(first == again)
        #expect(!first.applications.cells.isEmpty)
    }

    @Test("%PDF- within the first 1,024 bytes makes a PDF; PublishedReport.read dispatches to it")
    func sniffing() throws {
        #expect(PublishedReport.isPDF(Data("%PDF-1.7\n".utf8)))
        #expect(PublishedReport.isPDF(Data(("\n\n   %PDF-1.4").utf8)))
        #expect(!PublishedReport.isPDF(Data("<html>%PDF".utf8.prefix(4))))
        let (report, _) = try PublishedReport.read(Fixtures.data("published-pdf/city-2022.chromium.pdf"))
        #expect(report.applications[.newReceived, .naturalPerson] == .number(100))
    }

    // MARK: Layout over generated glyph boxes (no Poppler)

    @Test("表四 from generated boxes: wrapped leaves give the fifteen columns, the groups their spans, an empty column is blank")
    func generatedReviews() throws {
        let leaves = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        var glyphs: [PDFGlyph] = []
        func text(_ s: String, x: Double, y: Double, size: Double = 9) {
            for (i, c) in s.unicodeScalars.enumerated() {
                let w = c.value < 0x80 ? size * 0.55 : size
                glyphs.append(PDFGlyph(scalar: c, x0: x + Double(i) * w, y0: y, x1: x + Double(i + 1) * w, y1: y + size * 1.3))
            }
        }
        // Columns 40 points wide from x = 60; every label centred over its columns.
        text("行政复议", x: 160 - 18, y: 100)
        text("行政诉讼", x: 460 - 18, y: 100)
        text("未经复议直接起诉", x: 360 - 36, y: 115)
        text("复议后起诉", x: 560 - 22.5, y: 115)
        for k in 0..<15 {
            // Each leaf wraps two characters a line in its narrow column.
            let leaf = leaves[k % 5]
            let x = 60 + Double(k) * 40 + 11
            text(String(leaf.prefix(2)), x: x, y: 130)
            text(String(leaf.dropFirst(2)), x: x, y: 142)
            if k != 3 { text(String(k + 1), x: x + 3, y: 160) }  // 尚未审结 of 行政复议 left empty
        }
        let page = PDFPageText(number: 1, width: 900, height: 600, glyphs: glyphs)
        let layout = PDFLayout(pages: [page])
        let reading = ReportTextReader().read(lines: layout.lines, grids: layout.grids)
        let table = reading.report.reviews
        #expect(table[.cases, .reviewUpheld] == .number(1))
        #expect(table[.cases, .reviewPending] == .blank)
        #expect(table[.cases, .suitAfterReviewTotal] == .number(15))
        #expect(layout.diagnostics.isEmpty)
        #expect(layout.grids.map(\.source) == [.page(1)])
    }

    @Test("表四 whose header the page break cuts: the groups at the bottom of one page, the leaves (a character a line) and figures on the next")
    func generatedReviewsHeaderOverPageBreak() throws {
        let leaves = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        var first: [PDFGlyph] = []
        var second: [PDFGlyph] = []
        func text(_ s: String, x: Double, y: Double, into glyphs: inout [PDFGlyph], size: Double = 9) {
            for (i, c) in s.unicodeScalars.enumerated() {
                let w = c.value < 0x80 ? size * 0.55 : size
                glyphs.append(PDFGlyph(scalar: c, x0: x + Double(i) * w, y0: y, x1: x + Double(i + 1) * w, y1: y + size * 1.3))
            }
        }
        // Columns 20 points wide from x = 60; the groups left-aligned over their first column, as LibreOffice draws.
        text("四、政府信息公开行政复议、行政诉讼情况", x: 60, y: 480, into: &first)
        text("行政复议", x: 60, y: 500, into: &first)
        text("行政诉讼", x: 160, y: 500, into: &first)
        text("未经复议直接起诉", x: 160, y: 515, into: &first)
        text("复议后起诉", x: 260, y: 515, into: &first)
        for k in 0..<15 {
            let x = 60 + Double(k) * 20
            for (line, c) in leaves[k % 5].enumerated() { text(String(c), x: x, y: 60 + Double(line) * 12, into: &second) }
            if k == 0 || k == 14 { text(String(k + 1), x: x, y: 110, into: &second) }  // the other columns blank
        }
        text("五、存在的主要问题及改进情况", x: 60, y: 135, into: &second)
        let pages = [
            PDFPageText(number: 1, width: 600, height: 600, glyphs: first),
            PDFPageText(number: 2, width: 600, height: 600, glyphs: second),
        ]
        let layout = PDFLayout(pages: pages)
        let reading = ReportTextReader().read(lines: layout.lines, grids: layout.grids)
        let table = reading.report.reviews
        let spec = reading.report.spec(.reviews)
        for address in spec.cells {
            let want: Figure = address.column == .reviewUpheld ? .number(1)
                : address.column == .suitAfterReviewTotal ? .number(15) : .blank
            #expect(table[address] == want, "\(spec.describe(address))")
        }
        #expect(!reading.diagnostics.contains { $0.id == "READ.tableMissing" && $0.location.table == .reviews })
        #expect(layout.diagnostics.isEmpty)
    }

    @Test("the label dictionary: a label, the start of one, a label with its note closed or still open, and nothing")
    func labelMatches() {
        let d = PDFLabelDictionary.official
        let key = LabelNormalizer.normalize("一、本年新收政府信息公开申请数量")
        #expect(d.match(key) == .label(key: key, extendable: true), "the 2021 edition's row continues it")
        #expect(d.match(String(key.prefix(6))) == .prefix)
        #expect(d.match(key + "(注") == .openNote(key: key))
        #expect(d.match(key + "(注:含(转办)件") == .openNote(key: key))
        #expect(d.match(key + "(注)") == .label(key: key, extendable: false))
        #expect(d.match(key + "(注)件") == .none, "text after the note's closing bracket")
        #expect(d.match(key + "(一)") == .none, "(一) after a label starts the next label, it is no note")
        #expect(d.match("自然人(个人)") == .label(key: "自然人", extendable: false))
        #expect(d.match("58(件)") == .none)
        #expect(d.match("(") == .prefix, "of (一)予以公开")
        #expect(d.match("58(") == .none)
    }
}

/// The seed text's quoted figures (the values), read by the text reader.
enum ReportTextReaderFixture {
    static func seedQuoted() -> [Decimal] {
        DisclosureText.ReportTextReader().read(Fixtures.seedText).report.quotedFigures.map(\.value)
    }
}
