import DisclosureModel
import Foundation
import XLSX

/// Why a workbook could not be read (or a report could not be written) as an annual report.
///
/// Switch over `kind`: `.noSuchFile`, `.notAWorkbook` (not an .xlsx at all, or an old `.xls`), `.corrupt` (an .xlsx
/// whose zip or XML is damaged), `.notATemplate`, `.wrongEdition`, `.unknownEdition`. `underlying` keeps the XLSX
/// layer's `XLSXReadError` where there is one — catching it needs `import XLSX`, which `DisclosureWorkbook` users
/// already have in their build (it is a dependency of this module).
///
/// `description` (and `localizedDescription`) is what a user sees: the file as given, the sheet and cell where it
/// applies (`表三!A7`), then Chinese, ` — ` and English.
public struct ReportWorkbookError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The category of failure.
    public enum Kind: Hashable, Sendable {
        /// No file at that path.
        case noSuchFile
        /// Not an .xlsx workbook: some other file, or an old binary `.xls` (save it as .xlsx).
        case notAWorkbook
        /// An .xlsx whose zip or XML is damaged (the XLSX reader's error is in `underlying`).
        case corrupt
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
    /// The explanation: Chinese, then ` — ` and English (without the file, which `description` adds).
    public var message: String
    /// The XLSX layer's error, when the workbook could not be opened or a sheet could not be read.
    public var underlying: XLSXReadError?

    /// Creates an error.
    public init(kind: Kind, file: String, sheet: String? = nil, cell: String? = nil, found: Edition? = nil,
                message: String, underlying: XLSXReadError? = nil) {
        self.kind = kind
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.found = found
        self.message = message
        self.underlying = underlying
    }

    /// `book.xlsx（表三!A7）：… — …`.
    public var description: String {
        var place = file
        if let sheet { place += "（\(sheet)" + (cell.map { "!\($0)" } ?? "") + "）" }
        return "\(place)：\(message)"
    }

    /// The same as `description`.
    public var errorDescription: String? { description }

    /// `.unknownEdition` for `edition`.
    static func unknownEdition(_ edition: Edition, file: String, known: ReportFormats) -> ReportWorkbookError {
        ReportWorkbookError(
            kind: .unknownEdition, file: file, found: edition,
            message: "报告格式“\(edition.rawValue)”不在已知格式（\(known.editions.map(\.rawValue).joined(separator: "、"))）之中 — unknown edition \(edition.rawValue)")
    }

    /// The error for a workbook the XLSX reader refused: not a workbook (or an old .xls), or a damaged one.
    static func unopenable(_ error: XLSXReadError, file: String, data: Data? = nil) -> ReportWorkbookError {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        if let data, data.starts(with: ole) {
            return ReportWorkbookError(
                kind: .notAWorkbook, file: file,
                message: "这是旧版 Excel/WPS 文件（.xls/.et），请另存为 .xlsx 后再读取 — an old binary .xls: save it as .xlsx first",
                underlying: error)
        }
        if case .zip(let zip) = error.kind, zip.code == .notAZip || zip.code == .openFailed {
            return ReportWorkbookError(
                kind: .notAWorkbook, file: file, message: "不是 .xlsx 工作簿 — not an .xlsx workbook", underlying: error)
        }
        return ReportWorkbookError(
            kind: .corrupt, file: file, message: "工作簿已损坏：\(error.message) — the workbook is damaged", underlying: error)
    }
}
