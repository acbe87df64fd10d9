import DisclosureModel
import DisclosureText
import Foundation
import Testing
import TestSupport

/// A 2021-edition report written as HTML-pasted text from `Fixtures.fullReport2021` (every cell non-zero): group
/// labels share a line with their first sub-row, as in the seed.
enum Text2021 {
    static func table3(_ report: AnnualReport, separator: String = "\t") -> [String] {
        let spec = ReportFormat.y2021.spec(.applications)
        var lines: [String] = []
        var openGroups: [String] = []
        for row in spec.rows {
            let newGroups = row.groups.enumerated().filter { $0.offset >= openGroups.count || openGroups[$0.offset] != $0.element }
                .map(\.element)
            openGroups = row.groups
            let figures = (FormCatalog.applicantColumns + [.total]).map { report.applications[row.key, $0].description }
            lines.append((newGroups + [row.label] + figures).joined(separator: separator))
        }
        return lines
    }

    static func text(_ report: AnnualReport) -> String {
        let p = report.proactive
        return """
            测试市人民政府办公室2022年度政府信息公开工作年度报告
            一、总体情况
            全年共收到政府信息公开申请\(report.applications[.newReceived, .total])件，上年结转\(report.applications[.carriedOver, .total])件。
            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容\t本年制发件数\t本年废止件数\t现行有效件数
            规章\t\(p[.regulations, .issued])\t\(p[.regulations, .repealed])\t\(p[.regulations, .inForce])
            行政规范性文件\t\(p[.normativeDocuments, .issued])\t\(p[.normativeDocuments, .repealed])\t\(p[.normativeDocuments, .inForce])
            第二十条第（五）项
            信息内容\t本年处理决定数量
            行政许可\t\(p[.licensing, .decisions])
            第二十条第（六）项
            信息内容\t本年处理决定数量
            行政处罚\t\(p[.penalty, .decisions])
            行政强制\t\(p[.enforcement, .decisions])
            第二十条第（八）项
            信息内容\t本年收费金额（单位：万元）
            行政事业性收费\t\(p[.fees, .feeAmount])
            三、收到和处理政府信息公开申请情况
            \(table3(report).joined(separator: "\n"))
            四、政府信息公开行政复议、行政诉讼情况
            行政复议\t行政诉讼
            \(ReportFormat.y2021.spec(.reviews).blocks[0].columns.map { report.reviews[.cases, $0.key].description }.joined(separator: "\t"))
            五、存在的主要问题及改进情况
            无。
            六、其他需要报告的事项
            本年度发出收费通知2件，金额600元，实际收取信息处理费共计400元。
            """
    }
}

@Suite("2021 edition")
struct Edition2021Tests {
    @Test("a complete 2021 report round-trips: every cell, the (六) sub-rows under their group, the fees")
    func roundTrip() throws {
        let expected = Fixtures.fullReport2021
        let result = Read.text(Text2021.text(expected))
        let r = result.report
        #expect(r.edition == .y2021)
        #expect(r.year == 2022)
        #expect(r.organization.name == "测试市人民政府办公室")
        #expect(r.applications.cells == expected.applications.cells)
        #expect(r.proactive.cells == expected.proactive.cells)
        #expect(r.reviews.cells == expected.reviews.cells)
        #expect(r.applications[.otherOther, .total] == expected.applications[.otherOther, .total])
        #expect(r.fees == expected.fees)
        #expect(result.diagnostics.isEmpty, "\(Read.summary(result.diagnostics))")
        #expect(r.quotedFigures.map(\.kind) == [.applicationsReceived, .applicationsCarriedOver])
    }

    @Test("the 2021 table pasted one cell per line reads the same")
    func oneCellPerLine() {
        let expected = Fixtures.fullReport2021
        let text = Text2021.text(expected).components(separatedBy: "\n")
            .flatMap { $0.components(separatedBy: "\t") }.joined(separator: "\n")
        let result = Read.text(text)
        #expect(result.report.applications.cells == expected.applications.cells)
        #expect(result.report.proactive.cells == expected.proactive.cells)
        #expect(result.diagnostics.isEmpty, "\(Read.summary(result.diagnostics))")
    }

    @Test("the edition follows the labels, not the year, and an override wins")
    func editionFromLabels() {
        // The seed's labels are 2019 ones even when the title says 2023.
        let relabelled = Fixtures.seedText.replacingOccurrences(of: "2020 年政府信息公开工作年度报告", with: "2023 年政府信息公开工作年度报告")
        let result = Read.text(relabelled)
        #expect(result.report.edition == .y2019)
        #expect(result.report.year == 2023)
        #expect(result.diagnostics.map(\.id) == ["READ.editionMismatch"])
        let forced = Read.text(Fixtures.seedText, options: .init(edition: .y2021))
        #expect(forced.report.edition == .y2021)
        #expect(forced.report.applications[.newReceived, .total] == 178)
    }
}
