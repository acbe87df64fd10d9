import DisclosureModel
import DisclosurePublish
import Foundation
import Testing
import TestSupport
import XLSX

/// Independent clients read what we publish: python-docx and BeautifulSoup see every table cell of the model;
/// LibreOffice converts the document to PDF; Chromium prints the page, and its text holds every label and number
/// in reading order. Each test is skipped, with the reason shown, where its tool is absent.
@Suite struct ExternalClientTests {
    static let python = ExternalTool.path("python3")
    static let hasDocx = ExternalTool.pythonHas("docx")
    static let hasBS4 = ExternalTool.pythonHas("bs4")
    static let soffice = ExternalTool.path("soffice")
    static let chromium = ExternalTool.path("chromium", "chromium-browser", "google-chrome")
    static let pdftotext = ExternalTool.path("pdftotext")

    /// Every table of a .docx as python-docx sees it: `table.cell(r, c).text` for each grid position (merged
    /// cells, gridSpan and vMerge, give the same cell's text).
    static let docxScript = """
        import docx, json, sys
        d = docx.Document(sys.argv[1])
        out = {"tables": [], "paragraphs": [p.text for p in d.paragraphs], "title": d.core_properties.title,
               "section": [d.sections[0].page_width, d.sections[0].page_height, d.sections[0].left_margin,
                           d.sections[0].top_margin]}
        for t in d.tables:
            out["tables"].append([[t.cell(r, c).text for c in range(len(t.columns))] for r in range(len(t.rows))])
        print(json.dumps(out, ensure_ascii=False))
        """

    /// Every table of a page as BeautifulSoup reads it, rowspan/colspan expanded.
    static let soupScript = """
        import bs4, json, sys
        soup = bs4.BeautifulSoup(open(sys.argv[1], encoding="utf-8").read(), "html.parser")
        tables = []
        for t in soup.find_all("table"):
            grid = {}
            for r, tr in enumerate(t.find_all("tr")):
                c = 0
                for cell in tr.find_all(["th", "td"], recursive=False):
                    while (r, c) in grid: c += 1
                    rs, cs = int(cell.get("rowspan", 1)), int(cell.get("colspan", 1))
                    for dr in range(rs):
                        for dc in range(cs): grid[(r + dr, c + dc)] = cell.get_text()
                    c += cs
            rows = max(k[0] for k in grid) + 1; cols = max(k[1] for k in grid) + 1
            tables.append([[grid.get((r, c), "∅") for c in range(cols)] for r in range(rows)])
        print(json.dumps({"tables": tables, "title": soup.title.get_text(),
                          "captions": [c.get_text() for c in soup.find_all("caption")]}, ensure_ascii=False))
        """

    struct Read: Decodable {
        var tables: [[[String]]]
        var title: String?
        var paragraphs: [String]?
        var section: [Int]?
        var captions: [String]?
    }

    static func read(_ script: String, _ file: URL) throws -> Read {
        let dir = file.deletingLastPathComponent()
        let scriptFile = dir.appendingPathComponent("check.py")
        try Data(script.utf8).write(to: scriptFile)
        let (status, output) = try ExternalTool.run(python ?? "python3", [scriptFile.path, file.path])
        #expect(status == 0)
        return try JSONDecoder().decode(Read.self, from: Data(output.utf8))
    }

