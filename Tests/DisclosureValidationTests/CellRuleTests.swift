import DisclosureModel
import DisclosureValidation
import Foundation
import Testing
import TestSupport

@Suite("Cell rules: CELL.blank, CELL.negative, CELL.notInteger, CELL.notInEdition, TABLE.extraRow")
struct CellRuleTests {
    @Test("one blank cell: one CELL.blank warning at that cell, and nothing else")
    func oneBlankCell() throws {
        var report = Fixtures.fullReport2021
        report.applications[.withheldQuery, .research] = .blank
        let found = Check.report(report)
        #expect(Check.summary(found) == ["CELL.blank warning"])
        let d = try #require(found.first)
        #expect(d.location.table == .applications)
        #expect(d.location.row == .withheldQuery)
        #expect(d.location.column == .research)
        #expect(d.message == "表三 8.属于行政查询事项 × 法人或其他组织▸科研机构：为空（空白不等于0）")
        #expect(d.english == "表三 row withheldQuery, column research: blank (not the same as 0)")
        #expect(d.notes == ["未核对的勾稽关系 identities not checked: APP.resultTotal, APP.rowTotal"])
    }

    @Test("a wholly blank row is one warning at the row")
    func blankRow() throws {
        var report = Fixtures.fullReport2021
        for column in FormCatalog.applicantColumns + [.total] { report.applications[.granted, column] = .blank }
        let found = Check.report(report)
        #expect(Check.summary(found) == ["CELL.blank warning"])
        let d = try #require(found.first)
        #expect(d.location.row == .granted)
        #expect(d.location.column == nil)
        #expect(d.message == "表三 （一）予以公开：整行为空")
    }

    @Test("a wholly blank table is one warning at the table")
    func blankTable() throws {
        var report = Fixtures.fullReport2021
        report.reviews = TableData(.reviews)
        let found = Check.report(report)
        #expect(Check.summary(found) == ["CELL.blank warning"])
        let d = try #require(found.first)
        #expect(d.location.table == .reviews)
        #expect(d.location.row == nil)
        #expect(d.message == "表四（四、政府信息公开行政复议、行政诉讼情况）全部为空")
    }

    @Test("a negative count is an error naming the cell and the value")
    func negativeCount() throws {
        var report = Fixtures.seedReport
        report.proactive[.regulations, .totalPublished] = -48
        let found = Check.report(report).filter { $0.id != "TEXT.newMediaBreakdown" }
        #expect(Check.summary(found) == ["CELL.negative error"])
        let d = try #require(found.first)
        #expect(d.location.table == .proactive)
        #expect(d.location.row == .regulations)
        #expect(d.location.column == .totalPublished)
        #expect(d.message == "表二 规章 × 对外公开总数量：不能为负数（-48）")
        #expect(d.notes == ["值 value: -48"])
    }

    @Test("本年增/减 may be negative")
    func signedChangeMayBeNegative() {
        var report = Fixtures.seedReport
        report.proactive[.licensing, .change] = -8
        #expect(NegativeCountRule().check(report, in: ValidationContext()).isEmpty)
    }

    @Test("a non-whole count is an error; the identities it breaks still fire")
    func nonIntegerCount() throws {
        var report = Fixtures.seedReport
        report.applications[.carryForward, .naturalPerson] = .number(Check.decimal("1.5"))
        let found = Check.report(report)
        let d = try #require(found.first { $0.id == "CELL.notInteger" })
        #expect(d.severity == .error)
        #expect(d.location.row == .carryForward)
        #expect(d.location.column == .naturalPerson)
        #expect(d.message == "表三 四、结转下年度继续办理 × 自然人：不是整数（1.5）")
        #expect(d.notes == ["值 value: 1.5"])
        #expect(
            Set(found.map(\.id)) == ["CELL.notInteger", "APP.balance", "APP.rowTotal", "TEXT.newMediaBreakdown"])
    }

    @Test("money may have decimals (采购总金额 94.2 万元)")
    func moneyMayBeDecimal() {
        #expect(NonIntegerCountRule().check(Fixtures.seedReport, in: ValidationContext()).isEmpty)
    }

    @Test("a 2021 row in a 2019 report is an error naming the other edition")
    func rowOfOtherEdition() throws {
        var report = Fixtures.seedReport
        report.applications[.otherUnpaidFee, .naturalPerson] = 3
        let found = UnknownCellRule().check(report, in: ValidationContext())
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.id == "CELL.notInEdition")
        #expect(d.severity == .error)
        #expect(d.location.row == .otherUnpaidFee)
        #expect(d.location.column == .naturalPerson)
        #expect(
            d.message
                == "表三 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 × 自然人：此格属于2021年版格式，不属于本报告的2019年版格式（值 3），不计入任何合计")
        #expect(d.notes == ["值 value: 3", "本报告格式 edition: 2019年版（国办公开办函〔2019〕60号）"])
    }

    @Test("a column the row does not have, and a row no edition has, are errors too")
    func unknownColumnAndRow() {
        var report = Fixtures.seedReport
        report.proactive[.fees, .decisions] = 5  // 第二十条第（八）项 has no 处理决定数量
        report.applications["madeUpRow", .total] = 1
        let found = UnknownCellRule().check(report, in: ValidationContext())
        #expect(found.map(\.message) == ["表二 行政事业性收费：本行没有“decisions”列（值 5）", "表三：没有“madeUpRow”行（列“total”，值 1）"])
        #expect(found.map(\.location.row) == [.fees, "madeUpRow"])
    }

    @Test("a provincial extra row is a note with its label and figures")
    func extraRow() throws {
        var report = Fixtures.seedReport
        report.proactive.extraRows = [
            ExtraRow(block: "第二十条第（一）项", label: "其他主动公开文件", figures: [.newlyMade: 7, .newlyPublished: 7])
        ]
        let found = ExtraRowRule().check(report, in: ValidationContext())
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "TABLE.extraRow")
        #expect(d.severity == .note)
        #expect(d.location.table == .proactive)
        #expect(d.location.detail == "其他主动公开文件")
        #expect(d.message == "表二 第二十条第（一）项 “其他主动公开文件”：不是官方格式的行，不参与核对和汇总")
        #expect(d.notes == ["值 values: newlyMade 7, newlyPublished 7"])
    }
}
