import DisclosureModel
import Foundation

/// Why a file or folder given as report input could not be read as a report.
///
/// `description` and `errorDescription` are what a user sees: the file, then Chinese, then ` — ` and English.
/// Switch over `kind` to handle a case; `underlying` keeps the error of the layer below (a `JSONDocumentError`,
/// `ReportWorkbookError`, `CocoaError`…) when there is one.
public struct ReportFileError: Error, Sendable, CustomStringConvertible, LocalizedError {
    /// The category of failure.
    public enum Kind: Hashable, Sendable {
        /// No file or folder at that path.
        case noSuchFile
        /// It exists but could not be read (permissions, an I/O error).
        case unreadable
        /// It was read, but it is not a report: recognisably something else (the tree, an inventory, one of our
        /// output workbooks), or nothing the package reads.
        case notAReport(ReportFileKind)
        /// An old binary Office file (`.xls`, `.doc`, `.wps`): save it as `.xlsx` / `.docx`.
        case legacyOffice
        /// A report file whose content is damaged or malformed (invalid JSON, a broken zip, a workbook that is not
        /// the template or is of the wrong edition).
        case invalid
        /// A folder (or list of inputs) that holds no report at all.
        case noReports
    }

    /// The category.
    public var kind: Kind
    /// The file or folder, as given.
    public var file: String
    /// Chinese, then ` — ` and English.
    public var message: String
    /// The error of the layer below, when there is one.
    public var underlying: (any Error & Sendable)?

    /// Creates an error.
    public init(_ kind: Kind, file: String, message: String, underlying: (any Error & Sendable)? = nil) {
        self.kind = kind
        self.file = file
        self.message = message
        self.underlying = underlying
    }

    /// `reports/001.json：… — …`.
    public var description: String { "\(file)：\(message)" }

    /// The same as `description`.
    public var errorDescription: String? { description }
}
