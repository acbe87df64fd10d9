import DisclosureAggregation
import DisclosureModel
import XLSX

extension RollupWorkbookExporter {
    /// The total of `table` drawn as the official table by the report exporter's `TableSheetWriter` (merged header
    /// tree, labels, totals as `SUM` formulas where the summed figures agree with their parts). Returns its notes
    /// (`WB.totalAsValue` where a summed total disagrees with its summed parts and is kept as a value).
    func writeTotals(_ table: TableID, _ result: RollupResult, book: WorkbookWriter, styles: StyleSheet) throws -> [Diagnostic] {
        let total = result.total
        let text = "汇总单位：\(total.organization.name)（\(result.unitCount) 个单位合计）　　　　年度：\(total.year)"
        let unitLine = Formula(A1.literal(text), cached: .string(text))
        return try TableSheetWriter(layout: TableLayout(table, result.format), styles: styles, mode: .report)
            .write(total[table], unitLine: unitLine, in: book)
    }
}
