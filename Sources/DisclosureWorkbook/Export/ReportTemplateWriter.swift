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

    /// Writes the template of `edition` to `url` (atomically, as `WorkbookWriter` does).
    public func write(edition: Edition, to url: URL) throws {
        let blank = AnnualReport(organization: Organization(name: "", level: .department), year: 0, edition: edition)
        _ = try ReportWorkbookExporter.write(blank, cover: ReportCover(), diagnostics: [], accounts: [], mode: .template,
                                             options: .init(style: style), to: url)
    }
}
