import Foundation
import Testing
import XLSX

/// Helpers for the writer tests: reading parts of a written .xlsx with `/usr/bin/unzip -p`, independent of our reader.
enum WriterTestSupport {
    /// The text of one part of the zip (e.g. `xl/worksheets/sheet1.xml`), or "" when missing.
    static func part(_ file: URL, _ name: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-p", file.path, name]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of the `<v>` element of cell `reference` (e.g. `C4`) in a sheet's XML, or nil.
    static func value(of reference: String, in xml: String) -> String? {
        guard let start = xml.range(of: "<c r=\"\(reference)\"") else { return nil }
        let rest = xml[start.upperBound...]
        guard let end = rest.range(of: "</c>"), let v = rest[..<end.lowerBound].range(of: "<v>") else { return nil }
        let tail = rest[v.upperBound..<end.lowerBound]
        return tail.range(of: "</v>").map { String(tail[..<$0.lowerBound]) }
    }

    /// The names in a folder (hidden ones included), sorted.
    static func listing(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The sample workbook shared by the XML tests and the external (openpyxl) check: every writer feature once.
    ///
    /// Sheet `表一`: merged title A1:D1, header row 2, data rows 3–4, totals row 5 with formulas and cached values,
    /// frozen header, A4 landscape print set-up, validation, protection with unlocked input cells, autofit.
    /// Sheet `图表`: a column chart and a pie chart over `表一`. Sheet `代码表`: hidden list for validation.
    static func writeSampleWorkbook(to url: URL) throws {
        let book = try WorkbookWriter(url: url)
        try book.setProperties(DocumentProperties(title: "政府信息公开工作年度报告", author: "GovDisclosure", company: "洛阳市人民政府办公室"))
        let title = try book.addFormat(CellFormat(fontName: "宋体", fontSize: 16, isBold: true, horizontalAlignment: .center, verticalAlignment: .center))
        let header = try book.addFormat(CellFormat(fontName: "仿宋", isBold: true, horizontalAlignment: .center, verticalAlignment: .center,
                                                   wrapsText: true, borders: .all(.thin), fillColor: .lightGray))
        let text = try book.addFormat(CellFormat(fontName: "宋体", borders: .all(.thin)))
        let input = try book.addFormat(CellFormat(fontName: "宋体", borders: .all(.thin), fillColor: .inputYellow, numberFormat: "0", isLocked: false))
        let money = try book.addFormat(CellFormat(fontName: "宋体", borders: .all(.thin), numberFormat: "0.00"))
        let total = try book.addFormat(CellFormat(fontName: "宋体", isBold: true, borders: .all(.thin), numberFormat: "0"))

        let sheet = try book.addWorksheet(named: "表一")
        try sheet.mergeRange(CellRange("A1:D1")!, value: .string("2020年政府信息公开工作年度报告"), format: title)
        try sheet.setRowHeight(30, row: 0)
        for (column, label) in ["单位名称", "数量", "金额（万元）", "是否公开"].enumerated() {
            try sheet.write(label, row: 1, column: column, format: header)
        }
        try sheet.write("洛阳市人民政府办公室", row: 2, column: 0, format: text)
        try sheet.write(1, row: 2, column: 1, format: input)
        try sheet.write(Decimal(string: "94.2")!, row: 2, column: 2, format: money)
        try sheet.write("是", row: 2, column: 3, format: input)
        try sheet.write("新安县", row: 3, column: 0, format: text)
        try sheet.write(2, row: 3, column: 1, format: input)
        try sheet.write(Decimal(string: "0.07")!, row: 3, column: 2, format: money)
        try sheet.write(.string("否"), at: CellReference("D4")!, format: input)
        try sheet.write("合计", row: 4, column: 0, format: total)
        try sheet.writeFormula(Formula("SUM(B3:B4)", cached: .number(3)), row: 4, column: 1, format: total)
        try sheet.writeFormula(Formula("=SUM(C3:C4)", cached: .number(Decimal(string: "94.27")!)), row: 4, column: 2, format: money)
        try sheet.writeBlank(row: 4, column: 3, format: text)
        try sheet.freezePanes(rows: 2)
        try sheet.setPageSetup(PageSetup(paper: .a4, orientation: .landscape, fitsToPageWidth: true, repeatedRows: 0...1,
                                         margins: .centimeters(left: 2, right: 2, top: 2.5, bottom: 2.5), footer: "&C第 &P 页"))
        try sheet.addDataValidation(DataValidation(rule: .wholeNumber(.atLeast(0)), inputTitle: "数量", inputMessage: "请填写非负整数",
                                                   errorTitle: "输入错误", errorMessage: "请输入大于等于 0 的整数"),
                                    to: CellRange("B3:B4")!)
        try sheet.addDataValidation(DataValidation(rule: .list(["是", "否"])), to: CellRange("D3:D4")!)
        try sheet.setColumnWidth(12, column: 3)
        try sheet.autofitColumns()
        try sheet.protect(password: "gov")

        let charts = try book.addWorksheet(named: "图表")
        let names = Chart.SheetRange(sheet: "表一", range: CellRange("A3:A4")!)
        let counts = Chart.SheetRange(sheet: "表一", range: CellRange("B3:B4")!)
        try charts.addChart(Chart(kind: .column, title: "各单位数量", series: [.init(name: "数量", categories: names, values: counts)],
                                  categoryAxisTitle: "单位", valueAxisTitle: "件"), at: CellReference("A1")!)
        try charts.addChart(Chart(kind: .pie, title: "占比", series: [.init(categories: names, values: counts)]), at: CellReference("I1")!)

        let codes = try book.addWorksheet(named: "代码表")
        try codes.write("是", row: 0, column: 0)
        try codes.write("否", row: 1, column: 0)
        try codes.hide()
        try book.defineName("合计数量", refersTo: "='表一'!$B$5")
        try book.close()
    }
}
