import DisclosureModel
import DisclosureText
import DisclosureValidation
import DisclosureWorkbook
import Foundation

/// A report read from one INPUT, whatever its kind, with what reading it found.
struct LoadedReport {
    /// The kinds of input the command line reads.
    enum Kind: String {
        /// Our JSON model (`ReportJSON`).
        case json = "JSON"
        /// Published report text, like the seed.
        case text = "文本 text"
        /// A filled workbook (our template, possibly edited in Excel, WPS or LibreOffice).
        case workbook = "工作簿 workbook"
    }

    var path: String
    var kind: Kind
    var report: AnnualReport
    /// Diagnostics from reading (text lines that could not be placed, workbook cells that are not numbers).
    var diagnostics: [Diagnostic]
}

/// Recognises an INPUT's kind from its content (not only its name) and reads it.
enum ReportInput {
    /// The kind of the bytes: a zip (`PK\u{3}\u{4}`) is a workbook; a JSON object with our envelope is JSON;
    /// UTF-8 text is published report text; anything else is refused.
    static func kind(of data: Data) -> LoadedReport.Kind? {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .workbook }
        let firstByte = data.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        if firstByte == UInt8(ascii: "{"), ReportJSON.documentKind(of: data) != nil { return .json }
        if String(data: data, encoding: .utf8) != nil { return .text }
        return nil
    }

    /// The bytes of a file, or a located error.
    static func contents(of path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError.unreadable(path, error)
        }
    }

    /// Reads one report file.
    static func load(_ path: String) throws -> LoadedReport {
        let url = URL(fileURLWithPath: path)
        let data = try contents(of: path)
        guard let kind = kind(of: data) else {
            throw CLIError("无法识别的文件：既不是 JSON、报告文本，也不是工作簿", "not JSON, report text or a workbook", file: path)
        }
        switch kind {
        case .json:
            do {
                let report = try ReportJSON.decode(AnnualReport.self, from: data, file: path)
                return LoadedReport(path: path, kind: kind, report: report, diagnostics: [])
            } catch {
                throw CLIError(CLIError.describe(error), "the JSON document cannot be read")
            }
        case .text:
            let text = String(decoding: data, as: UTF8.self)
            let result = ReportTextReader().read(text, file: path)
            return LoadedReport(path: path, kind: kind, report: result.report, diagnostics: result.diagnostics)
        case .workbook:
            do {
                let imported = try ReportWorkbookImporter().read(contentsOf: url)
                return LoadedReport(path: path, kind: kind, report: imported.report, diagnostics: imported.diagnostics)
            } catch {
                throw CLIError(CLIError.describe(error), "the workbook cannot be imported", file: path)
            }
        }
    }

    /// Reads one report and checks it: the findings of reading (located in `path`) followed by validation's.
    ///
    /// - Parameters:
    ///   - previous: last year's report, for the carry-over check.
    ///   - namesUnit: put the reporting unit into each finding's location (when checking many reports).
    static func check(_ path: String, previous: AnnualReport? = nil, namesUnit: Bool = true) throws
        -> (loaded: LoadedReport, diagnostics: [Diagnostic])
    {
        let loaded = try load(path)
        var found = loaded.diagnostics.map { d -> Diagnostic in
            var d = d
            if d.location.file == nil { d.location.file = path }
            return d
        }
        let context = ValidationContext(
            previousReport: previous, unit: namesUnit ? loaded.report.organization.name : nil, fileName: path)
        found += Validator().validate(loaded.report, in: context)
        return (loaded, found)
    }

    /// Expands INPUT arguments: files as given; a folder → every `.json`, `.txt` and `.xlsx` file in it (sorted,
    /// not recursive), leaving out the inventory and organization CSVs.
    static func expand(_ inputs: [String]) throws -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw CLIError("文件不存在", "no such file or folder", file: input)
            }
            if isDirectory.boolValue {
                let names = (try? fm.contentsOfDirectory(atPath: input)) ?? []
                for name in names.sorted() where ["json", "txt", "xlsx"].contains((name as NSString).pathExtension.lowercased()) {
                    if name.hasPrefix(".") || name.hasPrefix("~$") { continue }
                    files.append((input as NSString).appendingPathComponent(name))
                }
            } else {
                files.append(input)
            }
        }
        return files
    }
}
