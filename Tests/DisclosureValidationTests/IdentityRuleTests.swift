import DisclosureModel
import DisclosureValidation
import Testing
import TestSupport

/// Bumping one cell by 1 must fire exactly the identities that cell takes part in, each naming its row/column.
@Suite("Table identities (APP.balance, APP.resultTotal, APP.rowTotal, REV.groupTotal)")
struct IdentityRuleTests {
    static let applicationCells2021 = ReportFormat.y2021.spec(.applications).cells
    static let applicationCells2019 = ReportFormat.y2019.spec(.applications).cells
    static let reviewCells = ReportFormat.y2021.spec(.reviews).cells

    /// `id row/column diff` for each identity diagnostic (row or column `-` when the location has none).
    static func fired(_ report: AnnualReport) -> Set<String> {
        Set(
            IdentityRule().check(report, in: ValidationContext()).map { d in
                let diff = d.notes.last ?? ""
                return "\(d.id) \(d.location.row?.rawValue ?? "-")/\(d.location.column?.rawValue ?? "-") \(diff)"
            })
    }

    /// What FORMATS.md §2 rules 1–3 say a +1 in table 三 cell (row, column) breaks, written out independently of the
    /// rule's own derivation from the spec.
    static func expectedApplications(_ cell: CellAddress, _ edition: Edition) -> Set<String> {
        let r = cell.row
        let c = cell.column
        // Row total: 总计 is the left side.
        var expected: Set<String> = ["APP.rowTotal \(r)/total 差额 diff: \(c == .total ? "+1" : "-1")"]
        // 一 + 二 = （七） + 四, reported at the column.
        if [RowKey.newReceived, .carriedOver].contains(r) { expected.insert("APP.balance -/\(c) 差额 diff: +1") }
        if [RowKey.resultTotal, .carryForward].contains(r) { expected.insert("APP.balance -/\(c) 差额 diff: -1") }
        // （七） = Σ result rows, reported at the （七） cell.
        if r == .resultTotal { expected.insert("APP.resultTotal resultTotal/\(c) 差额 diff: +1") }
        if FormCatalog.resultRows(ReportFormats.official[edition]?.spec(.applications) ?? ReportFormat.y2021.spec(.applications)).contains(r) {
            expected.insert("APP.resultTotal resultTotal/\(c) 差额 diff: -1")
        }
        return expected
    }

    @Test("2021: +1 in any 表三 cell fires exactly its identities", arguments: applicationCells2021)
    func bumpApplications2021(_ cell: CellAddress) {
        var report = Fixtures.fullReport2021
        report.applications[cell] = report.applications[cell].adding(1)
        #expect(Self.fired(report) == Self.expectedApplications(cell, .y2021))
    }

    @Test("2019 (the seed): +1 in any 表三 cell fires exactly its identities", arguments: applicationCells2019)
    func bumpApplications2019(_ cell: CellAddress) {
        var report = Fixtures.seedReport
        report.applications[cell] = report.applications[cell].adding(1)
        #expect(Self.fired(report) == Self.expectedApplications(cell, .y2019))
    }

    @Test("+1 in any 表四 cell fires REV.groupTotal at that group's 总计", arguments: reviewCells)
    func bumpReviews(_ cell: CellAddress) {
        var report = Fixtures.fullReport2021
        report.reviews[cell] = report.reviews[cell].adding(1)
        let group = FormCatalog.reviewGroups.first { $0.columns.contains(cell.column) }
        let isTotal = cell.column == group?.total
        #expect(Self.fired(report) == ["REV.groupTotal cases/\(group?.total.rawValue ?? "?") 差额 diff: \(isTotal ? "+1" : "-1")"])
    }

