import DisclosureModel
import Foundation
import XLSX

/// Writes the blank annual-report template of an edition for units to fill.
///
/// Same sheets and layout as the exported report (封面, 表二, 表三, 表四), so `ReportWorkbookImporter` reads a
/// filled template back. Input cells are unlocked, pale yellow and validated (whole numbers ≥ 0; any whole number
/// for 本年增/减; decimals ≥ 0 for 万元); labels and the totals' `SUM` formulas are locked under sheet protection
/// (no password: it prevents accidents); each sheet has a short instruction line.
public struct ReportTemplateWriter: Sendable {
    /// The formats.
    public var style: WorkbookStyle

    /// Creates a template writer.
    public init(style: WorkbookStyle = .office) { self.style = style }

    /// Writes the template of `format` to `url` (atomically, as `WorkbookWriter` does).
    public func write(format: ReportFormat, to url: URL) throws {
        let blank = AnnualReport(organization: Organization(name: "", level: .department), year: 0, edition: format.edition)
        _ = try ReportWorkbookExporter.write(blank, format: format, cover: ReportCover(), diagnostics: [], accounts: [],
                                             mode: .template, options: .init(style: style), to: url)
    }

    /// Writes the template of `edition`, looked up in `formats`; throws `ReportWorkbookError` (`.unknownEdition`)
    /// when it is not there.
    public func write(edition: Edition, formats: ReportFormats = .official, to url: URL) throws {
        guard let format = formats[edition] else {
            throw ReportWorkbookError.unknownEdition(edition, file: url.path, known: formats)
        }
        try write(format: format, to: url)
    }
}
