import DisclosureModel
import XLSX

/// Where each field of a `WebsiteFormSpec` goes on a sheet: one row per field, in form order, under a title, a unit
/// line and a header row; the block label (信息发布 …) merged down its rows in column A, the group (留言办理 …) merged
/// down its rows in column B, the label with its unit in column C (across B and C when the field has no group), the
/// value from column D on. The same rows on every site's sheet and on the summary, so a summary formula can point
/// at the same cell of every site.
struct WebsiteFormLayout {
    /// A run of consecutive rows sharing a label (a block or a group).
    struct Span {
        let label: String
        let rows: ClosedRange<Int>
    }

    let spec: WebsiteFormSpec
    let fields: [WebsiteFormSpec.Field]
    /// The sheet row of `fields[i]` is `firstRow + i`.
    static let titleRow = 0, unitRow = 1, headerRow = 2, firstRow = 3
    /// Block, group, label, then the value columns.
    static let valueColumn = 3
    /// The label shown for the header fields, which belong to no block.
    static let basicBlock = "基本信息"

    init(_ spec: WebsiteFormSpec, including include: (WebsiteFormSpec.Field) -> Bool = { _ in true }) {
        self.spec = spec
        fields = spec.fields.filter(include)
    }

    func row(of index: Int) -> Int { Self.firstRow + index }

    var lastRow: Int { Self.firstRow + fields.count - 1 }

    /// Runs of consecutive fields with the same block.
    var blockSpans: [Span] { spans { $0.block ?? Self.basicBlock } }

    /// Runs of consecutive fields with the same group within a block (fields without a group have none).
    var groupSpans: [Span] {
        spans { f in f.group.map { "\(f.block ?? "")\u{1}\($0)" } }.map {
            Span(label: String($0.label.split(separator: "\u{1}").last ?? ""), rows: $0.rows)
        }
    }

    private func spans(_ key: (WebsiteFormSpec.Field) -> String?) -> [Span] {
        var out: [Span] = []
        var start = 0
        while start < fields.count {
            var end = start
            let k = key(fields[start])
            while end + 1 < fields.count, key(fields[end + 1]) == k { end += 1 }
            if let k { out.append(Span(label: k, rows: row(of: start)...row(of: end))) }
            start = end + 1
        }
        return out
    }

    /// Draws the block and group labels, the field labels and the header row; the caller writes the values.
    func drawLabels(on sheet: WorksheetWriter, styles: StyleSheet, valueHeaders: [String]) throws {
        let canvas = SheetCanvas(sheet, styles)
        try canvas.header(["板块", "分组", "项目"] + valueHeaders, row: Self.headerRow)
        for span in blockSpans {
            try merged(span.label, span.rows, column: 0, sheet, styles.groupLabel)
        }
        let grouped = Set(groupSpans.flatMap { Array($0.rows) })
        for span in groupSpans { try merged(span.label, span.rows, column: 1, sheet, styles.groupLabel) }
        for (i, field) in fields.enumerated() {
            let r = row(of: i)
            if grouped.contains(r) {
                try sheet.write(field.labelWithUnit, row: r, column: 2, format: styles.label)
            } else {
                try sheet.mergeRange(CellRange(firstRow: r, firstColumn: 1, lastRow: r, lastColumn: 2),
                                     value: .string(field.labelWithUnit), format: styles.label)
            }
        }
        try sheet.setColumnWidth(12, column: 0)
        try sheet.setColumnWidth(12, column: 1)
        try sheet.setColumnWidth(ColumnWidth.fitting(fields.map(\.labelWithUnit), minimum: 20, maximum: 44), column: 2)
    }

    private func merged(_ text: String, _ rows: ClosedRange<Int>, column: Int, _ sheet: WorksheetWriter, _ format: FormatHandle) throws {
        if rows.count == 1 {
            try sheet.write(text, row: rows.lowerBound, column: column, format: format)
        } else {
            try sheet.mergeRange(CellRange(firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound, lastColumn: column),
                                 value: .string(text), format: format)
        }
    }
}
