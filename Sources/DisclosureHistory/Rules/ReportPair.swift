import DisclosureModel
import Foundation

/// The same unit's reports of two consecutive years: what the cross-year rules compare.
public struct ReportPair: Hashable, Sendable, Codable {
    /// Last year's report.
    public var previous: AnnualReport
    /// This year's report.
    public var current: AnnualReport

    /// Pairs two reports (the rules do not check that they follow each other; `CrossYearRules` pairs them).
    public init(previous: AnnualReport, current: AnnualReport) {
        self.previous = previous
        self.current = current
    }

    /// The unit named in locations (this year's name).
    var unit: String { current.organization.name }

    /// A location naming the unit, the table, the row and column of this year's report.
    func location(_ table: TableID, row: RowKey? = nil, column: ColumnKey? = nil) -> Diagnostic.Location {
        Diagnostic.Location(
            unit: unit, section: table.section, table: table, row: row, column: column,
            detail: "\(previous.year)→\(current.year)")
    }
}

/// Two consecutive years of a whole history: last year's units (its tree, or else the units that reported) and the
/// units that reported this year.
public struct YearTransition: Hashable, Sendable, Codable {
    /// Last year.
    public var previousYear: Int
    /// This year.
    public var year: Int
    /// Last year's reporting units.
    public var previousUnits: [Organization]
    /// The `Organization.id`s of this year's reports.
    public var reportedUnitIDs: Set<String>

    /// Creates a transition.
    public init(previousYear: Int, year: Int, previousUnits: [Organization], reportedUnitIDs: Set<String>) {
        self.previousYear = previousYear
        self.year = year
        self.previousUnits = previousUnits
        self.reportedUnitIDs = reportedUnitIDs
    }
}

/// `2020年 表三 四、结转下年度继续办理 × 自然人 = 5`.
func yearCell(_ year: Int, _ spec: TableSpec, _ address: CellAddress, _ value: String) -> String {
    "\(year)年 \(spec.describe(address)) = \(value)"
}

/// `+8` / `-8` / `0`.
func signed(_ value: Decimal) -> String { value > 0 ? "+\(value.plainText)" : value.plainText }