    @Test("the seed's 一 自然人 153 → 154: APP.balance and APP.rowTotal with the numbers and labels")
    func seedBalanceNotes() throws {
        var report = Fixtures.seedReport
        report.applications[.newReceived, .naturalPerson] = 154
        let found = IdentityRule().check(report, in: ValidationContext())
        #expect(found.map(\.id) == ["APP.balance", "APP.rowTotal"])
        let balance = try #require(found.first)
        #expect(balance.severity == .error)
        #expect(balance.location.table == .applications)
        #expect(balance.location.section == .applications)
        #expect(balance.location.row == nil)
        #expect(balance.location.column == .naturalPerson)
        #expect(balance.location.unit == "洛阳市人民政府办公室")
        #expect(balance.message == "表三 自然人：不满足「第一项加第二项之和，等于第三项加第四项之和（一＋二＝三（七）＋四）」，166 ≠ 165")
        #expect(balance.english == "表三 column naturalPerson: new + carried over = results total + carried forward does not hold, 166 ≠ 165")
        #expect(
            balance.notes == [
                "154 + 12 ≠ 164 + 1",
                "左边 left = 166：一、本年新收政府信息公开申请数量 154 + 二、上年结转政府信息公开申请数量 12",
                "右边 right = 165：（七）总计 164 + 四、结转下年度继续办理 1",
                "差额 diff: +1",
            ])
        let rowTotal = try #require(found.last)
        #expect(rowTotal.location.row == .newReceived)
        #expect(rowTotal.location.column == .total)
        #expect(rowTotal.message.hasPrefix("表三 一、本年新收政府信息公开申请数量 × 总计：不满足「总计等于自然人与法人或其他组织各列之和」"))
        #expect(
            rowTotal.notes == [
                "178 ≠ 154 + 25 + 0 + 0 + 0 + 0",
                "左边 left = 178：总计 178",
                "右边 right = 179：自然人 154 + 法人或其他组织▸商业企业 25 + 法人或其他组织▸科研机构 0 + 法人或其他组织▸社会公益组织 0 + 法人或其他组织▸法律服务机构 0 + 法人或其他组织▸其他 0",
                "差额 diff: -1",
            ])
    }

    @Test("表四's 行政复议 总计 2 → 3 names the group in message and location")
    func reviewGroupMessage() throws {
        var report = Fixtures.seedReport
        report.reviews[.cases, .reviewTotal] = 3
        let d = try #require(IdentityRule().check(report, in: ValidationContext()).first)
        #expect(d.id == "REV.groupTotal")
        #expect(d.location.table == .reviews)
        #expect(d.location.row == .cases)
        #expect(d.location.column == .reviewTotal)
        #expect(d.message == "表四 行政复议▸总计：不满足「行政复议：总计等于结果维持、结果纠正、其他结果、尚未审结之和」，3 ≠ 2")
        #expect(d.notes.first == "3 ≠ 1 + 1 + 0 + 0")
        #expect(d.notes[1] == "左边 left = 3：行政复议▸总计 3")
    }

    @Test("an equation with a blank cell is not evaluated: blank 总计 gives a warning, never a sum error")
    func blankTotalIsNotASumError() throws {
        var report = Fixtures.seedReport
        report.applications[.newReceived, .total] = .blank
        // And a wrong part in the same row: still no sum error, since the row's total is unknown.
        report.applications[.newReceived, .commercial] = 26
        let found = Check.report(report)
        #expect(!found.contains { $0.id == "APP.rowTotal" && $0.location.row == .newReceived })
        #expect(!found.contains { $0.id == "APP.balance" && $0.location.column == .total })
        let blank = try #require(found.first { $0.id == "CELL.blank" })
        #expect(blank.severity == .warning)
        #expect(blank.location.row == .newReceived)
        #expect(blank.location.column == .total)
        #expect(
            blank.notes == [
                "未核对的勾稽关系 identities not checked: APP.balance, APP.rowTotal",
                "按各分项应为 parts add up to: 179",
            ])
        // The wrong 商业企业 still breaks its own column.
        #expect(found.contains { $0.id == "APP.balance" && $0.location.column == .commercial })
    }
}
