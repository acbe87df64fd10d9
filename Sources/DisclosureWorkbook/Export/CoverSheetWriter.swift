import DisclosureModel
import Foundation
import XLSX

/// Draws the cover sheet (封面): title, edition line, the labelled fields, the 信息处理费 block (2021), a note.
struct CoverSheetWriter {
    let layout: CoverLayout
    let styles: StyleSheet
    let mode: WorkbookMode

    static let templateNote = "填写说明：请在黄色单元格内填写封面各项及表二、表三、表四的数字；合计由公式自动计算。"
        + "单位层级填 省、市、县(市、区)、乡镇(街道) 或 部门；金额单位为元。"
    static let reportNote = "各表合计为公式；合计与分项之和不符时保留填报值，详见“校验结果”。"

    /// The values the cover shows for `report` (empty strings and nil where nothing is known).
    static func values(_ report: AnnualReport, _ cover: ReportCover, _ format: ReportFormat) -> [CoverField: CellValue] {
        let org = report.organization
        var values: [CoverField: CellValue] = [
            .unitName: .string(org.name),
            .level: .string(org.level.rawValue),
            .year: .number(Decimal(report.year)),
        ]
        if org.id != org.name { values[.unitCode] = .string(org.id) }
        if let parent = org.parentID { values[.parentCode] = .string(parent) }
        let texts: [(CoverField, String?)] = [
            (.responsible, cover.responsible), (.reviewer, cover.reviewer), (.preparer, cover.preparer),
            (.phone, cover.phone), (.date, cover.date?.description),
        ]
        for case (let field, let text?) in texts { values[field] = .string(text) }
        if format.fees != nil, let fees = report.fees {
            if let n = fees.noticesIssued { values[.feeNotices] = .number(Decimal(n)) }
            if let a = fees.amountNotified { values[.feeNotified] = .number(a.converted(to: .yuan).value) }
            if let a = fees.amountCollected { values[.feeCollected] = .number(a.converted(to: .yuan).value) }
        }
        return values
    }

    func write(_ values: [CoverField: CellValue], in book: WorkbookWriter) throws {
        let sheet = try book.addWorksheet(named: ReportSheet.cover.name)
        try sheet.setColumnWidth(24, column: CoverLayout.labelColumn)
        try sheet.setColumnWidth(46, column: CoverLayout.valueColumn)
        let wide = { (row: Int) in CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 1) }
        try sheet.setRowHeight(36, row: CoverLayout.titleRow)
        try sheet.mergeRange(wide(CoverLayout.titleRow), value: .string(CoverLayout.title), format: styles.title)
        try sheet.mergeRange(wide(CoverLayout.editionRow), value: .string(layout.editionLine), format: styles.subtitle)
        if let row = layout.feeHeadingRow {
            try sheet.mergeRange(wide(row), value: .string(CoverLayout.feeHeading), format: styles.header)
        }
        for field in layout.fields {
            guard let row = layout.rows[field] else { continue }
            try sheet.setRowHeight(22, row: row)
            try sheet.write(field.label, row: row, column: CoverLayout.labelColumn, format: styles.header)
            let value = values[field] ?? .blank
            let format: FormatHandle =
                switch (field, mode) {
                case (.year, .template), (.feeNotices, .template): styles.inputNumber
                case (.feeNotified, .template), (.feeCollected, .template): styles.inputMoney
                case (_, .template): styles.inputText
                case (.year, .report), (.feeNotices, .report): styles.number
                case (.feeNotified, .report), (.feeCollected, .report): styles.money
                case (_, .report): styles.text
                }
            try sheet.write(value, row: row, column: CoverLayout.valueColumn, format: format)
            if mode == .template, let validation = Self.validation(for: field) {
                try sheet.addDataValidation(validation, to: CellRange(firstRow: row, firstColumn: CoverLayout.valueColumn,
                                                                      lastRow: row, lastColumn: CoverLayout.valueColumn))
            }
        }
        let note = mode == .template ? Self.templateNote : Self.reportNote
        try sheet.mergeRange(wide(layout.noteRow), value: .string(note), format: styles.note)
        try sheet.setRowHeight(ColumnWidth.rowHeight(for: note, width: 70, fontSize: 10), row: layout.noteRow)
        if mode == .template {
            try sheet.protect(options: SheetProtection(allowsFormattingColumns: true, allowsFormattingRows: true))
        }
        try sheet.setPageSetup(WorkbookStyle.pageSetup())
        try sheet.activate()
    }

    static func validation(for field: CoverField) -> DataValidation? {
        switch field {
        case .year:
            DataValidation(rule: .wholeNumber(.between(2019, 2100)), inputTitle: "年度", inputMessage: "报告所述年度，如 2021",
                           errorTitle: "年度不正确", errorMessage: "请输入 2019 至 2100 之间的年份 — a year from 2019 to 2100")
        case .level:
            DataValidation(rule: .list(OrganizationLevel.allCases.map(\.rawValue)), inputTitle: "单位层级",
                           inputMessage: "从下拉列表中选择", errorTitle: "单位层级不正确",
                           errorMessage: "请从下拉列表中选择 — choose from the list")
        case .feeNotices:
            TableSheetWriter.validation(for: .count)
        case .feeNotified, .feeCollected:
            TableSheetWriter.validation(for: .money(.yuan))
        default:
            nil
        }
    }
}
