import DisclosureModel
import DisclosureWorkbook
import Foundation

/// One report read from one file, with what reading found.
public struct ReportFile: Hashable, Sendable {
    /// The file as given (or as found in a folder).
    public var path: String
    /// What the file was recognised as.
    public var kind: ReportFileKind
    /// The report.
    public var report: AnnualReport
    /// The cover details a workbook carries (负责人, 审核人, 填报人, 联系电话, 填报日期); nil for other kinds.
    public var cover: ReportCover?
    /// Findings of reading (text lines that could not be placed, workbook cells that are not numbers), each located
    /// with `path` as its file.
    public var diagnostics: [Diagnostic]

    /// Creates a read report.
    public init(path: String, kind: ReportFileKind, report: AnnualReport, cover: ReportCover? = nil, diagnostics: [Diagnostic]) {
        self.path = path
        self.kind = kind
        self.report = report
        self.cover = cover
        self.diagnostics = diagnostics.map { d in
            var d = d
            if d.location.file == nil { d.location.file = path }
            return d
        }
    }
}

/// A report read and checked: the findings of reading followed by validation's.
public struct CheckedReport: Hashable, Sendable {
    /// The report as read.
    public var file: ReportFile
    /// Reading's findings, then the validator's, each located in the file.
    public var diagnostics: [Diagnostic]

    /// Creates a checked report.
    public init(file: ReportFile, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }

    /// True when no finding is an error.
    public var passes: Bool { !diagnostics.contains { $0.severity == .error } }
}
