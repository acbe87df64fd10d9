import Foundation

/// Cells of one table whose sum is one figure: 表三 一 × 总计; 表四 未经复议直接起诉 总计 + 复议后起诉 总计.
///
/// Key figures, the cells a quoted prose figure is compared with, and the roll-up's breakdown columns are all
/// stated this way in a `ReportFormat`.
public struct FigureCells: Hashable, Sendable, Codable {
    /// The table.
    public var table: TableID
    /// The cells added, in order.
    public var cells: [CellAddress]

    /// Creates a set of cells.
    public init(_ table: TableID, _ cells: [CellAddress]) {
        self.table = table
        self.cells = cells
    }

    /// The figure in `report`: blank when every cell is blank, else the exact sum of the filled cells.
    public func figure(in report: AnnualReport) -> Figure {
        let data = report[table]
        var sum: Decimal = 0
        var any = false
        for cell in cells {
            if let d = data[cell].decimal {
                sum += d
                any = true
            }
        }
        return any ? .number(sum) : .blank
    }

    /// The exact sum when every cell is filled; nil when any is blank.
    public func completeSum(in report: AnnualReport) -> Decimal? { report[table].completeSum(cells) }
}

extension TableData {
    /// The exact sum of the figures at `addresses` when every one is filled; nil when any is blank.
    public func completeSum(_ addresses: [CellAddress]) -> Decimal? {
        var sum: Decimal = 0
        for address in addresses {
            guard let d = self[address].decimal else { return nil }
            sum += d
        }
        return sum
    }
}

/// One of a format's key figures: what a roll-up shows per unit and per level, and what a comparison across years
/// follows (新收申请, 办理结果总计, 结转下年度, 行政复议, 行政诉讼, 规范性文件).
public struct KeyFigure: Hashable, Sendable, Codable {
    /// The stable key of a key figure (`newReceived`), the same in every edition when the meaning is the same.
    public struct ID: StringKey {
        /// The key's text.
        public var rawValue: String
        /// Wraps a key's text.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// 新收申请 — 表三 一 × 总计.
        public static let newReceived: ID = "newReceived"
        /// 办理结果总计 — 表三 （七） × 总计.
        public static let resultTotal: ID = "resultTotal"
        /// 结转下年度 — 表三 四 × 总计.
        public static let carryForward: ID = "carryForward"
        /// 行政复议 — 表四 复议 总计.
        public static let reviews: ID = "reviews"
        /// 行政诉讼 — 表四 直接起诉 总计 + 复议后起诉 总计.
        public static let litigation: ID = "litigation"
        /// 规范性文件 — 表二 规范性文件 本年新公开 (2019) / 本年制发 (2021).
        public static let normativeDocuments: ID = "normativeDocuments"
    }

    /// Its key.
    public var id: ID
    /// The column heading a sheet gives it (`新收申请`).
    public var heading: String
    /// Where it comes from.
    public var source: FigureCells

    /// Creates a key figure.
    public init(_ id: ID, heading: String, source: FigureCells) {
        self.id = id
        self.heading = heading
        self.source = source
    }
}

/// How a format states the 信息处理费 (国办函〔2020〕109号): in which section, in which unit.
public struct FeeStatement: Hashable, Sendable, Codable {
    /// The section that states them (六、其他需要报告的事项).
    public var section: SectionID
    /// The unit the amounts are held in (元).
    public var unit: MoneyUnit

    /// Creates a fee statement.
    public init(section: SectionID = .other, unit: MoneyUnit = .yuan) {
        self.section = section
        self.unit = unit
    }
}
