import DisclosureAggregation
import DisclosureModel
import Foundation

/// The key-figure columns a roll-up's per-unit and per-level sheets share: the six figures of `UnitBreakdownRow`,
/// with their headings (from `UnitBreakdownRow.headings`) and the form cells they come from (from the form specs).
struct RollupKeyFigures {
    /// 新收申请 … 规范性文件 (`UnitBreakdownRow.headings` without 单位/层级/状态 and the two trailing counts).
    static let headings = Array(UnitBreakdownRow.headings[3..<9])
    /// 空白单元格, 问题数.
    static let countHeadings = Array(UnitBreakdownRow.headings[9..<11])

    /// Where each key figure comes from, in the edition's own labels (`表三 一、本年新收政府信息公开申请数量 × 总计`).
    static func sources(_ edition: Edition) -> [String] {
        let applications = FormCatalog.spec(.applications, edition)
        let reviews = FormCatalog.spec(.reviews, edition)
        let proactive = FormCatalog.spec(.proactive, edition)
        func path(_ key: ColumnKey) -> [String] { reviews.columnPath(of: key) ?? [key.rawValue] }
        let review = path(.reviewTotal), direct = path(.directSuitTotal), after = path(.suitAfterReviewTotal)
        return [
            applications.describe(CellAddress(.newReceived, .total)),
            applications.describe(CellAddress(.resultTotal, .total)),
            applications.describe(CellAddress(.carryForward, .total)),
            "表四 " + review.joined(separator: "▸"),
            // 行政诉讼：未经复议直接起诉▸总计＋复议后起诉▸总计 (the shared group said once).
            "表四 \(direct[0])：" + direct.dropFirst().joined(separator: "▸") + "＋" + after.dropFirst().joined(separator: "▸"),
            proactive.describe(CellAddress(.normativeDocuments, edition == .y2019 ? .newlyPublished : .issued)),
        ]
    }

    /// The key figures of a report (the same extraction the breakdown rows use).
    static func figures(of report: AnnualReport) -> [Figure] {
        UnitBreakdownRow(report, status: .included, blankCells: 0, diagnosticsCount: nil).figures
    }

    /// Σ of the numbers among `figures` (blank counts as nothing — what `SUM` computes).
    static func sum(_ figures: some Sequence<Figure>) -> Decimal {
        figures.reduce(Decimal(0)) { $0 + ($1.decimal ?? 0) }
    }
}
