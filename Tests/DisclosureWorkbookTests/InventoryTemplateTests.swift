import DisclosureAggregation
import DisclosureModel
import DisclosureWorkbook
import Foundation
import Testing
import TestSupport
import XLSX

/// The blank 网站清单 and 政务新媒体账号清单 templates, read back: CSV columns, protection, drop-downs, date rule.
@Suite struct InventoryTemplateTests {
    static let rows = 50
    static let file = Result { () throws -> URL in
        let url = Fixtures.temporaryDirectory("inventory-template").appendingPathComponent("清单模板.xlsx")
        try InventoryTemplateWriter(rows: rows).write(to: url)
        return url
    }
    var book: StatisticsBookReader

    init() throws { book = try StatisticsBookReader(Self.file.get()) }

    @Test func workbookForExternalChecks() throws {
        let url = try Self.file.get()
        try leaveForExternalChecks(url, as: "inventory-template.xlsx")
        #expect(FileManager.default.fileExists(atPath: url.path))
    }

    @Test func oneSheetPerList() {
        #expect(book.sheetNames == ["网站清单", "政务新媒体账号清单"])
    }

    @Test mutating func headerRowsAreTheInventoryCSVHeadersLockedWithInputRowsUnlockedBelow() throws {
        for (name, header) in [("网站清单", InventoryCSV.websiteHeader), ("政务新媒体账号清单", InventoryCSV.accountHeader)] {
            let sheet = try book.sheet(name)
            #expect((0..<header.count).map { sheet.text(0, $0) } == header, "\(name) header")
            #expect(sheet[CellReference(row: 0, column: 0)]?.isLocked == true)
            for column in 0..<header.count {
                #expect(sheet[CellReference(row: 1, column: column)]?.isLocked == false, "\(name) column \(column) input")
                #expect(sheet[CellReference(row: Self.rows, column: column)]?.isLocked == false)
            }
            #expect(sheet[CellReference(row: Self.rows + 1, column: 0)] == nil, "no input row beyond the ones offered")
            #expect(sheet.metadata.protection?.isProtected == true, "\(name) protected")
            #expect(sheet.text(0, header.count + 1).hasPrefix("填写说明："), "\(name) instruction beside the header")
        }
    }

    @Test mutating func accountTemplateOffersCategoryStatusAndInteractionListsAndDateRules() throws {
        let sheet = try book.sheet("政务新媒体账号清单")
        let header = InventoryCSV.accountHeader
        func validation(_ column: String) throws -> Sheet.DataValidation {
            let c = try #require(header.firstIndex(of: column))
            let range = CellRange(firstRow: 1, firstColumn: c, lastRow: Self.rows, lastColumn: c)
            return try #require(sheet.metadata.dataValidations.first { $0.ranges == [range] }, "\(column)")
        }
        #expect(try validation("类别").type == "list")
        #expect(try validation("类别").formula1 == "\"微信,微博,移动客户端,其他\"")
        #expect(try validation("状态").formula1 == "\"开设,关停,注销,整合\"")
        #expect(try validation("互动功能").formula1 == "\"是,否\"")
        let date = try validation("最近更新日期")
        #expect(date.type == "whole" && date.operator == "between")
        #expect(date.formula1 == "36526" && date.formula2 == "73050", "2000-01-01 … 2099-12-31 as Excel dates")
        #expect(try validation("开设日期").type == "whole")
        #expect(sheet.metadata.dataValidations.count == 5)
    }

    @Test mutating func websiteTemplateOffersTypeAndStatusLists() throws {
        let sheet = try book.sheet("网站清单")
        let lists = sheet.metadata.dataValidations.map(\.formula1)
        #expect(lists.contains("\"政府门户网站,部门网站,专项网站\""))
        #expect(lists.contains("\"开设,关停,注销,整合\""))
        #expect(sheet.metadata.dataValidations.count == 2)
    }
}
