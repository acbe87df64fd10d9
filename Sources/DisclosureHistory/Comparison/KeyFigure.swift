import DisclosureModel
import Foundation

/// A figure leaders compare from year to year (新收申请, 行政复议 …): a heading and the form cells that add up to it.
public struct KeyFigure: Hashable, Sendable, Codable {
    /// The heading, as a sheet shows it.
    public var heading: String
    /// The table.
    public var table: TableID
    /// The cells added.
    public var cells: [CellAddress]

    /// Creates a key figure.
    public init(_ heading: String, _ table: TableID, _ cells: [CellAddress]) {
        self.heading = heading
        self.table = table
        self.cells = cells
    }

    /// The key figures of `history compare`: cells every edition's form has with the same meaning (表三 and 表四);
    /// 表二's figures are compared cell by cell where the forms agree (`CellCorrespondence`).
    public static let standard: [KeyFigure] = [
        KeyFigure("新收申请", .applications, [CellAddress(.newReceived, .total)]),
        KeyFigure("上年结转", .applications, [CellAddress(.carriedOver, .total)]),
        KeyFigure("办理结果总计", .applications, [CellAddress(.resultTotal, .total)]),
        KeyFigure("结转下年度", .applications, [CellAddress(.carryForward, .total)]),
        KeyFigure("行政复议", .reviews, [CellAddress(.cases, .reviewTotal)]),
        KeyFigure(
            "行政诉讼", .reviews, [CellAddress(.cases, .directSuitTotal), CellAddress(.cases, .suitAfterReviewTotal)]),
    ]

    /// The figure in `report`: the sum of the cells that are filled; nil when the form lacks a cell or all are blank.
    public func value(in report: AnnualReport) -> Decimal? {
        let spec = report.spec(table)
        guard cells.allSatisfy(spec.contains) else { return nil }
        let values = cells.compactMap { report[table][$0].decimal }
        return values.isEmpty ? nil : values.reduce(0, +)
    }
}
