import DisclosureAggregation
import DisclosureModel
import DisclosureSamples
import DisclosureValidation
import DisclosureWorkbook
import Foundation
import Testing
import TestSupport
import XLSX

/// The 政务新媒体 and 政府网站 statistics workbook of the sample city, declared counts from the seed (324, 其中
/// 191 + 91 + 6 + 28 = 316), read back.
@Suite struct NewMediaWorkbookTests {
    static let city = SampleCity.generate(year: 2020)
    static let tree = OrganizationTree(city.allOrganizations)
    static let declared = DeclaredCounts(
        websites: SampleCity.seedDeclaredWebsites, newMediaAccounts: SampleCity.seedDeclaredAccounts.total,
        newMediaByCategory: SampleCity.seedDeclaredAccounts.byCategory)
    /// Two accounts closed and one website merged, so 按状态 has more than one row filled.
    static let accounts: [NewMediaAccount] = {
        var a = city.accounts
        a[0].status = .cancelled
        a[1].status = .suspended
        return a
    }()
    static let websites: [Website] = {
        var w = city.websites
        w[w.count - 1].status = .merged
        return w
    }()
    static let stats = InventoryStatistics(websites: websites, accounts: accounts, tree: tree, statuses: [.open])

    typealias Name = NewMediaWorkbookExporter.SheetName
    var book: StatisticsBookReader

    init() throws {
        book = try StatisticsBookReader(Self.file.get())
    }

    /// Written once for the whole suite.
    static let file = Result { () throws -> URL in
        let url = Fixtures.temporaryDirectory("new-media").appendingPathComponent("新媒体统计.xlsx")
        try NewMediaWorkbookExporter(title: "洛阳市2020年", declared: declared, tree: tree)
                .write(accounts: accounts, websites: websites, to: url)
        return url
    }

    @Test func workbookForExternalChecks() throws {
        let url = try Self.file.get()
        try leaveForExternalChecks(url, as: "new-media.xlsx")
        #expect(FileManager.default.fileExists(atPath: url.path))
    }

    @Test func sheetsAreStatisticsThenTheTwoLists() {
        #expect(book.sheetNames == ["按平台", "按单位", "按状态", "网站按类型", "账号清单", "网站清单"])
    }

    @Test mutating func platformSheetCountsCategoriesWithOtherAsTheSumOfItsNamedPlatforms() throws {
        let sheet = try book.sheet(Name.platforms)
        #expect((3...6).map { sheet.text($0, 0) } == ["微信", "微博", "移动客户端", "其他"])
        for (i, category) in NewMediaCategory.allCases.enumerated() {
            #expect(sheet.number(3 + i, 1) == Decimal(Self.stats.byCategory[category] ?? 0), "\(category)")
        }
        #expect(Self.stats.accountCount == 322)
        #expect(sheet.formulaText(7, 1) == "SUM(B4:B7)")
        #expect(sheet.number(7, 1) == 322)
        let detail = try #require(sheet.row(where: 0, is: "“其他”类平台"))
        let others = Self.stats.otherByPlatform
        #expect(sheet.formulaText(6, 1) == "SUM(B\(detail + 2):B\(detail + 1 + others.count))")
        #expect(sheet.text(detail + 1, 0) == "其中：抖音" && sheet.number(detail + 1, 1) == Decimal(others["抖音"] ?? -1))
    }

    @Test mutating func platformSheetShowsTheSeedsDeclared324AgainstItsBreakdownOf316() throws {
        let sheet = try book.sheet(Name.platforms)
        #expect(sheet.text(2, 2) == "申报数" && sheet.text(2, 3) == "差额（清单−申报）")
        #expect((3...6).map { sheet.number($0, 2) } == [191, 91, 6, 28])
        #expect(sheet.formulaText(7, 2) == "SUM(C4:C7)" && sheet.number(7, 2) == 316)
        #expect(sheet.text(8, 0) == "申报总数" && sheet.number(8, 2) == 324)
        #expect(sheet.formulaText(8, 3) == "B9-C9" && sheet.number(8, 3) == Decimal(322 - 324))
        #expect(sheet.formulaText(6, 3) == "B7-C7" && sheet.number(6, 3) == Decimal((Self.stats.byCategory[.other] ?? 0) - 28))
        #expect(sheet.text(9, 0).contains("申报总数 324 个，申报分项（微信、微博、移动客户端、其他）之和 316 个，相差 8 个"))
    }

