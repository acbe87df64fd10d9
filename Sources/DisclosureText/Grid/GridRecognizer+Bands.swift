import DisclosureModel

/// A run of a grid's rows read as one table — the whole grid for a page's `<table>`, one of several tables stacked
/// on a worksheet otherwise — and the tables its labels identify.
struct GridBand: Hashable {
    /// Which grid of the read.
    var grid: Int
    /// Its rows.
    var rows: Range<Int>
    /// The tables some label in these rows identifies exactly (the ones tried).
    var tables: [TableID]

    /// The band's place alone (grid and rows), for reusing a reading across editions.
    struct Key: Hashable {
        var grid: Int
        var rows: Range<Int>
    }

    /// Its key.
    var key: Key { Key(grid: grid, rows: rows) }
}

extension ClassifiedGrid {
    /// The grid cut into bands, one per table, when it holds several (a worksheet with 表二, 表三 and 表四 one under
    /// the other, any offset); otherwise one band, the whole grid, with every table its labels identify.
    ///
    /// A band starts at the first row whose header or block-title label (`第二十条第（一）项`, `申请人情况`, the corner
    /// note, `行政复议`) belongs to one table only, a table other than the band above's; title lines, blank rows and
    /// footers go with the band above (or the first band). Rows identifying a table without such a header (data rows)
    /// never cut, so a table without header is still read whole.
    func bands(_ grid: ReportGrid, matchers: [TableID: TableMatcher]) -> [GridBand] {
        let candidates = TableID.allCases.filter { t in matchers[t].map(identifies) ?? false }
        let whole = [GridBand(grid: index, rows: grid.rows.indices, tables: candidates)]
        guard candidates.count > 1 else { return whole }
        var starts: [(row: Int, tables: Set<TableID>)] = []
        var owner: TableID?
        for r in grid.rows.indices {
            var structural = Set<TableID>()
            var any = Set<TableID>()
            for c in 0..<grid.width {
                guard let key = keys[r][c], grid[r, c].origin == GridPosition(row: r, column: c) else { continue }
                for t in candidates {
                    guard let role = matchers[t]?.exactIdentifyingRole(of: key) else { continue }
                    any.insert(t)
                    switch role {
                    case .header, .blockTitle: structural.insert(t)
                    default: break
                    }
                }
            }
            if structural.count == 1, let t = structural.first, t != owner {
                starts.append((starts.isEmpty ? 0 : r, [t]))
                owner = t
            } else if owner == nil, any.count == 1, let t = any.first {
                starts.append((0, [t]))
                owner = t
            }
            if !starts.isEmpty { starts[starts.count - 1].tables.formUnion(any) }
        }
        guard starts.count > 1 else { return whole }
        return starts.indices.map { i in
            let end = i + 1 < starts.count ? starts[i + 1].row : grid.rows.count
            return GridBand(
                grid: index, rows: starts[i].row..<end, tables: candidates.filter { starts[i].tables.contains($0) })
        }
    }
}
