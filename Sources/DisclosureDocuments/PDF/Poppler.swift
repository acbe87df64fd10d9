// Every Poppler (and GLib) call of the package lives in this file.
// Ownership: `g_bytes_new` copies the file's bytes into a GBytes we own and release with `g_bytes_unref` right after
// the document holds its own reference. The PopplerDocument from `poppler_document_new_from_bytes` is ours and is
// released with `g_object_unref` exactly once (a `defer` after the NULL check); each PopplerPage from
// `poppler_document_get_page` likewise. The text from `poppler_page_get_text` is ours (`g_free`); the rectangle
// array from `poppler_page_get_text_layout` is ours (`g_free`). A GError set by Poppler is ours (`g_error_free`)
// after its message is copied. One blank document (`GlobalParameters`) is opened once and held for the process, so
// that Poppler's global parameters are set up once. Nothing else is allocated on our behalf. Poppler reaches no
// network and runs no script for text extraction.
internal import CPoppler
import Foundation

/// Poppler's GLib binding: the text layer of each page of a PDF.
enum Poppler {
    /// The most pages read (a report is 5–20 pages; a 2,000-page file is not a report).
    static let maxPages = 500

    /// Where Poppler finds the CMaps of the Adobe-GB1 character collection (Debian's `poppler-data`), by which it
    /// reads text set in the standard Chinese fonts that PDF writers may leave unembedded (STSong-Light through
    /// UniGB-UCS2-H or GBK-EUC-H, without a ToUnicode map). Without them such text is no text at all. Poppler's data
    /// folder is fixed when it is built (`POPPLER_DATADIR`: `/usr/share/poppler` in Debian's package and most
    /// others); its GLib binding does not say which, so this is where Debian's Poppler looks.
    static let chineseCMapFolder = "/usr/share/poppler/cMap/Adobe-GB1"

    /// Whether Poppler here can read text in unembedded Chinese fonts (`chineseCMapFolder` is installed).
    static var readsUnembeddedChinese: Bool { FileManager.default.fileExists(atPath: chineseCMapFolder) }

    /// The pages' text layers. Throws `PublishedReadError` (`.pdfEncrypted`, `.pdfDamaged`) when Poppler cannot
    /// open the file; never returns part of a document.
    static func pages(of data: Data) throws(PublishedReadError) -> [PDFPageText] {
        _ = GlobalParameters.held
        guard data.count < Int(Int32.max) else {
            throw PublishedReadError(.tooLarge, message: "PDF 超过 2 GiB — the PDF is larger than 2 GiB")
        }
        var error: UnsafeMutablePointer<GError>?
        let document: OpaquePointer? = data.withUnsafeBytes { raw -> OpaquePointer? in
            let bytes = g_bytes_new(raw.baseAddress, gsize(raw.count))
            defer { g_bytes_unref(bytes) }
            return poppler_document_new_from_bytes(bytes, nil, &error)
        }
        guard let document else {
            throw openError(error)
        }
        defer { g_object_unref(gpointer(document)) }
        if let error { g_error_free(error) }  // not expected beside a document, but never leaked
        let count = Int(poppler_document_get_n_pages(document))
        guard count <= maxPages else {
            throw PublishedReadError(
                .pdfDamaged, message: "PDF 有 \(count) 页，超过报告可能的 \(maxPages) 页 — more pages than a report can have")
        }
        var pages: [PDFPageText] = []
        pages.reserveCapacity(count)
        for index in 0..<count {
            guard let page = poppler_document_get_page(document, Int32(index)) else {
                throw PublishedReadError(
                    .pdfDamaged, message: "PDF 第 \(index + 1) 页无法打开 — page \(index + 1) cannot be opened")
            }
            defer { g_object_unref(gpointer(page)) }
            pages.append(text(of: page, number: index + 1))
        }
        return pages
    }

    private static func text(of page: OpaquePointer, number: Int) -> PDFPageText {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        var scalars: [Unicode.Scalar] = []
        if let text = poppler_page_get_text(page) {
            defer { g_free(text) }
            scalars = Array(String(cString: text).unicodeScalars)
        }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var n: guint = 0
        var glyphs: [PDFGlyph] = []
        if poppler_page_get_text_layout(page, &rectangles, &n) != 0, let rectangles {
            defer { g_free(rectangles) }
            // One rectangle per character of the page text; should the two ever disagree, only the characters
            // that have a box are kept.
            let count = min(Int(n), scalars.count)
            glyphs.reserveCapacity(count)
            for i in 0..<count {
                let r = rectangles[i]
                glyphs.append(
                    PDFGlyph(
                        scalar: scalars[i], x0: min(r.x1, r.x2), y0: min(r.y1, r.y2), x1: max(r.x1, r.x2),
                        y1: max(r.y1, r.y2)))
            }
        } else if let rectangles {
            g_free(rectangles)
        }
        return PDFPageText(number: number, width: width, height: height, glyphs: glyphs)
    }

    /// A blank one-page document kept open for the whole process. Poppler's GLib binding sets its global parameters
    /// up (encoding tables, name-to-Unicode maps, font directories) when a document opens while none is open, and
    /// tears them down when the last one closes: without one held, every file paid for both — five sixths of reading
    /// a damaged 1 KB PDF, in the pdf-file fuzz target's profile.
    final class GlobalParameters: @unchecked Sendable {
        // @unchecked: `document` is set once, in `init`, and never used again — it is only held.
        private let document: OpaquePointer?

        static let held = GlobalParameters()

        /// Whether the blank document opened (else each file sets Poppler's parameters up again, and reads as well).
        var isHeld: Bool { document != nil }

        private init() {
            let blank = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 3 3]>>endobj\nxref\n0 4\n0000000000 65535 f \n"
                + "0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\n"
                + "startxref\n160\n%%EOF\n"
            var error: UnsafeMutablePointer<GError>?
            document = Array(blank.utf8).withUnsafeBytes { raw -> OpaquePointer? in
                let bytes = g_bytes_new(raw.baseAddress, gsize(raw.count))
                defer { g_bytes_unref(bytes) }
                return poppler_document_new_from_bytes(bytes, nil, &error)
            }
            if let error { g_error_free(error) }  // then nothing is held, and each file sets the parameters up again
        }
    }

    /// The thrown error for a document Poppler refused, from its GError (domain POPPLER_ERROR).
    private static func openError(_ error: UnsafeMutablePointer<GError>?) -> PublishedReadError {
        guard let error else {
            return PublishedReadError(.pdfDamaged, message: "Poppler 无法打开该 PDF — Poppler could not open the PDF")
        }
        defer { g_error_free(error) }
        let text = error.pointee.message.map { String(cString: $0) } ?? ""
        let detail = text.isEmpty ? "" : "（\(text)）"
        if error.pointee.domain == poppler_error_quark(), error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            return PublishedReadError(
                .pdfEncrypted,
                message: "PDF 已加密，需要密码才能读取\(detail)；请取得未加密的文件 — the PDF is encrypted (needs a password)")
        }
        return PublishedReadError(
            .pdfDamaged, message: "PDF 文件已损坏或不是有效的 PDF\(detail) — the PDF is damaged or not a PDF")
    }
}
