import DisclosureDocuments
import DisclosureModel
import DisclosureText
import DisclosureValidation
import DisclosureWorkbook
import Foundation
import XLSX

/// The one way in for a report file, whatever its kind: recognised by content, read, its findings located.
///
/// ```swift
/// let reader = ReportFileReader()
/// let file = try reader.read(URL(fileURLWithPath: "reports/001-luoyang.txt"))
/// file.report.applications[.newReceived, .total]   // 178
/// let checked = try reader.check(URL(fileURLWithPath: "reports/001-luoyang.txt"))
/// checked.diagnostics                               // reading's findings, then validation's
/// ```
/// The command line, the examples and other Swift tools all read reports through this type; folders go through
/// `ReportInputs`. Kinds read: our JSON model, published report text (UTF-8 or GBK), a saved web page (UTF-8 or
/// GBK), a Word `.docx`, a PDF with a text layer, a filled workbook (our template, or any workbook holding the
/// official tables). Anything else throws a `ReportFileError` saying what the
/// file is instead (an old binary `.doc`/`.xls`/`.wps`: save it as `.docx`/`.xlsx`).
public struct ReportFileReader: Sendable {
    /// The formats tables are recognised and checked against (`.official` unless a corrected form is given).
    public var formats: ReportFormats

    /// Creates a reader.
    public init(formats: ReportFormats = .official) { self.formats = formats }

    /// Reads the report at `url` (a missing file is `.noSuchFile`, one that is not a report `.notAReport`).
    ///
    /// - Parameter url: the file.
    public func read(_ url: URL) throws(ReportFileError) -> ReportFile {
        let path = url.path
        return try read(Self.contents(of: url, path: path), path: path)
    }

    /// Reads a report from its bytes.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - path: names the file in findings and errors.
    public func read(_ data: Data, path: String) throws(ReportFileError) -> ReportFile {
        // Most files of a province's folder are our JSON reports: one that decodes is one (its envelope says so),
        // read without a second pass of the parser to recognise it; any other goes through `recognise`.
        if data.first == UInt8(ascii: "{"), let report = try? ReportJSON.decode(AnnualReport.self, from: data, file: path) {
            return ReportFile(path: path, kind: .json, report: report, diagnostics: [])
        }
        let name = (path as NSString).lastPathComponent
        let (kind, book) = ReportFileKind.recognise(data, name: name)
        switch kind {
        case .json:
            do {
                let report = try ReportJSON.decode(AnnualReport.self, from: data, file: path)
                return ReportFile(path: path, kind: kind, report: report, diagnostics: [])
            } catch {
                throw ReportFileError(.invalid, file: path, message: Self.text(of: error), underlying: error)
            }
        case .text:
            let text: String
            do {
                (text, _) = try TextEncoding.decodeText(Array(data))
            } catch {
                throw ReportFileError(.invalid, file: path, message: error.message)
            }
            let result = ReportTextReader(options: .init(formats: formats)).read(text, file: path)
            // Text with neither a section heading nor a row of the form is not a report (a note kept beside them).
            guard !result.sectionLines.isEmpty || result.rowLines.values.contains(where: { !$0.isEmpty }) else {
                throw ReportFileError(.notAReport(.plainText), file: path, message: Self.notAReport(.plainText))
            }
            return ReportFile(path: path, kind: kind, report: result.report, diagnostics: result.diagnostics)
        case .webPage, .wordDocument, .pdf:
            do {
                let options = ReportTextReader.Options(formats: formats)
                let (report, diagnostics) =
                    switch kind {
                    case .webPage: try PublishedReport.readHTML(data, file: path, options: options)
                    case .pdf: try PublishedReport.readPDF(data, file: path, options: options)
                    default: try PublishedReport.readDOCX(data, file: path, options: options)
                    }
                return ReportFile(path: path, kind: kind, report: report, diagnostics: diagnostics)
            } catch {
                throw ReportFileError(.invalid, file: path, message: error.message, underlying: error)
            }
        case .workbook:
            do {
                // Our template (a 封面 sheet and our layout), else the official tables wherever a workbook has them.
                let imported = try readWorkbook(data, book: book, path: path)
                return ReportFile(
                    path: path, kind: kind, report: imported.report, cover: imported.cover, diagnostics: imported.diagnostics)
            } catch {
                let place = error.sheet.map { "（\($0)" + (error.cell.map { "!\($0)" } ?? "") + "）" } ?? ""
                throw ReportFileError(.invalid, file: path, message: place + error.message, underlying: error)
            }
        case .legacyOffice:
            throw ReportFileError(
                .legacyOffice, file: path,
                message: "这是旧版 Office 文件（.xls/.doc/.wps），请在 Excel、WPS 或 Word 中另存为 .xlsx 或 .docx 后再读取 — an old binary Office file: save it as .xlsx or .docx first")
        case .otherDocument, .csv, .outputWorkbook, .plainText, .unknown:
            throw ReportFileError(.notAReport(kind), file: path, message: Self.notAReport(kind))
        }
    }

