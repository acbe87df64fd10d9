import DisclosureModel
import DisclosureValidation
import Foundation
import XLSX

/// Writes a unit's annual-report workbook: 封面, 表二, 表三, 表四 laid out as the official tables, 校验结果 and 图表.
///
/// ```swift
/// let written = try ReportWorkbookExporter().write(report, cover: cover, to: url)
/// ```
/// Totals are live formulas with their computed values where the unit's total equals the sum of its parts; where
/// it does not, the unit's figure is kept as a value and a `WB.totalAsValue` note joins the diagnostics. Blank
/// cells stay blank. The file appears atomically (temporary name, then rename): a failure leaves no partial file
/// and an existing file untouched. Writer failures are thrown as `XLSXWriterError` (naming sheet and cell).
public struct ReportWorkbookExporter: Sendable {
    /// What to include and how it looks.
    public struct Options: Hashable, Sendable {
        /// The formats.
        public var style: WorkbookStyle
        /// Include the 校验结果 sheet.
        public var includesDiagnostics: Bool
        /// Include the 图表 sheet.
        public var includesChart: Bool

        /// Creates options; by default the office style and every sheet.
        public init(style: WorkbookStyle = .office, includesDiagnostics: Bool = true, includesChart: Bool = true) {
            self.style = style
            self.includesDiagnostics = includesDiagnostics
            self.includesChart = includesChart
        }
    }

    /// The options in force.
    public var options: Options
    /// The formats a report's edition is looked up in (`.official` unless a corrected form is given).
    public var formats: ReportFormats

    /// Creates an exporter.
    public init(options: Options = Options(), formats: ReportFormats = .official) {
        self.options = options
        self.formats = formats
    }

    /// Writes `report` to `url` and returns the diagnostics as listed on 校验结果, each located (`表三!C12`).
    ///
    /// Throws `ReportWorkbookError` (`.unknownEdition`) when the report's edition is not among `formats`, and
    /// `XLSXWriterError` when writing fails.
    ///
    /// - Parameters:
    ///   - report: the report.
    ///   - cover: 负责人, 审核人, 填报人, 联系电话, 填报日期 for the cover.
    ///   - diagnostics: the findings to list; nil runs the standard `Validator` on the report.
    ///   - accounts: the unit's 政务新媒体 accounts, charted by category when not empty.
    ///   - url: the workbook to write.
    @discardableResult
    public func write(_ report: AnnualReport, cover: ReportCover = ReportCover(), diagnostics: [Diagnostic]? = nil,
                      accounts: [NewMediaAccount] = [], to url: URL) throws -> [Diagnostic] {
        guard let format = formats[report.edition] else {
            throw ReportWorkbookError.unknownEdition(report.edition, file: url.path, known: formats)
        }
        let findings = diagnostics ?? Validator().validate(report, in: ValidationContext(formats: formats))
        return try Self.write(report, format: format, cover: cover, diagnostics: findings, accounts: accounts,
                              mode: .report, options: options, to: url)
    }

    /// The shared drawing of reports and templates.
    static func write(_ report: AnnualReport, format: ReportFormat, cover: ReportCover, diagnostics: [Diagnostic],
                      accounts: [NewMediaAccount], mode: WorkbookMode, options: Options, to url: URL) throws -> [Diagnostic] {
        let book = try WorkbookWriter(url: url)
        let styles = try StyleSheet(options.style, in: book)
        let coverLayout = CoverLayout(format)
        try CoverSheetWriter(layout: coverLayout, styles: styles, mode: mode)
            .write(mode == .template ? [:] : CoverSheetWriter.values(report, cover, format), in: book)

        let unitLine = Self.unitLine(report, coverLayout, mode: mode)
        var notes: [Diagnostic] = []
        for table in TableID.allCases {
            let layout = TableLayout(table, format)
            notes += try TableSheetWriter(layout: layout, styles: styles, mode: mode)
                .write(report[table], unitLine: unitLine, in: book)
        }
        let locator = DiagnosticLocator(format: format)
        let listed = (diagnostics + notes).map(locator.locate)
        if mode == .report, options.includesDiagnostics {
            try DiagnosticsSheet(name: ReportSheet.diagnostics.name, showsUnits: false).write(listed, in: book, styles: styles)
        }
        if mode == .report, options.includesChart {
            try ChartSheetWriter(styles: styles, applications: TableLayout(.applications, format))
                .write(report.applications, accounts: accounts, in: book)
        }
        try book.setProperties(DocumentProperties(
            title: mode == .template ? "政府信息公开工作年度报告统计表（模板）" : report.standardTitle,
            subject: "政府信息公开工作年度报告 \(format.edition)", author: "GovDisclosure",
            keywords: "政府信息公开,年度报告,\(format.notice)"))
        try book.close()
        return listed
    }

    /// `="填报单位："&'封面'!$B$3&"　　年度："&'封面'!$B$7`, so the line follows what the cover says.
    static func unitLine(_ report: AnnualReport, _ cover: CoverLayout, mode: WorkbookMode) -> Formula {
        let name = cover.valueCell(.unitName).map { "'\(ReportSheet.cover.name)'!$\(CellReference.columnName($0.column))$\($0.row + 1)" } ?? "\"\""
        let year = cover.valueCell(.year).map { "'\(ReportSheet.cover.name)'!$\(CellReference.columnName($0.column))$\($0.row + 1)" } ?? "\"\""
        let cached = mode == .template
            ? "填报单位：　　　　年度："
            : "填报单位：\(report.organization.name)　　　　年度：\(report.year)"
        return Formula("\"填报单位：\"&\(name)&\"　　　　年度：\"&\(year)", cached: .string(cached))
    }
}
