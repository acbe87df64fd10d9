import DisclosureAggregation
import DisclosureModel
import DisclosureSamples
import DisclosureText
import Foundation
import Testing
import TestSupport

@Suite("Inventories")
struct InventoryTests {
    @Test func csvRoundTripWritesAndReadsBackEveryRecord() throws {
        let city = SampleCity.generate(year: 2020, seed: 3)
        let dir = Fixtures.temporaryDirectory()
        let files = try city.writeCSV(to: dir)
        #expect(files.map(\.lastPathComponent) == ["organizations.csv", "organizations-all.csv", "websites.csv", "accounts.csv"])
        let bytes = try Data(contentsOf: files[3])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes, as: UTF8.self).contains("\r\n"))
        let accounts = try InventoryCSV.accounts(contentsOf: files[3])
        #expect(accounts.errors.isEmpty)
        #expect(accounts.records == city.accounts)
        let websites = try InventoryCSV.websites(contentsOf: files[2])
        #expect(websites.errors.isEmpty && websites.records == city.websites)
        let organizations = try InventoryCSV.organizations(contentsOf: files[0])
        #expect(organizations.records == city.organizations)
        let all = try InventoryCSV.organizations(contentsOf: files[1])
        #expect(all.records == city.allOrganizations)
    }

    @Test func headerVariantsInAnyOrderAndQuotedFieldsAreAccepted() throws {
        let text = "\u{FEFF}平台 , 新媒体名称,单位,账号状态,开通时间\n微信公众号,\"洛阳发布, 官方\",410300,正常,2015/3/2\r\n\n抖音,洛阳文旅,410300-D19,已注销,\n"
        let loaded = try InventoryCSV.accounts(text: text)
        #expect(loaded.errors.isEmpty)
        #expect(loaded.records.count == 2)
        #expect(loaded.records[0].name == "洛阳发布, 官方")
        #expect(loaded.records[0].category == .weChat)
        #expect(loaded.records[0].opened == CalendarDate(year: 2015, month: 3, day: 2))
        #expect(loaded.records[1].status == .cancelled && loaded.records[1].category == .other)
    }

    @Test func badRowsAreReportedByFileLineAndColumnAndTheRestIsRead() throws {
        var lines = ["账号名称,平台,类别,账号ID,主办单位,状态,最近更新日期,开设日期"]
        for i in 2...11 { lines.append("号\(i),微博,微博,\(i),410300,开设,2020-12-30,2019-01-01") }
        lines.append("号12,微信,微信,12,410300,停止,2020-12-30,2019-01-01")  // line 12: unknown status
        lines.append("号13,抖音,短视频,13,,开设,2020-13-45,")                   // line 13: category, unit, date
        let loaded = try InventoryCSV.accounts(text: lines.joined(separator: "\n"))
        #expect(loaded.records.count == 10)
        #expect(loaded.errors.map(\.description) == [
            "accounts.csv 第12行 “状态”列：无法识别“停止” — unknown status",
            "accounts.csv 第13行 “主办单位”列：不能为空 — value required",
            "accounts.csv 第13行 “类别”列：无法识别“短视频” — unknown category",
            "accounts.csv 第13行 “最近更新日期”列：日期无法识别“2020-13-45”，应为 YYYY-MM-DD — not a date",
        ])
        #expect(loaded.diagnostics.first?.location.line == 12)
        #expect(loaded.diagnostics.first?.location.file == "accounts.csv")
    }

    @Test func aFileIsStreamedWithTheSameRecordsAndLinesAsItsText() throws {
        // Quoted fields spanning lines and chunk boundaries: 3,000 rows are more than one 64 KiB read.
        var lines = ["\u{FEFF}账号名称,平台,类别,账号ID,主办单位,状态,最近更新日期,开设日期"]
        for i in 2...3_001 { lines.append("\"号\(i)\n（第二行）\",微博,微博,\(i),410300,开设,2020-12-30,2019-01-01") }
        lines.append("坏,微信,微信,x,410300,停止,2020-12-30,2019-01-01")
        let text = lines.joined(separator: "\r\n") + "\r\n"
        let url = Fixtures.temporaryDirectory().appendingPathComponent("accounts.csv")
        try Data(text.utf8).write(to: url)
        let streamed = try InventoryCSV.accounts(contentsOf: url)
        let inMemory = try InventoryCSV.accounts(text: text)
        #expect(streamed == inMemory)
        #expect(streamed.records.count == 3_000)
        #expect(streamed.records[0].name == "号2\n（第二行）")
        #expect(streamed.errors.map(\.description) == ["accounts.csv 第3002行 “状态”列：无法识别“停止” — unknown status"])
    }

    @Test func aFileInGBKReadsAsItsUTF8TwinAndOneThatIsNeitherSaysWhere() throws {
        let dir = Fixtures.temporaryDirectory()
        // Excel on a Chinese Windows saves “CSV (逗号分隔)” in GBK: the same records as the UTF-8 file.
        var lines = ["网站名称,首页网址,网站类型,主办单位,状态"]
        for i in 1...2_000 { lines.append("洛阳市第\(i)局〔测试〕网站,https://\(i).ly.gov.cn,部门网站,4103\(i),运行") }
        let text = lines.joined(separator: "\r\n") + "\r\n"
        let gbk = dir.appendingPathComponent("websites.csv")
        let gbkBytes = Data(try TextEncoding.gb18030.encode(text))
        #expect(gbkBytes.count > 65_536)  // more than the stream's first chunk: characters split between chunks
        #expect(String(data: gbkBytes, encoding: .utf8) == nil)
        try gbkBytes.write(to: gbk)
        let fromGBK = try InventoryCSV.websites(contentsOf: gbk)
        #expect(fromGBK == (try InventoryCSV.websites(text: text)))
        #expect(fromGBK.records.count == 2_000)
        #expect(fromGBK.records[1_999].name == "洛阳市第2000局〔测试〕网站")
        // Not GBK either: the byte where it fails (0x81 must be followed by a second byte of a pair).
        var broken = try TextEncoding.gb18030.encode("网站名称,首页网址\n")
        broken += [0x81, 0x0A]
        try Data(broken).write(to: gbk)
        #expect(throws: InventoryCSVError(file: "websites.csv", reason: .unreadable(
            "按 GB18030 解码失败：第 18 字节处无效的字节序列 — not valid GB18030 at byte 18"))) {
            _ = try InventoryCSV.websites(contentsOf: gbk)
        }
        // A bad byte after the first 64 KiB fails the read; the rows before it are not returned as if they were all.
        let gbkCount = gbkBytes.count
        try (gbkBytes + Data([0x81, 0x0A]) + gbkBytes.suffix(200)).write(to: gbk)
        #expect(throws: InventoryCSVError(file: "websites.csv", reason: .unreadable(
            "按 GB18030 解码失败：第 \(gbkCount) 字节处无效的字节序列 — not valid GB18030 at byte \(gbkCount)"))) {
            _ = try InventoryCSV.websites(contentsOf: gbk)
        }
        // UTF-8 for its first 64 KiB, then a byte that is not.
        try (Data(text.utf8) + Data([0xFF, 0x0A])).write(to: gbk)
        #expect(throws: InventoryCSVError(file: "websites.csv", reason: .unreadable("不是有效的 UTF-8 编码 — not valid UTF-8; save as “CSV UTF-8”"))) {
            _ = try InventoryCSV.websites(contentsOf: gbk)
        }
        #expect(throws: InventoryCSVError(file: "missing.csv", reason: .unreadable("文件不存在或无法打开 — the file is missing or cannot be opened"))) {
            _ = try InventoryCSV.websites(contentsOf: dir.appendingPathComponent("missing.csv"))
        }
        // Excel's “Unicode 文本”: a UTF-16LE byte-order mark, then 网站名称 and 名称 (an ASCII-only header would have
        // read as letters with NULs between them, and a header without its columns).
        let wide = dir.appendingPathComponent("unicode.csv")
        try (Data([0xFF, 0xFE]) + "网站名称,主办单位\n洛阳,410300\n".data(using: .utf16LittleEndian)!).write(to: wide)
        #expect(throws: InventoryCSVError(file: "unicode.csv", reason: .unreadable(
            "是 UTF-16LE 编码（如 Excel 的“Unicode 文本”），请另存为“CSV UTF-8” — UTF-16LE text; save as “CSV UTF-8”"))) {
            _ = try InventoryCSV.websites(contentsOf: wide)
        }
        try (Data([0x00, 0x00, 0xFE, 0xFF]) + "a\n".data(using: .utf32BigEndian)!).write(to: wide)
        #expect((try? InventoryCSV.accounts(contentsOf: wide)) == nil)
        do {
            _ = try InventoryCSV.accounts(contentsOf: wide)
        } catch {
            #expect(error.description.contains("UTF-32BE 编码"))
        }
        let empty = dir.appendingPathComponent("organizations.csv")
        try Data().write(to: empty)
        #expect(throws: InventoryCSVError(file: "organizations.csv", reason: .missingColumns(["单位名称", "层级"]))) {
            _ = try InventoryCSV.organizations(contentsOf: empty)
        }
        // Only a byte-order mark (Excel's “CSV UTF-8” of an empty sheet): an empty file, read either way (the
        // inventory-csv fuzz target found the text read calling it a header on line 1).
        try Data([0xEF, 0xBB, 0xBF]).write(to: empty)
        #expect(throws: InventoryCSVError(file: "organizations.csv", reason: .missingColumns(["单位名称", "层级"]))) {
            _ = try InventoryCSV.organizations(contentsOf: empty)
        }
        #expect(throws: InventoryCSVError(file: "organizations.csv", reason: .missingColumns(["单位名称", "层级"]))) {
            _ = try InventoryCSV.organizations(text: "\u{FEFF}")
        }
    }

    @Test func aHeaderWithoutRequiredColumnsThrowsNamingThem() {
        #expect(throws: InventoryCSVError(file: "websites.csv", line: 1, reason: .missingColumns(["首页网址", "网站类型"]))) {
            _ = try InventoryCSV.websites(text: "网站名称,主办单位\n洛阳市人民政府,410300\n")
        }
        let e = InventoryCSVError(file: "websites.csv", line: 1, reason: .missingColumns(["首页网址"]))
        #expect(e.description == "websites.csv 第1行：缺少列 “首页网址” — missing columns 首页网址")
    }

    @Test func statisticsCountTheSeedCityByCategoryPlatformLevelBranchAndType() {
        let city = SampleCity.generate(year: 2020, seed: 1)
        let stats = InventoryStatistics(
            websites: city.websites, accounts: city.accounts, tree: OrganizationTree(city.allOrganizations))
        #expect(stats.accountCount == 324 && stats.websiteCount == 59)
        #expect(stats.byCategory == [.weChat: 191, .weibo: 91, .mobileApp: 6, .other: 36])
        #expect(stats.otherByPlatform == ["抖音": 14, "今日头条": 12, "百家号": 5, "快手": 3, "企鹅号": 2])
        #expect(stats.accountsByStatus == [.open: 324])
        #expect(stats.websitesByType == [.portal: 15, .department: 40, .special: 4])
        #expect(stats.unresolvedUnits.isEmpty)
        #expect(stats.byLevel.values.map(\.accounts).reduce(0, +) == 324)
        #expect(stats.byLevel[.county]?.websites == 14)
        #expect(stats.byBranch.values.map(\.accounts).reduce(0, +) == 324)
        #expect(stats.byBranch.count == 55)  // the root's own, 14 counties, 40 departments
        let jianxi = stats.byBranch["410305"]
        let jianxiDirect = city.accounts.filter { $0.hostUnit == "410305" || $0.hostUnit.hasPrefix("410305-") }.count
        #expect(jianxi?.accounts == jianxiDirect)
        // what a declared-vs-records comparison needs: the seed declares 其它 28, the records hold 36
        let counts = stats.newMediaCounts
        let declared = SampleCity.seedDeclaredAccounts
        #expect(counts.total == declared.total)
        #expect(counts.byCategory[.other]! - declared.byCategory[.other]! == 8)
    }

    @Test func statisticsCanCountOnlyRunningRecordsAndNameUnresolvedHosts() {
        let accounts = [
            NewMediaAccount(name: "a", platform: "微信", hostUnit: "410300"),
            NewMediaAccount(name: "b", platform: "抖音", hostUnit: "410300", status: .cancelled),
            NewMediaAccount(name: "c", platform: "微博", hostUnit: "外单位"),
        ]
        let tree = OrganizationTree([Organization(id: "410300", name: "洛阳市人民政府", level: .city)])
        let stats = InventoryStatistics(accounts: accounts, tree: tree, statuses: [.open])
        #expect(stats.accountCount == 2)
        #expect(stats.accountsByStatus == [.open: 2, .cancelled: 1])
        #expect(stats.otherByPlatform.isEmpty)
        #expect(stats.unresolvedUnits == ["外单位": 1])
        #expect(stats.byLevel[.city]?.accounts == 1)
    }

    @Test func changesBetweenTwoSnapshotsNameOpenedClosedAndStatusChanges() {
        let city = SampleCity.generate(year: 2020, seed: 5)
        let next = city.nextSnapshot(closing: 4, dropping: 2, opening: 5)
        let change = InventoryChange(from: city.inventory, to: next.snapshot)
        #expect(Set(change.openedAccounts) == Set(next.opened))
        #expect(Set(change.closedAccounts) == Set(next.dropped))
        #expect(change.accountStatusChanges.count == 4)
        #expect(Set(change.accountStatusChanges.map(\.before)) == Set(next.closed))
        #expect(change.accountStatusChanges.allSatisfy { $0.after.status == .cancelled })
        #expect(change.websiteStatusChanges.count == 1 && change.websiteStatusChanges[0].after.status == .merged)
        #expect(change.openedWebsites.isEmpty && change.closedWebsites.isEmpty)
        // a website matched by URL when the code is missing, despite scheme and trailing slash
        var moved = city.websites[0]
        moved.siteCode = nil
        moved.url = "http://WWW.ly.gov.cn"
        let byURL = InventoryChange(from: InventorySnapshot(websites: [city.websites[0]]), to: InventorySnapshot(websites: [moved]))
        #expect(byURL.openedWebsites.isEmpty && byURL.closedWebsites.isEmpty)
    }

    @Test func snapshotsRoundTripThroughReportJSONAndBareListsAreAccepted() throws {
        let city = SampleCity.generate(year: 2020, seed: 2)
        let back = try InventorySnapshot.decode(from: city.inventory.encoded())
        #expect(back == city.inventory)
        let accountsOnly = try InventorySnapshot.decode(from: ReportJSON.encode(city.accounts))
        #expect(accountsOnly.accounts == city.accounts && accountsOnly.websites.isEmpty)
    }

    @Test func websiteFormsSumCountsAndCountYesNoFieldsDrivenByTheSpec() {
        let city = SampleCity.generate(year: 2020, seed: 8)
        var forms = city.websiteForms
        forms[0][.smartQA] = .blank
        forms[1][.infoNews] = .blank
        let summary = WebsiteFormSummary(forms)
        #expect(summary.formCount == 59)
        let news = forms.compactMap { $0[.infoNews].number }.reduce(Decimal(0), +)
        #expect(summary.sums[.infoNews] == news)
        #expect(summary.blankCounts[.infoNews] == 1)
        let qa = summary.yesNo[.smartQA]
        let yes = forms.filter { $0[.smartQA] == .yesNo(true) }.count
        #expect(qa?.yes == yes && qa?.no == 58 - yes && qa?.blank == 1)
        #expect(summary.yesNo[.securityOfficer]?.yes == 59)
        #expect(summary.choices[.siteType]?["政府门户网站"] == 15)
        let days = forms.compactMap { $0[.messageAverageDays].number }
        #expect(summary.measures[.messageAverageDays]?.count == 59)
        #expect(summary.measures[.messageAverageDays]?.maximum == days.max())
        #expect(summary.sums[.siteName] == nil && summary.sums[.messageAverageDays] == nil)
        // the summed form still satisfies the additive relations (Σ总数 = Σ自然人 + Σ法人)
        #expect(WebsiteFormSpec.standard.relations.first { $0.id == "WEB.casesTotal" }?.holds(in: summary.totalsForm) == true)
        #expect(summary.totalsForm.year == 2020)
    }
}

