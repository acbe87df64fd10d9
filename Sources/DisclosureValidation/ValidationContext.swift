import DisclosureModel

/// The optional inputs a check may use besides its subject: last year's report, a check date, inventories, website
/// forms, and names for locations.
///
/// Every field is optional; a rule whose input is missing reports nothing (it never guesses).
public struct ValidationContext: Sendable {
    /// Last year's report of the same unit: enables `YEAR.carriedOver` (this year's 二 against last year's 四).
    public var previousReport: AnnualReport?
    /// The date of an inventory check: enables `INV.stale` (accounts not updated within `staleAfterDays`).
    public var checkDate: CalendarDate?
    /// How many days without an update make an account stale (14: 国办秘函〔2019〕19号 "监测点前两周内未更新").
    public var staleAfterDays: Int
    /// The websites of the inventory, when checking one alongside a report.
    public var websites: [Website]?
    /// The 政务新媒体 accounts of the inventory, when checking one alongside a report.
    public var accounts: [NewMediaAccount]?
    /// Counts declared for the inventory; when nil, `Validator` takes them from the report's quoted figures.
    public var declaredCounts: DeclaredCounts?
    /// 政府网站工作年度报表 to check alongside a report.
    public var websiteForms: [WebsiteAnnualForm]
    /// The website form description the relations come from (`WebsiteFormSpec.standard` unless amended).
    public var websiteFormSpec: WebsiteFormSpec
    /// The reporting unit named in locations; when nil, report rules use the report's organization name and
    /// inventory rules the record's host unit.
    public var unit: String?
    /// The file the subject was read from, named in locations.
    public var fileName: String?
    /// The formats a report's edition is looked up in (`.official` unless a corrected form is given).
    public var formats: ReportFormats
    /// The figures of the report being validated, laid out once by `Validator` for all report rules.
    var preparedReport: PreparedReport?

    /// Creates a context; everything defaults to absent.
    public init(
        previousReport: AnnualReport? = nil, checkDate: CalendarDate? = nil, staleAfterDays: Int = 14,
        websites: [Website]? = nil, accounts: [NewMediaAccount]? = nil, declaredCounts: DeclaredCounts? = nil,
        websiteForms: [WebsiteAnnualForm] = [], websiteFormSpec: WebsiteFormSpec = .standard, unit: String? = nil,
        fileName: String? = nil, formats: ReportFormats = .official
    ) {
        self.formats = formats
        self.previousReport = previousReport
        self.checkDate = checkDate
        self.staleAfterDays = staleAfterDays
        self.websites = websites
        self.accounts = accounts
        self.declaredCounts = declaredCounts
        self.websiteForms = websiteForms
        self.websiteFormSpec = websiteFormSpec
        self.unit = unit
        self.fileName = fileName
    }

    /// A location with the context's file and unit (or `unit` when the context names none) filled in.
    func location(
        unit fallbackUnit: String?, section: SectionID? = nil, table: TableID? = nil, row: RowKey? = nil,
        column: ColumnKey? = nil, line: Int? = nil, file: String? = nil, detail: String? = nil
    ) -> Diagnostic.Location {
        Diagnostic.Location(
            file: file ?? fileName, unit: unit ?? fallbackUnit, section: section ?? table?.section, table: table,
            row: row, column: column, line: line, detail: detail)
    }

    /// A location for a figure quoted in the prose of section 一 (its line and file when known).
    func location(quoted figure: QuotedFigure, unit fallbackUnit: String?, detail: String? = nil) -> Diagnostic.Location {
        location(
            unit: fallbackUnit, section: .overview, line: figure.source?.line, file: figure.source?.file,
            detail: detail)
    }
}

extension ValidationContext {
    /// A location for an inventory record: the context's file, the record's own host unit, and the record's name.
    func location(record detail: String, hostUnit: String) -> Diagnostic.Location {
        Diagnostic.Location(file: fileName, unit: hostUnit, detail: detail)
    }
}
