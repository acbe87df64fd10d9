import DisclosureAggregation
import DisclosureModel
import Foundation
import XLSX

/// Writes the 政府网站工作年度报表 workbook (issue #5): a `汇总` sheet, then one sheet per website laid out from the
/// form's description (`WebsiteFormSpec`, fields as data).
///
/// - A site's sheet: 板块 merged down its fields, 分组 merged down its fields, the label with its unit (`收到留言数量
///   （单位：条）`), the value; 是/否 fields show 是 or 否, multi-choice fields their options joined by `、`. The sheet is
///   named after the site, made valid (≤ 31 characters, none of `[]:*?/\`, unique — a repeated name gets `(2)`, `(3)`
///   …; see `SheetNamer`).
/// - `汇总`: the same rows, and per row, as formulas over the row of `分网站明细` (every site's value in a column of its
///   own, headed by its sheet name) with their cached values from DisclosureAggregation's `WebsiteFormSummary`: count
///   fields `SUM`, yes/no fields `COUNTIF` 是 / 否, blanks `COUNTBLANK`, measures (平均办理时间) `AVERAGE` with minimum and
///   maximum noted; options tallied in 说明. Text fields are not summed and are left out. (A 3-D `SUM('A:B'!D5)` over
///   the site sheets would be shorter, but LibreOffice does not read it: it shows #NAME?.)
public struct WebsiteFormWorkbookExporter: Sendable {
    /// The look of the sheets.
    public var style: WorkbookStyle
    /// The form's description.
    public var spec: WebsiteFormSpec

    /// The summary sheet's name.
    public static let summarySheetName = "汇总"
    /// The name of the sheet with every site's values side by side, which the summary's formulas add up.
    public static let detailSheetName = "分网站明细"

    /// Creates an exporter.
    public init(style: WorkbookStyle = .office, spec: WebsiteFormSpec = .standard) {
        self.style = style
        self.spec = spec
    }

    /// The sheet names the sites get, in the order of `forms` (what `write` uses).
    public func sheetNames(for forms: [WebsiteAnnualForm]) -> [String] {
        var namer = SheetNamer(reserved: [Self.summarySheetName, Self.detailSheetName], fallback: "网站")
        return forms.enumerated().map { i, form in
            if case .text(let name) = form[.siteName], !name.isEmpty { return namer.name(for: name) }
            return namer.name(for: "网站\(i + 1)")
        }
    }

    /// Writes the workbook to `url` (atomically).
    ///
    /// - Throws: `XLSXWriterError` naming the sheet and cell when a write fails.
    public func write(_ forms: [WebsiteAnnualForm], to url: URL) throws {
        let book = try WorkbookWriter(url: url)
        let styles = try StyleSheet(style, in: book)
        let year = forms.first?.year
        let title = "\(spec.title)" + (year.map { "（\($0)年度）" } ?? "")
        try book.setProperties(DocumentProperties(title: title, author: "GovDisclosure"))
        let names = sheetNames(for: forms)
        try writeSummary(forms, siteSheets: names, title: title, book: book, styles: styles)
        let layout = WebsiteFormLayout(spec)
        for (form, name) in zip(forms, names) {
            try writeSite(form, title: title, name: name, layout: layout, book: book, styles: styles)
        }
        try book.close()
    }

    func writeSite(
        _ form: WebsiteAnnualForm, title: String, name: String, layout: WebsiteFormLayout, book: WorkbookWriter, styles: StyleSheet
    ) throws {
        let sheet = try book.addWorksheet(named: name)
        let canvas = SheetCanvas(sheet, styles)
        let host: String = if case .text(let h) = form[.hostUnit] { h } else { "" }
        try canvas.title(title, row: WebsiteFormLayout.titleRow, columns: 4)
        try canvas.line("填报单位：\(host)", row: WebsiteFormLayout.unitRow, columns: 4, format: styles.subtitle)
        try layout.drawLabels(on: sheet, styles: styles, valueHeaders: ["填报值"])
        for (i, field) in layout.fields.enumerated() {
            try writeValue(form[field.key], row: layout.row(of: i), column: WebsiteFormLayout.valueColumn, canvas)
        }
        try sheet.setColumnWidth(34, column: WebsiteFormLayout.valueColumn)
        try sheet.freezePanes(rows: WebsiteFormLayout.firstRow)
        try sheet.setPageSetup(WorkbookStyle.pageSetup(repeatedRows: WebsiteFormLayout.headerRow...WebsiteFormLayout.headerRow))
    }

    /// Value columns of `汇总`: 合计, 是, 否, 未填, 说明.
    static let summaryHeaders = ["合计", "是", "否", "未填", "说明"]
    /// Width of the 说明 column.
    static let noteWidth = 44.0

