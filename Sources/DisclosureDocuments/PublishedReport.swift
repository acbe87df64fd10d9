import DisclosureModel
import DisclosureText
import Foundation
import XLSX

/// Reads a report as it is published — a saved web page (UTF-8 or GBK/GB2312), a Word .docx, a PDF (its text
/// layer), a text file in UTF-8 or GBK — into an `AnnualReport`, with what could not be read as located diagnostics.
///
/// ```swift
/// let bytes = try Data(contentsOf: url)
/// if PublishedReport.isHTML(bytes) {
///     let (report, diagnostics) = try PublishedReport.readHTML(bytes, file: url.path)
/// }
/// ```
/// Each format is first turned into paragraphs and grids; the tables are then read by `GridRecognizer` (one
/// recognizer for every source, both editions, the edition decided by the grids), the prose by the text reader's
/// prose scanner. Reading never guesses a cell; it throws only when the file cannot be a report at all
/// (`PublishedReadError`).
public enum PublishedReport {
    /// The largest file read (64 MiB; a report page is well under 1 MiB).
    public static let maxBytes = 64 << 20

    // MARK: Sniffers

    /// True when `data` looks like HTML: after any BOM and white space, markup that starts a page or a fragment
    /// (`<!DOCTYPE html`, `<html`, `<head`, `<meta`, `<body`, `<table`, `<div`, `<p`, a comment).
    public static func isHTML(_ data: Data) -> Bool {
        var bytes = Array(data.prefix(1024))
        if let (_, length) = TextEncoding.byteOrderMark(bytes), length == 3 { bytes.removeFirst(3) }
        guard let start = bytes.firstIndex(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }),
            bytes[start] == 0x3C
        else { return false }
        let head = String(decoding: bytes[start...].prefix(64), as: UTF8.self).lowercased()
        return ["<!doctype html", "<html", "<head", "<meta", "<body", "<table", "<div", "<p", "<!--", "<title", "<?xml"]
            .contains { head.hasPrefix($0) } && !(head.hasPrefix("<?xml") && !head.contains("html"))
    }

    /// True when `data` is a zip package with a Word document part (`word/document.xml`).
    public static func isDOCX(_ data: Data) -> Bool {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return false }
        return (try? PackagePartReader.withPackage(data: data) { $0.hasPart(DOCXDocument.documentPart) }) ?? false
    }

    /// True when `data` is an OLE compound file (magic `D0 CF 11 E0 A1 B1 1A E1`): a binary Word .doc, a WPS .wps,
    /// an old Excel .xls.
    public static func isOLE(_ data: Data) -> Bool {
        data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    // MARK: Readers

    /// Reads a saved web page or an HTML fragment.
    ///
    /// Encoding from the BOM, then `<meta charset>` / `http-equiv` content charset, else valid UTF-8 or GB18030;
    /// the article is found among the site's chrome (CMS body containers, else the element holding the report's
    /// tables and headings); navigation, footers, side lists, scripts and styles are never read.
    /// Throws `.scriptShell` for a page whose body is loaded by script (no tables, no report headings).
    public static func readHTML(
        _ data: Data, file: String? = nil, options: ReportTextReader.Options = .init()
    ) throws(PublishedReadError) -> (AnnualReport, [Diagnostic]) {
        let page = try htmlPage(data, file: file)
        return read(lines: page.lines, grids: page.grids, file: file, options: options)
    }

    /// Reads a Word .docx: its paragraphs and tables. A binary `.doc` or `.wps` is refused with a message saying
    /// to save it as .docx.
    public static func readDOCX(
        _ data: Data, file: String? = nil, options: ReportTextReader.Options = .init(), limits: ReaderLimits = .default
    ) throws(PublishedReadError) -> (AnnualReport, [Diagnostic]) {
        try checkSize(data, file: file)
        if isOLE(data) { throw binaryWord(file) }
        let document: DOCXDocument
        do {
            document = try DOCXDocument(data: data, limits: limits)
        } catch let error as XLSXReadError {
            throw PublishedReadError(.docx, message: "无法读取 Word 文档：\(error.description) — cannot read the .docx", file: file)
        } catch {
            throw PublishedReadError(.docx, message: "无法读取 Word 文档：\(error) — cannot read the .docx", file: file)
        }
        return read(lines: document.lines, grids: document.grids, file: file, options: options)
    }

    /// Reads a report's text file in UTF-8 (with or without BOM), UTF-16 with a BOM, or GBK/GB2312/GB18030 (detected
    /// when the bytes are not valid UTF-8), through `ReportTextReader`.
    public static func readText(
        _ data: Data, file: String? = nil, options: ReportTextReader.Options = .init()
    ) throws(PublishedReadError) -> (AnnualReport, [Diagnostic]) {
        try checkSize(data, file: file)
        if isOLE(data) { throw binaryWord(file) }
        let text: String
        do {
            (text, _) = try TextEncoding.decodeText(Array(data))
        } catch {
            throw PublishedReadError(.encoding, message: error.message, file: file)
        }
        let result = ReportTextReader(options: options).read(text, file: file)
        return (result.report, result.diagnostics)
    }

    /// Reads any of the published formats, recognised by content: PDF, .docx, HTML, else text; a binary Word file is
    /// refused with a message saying to save it as .docx.
    public static func read(
        _ data: Data, file: String? = nil, options: ReportTextReader.Options = .init()
    ) throws(PublishedReadError) -> (AnnualReport, [Diagnostic]) {
        if isOLE(data) { throw binaryWord(file) }
        if isPDF(data) { return try readPDF(data, file: file, options: options) }
        if isDOCX(data) { return try readDOCX(data, file: file, options: options) }
        if isHTML(data) { return try readHTML(data, file: file, options: options) }
        return try readText(data, file: file, options: options)
    }

    // MARK: Parts

    /// The page's paragraphs and grids (for tools that want the grids themselves).
    public static func htmlGrids(_ data: Data, file: String? = nil) throws(PublishedReadError) -> [ReportGrid] {
        try htmlPage(data, file: file).grids
    }

    static func htmlPage(_ data: Data, file: String?) throws(PublishedReadError) -> HTMLPage {
        try checkSize(data, file: file)
        let bytes = Array(data)
        let (encoding, skip) = HTMLCharset.encoding(of: bytes)
        let utf8: [UInt8]
        do {
            let body = skip > 0 ? Array(bytes[skip...]) : bytes
            utf8 = encoding == .utf8 ? try validUTF8(body) : Array(try encoding.decode(body).utf8)
        } catch {
            throw PublishedReadError(.encoding, message: error.message, file: file)
        }
        let tree: HTMLTree
        do {
            tree = try LibXML2.parse(utf8: utf8)
        } catch {
            throw PublishedReadError(error.kind, message: error.message, file: file)
        }
        let page = HTMLPage(tree: tree)
        if page.grids.isEmpty, !page.hasTables, !page.lines.contains(where: { line in HTMLPage.markers.contains { line.text.containsBytes($0) } }) {
            throw PublishedReadError(
                .scriptShell,
                message: page.hasScripts
                    ? "页面正文由脚本加载，保存的页面中没有报告表格 — the body is loaded by script; the saved page has no report tables"
                    : "页面中没有报告表格和章节标题 — the page has no report tables or section headings",
                file: file)
        }
        return page
    }

    /// Bytes declared (or detected as) UTF-8; invalid sequences are an error, not replacement characters.
    static func validUTF8(_ bytes: [UInt8]) throws(TextDecodingError) -> [UInt8] {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            // A page declaring UTF-8 but written in GBK is common enough: fall back to GB18030 when that decodes.
            if let text = try? TextEncoding.gb18030.decode(bytes) { return Array(text.utf8) }
            throw TextDecodingError("网页声明为 UTF-8，但内容既不是 UTF-8 也不是 GB18030 — neither UTF-8 nor GB18030")
        }
        return bytes
    }

    static func read(
        lines: [ReportTextReader.Line], grids: [ReportGrid], file: String?, options: ReportTextReader.Options
    ) -> (AnnualReport, [Diagnostic]) {
        let result = ReportTextReader(options: options).read(lines: lines, grids: grids, file: file)
        return (result.report, result.diagnostics)
    }

    static func checkSize(_ data: Data, file: String?) throws(PublishedReadError) {
        guard data.count <= maxBytes else {
            throw PublishedReadError(.tooLarge, message: "文件超过 \(maxBytes >> 20) MiB — larger than a report can be", file: file)
        }
    }

    static func binaryWord(_ file: String?) -> PublishedReadError {
        PublishedReadError(
            .binaryWord,
            message: "这是旧版 Word（.doc）或 WPS（.wps）二进制文件，无法读取；请在 Word 或 WPS 中“另存为” .docx 后再读 — a binary .doc/.wps file: save it as .docx",
            file: file)
    }
}
