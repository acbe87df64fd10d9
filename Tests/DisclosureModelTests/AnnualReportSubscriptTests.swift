import DisclosureModel
import Foundation
import Testing

@Suite("AnnualReport's table subscript")
struct AnnualReportSubscriptTests {
    @Test("a cell set through report[table] lands in that table, in place, and a copy taken before keeps its own")
    func setsInPlaceWithValueSemantics() {
        var report = AnnualReport(organization: Organization(name: "测试市人民政府", level: .city), year: 2021)
        let before = report
        for n in 0..<300 {
            report[.applications].cells[CellAddress(RowKey("row\(n)"), .total)] = .number(Decimal(n))
        }
        report[.reviews][.cases, .reviewCorrected] = .number(3)
        #expect(report.applications.cells.count == 300)
        #expect(report.applications.cells[CellAddress(RowKey("row299"), .total)] == .number(299))
        #expect(report.reviews[.cases, .reviewCorrected] == .number(3))
        #expect(report.proactive.cells.isEmpty)
        #expect(before.applications.cells.isEmpty)
        #expect(before.reviews.cells.isEmpty)
    }
}
