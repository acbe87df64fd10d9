import DisclosureModel

/// Why a workbook could not be read as an annual report: not readable, not our template, or the other edition.
///
/// `description` is what a user sees, in Chinese with an English gloss, naming the file and, where it applies,
/// the sheet and cell (`表三!A7`).
public struct ReportWorkbookError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The category of failure.
    public enum Kind: Hashable, Sendable {
        /// The file is not a readable .xlsx (the XLSX reader's message is kept).
        case unreadable
        /// A readable workbook, but not the annual-report template: a sheet or a label is missing.
        case notATemplate
        /// The template of the other edition (or tables of mixed editions, or an edition the year does not use).
        case wrongEdition
        /// A report of an edition not among the formats given.
        case unknownEdition
    }

    /// The category.
    public var kind: Kind
    /// The file, as given.
    public var file: String
    /// The sheet concerned, if any.
    public var sheet: String?
    /// The cell concerned (`A7`), if any.
    public var cell: String?
    /// The edition found in the file, when known.
    public var found: Edition?
    /// The explanation: Chinese, then ` — ` and English.
    public var message: String

    /// Creates an error.
    public init(kind: Kind, file: String, sheet: String? = nil, cell: String? = nil, found: Edition? = nil,
                message: String) {
        self.kind = kind
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.found = found
        self.message = message
    }

    /// `.unknownEdition` for `edition`.
    static func unknownEdition(_ edition: Edition, file: String, known: ReportFormats) -> ReportWorkbookError {
        ReportWorkbookError(
            kind: .unknownEdition, file: file, found: edition,
            message: "报告格式“\(edition.rawValue)”不在已知格式（\(known.editions.map(\.rawValue).joined(separator: "、"))）之中 — unknown edition \(edition.rawValue)")
    }

    /// `book.xlsx（表三!A7）：… — …`.
    public var description: String {
        var place = file
        if let sheet { place += "（\(sheet)" + (cell.map { "!\($0)" } ?? "") + "）" }
        return "\(place)：\(message)"
    }
}
