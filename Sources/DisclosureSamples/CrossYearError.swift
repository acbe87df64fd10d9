import DisclosureModel
import Foundation

/// A known cross-year mistake planted in a sample city's reports, for `disclosure history check` to find: this
/// year's 二、上年结转 no longer equals last year's 四、结转下年度 in one applicant column (the year's own sums still hold).
public struct CrossYearError: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The `Organization.id` of the unit whose report was changed.
    public var unit: String
    /// The table (表三).
    public var table: TableID
    /// The row changed (`carriedOver`).
    public var row: RowKey
    /// The column changed.
    public var column: ColumnKey
    /// This year's figure after the change.
    public var value: Decimal
    /// Last year's 结转下年度 it no longer equals.
    public var previousValue: Decimal
    /// What was done, in Chinese with an English gloss.
    public var description: String
    /// The id of the diagnostic that must report it (`HIST.carriedOver`).
    public var expectedDiagnosticID: String

    /// Creates a record of a planted mistake.
    public init(
        unit: String, table: TableID, row: RowKey, column: ColumnKey, value: Decimal, previousValue: Decimal,
        description: String, expectedDiagnosticID: String
    ) {
        self.unit = unit
        self.table = table
        self.row = row
        self.column = column
        self.value = value
        self.previousValue = previousValue
        self.description = description
        self.expectedDiagnosticID = expectedDiagnosticID
    }
}

extension SampleCity {
    /// Plants `count` cross-year mistakes (one per unit, units without a planted error first): 表三 二、上年结转 × 自然人
    /// raised by 1 together with （一）予以公开 and （七）总计 (and their 总计), so every identity of the year still holds
    /// and only the comparison with last year's 结转下年度 shows it. Deterministic in (seed, year).
    public mutating func plantCrossYearErrors(_ count: Int) -> [CrossYearError] {
        var rng = SplitMix64(mixing: seed, UInt64(year), 0xC70)
        let taken = Set(injectedErrors.map(\.unit))
        let order = rng.shuffled(Array(reports.indices))
        let targets = (order.filter { !taken.contains(reports[$0].organization.id) } + order.filter {
            taken.contains(reports[$0].organization.id)
        }).prefix(max(0, count))
        var planted: [CrossYearError] = []
        for index in targets {
            let before = reports[index].applications[.carriedOver, .naturalPerson].decimal ?? 0
            for (row, column) in [
                (RowKey.carriedOver, ColumnKey.naturalPerson), (.carriedOver, .total), (.granted, .naturalPerson),
                (.granted, .total), (.resultTotal, .naturalPerson), (.resultTotal, .total),
            ] {
                reports[index].applications[row, column] = .number((reports[index].applications[row, column].decimal ?? 0) + 1)
            }
            planted.append(
                CrossYearError(
                    unit: reports[index].organization.id, table: .applications, row: .carriedOver, column: .naturalPerson,
                    value: before + 1, previousValue: before,
                    description: "表三 二、上年结转 × 自然人 加 1（予以公开、总计同加，本年勾稽仍成立），与\(year - 1)年结转下年度不再相等 — carried over raised by 1, no longer last year's carried forward",
                    expectedDiagnosticID: "HIST.carriedOver"))
        }
        return planted
    }
}
