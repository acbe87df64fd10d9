import DisclosureModel
import Foundation

/// The cells of one edition's three tables laid out in one flat index (表二's cells, then 表三's, then 表四's), so that
/// an accumulator is a pair of arrays and adding a report is one pass over the form — no dictionary per total.
struct CellLayout: Sendable {
    let edition: Edition
    /// (table, cell) per flat index, in the forms' reading order.
    let cells: [(table: TableID, address: CellAddress)]
    /// The flat range of each table.
    let ranges: [TableID: Range<Int>]

    init(_ edition: Edition) {
        self.edition = edition
        var cells: [(TableID, CellAddress)] = []
        var ranges: [TableID: Range<Int>] = [:]
        for spec in FormCatalog.specs(edition) {
            let start = cells.count
            cells += spec.cells.map { (spec.id, $0) }
            ranges[spec.id] = start..<cells.count
        }
        self.cells = cells
        self.ranges = ranges
    }

    static let y2019 = CellLayout(.y2019)
    static let y2021 = CellLayout(.y2021)

    static func of(_ edition: Edition) -> CellLayout {
        switch edition {
        case .y2019: y2019
        case .y2021: y2021
        }
    }

    /// The report's figures in layout order (nil for blank).
    func values(of report: AnnualReport) -> [Decimal?] {
        var out: [Decimal?] = []
        out.reserveCapacity(cells.count)
        for table in TableID.allCases {
            guard let range = ranges[table] else { continue }
            let data = report[table]
            for i in range { out.append(data.cells[cells[i].address]?.decimal) }
        }
        return out
    }
}

/// Exact running sums of one group of reports: per cell, the sum over the units that filled it and how many did.
struct CellAccumulator: Sendable {
    private(set) var sums: [Decimal]
    private(set) var filled: [Int]
    private(set) var units = 0
    var fees = FeeSum()

    init(_ layout: CellLayout) {
        sums = Array(repeating: 0, count: layout.cells.count)
        filled = Array(repeating: 0, count: layout.cells.count)
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
    func tables(_ layout: CellLayout) -> (tables: [TableID: TableData], blanks: [TableID: [CellAddress: Int]]) {
        var tables: [TableID: TableData] = [:]
        var blanks: [TableID: [CellAddress: Int]] = [:]
        for table in TableID.allCases {
            var data = TableData(table)
            for i in layout.ranges[table] ?? 0..<0 {
                let address = layout.cells[i].address
                if filled[i] > 0 { data.cells[address] = .number(sums[i]) }
                if filled[i] < units { blanks[table, default: [:]][address] = units - filled[i] }
            }
            tables[table] = data
        }
        return (tables, blanks)
    }

    /// A report for `organization` holding these totals.
    func report(_ layout: CellLayout, organization: Organization, year: Int) -> (AnnualReport, [TableID: [CellAddress: Int]]) {
        let (tables, blanks) = self.tables(layout)
        var report = AnnualReport(organization: organization, year: year, edition: layout.edition)
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