    func writeSummary(
        _ forms: [WebsiteAnnualForm], siteSheets: [String], title: String, book: WorkbookWriter, styles: StyleSheet
    ) throws {
        let summary = WebsiteFormSummary(forms, spec: spec)
        let sheet = try book.addWorksheet(named: Self.summarySheetName)
        let detail = try book.addWorksheet(named: Self.detailSheetName)
        let canvas = SheetCanvas(sheet, styles), detailCanvas = SheetCanvas(detail, styles)
        let v = WebsiteFormLayout.valueColumn, columns = v + Self.summaryHeaders.count
        let sites = v..<(v + forms.count)
        try canvas.title("\(title)汇总", row: WebsiteFormLayout.titleRow, columns: columns, width: 90)
        try canvas.line("共 \(summary.formCount) 个网站；数量为各网站之和（空白不计），是/否为网站个数，平均办理时间为填报网站的平均值；各网站填报值见“\(Self.detailSheetName)”。",
                        row: WebsiteFormLayout.unitRow, columns: columns, format: styles.subtitle)
        try detailCanvas.title("\(title)分网站明细", row: WebsiteFormLayout.titleRow, columns: min(columns, v + forms.count))
        let layout = WebsiteFormLayout(spec) { if case .text = $0.kind { false } else { true } }
        try layout.drawLabels(on: sheet, styles: styles, valueHeaders: Self.summaryHeaders)
        try layout.drawLabels(on: detail, styles: styles, valueHeaders: siteSheets)
        let detailRef = "'" + Self.detailSheetName + "'!"
        let average = try book.addFormat(modified(style.total) { $0.numberFormat = "0.00" })
        for (i, field) in layout.fields.enumerated() {
            let r = layout.row(of: i)
            let range = sites.isEmpty ? nil : detailRef + A1.range(row: r, columns: sites)
            /// A formula over the row's site cells, or the value alone when there are no sites.
            func live(_ text: (String) -> String, _ cached: Decimal, column: Int, format: FormatHandle? = nil) throws {
                if let range {
                    try canvas.formula(text(range), cached: cached, row: r, column: column, format: format)
                } else {
                    try canvas.number(cached, row: r, column: column)
                }
            }
            let blanks = Decimal(summary.blankCounts[field.key] ?? 0)
            var note = ""
            switch field.kind {
            case .count:
                try live({ "SUM(\($0))" }, summary.sums[field.key] ?? 0, column: v)
                try canvas.count(nil, row: r, column: v + 1)
                try canvas.count(nil, row: r, column: v + 2)
                try live({ "COUNTBLANK(\($0))" }, blanks, column: v + 3, format: styles.number)
            case .measure:
                if let m = summary.measures[field.key], let mean = m.mean, let low = m.minimum, let high = m.maximum {
                    try live({ "AVERAGE(\($0))" }, mean, column: v, format: average)
                    note = "平均值（\(m.count) 个网站），最小 \(low.plainText)，最大 \(high.plainText)"
                } else {
                    try canvas.count(nil, row: r, column: v)
                }
                try canvas.count(nil, row: r, column: v + 1)
                try canvas.count(nil, row: r, column: v + 2)
                try live({ "COUNTBLANK(\($0))" }, blanks, column: v + 3, format: styles.number)
            case .yesNo:
                let t = summary.yesNo[field.key]
                try canvas.count(nil, row: r, column: v)
                try live({ "COUNTIF(\($0),\(A1.literal("是")))" }, Decimal(t?.yes ?? 0), column: v + 1, format: styles.number)
                try live({ "COUNTIF(\($0),\(A1.literal("否")))" }, Decimal(t?.no ?? 0), column: v + 2, format: styles.number)
                try live({ "COUNTBLANK(\($0))" }, Decimal(t?.blank ?? forms.count), column: v + 3, format: styles.number)
            case .choice(let options), .multiChoice(let options):
                let tally = summary.choices[field.key] ?? [:]
                note = (options + tally.keys.filter { !options.contains($0) }.sorted()).map { "\($0) \(tally[$0] ?? 0)" }
                    .joined(separator: "、")
                for c in v...(v + 3) { try canvas.count(nil, row: r, column: c) }
            case .text:
                continue
            }
            try canvas.text(note, row: r, column: v + 4)
            if !note.isEmpty { try sheet.setRowHeight(ColumnWidth.rowHeight(for: note, width: Self.noteWidth), row: r) }
            for (k, form) in forms.enumerated() { try writeValue(form[field.key], row: r, column: sites.lowerBound + k, detailCanvas) }
        }
        try sheet.setColumnWidth(12, column: v)
        try sheet.setColumnWidth(7, columns: (v + 1)...(v + 3))
        try sheet.setColumnWidth(Self.noteWidth, column: v + 4)
        try sheet.freezePanes(rows: WebsiteFormLayout.firstRow, columns: v)
        let header = WebsiteFormLayout.headerRow...WebsiteFormLayout.headerRow
        try sheet.setPageSetup(WorkbookStyle.pageSetup(repeatedRows: header, orientation: .landscape))
        if !sites.isEmpty { try detail.setColumnWidth(16, columns: sites.lowerBound...(sites.upperBound - 1)) }
        try detail.freezePanes(rows: WebsiteFormLayout.firstRow, columns: v)
        // Too wide to fit one page: printed across pages, label columns repeated is not available, header repeated.
        var wide = WorkbookStyle.pageSetup(repeatedRows: header, orientation: .landscape)
        wide.fitsToPageWidth = false
        try detail.setPageSetup(wide)
    }

    /// One value as a site's form gives it: numbers as numbers, 是/否, text, options joined by `、`.
    func writeValue(_ value: WebsiteAnnualForm.FieldValue, row: Int, column: Int, _ canvas: SheetCanvas) throws {
        let styles = canvas.styles
        switch value {
        case .blank: try canvas.sheet.writeBlank(row: row, column: column, format: styles.number)
        case .number(let d): try canvas.number(d, row: row, column: column)
        case .yesNo(let b): try canvas.text(b ? "是" : "否", row: row, column: column, format: styles.groupLabel)
        case .text(let t): try canvas.text(t, row: row, column: column, format: styles.text)
        case .choices(let list): try canvas.text(list.joined(separator: "、"), row: row, column: column, format: styles.text)
        }
    }
}
