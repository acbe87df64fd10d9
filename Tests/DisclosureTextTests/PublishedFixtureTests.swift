import DisclosureModel
import DisclosureText
import Foundation
import Testing
import TestSupport

@Suite("The published fixtures")
struct PublishedFixtureTests {
    @Test("汉阳 2022: 2021 edition, 表二 with the blank 规章 现行有效件数, 表三 rows 一 and 二, the prose figures")
    func hanyang() {
        let result = Read.text(Fixtures.hanyang2022Text, file: "hanyang.txt")
        let r = result.report
        #expect(r.edition == .y2021)
        #expect(r.year == 2022)
        #expect(r.organization.name == "武汉市汉阳区人民政府办公室")
        #expect(r.organization.level == .county)
        #expect(r.title == "武汉市汉阳区人民政府办公室 2022年政府信息公开工作年度报告")
        let p = r.proactive
        #expect(p[.regulations, .issued] == 0)
        #expect(p[.regulations, .repealed] == 0)
        #expect(p[.regulations, .inForce] == .blank)
        #expect(p[.normativeDocuments, .issued] == 5)
        #expect(p[.normativeDocuments, .repealed] == 12)
        #expect(p[.normativeDocuments, .inForce] == 8)
        #expect(p[.licensing, .decisions] == 0)
        #expect(p[.penalty, .decisions] == 0)
        #expect(p[.enforcement, .decisions] == 0)
        #expect(p[.fees, .feeAmount] == 0)
        #expect(p.cells.count == 9)
        let a = r.applications
        let columns = FormCatalog.applicantColumns + [.total]
        #expect(columns.map { a[.newReceived, $0] } == [8, 0, 0, 0, 0, 0, 8])
        #expect(columns.map { a[.carriedOver, $0] } == [0, 0, 0, 0, 0, 0, 0])
        #expect(a.cells.count == 14)
        #expect(r.reviews.cells.isEmpty)
        let figures = r.quotedFigures.map { "\($0.kind) \($0.value) \($0.source?.line ?? 0)" }
        #expect(
            figures == [
                "applicationsReceived 8 24", "applicationsGranted 2 24", "applicationsPartlyGranted 2 24",
                "applicationsCarriedForward 0 24",
            ])
        #expect(result.sectionLines == [.overview: 5, .proactive: 7, .applications: 23])
        #expect(Read.summary(result.diagnostics) == ["READ.rowsMissing warning -", "READ.tableMissing warning -"])
        #expect(!result.diagnostics.hasErrors)
    }

    @Test("武汉市生态环境局 2020: 2019 edition with 湖北's row and bracketed notes, \"-\" and (空) cells blank")
    func wuhanEcology() throws {
        let result = Read.text(Fixtures.wuhanEcology2020Text)
        let r = result.report
        #expect(r.edition == .y2019)
        #expect(r.year == 2020)
        #expect(r.organization.name == "武汉市生态环境局")
        #expect(r.organization.level == .department)
        let p = r.proactive
        let (made, published, total) = (ColumnKey.newlyMade, ColumnKey.newlyPublished, ColumnKey.totalPublished)
        #expect([p[.regulations, made], p[.regulations, published], p[.regulations, total]] == [0, 0, 0])
        #expect([p[.normativeDocuments, made], p[.normativeDocuments, published], p[.normativeDocuments, total]] == [2, 2, 19])
        let items: [(RowKey, [Figure])] = [
            (.licensing, [8, 5, 93]), (.otherServices, [117, 0, 165]), (.penalty, [90, 0, 22]), (.enforcement, [4, 4, .blank]),
        ]
        for (row, figures) in items {
            #expect([p[row, .previousCount], p[row, .change], p[row, .decisions]] == figures, "\(row)")
        }
        #expect(p[.fees, .previousCount] == .blank)
        #expect(p[.fees, .change] == .blank)
        #expect(p[.procurement, .procurementCount] == .blank)
        let extra = try #require(p.extraRows.first)
        #expect(p.extraRows.count == 1)
        #expect(extra.label.hasPrefix("其他主动公开文件(含以本单位"))
        #expect(extra.block == "第二十条第（一）项")
        #expect(extra.figures == [made: 186, published: 86, total: 255])
        #expect(
            Read.summary(result.diagnostics) == [
                "READ.extraRow warning 13", "READ.rowsMissing warning -", "READ.tableMissing warning -",
                "READ.tableMissing warning -",
            ])
    }
}
