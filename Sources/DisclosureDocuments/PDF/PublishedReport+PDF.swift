import DisclosureModel
import DisclosureText
import Foundation

extension PublishedReport {
    /// The message of a PDF without a text layer.
    static let scannedMessage = "扫描件，无文字层，需要 OCR — scanned PDF without a text layer: needs OCR"

    /// The message for a file without text: `scannedMessage`, and where Poppler lacks poppler-data
    /// (`readsUnembeddedChinese` false) the other cause too — text in unembedded Chinese fonts reads as none
    /// (`PDFDiagnostics.unembeddedChineseCause`, which a readable PDF's pages without text name too).
    static func noTextMessage(readsUnembeddedChinese: Bool = Poppler.readsUnembeddedChinese) -> String {
        let cause = PDFDiagnostics.unembeddedChineseCause
        return readsUnembeddedChinese ? scannedMessage : scannedMessage + "（\(cause.chinese) — \(cause.english)）"
    }

    /// True when `data` is a PDF: `%PDF-` within its first 1,024 bytes (where readers look for it).
    public static func isPDF(_ data: Data) -> Bool {
        // A byte loop: Foundation's generic `firstRange(of:)` over the first KiB was ~5 % of reading a workbook.
        let magic: [UInt8] = Array("%PDF-".utf8)
        return data.prefix(1024).withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            guard bytes.count >= magic.count else { return false }
            for start in 0...(bytes.count - magic.count) where bytes[start] == magic[0] {
                if (1..<magic.count).allSatisfy({ bytes[start + $0] == magic[$0] }) { return true }
            }
            return false
        }
    }

    /// Reads a PDF report from its text layer (through Poppler): the tables rebuilt from the characters' positions
    /// and the form descriptions (`GridRecognizer` then reads them like a web page's tables, both editions, the
    /// edition decided by the tables), the prose figures from the page text. Locations name the page: a table cell
    /// is `page 3 row 17 col 4` (row = the page's visual line), a prose finding has the document's line number and
    /// `page 3 line 17` in its detail, text that could not be placed is `PDF.unplacedText` with its box.
    ///
    /// Throws `.pdfEncrypted` for a PDF that needs a password, `.pdfDamaged` for one Poppler cannot read, and
    /// `.pdfScanned` ("扫描件，无文字层，需要 OCR") for one with no text layer at all (naming poppler-data as the
    /// other cause where it is not installed: text in unembedded Chinese fonts needs it); pages without text in an
    /// otherwise readable PDF are a `PDF.pagesWithoutText` error, never silently skipped.
    public static func readPDF(
        _ data: Data, file: String? = nil, options: ReportTextReader.Options = .init()
    ) throws(PublishedReadError) -> (AnnualReport, [Diagnostic]) {
        try checkSize(data, file: file)
        let pages: [PDFPageText]
        do {
            pages = try Poppler.pages(of: data)
        } catch {
            throw PublishedReadError(error.kind, message: error.message, file: file)
        }
        let layout = PDFLayout(pages: pages, formats: options.formats, file: file)
        guard layout.glyphCount > 0 else { throw PublishedReadError(.pdfScanned, message: noTextMessage(), file: file) }
        var (report, diagnostics) = read(lines: layout.lines, grids: layout.grids, file: file, options: options)
        for i in diagnostics.indices {
            guard let n = diagnostics[i].location.line, diagnostics[i].location.detail == nil,
                layout.places.indices.contains(n - 1)
            else { continue }
            let place = layout.places[n - 1]
            diagnostics[i].location.detail = "page \(place.page) line \(place.line)"
        }
        var found = layout.diagnostics
        if !layout.pagesWithoutText.isEmpty {
            found.append(
                PDFDiagnostics.pagesWithoutText(
                    file: file, pages: layout.pagesWithoutText, of: pages.count,
                    readsUnembeddedChinese: Poppler.readsUnembeddedChinese))
        }
        return (report, found + diagnostics)
    }
}
