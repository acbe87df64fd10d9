import DisclosureModel
import Foundation
import XLSX
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Publishes an annual report: the web page, the CMS fragment and the Word document, written atomically into a
/// folder, with the notes on how they were made (blank cells kept, prose drafted, text-vs-table findings).
public struct ReportPublisher: Sendable {
    /// What was written and noticed.
    public struct Result: Sendable {
        /// The files written, in order (page, fragment, document).
        public var files: [URL]
        /// The document's notes (`ReportDocument.notes`).
        public var notes: [Diagnostic]
    }

    /// How to publish.
    public var options: PublishOptions

    /// Creates a publisher.
    public init(options: PublishOptions = PublishOptions(), formats: ReportFormats = .official) {
        self.options = options
        self.formats = formats
    }

    /// The formats a report's edition is looked up in.
    public var formats: ReportFormats

    /// Writes `report`'s files into `folder` under `baseName` (default `单位-年份-政府信息公开工作年度报告`):
    /// `.html` and `.fragment.html` for `.html`, `.docx` for `.docx`.
    ///
    /// - Throws: `PublishError` naming the file; files already written stay, the failed one is not left half-written.
    public func publish(
        _ report: AnnualReport, to folder: URL, baseName: String? = nil, websites: [Website]? = nil,
        accounts: [NewMediaAccount]? = nil, fileName: String? = nil
    ) throws(PublishError) -> Result {
        let document = try ReportDocument(
            report, formats: formats, options: options, websites: websites, accounts: accounts, fileName: fileName)
        let base = baseName ?? Self.baseName(report)
        var files: [URL] = []
        if options.formats.contains(.html) {
            let page = folder.appendingPathComponent("\(base).html")
            try Self.write(Data(ReportHTML.page(document).utf8), to: page)
            let fragment = folder.appendingPathComponent("\(base).fragment.html")
            try Self.write(Data(ReportHTML.fragment(document).utf8), to: fragment)
            files += [page, fragment]
        }
        if options.formats.contains(.docx) {
            let docx = folder.appendingPathComponent("\(base).docx")
            do {
                try ReportDocx.write(document, to: docx)
            } catch {
                throw PublishError(message: error.message, file: docx.path, libraryText: error.zip?.description)
            }
            files.append(docx)
        }
        return Result(files: files, notes: document.notes)
    }

    /// Writes the 政府网站工作年度报表 page of each form into `folder` (`网站名称-年份-政府网站工作年度报表.html`).
    public func publishWebsiteForms(
        _ forms: [WebsiteAnnualForm], spec: WebsiteFormSpec = .standard, to folder: URL
    ) throws(PublishError) -> [URL] {
        var files: [URL] = []
        var used: Set<String> = []
        for (i, form) in forms.enumerated() {
            let site: String = if case .text(let t) = form[.siteName] { t } else { "网站\(i + 1)" }
            var name = Self.safe("\(site)-\(form.year)-\(spec.title)")
            if used.contains(name) { name += "-\(i + 1)" }
            used.insert(name)
            let url = folder.appendingPathComponent("\(name).html")
            try Self.write(Data(WebsiteFormPage.page(form, spec: spec).utf8), to: url)
            files.append(url)
        }
        return files
    }

    /// `洛阳市人民政府办公室-2020-政府信息公开工作年度报告`, with characters file systems refuse replaced.
    public static func baseName(_ report: AnnualReport) -> String {
        safe("\(report.organization.name)-\(report.year)-政府信息公开工作年度报告")
    }

    static func safe(_ name: String) -> String {
        let refused = Set("/\\:*?\"<>|\u{0}")
        let cleaned = String(name.map { refused.contains($0) || $0.isNewline ? "_" : $0 })
        return cleaned.hasPrefix(".") ? "_" + cleaned.dropFirst() : cleaned
    }

    /// Writes `data` to `url` atomically: a temporary file in the same folder, fsync, rename.
    static func write(_ data: Data, to url: URL) throws(PublishError) {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw PublishError.system("无法创建临时文件 — cannot create a temporary file", url) }
        var failed: PublishError?
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count, let base = raw.baseAddress {
                let n = writeBytes(fd, base + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = .system("写入失败 — write failed", url)
                    return
                }
                offset += n
            }
        }
        if failed == nil, fsync(fd) != 0 { failed = .system("无法写入磁盘 — fsync failed", url) }
        _ = close(fd)
        if failed == nil, rename(temporary.path, url.path) != 0 {
            failed = .system("无法将临时文件改名为目标文件，原文件未改动 — rename failed; any existing file is untouched", url)
        }
        if let failed {
            unlink(temporary.path)
            throw failed
        }
    }
}

/// A failure while publishing: the message in Chinese with an English gloss, the file, and the library's or the
/// operating system's own text.
public struct PublishError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What failed.
    public var message: String
    /// The file concerned.
    public var file: String
    /// libzip's text, or the operating system's (`strerror`), when known.
    public var libraryText: String?

    /// Creates an error.
    public init(message: String, file: String, libraryText: String? = nil) {
        self.message = message
        self.file = file
        self.libraryText = libraryText
    }

    static func system(_ message: String, _ url: URL) -> PublishError {
        PublishError(message: message, file: url.path, libraryText: String(cString: strerror(errno)))
    }

    /// `file：message（text）`
    public var description: String {
        "\(file)：\(message)" + (libraryText.map { "（\($0)）" } ?? "")
    }
}

/// `write(2)` under a name the publisher's own `write` does not shadow.
private func writeBytes(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}
