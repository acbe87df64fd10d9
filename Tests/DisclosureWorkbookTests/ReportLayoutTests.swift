import DisclosureModel
import DisclosureWorkbook
import Foundation
import Testing
import TestSupport
import XLSX

/// The exported seed, read back with the XLSX reader: official labels in the expected cells, the merged header
/// tree, totals as formulas with cached values equal to the data.
@Suite struct ReportLayoutTests {
    let url: URL
    init() throws { url = try ReportBook.export(Fixtures.seedReport, name: "layout") }

    @Test func table3LabelsSitInTheOfficialCells() throws {
        let s = try ReportBook.sheet(url, "表三")
        #expect(ReportBook.text(s, "A1") == "三、收到和处理政府信息公开申请情况")
        #expect(ReportBook.text(s, "A3") == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
        #expect(ReportBook.text(s, "D3") == "申请人情况")
        #expect(ReportBook.text(s, "D4") == "自然人")
        #expect(ReportBook.text(s, "E4") == "法人或其他组织")
        #expect(ReportBook.text(s, "E5") == "商业企业")
        #expect(ReportBook.text(s, "I5") == "其他")
        #expect(ReportBook.text(s, "J4") == "总计")
        #expect(ReportBook.text(s, "A6") == "一、本年新收政府信息公开申请数量")
        #expect(ReportBook.text(s, "A8") == "三、本年度办理结果")
        #expect(ReportBook.text(s, "B8") == "（一）予以公开")
        #expect(ReportBook.text(s, "B10") == "（三）不予公开")
        #expect(ReportBook.text(s, "C10") == "1.属于国家秘密")
        #expect(ReportBook.text(s, "B26") == "（六）其他处理")
        #expect(ReportBook.text(s, "B27") == "（七）总计")
        #expect(ReportBook.text(s, "A28") == "四、结转下年度继续办理")
    }

    @Test func table3HeaderTreeAndLabelBlockAreMerged() throws {
        let merged = Set(try ReportBook.sheet(url, "表三").metadata.mergedRanges.map(\.description))
        for range in ["A1:J1", "A2:J2", "A3:C5", "D3:J3", "D4:D5", "E4:I4", "J4:J5", "A6:C6", "A8:A27", "B8:C8",
                      "B10:B17", "B18:B20", "B21:B25", "B26:C26", "A28:C28"] {
            #expect(merged.contains(range), "merged \(range)")
        }
    }

    @Test func table4GroupsReviewAndBothLitigationGroupsAreMerged() throws {
        let s = try ReportBook.sheet(url, "表四")
        let merged = Set(s.metadata.mergedRanges.map(\.description))
        for range in ["A3:E3", "F3:O3", "F4:J4", "K4:O4", "A4:A5", "E4:E5", "F5", "O5"] where range.contains(":") {
            #expect(merged.contains(range), "merged \(range)")
        }
        #expect(ReportBook.text(s, "A3") == "行政复议")
        #expect(ReportBook.text(s, "F3") == "行政诉讼")
        #expect(ReportBook.text(s, "F4") == "未经复议直接起诉")
        #expect(ReportBook.text(s, "K4") == "复议后起诉")
        #expect(ReportBook.text(s, "O5") == "总计")
    }

    @Test func totalsAreFormulasWhoseCachedValuesEqualTheData() throws {
        let s = try ReportBook.sheet(url, "表三")
        #expect(s["J6"]?.formula?.text == "SUM(D6:I6)")
        #expect(ReportBook.number(s, "J6") == 178)
        #expect(s["D27"]?.formula?.text == "SUM(D8:D26)")
        #expect(ReportBook.number(s, "D27") == 164)
        #expect(ReportBook.number(s, "J27") == 189)
        let layout = TableLayout(.applications, .y2019)
        for (address, reference) in layout.figureCells {
            #expect(ReportBook.number(s, reference.description) == Fixtures.seedReport.applications[address].decimal,
                    "\(reference)")
        }
        let four = try ReportBook.sheet(url, "表四")
        #expect(four["E6"]?.formula?.text == "SUM(A6:D6)")
        #expect(ReportBook.number(four, "E6") == 2)
        #expect(ReportBook.number(four, "O6") == 1)
    }

    @Test func table2BlocksHaveTitlesAndTheMoneyCellKeepsItsDecimal() throws {
        let s = try ReportBook.sheet(url, "表二")
        #expect(ReportBook.text(s, "A3") == "第二十条第（一）项")
        #expect(ReportBook.text(s, "A4") == "信息内容")
        #expect(ReportBook.text(s, "B4") == "本年新制作数量")
        #expect(ReportBook.text(s, "A5") == "规章")
        #expect(ReportBook.number(s, "D6") == 502)
        #expect(ReportBook.text(s, "C19") == "采购总金额（单位：万元）")  // the form gives no unit; the sheet must
        #expect(ReportBook.number(s, "C20") == Decimal(string: "94.2"))
        #expect(s.metadata.mergedRanges.map(\.description).contains("C20:D20"))
    }

    @Test func coverDiagnosticsAndChartSheetsCarryWhatTheyShould() throws {
        let cover = try ReportBook.sheet(url, "封面")
        #expect(ReportBook.text(cover, "A4") == "填报单位")
        #expect(ReportBook.text(cover, "B4") == "洛阳市人民政府办公室")
        #expect(ReportBook.number(cover, "B8") == 2020)
        #expect(ReportBook.text(cover, "B13") == "2021-01-20")
        let chart = try ReportBook.sheet(url, "图表")
        #expect(ReportBook.text(chart, "A6") == "（四）无法提供")
        #expect(ReportBook.number(chart, "B6") == 141)
        #expect(chart["B6"]?.formula?.text == "SUM('表三'!J18:J20)")
    }

    @Test func everyDiagnosticIsListedWithItsCellReference() throws {
        var report = Fixtures.seedReport
        report.applications[.granted, .commercial] = 2  // breaks 24 = 23 + 1 and (七)
        let url = try ReportBook.export(report, name: "listed")
        let diagnostics = try ReportBook.sheet(url, "校验结果")
        let places = Set(diagnostics.cells.filter { $0.reference.column == 3 && $0.reference.row >= 3 }
            .compactMap { ReportBook.text(diagnostics, $0.reference.description) })
        #expect(places.contains("表三!J8"))  // 总计 of （一） kept as the unit's 24, not a formula
        #expect(places.contains("表三!E27"))  // （七）总计 of 商业企业 kept as the unit's 25
        #expect(ReportBook.text(diagnostics, "A1") == "校验结果")
    }

    @Test func chartSheetCountsNewMediaAccountsByCategoryWhenGiven() throws {
        let accounts = [
            NewMediaAccount(name: "洛阳发布", platform: "微信公众号", hostUnit: "洛阳市人民政府办公室"),
            NewMediaAccount(name: "洛阳发布", platform: "微博", hostUnit: "洛阳市人民政府办公室"),
            NewMediaAccount(name: "洛阳政务", platform: "微信公众号", hostUnit: "洛阳市人民政府办公室"),
        ]
        let url = try ReportBook.export(Fixtures.seedReport, accounts: accounts, name: "accounts")
        let chart = try ReportBook.sheet(url, "图表")
        #expect(ReportBook.text(chart, "A23") == "微信")
        #expect(ReportBook.number(chart, "B23") == 2)
        #expect(ReportBook.number(chart, "B24") == 1)
        #expect(ReportBook.number(chart, "B27") == 3)
    }
}
