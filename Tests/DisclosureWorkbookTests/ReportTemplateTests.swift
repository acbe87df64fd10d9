import DisclosureModel
import DisclosureWorkbook
import Foundation
import Testing
import TestSupport
import XLSX

/// The blank templates: inputs unlocked and validated, labels and formulas protected, read back as blank.
@Suite struct ReportTemplateTests {
    @Test func table3InputsAreUnlockedAndTotalsAndLabelsLocked() throws {
        let s = try ReportBook.sheet(try ReportBook.template(.y2019), "表三")
        #expect(s.metadata.protection?.isProtected == true)
        #expect(s["D6"]?.isLocked == false)
        #expect(s["I26"]?.isLocked == false)
        #expect(s["J6"]?.isLocked == true)
        #expect(s["D27"]?.isLocked == true)
        #expect(s["A6"]?.isLocked == true)
        #expect(s["J6"]?.formula?.text == "SUM(D6:I6)")
        #expect(s["D27"]?.formula?.text == "SUM(D8:D26)")
        #expect(ReportBook.number(s, "J27") == 0)
    }

    @Test func inputsCarryTheValidationTheirColumnKindNeeds() throws {
        let url = try ReportBook.template(.y2019)
        let three = try ReportBook.sheet(url, "表三")
        let rules = Dictionary(three.metadata.dataValidations.flatMap { v in v.ranges.map { ($0.description, v) } },
                               uniquingKeysWith: { a, _ in a })
        let counts = try #require(rules["D6:D26"])
        #expect(counts.type == "whole" && counts.operator == "greaterThanOrEqual" && counts.formula1 == "0")
        #expect(rules["D28"] != nil)
        #expect(rules["J6:J26"] == nil)
        let two = try ReportBook.sheet(url, "表二")
        let twoRules = Dictionary(two.metadata.dataValidations.flatMap { v in v.ranges.map { ($0.description, v) } },
                                  uniquingKeysWith: { a, _ in a })
        let signed = try #require(twoRules["C9:C10"])  // 本年增/减 of 行政许可, 其他对外管理服务事项
        #expect(signed.type == "whole" && signed.operator == "between")
        let money = try #require(twoRules["C20:D20"])  // 采购总金额
        #expect(money.type == "decimal" && money.formula1 == "0")
        let fees2021 = try ReportBook.sheet(try ReportBook.template(.y2021), "表二")
        let feeRule = fees2021.metadata.dataValidations.first { $0.ranges.map(\.description).contains("B16:D16") }
        #expect(feeRule?.type == "decimal")
    }

    @Test func coverInputsAreUnlockedWithAnInstructionLine() throws {
        let cover = try ReportBook.sheet(try ReportBook.template(.y2021), "封面")
        #expect(cover.metadata.protection?.isProtected == true)
        #expect(cover["B4"]?.isLocked == false)
        #expect(cover["A4"]?.isLocked == true)
        #expect(ReportBook.text(cover, "A15") == "信息处理费（六、其他需要报告的事项）")
        #expect(cover.cells.contains { ReportBook.text(cover, $0.reference.description)?.hasPrefix("填写说明") == true })
    }

    @Test func untouchedTemplateReadsBackAsBlankTablesWithCoverFindings() throws {
        for edition in ReportFormats.official.editions {
            let imported = try ReportWorkbookImporter().read(contentsOf: try ReportBook.template(edition, name: "blank\(edition)"))
            #expect(imported.report.edition == edition)
            #expect(imported.report.applications.cells.isEmpty)
            #expect(imported.report.proactive.cells.isEmpty)
            #expect(imported.report.reviews.cells.isEmpty)
            #expect(Set(imported.diagnostics.map(\.id)) == ["WB.coverField"])
            #expect(imported.diagnostics.contains { $0.location.sheetCell == "封面!B8" && $0.severity == .error })
        }
    }
}