    /// Reads the report at `url` and checks it: the findings of reading followed by the validator's.
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - previous: last year's report of the unit, for the carry-over check.
    ///   - namesUnit: put the reporting unit into each finding's location (when checking many reports).
    ///   - validator: the rules to run.
    public func check(
        _ url: URL, previous: AnnualReport? = nil, namesUnit: Bool = true, validator: Validator = Validator()
    ) throws(ReportFileError) -> CheckedReport {
        check(try read(url), previous: previous, namesUnit: namesUnit, validator: validator)
    }

    /// Checks a report already read: the findings of reading followed by the validator's.
    ///
    /// - Parameters:
    ///   - file: the report as read.
    ///   - previous: last year's report of the unit, for the carry-over check.
    ///   - namesUnit: put the reporting unit into each finding's location.
    ///   - validator: the rules to run.
    public func check(
        _ file: ReportFile, previous: AnnualReport? = nil, namesUnit: Bool = true, validator: Validator = Validator()
    ) -> CheckedReport {
        let context = ValidationContext(
            previousReport: previous, unit: namesUnit ? file.report.organization.name : nil, fileName: file.path,
            formats: formats)
        return CheckedReport(file: file, diagnostics: file.diagnostics + validator.validate(file.report, in: context))
    }

    /// What a file is, by content, without reading it as a report.
    ///
    /// - Parameter url: the file.
    public func kind(of url: URL) throws(ReportFileError) -> ReportFileKind {
        ReportFileKind.recognise(try Self.contents(of: url), name: url.lastPathComponent).kind
    }

    /// The bytes of a file, or a typed error (`.noSuchFile`, `.unreadable`).
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - path: `url.path`, when the caller has it already.
    static func contents(of url: URL, path: String? = nil) throws(ReportFileError) -> Data {
        let path = path ?? url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReportFileError(.noSuchFile, file: path, message: "文件不存在 — no such file")
        }
        guard !isDirectory.boolValue else {
            throw ReportFileError(
                .notAReport(.unknown), file: path, message: "这是文件夹，不是报告文件 — a folder, not a report file")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ReportFileError(
                .unreadable, file: path, message: "无法读取文件（\(text(of: error))） — cannot read the file",
                underlying: error)
        }
    }

    /// Why a file of `kind` is not read as a report.
    static func notAReport(_ kind: ReportFileKind) -> String {
        switch kind {
        case .otherDocument(let k): "不是报告，而是 \(k) 文档 — not a report but a \(k) document"
        case .csv: "不是报告，而是 CSV 清单（单位树、网站或账号） — not a report but a CSV list (tree, websites, accounts)"
        case .outputWorkbook(let sheet): "不是报告，而是本软件输出的工作簿（工作表“\(sheet)”） — not a report but one of our output workbooks"
        case .plainText: "不是年度报告文本（没有章节标题，也没有表格） — text without the report's section headings or tables"
        default: "无法识别的文件：既不是 JSON、报告文本，也不是工作簿 — not JSON, report text or a workbook"
        }
    }

    /// The text of any error, without Swift type noise where the error describes itself.
    static func text(of error: any Error) -> String {
        if let e = error as? CocoaError { return e.localizedDescription }
        return String(describing: error)
    }
}
