import DisclosureModel

extension SampleReportGenerator {
    /// Makes 现行有效件数 carry on from year to year, as a careful unit's figures do: for every block of 表二 with the
    /// columns `issued`, `repealed` and `inForce` (which forms have them comes from the `TableSpec`), this year's
    /// 现行有效 = last year's 现行有效 + 本年制发 − 本年废止, counted from a base in the first such year.
    ///
    /// 本年制发 and 本年废止 become functions of (seed, unit, year, row) alone, so any year's figure is computed without
    /// generating the years before. A unit that makes no 规章 (below the city level) keeps 0s.
    func chainDocumentsInForce(_ report: inout AnnualReport, unit: Int, format: ReportFormat) {
        let spec = format.spec(.proactive)
        for block in spec.blocks where Set(block.columns.map(\.key)).isSuperset(of: [.issued, .repealed, .inForce]) {
            for (rowIndex, row) in block.rows.enumerated() {
                let level = report.organization.level
                let makes = row.key != .regulations || level == .city || level == .province
                guard makes else {
                    report.proactive.setRow(row.key, [.issued, .repealed, .inForce], [0, 0, 0])
                    continue
                }
                var inForce = base(unit: unit, row: rowIndex, regulations: row.key == .regulations)
                var issued = 0, repealed = 0
                for year in firstInForceYear(upTo: report.year)...report.year {
                    (issued, repealed) = flow(unit: unit, year: year, row: rowIndex, level: level,
                                              regulations: row.key == .regulations, inForce: inForce)
                    inForce += issued - repealed
                }
                report.proactive.setRow(
                    row.key, [.issued, .repealed, .inForce], [Figure(issued), Figure(repealed), Figure(inForce)])
            }
        }
    }

    /// The first year (from 2019) whose form has 现行有效件数, not after `year`.
    func firstInForceYear(upTo year: Int) -> Int {
        var first = year
        while first > 2019 {
            guard let spec = formats.format(forReportYear: first - 1)?.spec(.proactive),
                spec.blocks.contains(where: { $0.columns.contains { $0.key == .inForce } }) else { break }
            first -= 1
        }
        return first
    }

    func base(unit: Int, row: Int, regulations: Bool) -> Int {
        var rng = SplitMix64(mixing: seed, UInt64(unit), UInt64(row), 0x1F0)
        return regulations ? rng.int(in: 20...60) : rng.int(in: 0...500)
    }

    func flow(unit: Int, year: Int, row: Int, level: OrganizationLevel, regulations: Bool, inForce: Int) -> (Int, Int) {
        var rng = SplitMix64(mixing: seed, UInt64(unit), UInt64(year), UInt64(row), 0x1F1)
        let issued = regulations ? rng.int(in: 0...4) : (level == .township ? rng.int(in: 0...2) : rng.int(in: 0...30))
        let repealed = min(inForce + issued, rng.int(in: 0...max(0, regulations ? 2 : issued / 3)))
        return (issued, repealed)
    }
}
