import DisclosureAggregation
import DisclosureModel
import GRDB

extension ReportHistory {
    /// The roll-up of `year` (`ReportRollup`) fed from the current reports held, along the year's stored tree when
    /// there is one, each report with the number of diagnostics stored with it.
    public func rollup(year: Int, options: ReportRollup.Options = ReportRollup.Options()) throws(HistoryError) -> RollupResult {
        let tree = try organizations(year: year)
        var rollup = ReportRollup(tree: tree.isEmpty ? nil : OrganizationTree(tree), year: year, options: options)
        let counts = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.unitID, count(d.position) AS n FROM currentReport AS r
                    LEFT JOIN diagnostic AS d ON d.reportID = r.id WHERE r.year = ? GROUP BY r.id
                    """, arguments: [year]
            ).map { row in (try row.decode(String.self, atIndex: 0), try row.decode(Int.self, atIndex: 1)) }
        }
        var byUnit: [String: Int] = [:]
        for (unitID, n) in counts { byUnit[unitID] = n }
        for report in try currentReports(year: year) {
            rollup.add(report, diagnosticsCount: byUnit[report.organization.id])
        }
        return rollup.finish()
    }
}
