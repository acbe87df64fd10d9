import DisclosureModel
import XLSX

extension TableLayout {
    /// The printable width, in character units, the columns are sized against (A4 portrait at ~85 %).
    static let pageWidth = 100.0

    /// Column widths in Excel's character units, left to right: narrow columns for vertical group labels, the row
    /// labels' column as wide as its longest label allows (wrapping beyond 32), the data columns sharing the rest.
    static func columnWidths(_ spec: TableSpec, labelColumns: Int, dataColumns: Int) -> [Double] {
        var widths: [Double] = []
        if labelColumns > 0 {
            for level in 0..<(labelColumns - 1) { widths.append(level == 0 ? 6 : 12) }
            let ownLabels = spec.rows.filter { $0.groups.count >= labelColumns - 1 }.map(\.label)
                + spec.blocks.compactMap(\.rowHeader)
            widths.append(ColumnWidth.fitting(ownLabels, minimum: 12, maximum: 32))
        }
        let used = widths.reduce(0, +)
        let share = dataColumns > 0 ? (Self.pageWidth - used) / Double(dataColumns) : 0
        widths += Array(repeating: min(max(share, 8), 18), count: dataColumns)
        return widths
    }

    /// Portrait unless the table is wider than a portrait page (表四's fifteen columns).
    public var orientation: PageSetup.Orientation {
        columnWidths.reduce(0, +) > Self.pageWidth * 1.1 ? .landscape : .portrait
    }

    /// Row heights in points for rows whose texts wrap (header and label rows); rows not listed keep the default.
    ///
    /// A text spanning several rows shares its height among them; only the missing height is added to its last row.
    public func rowHeights(fontSize: Double) -> [Int: Double] {
        Self.rowHeights(texts, columnWidths, fontSize: fontSize)
    }

    static func rowHeights(_ texts: [PlacedText], _ widths: [Double], fontSize: Double) -> [Int: Double] {
        func width(_ range: CellRange) -> Double {
            (range.first.column...range.last.column).reduce(0) { $0 + (widths.indices.contains($1) ? widths[$1] : 8) }
        }
        var heights: [Int: Double] = [:]
        let minimum = ColumnWidth.rowHeight(for: "", width: 10, fontSize: fontSize)
        for text in texts where text.range.first.row == text.range.last.row && text.role != .title {
            let needed = ColumnWidth.rowHeight(for: text.text, width: width(text.range), fontSize: text.role == .corner ? 10 : fontSize)
            heights[text.range.first.row] = max(heights[text.range.first.row] ?? minimum, needed)
        }
        for text in texts where text.range.first.row != text.range.last.row && text.role != .groupLabel {
            let needed = ColumnWidth.rowHeight(for: text.text, width: width(text.range), fontSize: text.role == .corner ? 10 : fontSize)
            let rows = text.range.first.row...text.range.last.row
            let have = rows.reduce(0) { $0 + (heights[$1] ?? minimum) }
            if needed > have { heights[rows.upperBound] = (heights[rows.upperBound] ?? minimum) + needed - have }
        }
        return heights
    }
}
