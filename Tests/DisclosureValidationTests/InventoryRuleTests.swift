import DisclosureModel
import DisclosureValidation
import Testing
import TestSupport

@Suite("Inventory rules: INV.declaredCount, INV.onePerPlatform, INV.duplicateAccountID, INV.duplicateURL, INV.stale")
struct InventoryRuleTests {
    static let checkDate = CalendarDate(year: 2020, month: 12, day: 31)
    static let recent = CalendarDate(year: 2020, month: 12, day: 20)

    /// The seed's declared split as records: 191 微信, 91 微博, 6 客户端, 28 其他 (抖音), one per unit and platform;
    /// 59 websites.
    static var records: InventoryRecords {
        var accounts: [NewMediaAccount] = []
        let split: [(String, Int)] = [("微信", 191), ("微博", 91), ("移动客户端", 6), ("抖音", 28)]
        for (platform, count) in split {
            for i in 0..<count {
                accounts.append(
                    NewMediaAccount(
                        name: "\(platform)账号\(i)", platform: platform, accountID: "\(platform)-\(i)",
                        hostUnit: "单位\(i)", lastUpdated: recent))
            }
        }
        let websites = (0..<59).map {
            Website(name: "网站\($0)", url: "http://www.site\($0).gov.cn/", hostUnit: "单位\($0)", type: .department)
        }
        return InventoryRecords(
            websites: websites, accounts: accounts,
            declared: DeclaredCounts(
                websites: 59, newMediaAccounts: 316,
                newMediaByCategory: [.weChat: 191, .weibo: 91, .mobileApp: 6, .other: 28]))
    }

    static func check(_ records: InventoryRecords) -> [Diagnostic] {
        Validator().validate(records, in: ValidationContext(checkDate: checkDate))
    }

    @Test("records that match their declared counts pass every inventory rule")
    func clean() {
        #expect(Self.check(Self.records).isEmpty)
    }

