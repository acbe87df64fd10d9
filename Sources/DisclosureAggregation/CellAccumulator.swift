import DisclosureModel
import Foundation

/// Exact running sums of one group of reports: per cell of the format's flat index (`FormIndex.cells`), the sum
/// over the units that filled it and how many did — a pair of arrays, no dictionary per total.
struct CellAccumulator: Sendable {
    private(set) var sums: [Decimal]
    private(set) var filled: [Int]
    private(set) var units = 0
    var fees = FeeSum()

    init(_ format: ReportFormat) {
        sums = Array(repeating: 0, count: format.index.cells.count)
        filled = Array(repeating: 0, count: format.index.cells.count)
    }

    mutating func add(_ values: [Decimal?], fees: ProcessingFees?) {
        units += 1
        for (i, v) in values.enumerated() {
            if let v {
                sums[i] += v
                filled[i] += 1
            }
        }
        self.fees.add(fees)
    }

    /// The totals as tables of a report (cells nobody filled stay blank) and the blank counts (non-zero only).
    func tables(_ format: ReportFormat) -> (tables: [TableID: TableData], blanks: [TableID: [CellAddress: Int]]) {
        var tables: [TableID: TableData] = [:]
        var blanks: [TableID: [CellAddress: Int]] = [:]
        for table in TableID.allCases {
            var data = TableData(table)
            for i in format.index.table(table).flatRange {
                let address = format.index.cells[i].address
                if filled[i] > 0 { data.cells[address] = .number(sums[i]) }
                if filled[i] < units { blanks[table, default: [:]][address] = units - filled[i] }
            }
            tables[table] = data
        }
        return (tables, blanks)
    }

    /// A report for `organization` holding these totals.
    func report(_ format: ReportFormat, organization: Organization, year: Int) -> (AnnualReport, [TableID: [CellAddress: Int]]) {
        let (tables, blanks) = self.tables(format)
        var report = AnnualReport(organization: organization, year: year, edition: format.edition)
        for (table, data) in tables { report[table] = data }
        report.fees = fees.total
        return (report, blanks)
    }
}

/// The sum of the 信息处理费 figures of the reports that state them (amounts in 元, exact).
struct FeeSum: Sendable {
    var stated = 0
    var notices: Int?
    var notified: Decimal?
    var collected: Decimal?

    mutating func add(_ fees: ProcessingFees?) {
        guard let fees else { return }
        stated += 1
        if let n = fees.noticesIssued { notices = (notices ?? 0) + n }
        if let a = fees.amountNotified { notified = (notified ?? 0) + a.converted(to: .yuan).value }
        if let a = fees.amountCollected { collected = (collected ?? 0) + a.converted(to: .yuan).value }
    }

    var total: ProcessingFees? {
        guard stated > 0 else { return nil }
        return ProcessingFees(
            noticesIssued: notices, amountNotified: notified.map { Amount($0, .yuan) },
            amountCollected: collected.map { Amount($0, .yuan) })
    }
}