    @Test mutating func unitSheetIsAUnitByCategoryMatrixWithRowAndColumnTotalsAsFormulas() throws {
        let sheet = try book.sheet(Name.units)
        #expect(sheet.text(2, 3) == "微信" && sheet.text(2, 7) == "账号合计" && sheet.text(2, 8) == "网站数")
        let last = sheet.lastRow
        #expect(sheet.formulaText(3, 3) == "SUM(D5:D\(last + 1))")
        #expect(sheet.number(3, 3) == Decimal(Self.stats.byCategory[.weChat] ?? 0))
        #expect(sheet.formulaText(3, 7) == "SUM(D4:G4)" && sheet.number(3, 7) == 322)
        #expect(sheet.number(3, 8) == Decimal(Self.stats.websiteCount))
        var accounts = Decimal(0)
        for r in 4...last {
            let row = (3...6).compactMap { sheet.number(r, $0) }.reduce(0, +)
            #expect(sheet.formulaText(r, 7) == "SUM(D\(r + 1):G\(r + 1))")
            #expect(sheet.number(r, 7) == row, "row total of \(sheet.text(r, 1))")
            accounts += row
        }
        #expect(accounts == 322)
        #expect(sheet.text(4, 1) == Self.city.organizations[0].name, "tree order: the root first")
    }

    @Test mutating func statusSheetCountsEveryRecordByStatus() throws {
        let sheet = try book.sheet(Name.statuses)
        #expect((3...6).map { sheet.text($0, 0) } == ["开设", "关停", "注销", "整合"])
        #expect((3...6).map { sheet.number($0, 1) } == [322, 1, 1, 0])
        #expect((3...6).map { sheet.number($0, 2) } == [58, 0, 0, 1])
        #expect(sheet.formulaText(7, 1) == "SUM(B4:B7)" && sheet.number(7, 1) == 324)
        #expect(sheet.number(7, 2) == 59)
    }

    @Test mutating func websiteTypeSheetCountsOpenSitesByType() throws {
        let sheet = try book.sheet(Name.websiteTypes)
        for (i, type) in WebsiteType.allCases.enumerated() {
            #expect(sheet.text(3 + i, 0) == type.rawValue)
            #expect(sheet.number(3 + i, 1) == Decimal(Self.stats.websitesByType[type] ?? 0))
        }
        #expect(sheet.number(6, 1) == 58)
    }

    @Test mutating func listsHaveTheInventoryCSVColumnsAndOneRowPerRecord() throws {
        let accounts = try book.sheet(Name.accounts)
        #expect((1...InventoryCSV.accountHeader.count).map { accounts.text(2, $0) } == InventoryCSV.accountHeader)
        #expect(accounts.lastRow == 2 + Self.accounts.count)
        let first = Self.accounts[0]
        #expect(accounts.text(3, 1) == first.name && accounts.text(3, 6) == "注销")
        let updated = try #require(first.lastUpdated)
        #expect(accounts.number(3, 7) == Decimal(updated.dayNumber + 25_569), "dates are Excel dates")
        let websites = try book.sheet(Name.websites)
        #expect((1...InventoryCSV.websiteHeader.count).map { websites.text(2, $0) } == InventoryCSV.websiteHeader)
        #expect(websites.lastRow == 2 + Self.websites.count)
        #expect(websites.text(3 + 58, 8) == "整合")
    }
}