    @Test("the seed's prose declares 59 websites and 324 accounts; the 316 records fall 8 short")
    func seedDeclarationAgainstRecords() throws {
        var records = Self.records
        records.declared = DeclaredCounts(quotedIn: Fixtures.seedReport)
        #expect(records.declared?.newMediaAccounts == 324)
        let found = Self.check(records)
        #expect(Check.summary(found) == ["INV.declaredCount warning"])
        let d = try #require(found.first)
        #expect(d.location.detail == "newMediaAccounts")
        #expect(d.location.section == .overview)
        #expect(d.message == "申报政务新媒体 324 个，清单中在用 316 个（清单少 8 个）")
        #expect(d.english == "declared 324 new-media accounts, the inventory has 316 open (8 fewer)")
        #expect(
            d.notes == [
                "差额 diff: -8（清单 − 申报 records − declared）",
                "微信 申报 191 / 清单 191；微博 申报 91 / 清单 91；移动客户端 申报 6 / 清单 6；其他 申报 28 / 清单 28",
                "清单中“其他”平台 other platforms: 抖音 28",
                "清单另有非在用 not open: 0",
            ])
    }

    @Test("其他 records above the declaration name their platforms")
    func otherCategoryNamesPlatforms() throws {
        var records = Self.records
        for i in 0..<6 {
            records.accounts.append(NewMediaAccount(name: "今日头条\(i)", platform: "今日头条", hostUnit: "头条单位\(i)"))
        }
        records.accounts.append(NewMediaAccount(name: "停用", platform: "快手", hostUnit: "x", status: .cancelled))
        let found = Self.check(records).filter { $0.id == "INV.declaredCount" }
        #expect(found.map(\.location.detail) == ["newMediaAccounts", "newMediaOther"])
        let other = try #require(found.last)
        #expect(other.message == "申报政务新媒体“其他” 28 个，清单中在用 34 个（清单多 6 个）")
        #expect(other.notes == ["差额 diff: +6（清单 − 申报 records − declared）", "清单中“其他”平台 other platforms: 抖音 28、今日头条 6"])
    }

    @Test("a website count that differs is reported with the records' types")
    func websiteCount() throws {
        var records = Self.records
        records.websites[3].status = .cancelled
        let d = try #require(Self.check(records).first)
        #expect(d.id == "INV.declaredCount")
        #expect(d.location.detail == "websites")
        #expect(d.notes == ["差额 diff: -1（清单 − 申报 records − declared）", "清单在用网站 open websites: 部门网站 58", "清单另有非在用 not open: 1"])
    }

    @Test("two open 微信 accounts of one unit: one warning naming both")
    func onePerPlatform() throws {
        var records = Self.records
        records.accounts.append(NewMediaAccount(name: "第二个公众号", platform: "微信公众号", hostUnit: "单位5", lastUpdated: Self.recent))
        records.declared = nil
        let found = Self.check(records)
        #expect(Check.summary(found) == ["INV.onePerPlatform warning"])
        let d = try #require(found.first)
        #expect(d.location.unit == "单位5")
        #expect(d.notes == ["accounts[5] 微信账号5（微信）", "accounts[316] 第二个公众号（微信公众号）"])
        #expect(d.message == "单位5 在微信平台开设了 2 个账号（原则上同一平台只开设一个）")
    }

    @Test("a repeated account ID on the same platform is an error; the same ID on another platform is not")
    func duplicateAccountID() throws {
        var records = Self.records
        records.declared = nil
        records.accounts[10].accountID = "微信-3"
        records.accounts[200].accountID = "微信-3"  // a 微博 account: different platform
        let found = Self.check(records)
        #expect(Check.summary(found) == ["INV.duplicateAccountID error"])
        let d = try #require(found.first)
        #expect(d.location.detail == "accounts[3] 微信账号3（微信）; accounts[10] 微信账号10（微信）")
        #expect(d.location.unit == "单位3")
        #expect(d.message == "微信账号 ID“微信-3”在清单中出现 2 次")
    }

    @Test("the same homepage written differently is a duplicate URL")
    func duplicateURL() throws {
        var records = Self.records
        records.websites[7].url = "HTTPS://www.site2.gov.cn"
        records.declared = nil
        let found = Self.check(records)
        #expect(Check.summary(found) == ["INV.duplicateURL error"])
        let d = try #require(found.first)
        #expect(d.location.detail == "websites[2] 网站2（http://www.site2.gov.cn/）; websites[7] 网站7（HTTPS://www.site2.gov.cn）")
        #expect(d.notes.count == 2)
    }

    @Test("an account last updated 15 days before the check date is stale; 14 days is not")
    func stale() throws {
        var records = Self.records
        records.accounts[0].lastUpdated = CalendarDate(year: 2020, month: 12, day: 16)  // 15 days
        records.accounts[1].lastUpdated = CalendarDate(year: 2020, month: 12, day: 17)  // 14 days
        let found = Self.check(records)
        #expect(Check.summary(found) == ["INV.stale warning"])
        let d = try #require(found.first)
        #expect(d.location.detail == "accounts[0] 微信账号0（微信）")
        #expect(d.location.unit == "单位0")
        #expect(d.notes == ["最近更新 last updated: 2020-12-16", "检查日 check date: 2020-12-31", "间隔 days: 15 > 14"])
    }

    @Test("accounts without a date are counted in one note; without a check date nothing runs")
    func undated() {
        var records = Self.records
        records.accounts[0].lastUpdated = nil
        records.accounts[1].lastUpdated = nil
        #expect(Self.check(records).map(\.severity) == [.note])
        #expect(Self.check(records).first?.message == "2 个在用账号没有最近更新日期，未能按检查日 2020-12-31 核对")
        #expect(StaleAccountRule().check(records, in: ValidationContext()).isEmpty)
    }

    @Test("Validator.validate(report) checks the inventory in its context against the report's declared counts")
    func reportWithInventory() {
        let records = Self.records
        let context = ValidationContext(checkDate: Self.checkDate, websites: records.websites, accounts: records.accounts)
        let found = Validator().validate(Fixtures.seedReport, in: context)
        #expect(Check.summary(found) == ["TEXT.newMediaBreakdown warning", "INV.declaredCount warning"])
    }
}
