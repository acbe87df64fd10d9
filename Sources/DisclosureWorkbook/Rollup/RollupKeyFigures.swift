import DisclosureAggregation
import DisclosureModel
import Foundation

/// The key-figure columns a roll-up's per-unit and per-level sheets share: the format's `keyFigures`, with their
/// headings and the form cells they come from (in the format's own labels).
struct RollupKeyFigures {
    /// 新收申请 … 规范性文件: the format's key-figure headings.
    static func headings(_ format: ReportFormat) -> [String] { format.keyFigures.map(\.heading) }
    /// 空白单元格, 问题数.
    static let countHeadings = UnitBreakdownRow.countHeadings

    /// Where each key figure comes from, in the format's own labels (`表三 一、本年新收政府信息公开申请数量 × 总计`;
    /// several cells joined by ＋, the header labels they share said once: `表四 行政诉讼：未经复议直接起诉▸总计＋复议后起诉▸总计`).
    static func sources(_ format: ReportFormat) -> [String] {
        format.keyFigures.map { figure in
            let spec = format.spec(figure.source.table)
            let cells = figure.source.cells
            guard cells.count > 1 else { return cells.first.map { spec.describe($0) } ?? "" }
            let rowLabels = Set(cells.map { spec.row($0.row)?.label ?? "" })
            guard rowLabels.count == 1 else { return cells.map { spec.describe($0) }.joined(separator: "＋") }
            let paths = cells.map { spec.columnPath(of: $0.column) ?? [$0.column.rawValue] }
            var shared = 0
            while let first = paths.first, shared < first.count - 1,
                paths.allSatisfy({ $0.count > shared + 1 && $0[shared] == first[shared] })
            {
                shared += 1
            }
            let prefix = paths[0].prefix(shared).joined(separator: "▸")
            let rest = paths.map { $0.dropFirst(shared).joined(separator: "▸") }.joined(separator: "＋")
            let rowLabel = rowLabels.first.map { $0.isEmpty ? "" : "\($0) × " } ?? ""
            return "\(spec.id.shortName) \(rowLabel)\(prefix.isEmpty ? "" : prefix + "：")\(rest)"
        }
    }

    /// The key figures of a report in `format` (the same extraction the breakdown rows use).
    static func figures(of report: AnnualReport, _ format: ReportFormat) -> [Figure] {
        format.keyFigures.map { $0.source.figure(in: report) }
    }

    /// Σ of the numbers among `figures` (blank counts as nothing — what `SUM` computes).
    static func sum(_ figures: some Sequence<Figure>) -> Decimal {
        figures.reduce(Decimal(0)) { $0 + ($1.decimal ?? 0) }
    }
}