    @Test(.enabled(if: python != nil && hasDocx, "python3 with python-docx is not installed (pip install python-docx)"))
    func pythonDocxReadsEveryTableCellOfTheModel() throws {
        for (name, report) in PublishSamples.all {
            let dir = Fixtures.temporaryDirectory("docx-\(name)")
            let url = dir.appendingPathComponent("report.docx")
            try ReportDocx.write(try ReportDocument(report), to: url)
            let read = try Self.read(Self.docxScript, url)
            #expect(read.tables.count == 3, "\(name)")
            for (i, table) in TableID.allCases.enumerated() where i < read.tables.count {
                #expect(read.tables[i] == PublishSamples.expectedGrid(report, table), "\(name) \(table)")
            }
            #expect(read.title == (report.title ?? report.standardTitle))
            #expect(read.section == [11906 * 635, 16838 * 635, 1588 * 635, 2098 * 635])  // A4, 公文 margins (EMU)
            let paragraphs = read.paragraphs ?? []
            for id in SectionID.allCases { #expect(paragraphs.contains(id.heading), "\(name) \(id)") }
        }
    }

    @Test(.enabled(if: python != nil && hasDocx, "python3 with python-docx is not installed (pip install python-docx)"))
    func markupInNamesAndProseIsTextInTheDocument() throws {
        var report = PublishSamples.full2021
        report.organization.name = "<w:p>测试&局"
        report.title = nil
        report.sections[.problems] = "一是</w:t><w:t>问题 & \"改进\"。"
        let url = Fixtures.temporaryDirectory("docx-escape").appendingPathComponent("r.docx")
        try ReportDocx.write(try ReportDocument(report), to: url)
        let read = try Self.read(Self.docxScript, url)
        #expect(read.title == "<w:p>测试&局2022年政府信息公开工作年度报告")
        #expect(read.paragraphs?.contains("一是</w:t><w:t>问题 & \"改进\"。") == true)
    }

    @Test(.enabled(if: python != nil && hasBS4, "python3 with beautifulsoup4 is not installed (pip install beautifulsoup4)"))
    func beautifulSoupReadsEveryTableCellOfThePageAndTheFragment() throws {
        for (name, report) in PublishSamples.all {
            let dir = Fixtures.temporaryDirectory("soup-\(name)")
            let result = try ReportPublisher(options: PublishOptions(formats: [.html])).publish(report, to: dir, baseName: "r")
            #expect(result.files.map(\.lastPathComponent) == ["r.html", "r.fragment.html"])
            let page = try Self.read(Self.soupScript, dir.appendingPathComponent("r.html"))
            // The fragment has no <title>: wrap it as a CMS page would.
            let fragment = try String(contentsOf: dir.appendingPathComponent("r.fragment.html"), encoding: .utf8)
            let wrapped = dir.appendingPathComponent("cms.html")
            try Data("<html><head><title>CMS</title></head><body><div id=\"zoom\">\(fragment)</div></body></html>".utf8).write(to: wrapped)
            let cms = try Self.read(Self.soupScript, wrapped)
            for read in [page, cms] {
                #expect(read.tables.count == 3, "\(name)")
                for (i, table) in TableID.allCases.enumerated() where i < read.tables.count {
                    #expect(read.tables[i] == PublishSamples.expectedGrid(report, table), "\(name) \(table)")
                }
            }
            #expect(page.title == (report.title ?? report.standardTitle))
            #expect(page.captions?.first == "表二　主动公开政府信息情况")
        }
    }

    @Test(.enabled(if: soffice != nil && pdftotext != nil, "LibreOffice (soffice) or pdftotext is not installed"))
    func libreOfficeConvertsTheDocumentToPDFHoldingEveryLabelAndNumberInReadingOrder() throws {
        let report = PublishSamples.full2021
        let dir = Fixtures.temporaryDirectory("lo-docx")
        let url = dir.appendingPathComponent("report.docx")
        try ReportDocx.write(try ReportDocument(report), to: url)
        try ExternalTool.run(Self.soffice ?? "soffice", ["-env:UserInstallation=file://\(dir.path)/profile", "--headless",
                                                    "--convert-to", "pdf", "--outdir", dir.path, url.path])
        let pdf = dir.appendingPathComponent("report.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path), "LibreOffice wrote no PDF")
        let text = try ExternalTool.run(Self.pdftotext ?? "pdftotext", ["-layout", pdf.path, "-"]).output.filter { !$0.isWhitespace }
        let missing = ReadingOrder.missing(in: text, ReadingOrder.expected(report))
        #expect(missing.isEmpty, "not found in reading order: \(missing.prefix(10))")
        #expect(text.contains("—1—") && text.contains("—2—"), "page numbers in the footer")
    }

    @Test(.enabled(if: chromium != nil && pdftotext != nil, "chromium or pdftotext is not installed"))
    func chromiumPrintsThePageAndItsTextHoldsEveryLabelAndNumberInReadingOrder() throws {
        for (name, report) in [("full2021", PublishSamples.full2021), ("seed", PublishSamples.seed)] {
            let dir = Fixtures.temporaryDirectory("chromium-\(name)")
            let page = dir.appendingPathComponent("r.html")
            try Data(ReportHTML.page(try ReportDocument(report)).utf8).write(to: page)
            let pdf = dir.appendingPathComponent("r.pdf")
            try ExternalTool.run(Self.chromium ?? "chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                                          "--user-data-dir=\(dir.path)/profile", "--print-to-pdf=\(pdf.path)", page.absoluteString])
            #expect(FileManager.default.fileExists(atPath: pdf.path), "Chromium wrote no PDF")
            let text = try ExternalTool.run(Self.pdftotext ?? "pdftotext", ["-layout", pdf.path, "-"]).output.filter { !$0.isWhitespace }
            let missing = ReadingOrder.missing(in: text, ReadingOrder.expected(report))
            #expect(missing.isEmpty, "\(name): not found in order: \(missing.prefix(10))")
        }
    }

    @Test func aFailedWriteLeavesTheExistingFileUntouchedAndNoTemporaryFile() throws {
        let dir = Fixtures.temporaryDirectory("atomic")
        let url = dir.appendingPathComponent("r.docx")
        try Data("old".utf8).write(to: url)
        // A name given twice makes libzip refuse the entry after the temporary file exists.
        let error = #expect(throws: ZipWriteError.self) {
            try ZipPackageWriter.write([.init("a.xml", Data("<a/>".utf8)), .init("a.xml", Data())], to: url)
        }
        #expect(error?.zip != nil && error?.entry == "a.xml")
        #expect(try Data(contentsOf: url) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r.docx"])
        #expect(throws: ZipWriteError.self) {
            try ZipPackageWriter.write([.init("a.xml", Data())], to: dir.appendingPathComponent("missing/r.docx"))
        }
    }
}
