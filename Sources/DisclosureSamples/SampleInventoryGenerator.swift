import DisclosureModel
import Foundation

/// Builds a sample city's websites, their annual forms, its 政务新媒体 accounts and the non-reporting units that host
/// some of those accounts.
struct SampleInventoryGenerator {
    let seed: UInt64
    let year: Int
    let tree: SampleTree

    /// The seed city's account split (一(五)): 微信 191, 微博 91, 移动客户端 6 and 36 others on named platforms —
    /// 324 records in all, while the seed's declared breakdown (其它 28) adds up to 316.
    static let seedPlatformQuotas: [(platform: String, count: Int)] = [
        ("微信", 191), ("微博", 91), ("移动客户端", 6), ("抖音", 14), ("今日头条", 12), ("百家号", 5), ("快手", 3),
        ("企鹅号", 2),
    ]

    /// How many reporting units of the seed city run websites and accounts (root + 14 counties + 40 departments).
    static let seedBranches = 55

    /// The factor by which a city of this tree has more (or fewer) sites and accounts than the seed city.
    var branches: Int { 1 + tree.counties + tree.departments }

    func scaled(_ n: Int) -> Int { branches == Self.seedBranches ? n : max(0, (n * branches + Self.seedBranches / 2) / Self.seedBranches) }

    // MARK: Units that host accounts but do not report in this city

    /// 8 sub-units under each county (乡镇/街道 and 县直部门 alternately) and one 二级机构 under each department.
    func hostUnits() -> [Organization] {
        var result: [Organization] = []
        let syllables = SampleNames.townshipSyllables
        for k in 0..<tree.counties {
            let county = tree.county(k)
            let short = county.name.countyShortName
            for j in 0..<8 {
                if j % 2 == 0 {
                    result.append(
                        Organization(
                            id: "\(county.id)-H\(j + 1)", name: "\(short)\(syllables[(j + k) % syllables.count])融媒体站",
                            level: .township, parentID: county.id))
                } else {
                    let dept = SampleNames.departments[(j * 7 + k) % SampleNames.departments.count].name
                    result.append(
                        Organization(
                            id: "\(county.id)-H\(j + 1)", name: "\(short)\(dept.replacingOccurrences(of: "人民政府", with: ""))",
                            level: .department, parentID: county.id))
                }
            }
        }
        for k in 0..<tree.departments {
            let dept = tree.department(k)
            result.append(Organization(id: "\(dept.id)-H1", name: "\(dept.name)宣传中心", level: .department, parentID: dept.id))
        }
        return result
    }

    // MARK: Websites

    /// 1 portal for the root, one portal per county, one site per department, and the 专项网站 (4 in the seed city).
    func websites() -> [Website] {
        var sites: [Website] = []
        var serial = 1
        func add(_ name: String, _ domain: String, host: String, code: String, _ type: WebsiteType) {
            let n = sites.count + 1
            sites.append(
                Website(
                    name: name, url: "https://\(domain)/", siteCode: code,
                    icpRecord: "豫ICP备\(String(format: "%08d", 5_000_000 + n * 137))号",
                    publicSecurityRecord: "豫公网安备\(41_030_200_000_000 + n * 11)号", hostUnit: host, type: type))
        }
        add("洛阳市人民政府", "www.ly.gov.cn", host: SampleTree.rootID, code: "4103000001", .portal)
        for k in 0..<tree.counties {
            let c = tree.county(k)
            let code = c.id.count == 6 ? "\(c.id)0001" : "41039\(String(format: "%05d", k))"
            add(c.name, "www.\(tree.domainLabel(countyPosition: k)).gov.cn", host: c.id, code: code, .portal)
        }
        for k in 0..<tree.departments {
            serial += 1
            let d = tree.department(k)
            add("\(d.name)网站", "\(tree.domainLabel(departmentPosition: k)).ly.gov.cn", host: d.id,
                code: "410300\(String(format: "%04d", serial))", .department)
        }
        for s in 0..<scaled(SampleNames.specialSites.count) where tree.departments > 0 {
            serial += 1
            let spec = SampleNames.specialSites[s % SampleNames.specialSites.count]
            let host = tree.department(spec.host % tree.departments)
            let suffix = s < SampleNames.specialSites.count ? "" : "\(s / SampleNames.specialSites.count + 1)"
            add(spec.name + suffix, "\(spec.domain)\(suffix).ly.gov.cn", host: host.id,
                code: "410300\(String(format: "%04d", serial))", .special)
        }
        return sites
    }

    /// One 政府网站工作年度报表 per site, with every relation of `WebsiteFormSpec.standard` satisfied.
    func websiteForms(_ sites: [Website], unitNames: [String: String]) -> [WebsiteAnnualForm] {
        sites.enumerated().map { index, site in
            var rng = SplitMix64(mixing: seed, UInt64(index), UInt64(year), 0x3EB)
            var f = WebsiteAnnualForm(year: year)
            func n(_ range: ClosedRange<Int>) -> WebsiteAnnualForm.FieldValue { .number(Decimal(rng.int(in: range))) }
            func num(_ v: Int) -> WebsiteAnnualForm.FieldValue { .number(Decimal(v)) }
            let big = site.type == .portal
            f[.siteName] = .text(site.name)
            f[.homepageURL] = .text(site.url)
            f[.hostUnit] = .text(unitNames[site.hostUnit] ?? site.hostUnit)
            f[.siteType] = .text(site.type.rawValue)
            f[.siteCode] = site.siteCode.map { .text($0) } ?? .blank
            f[.icpRecord] = site.icpRecord.map { .text($0) } ?? .blank
            f[.publicSecurityRecord] = site.publicSecurityRecord.map { .text($0) } ?? .blank
            let visits = rng.int(in: big ? 500_000...20_000_000 : 10_000...800_000)
            f[.uniqueVisitors] = num(visits / rng.int(in: 3...12))
            f[.totalVisits] = num(visits)
            let overview = rng.int(in: 5...80), news = rng.int(in: big ? 800...6_000 : 50...900)
            let catalogue = rng.int(in: big ? 300...3_000 : 20...500)
            f[.infoOverview] = num(overview)
            f[.infoNews] = num(news)
            f[.infoCatalogue] = num(catalogue)
            f[.infoTotal] = num(overview + news + catalogue + rng.int(in: 0...200))
            f[.columnsMaintained] = n(big ? 8...40 : 1...12)
            f[.columnsNew] = n(0...4)
            let materials = rng.int(in: 0...60), products = rng.int(in: 0...20), articles = rng.int(in: 0...15)
            f[.interpretationMaterials] = num(materials)
            f[.interpretationProducts] = num(products)
            f[.interpretationMediaArticles] = num(articles)
            f[.interpretationTotal] = num(materials + products + articles + rng.int(in: 0...5))
            f[.hotspotResponses] = n(0...12)
            let serves = big || rng.chance(perMille: 300)
            f[.serviceCatalogue] = .yesNo(serves)
            let items = serves ? rng.int(in: 20...1_500) : 0
            f[.registeredUsers] = num(serves ? rng.int(in: 100...300_000) : 0)
            f[.serviceItems] = num(items)
            f[.serviceItemsOnline] = num(items == 0 ? 0 : rng.int(in: items / 2...items))
            let natural = serves ? rng.int(in: 0...200_000) : 0, legal = serves ? rng.int(in: 0...50_000) : 0
            f[.casesNaturalPerson] = num(natural)
            f[.casesLegalPerson] = num(legal)
            f[.casesTotal] = num(natural + legal)
            f[.unifiedPlatform] = .yesNo(rng.chance(perMille: 800))
            let received = rng.int(in: 0...(big ? 3_000 : 200))
            let closed = received == 0 ? 0 : rng.int(in: received * 9 / 10...received)
            f[.messagesReceived] = num(received)
            f[.messagesClosed] = num(closed)
            f[.messageAverageDays] = .number(Decimal(rng.int(in: 10...70)) / 10)
            f[.messagesAnsweredPublicly] = num(closed == 0 ? 0 : rng.int(in: 0...closed))
            f[.surveyRounds] = n(0...10)
            f[.surveyOpinions] = n(0...300)
            f[.surveyResultsPublished] = n(0...5)
            f[.interviewRounds] = n(0...6)
            f[.interviewQuestions] = n(0...120)
            f[.interviewAnswers] = n(0...100)
            f[.smartQA] = .yesNo(big && rng.chance(perMille: 600))
            let found = rng.int(in: 0...30)
            f[.securityChecks] = n(1...12)
            f[.securityIssuesFound] = num(found)
            f[.securityIssuesFixed] = num(found == 0 ? 0 : rng.int(in: found * 8 / 10...found))
            f[.securityMonitoring] = .yesNo(true)
            f[.emergencyDrill] = .yesNo(rng.chance(perMille: 700))
            f[.securityOfficer] = .yesNo(true)
            let media = big || rng.chance(perMille: 500)
            f[.hasNewMedia] = .yesNo(media)
            if media {
                let short = site.name.replacingOccurrences(of: "人民政府", with: "").replacingOccurrences(of: "网站", with: "")
                f[.weiboName] = .text("\(short)发布")
                f[.weiboPosts] = n(100...5_000)
                f[.weiboFollowers] = n(1_000...900_000)
                f[.weChatName] = .text("\(short)发布")
                f[.weChatPosts] = n(100...3_000)
                f[.weChatSubscribers] = n(1_000...600_000)
            }
            let options = ["搜索即服务", "多语言版本", "无障碍浏览", "千人千网"]
            f[.innovation] = .choices(options.filter { _ in rng.chance(perMille: big ? 600 : 200) })
            return f
        }
    }

    // MARK: Accounts

    /// The accounts: for each platform, its quota of hosts, reporting units first (in a seeded order), then the
    /// hosting sub-units — so no unit has two accounts on one platform.
    func accounts(hosts reporting: [Organization], subUnits: [Organization]) -> [NewMediaAccount] {
        var rng = SplitMix64(mixing: seed, UInt64(year), 0xACC)
        let branchUnits = reporting.filter { $0.level != .township }
        var result: [NewMediaAccount] = []
        for (pi, quota) in Self.seedPlatformQuotas.enumerated() {
            let hosts = rng.shuffled(branchUnits) + rng.shuffled(subUnits)
            for (k, host) in hosts.prefix(scaled(quota.count)).enumerated() {
                result.append(account(platform: quota.platform, platformIndex: pi, serial: k, host: host, &rng))
            }
        }
        return result
    }

    func account(
        platform: String, platformIndex: Int, serial: Int, host: Organization, _ rng: inout SplitMix64
    ) -> NewMediaAccount {
        let short = host.name.replacingOccurrences(of: "人民政府", with: "").replacingOccurrences(of: "办事处", with: "")
        let name: String
        let id: String
        switch platform {
        case "微信":
            name = "\(short)发布"
            id = "gh_" + String(rng.next() & 0xFFFF_FFFF_FFFF, radix: 16)
        case "微博":
            name = "\(short)微博"
            id = String(rng.int(in: 1_000_000_000...7_999_999_999))
        case "移动客户端":
            name = "\(short)APP"
            id = "app.\(platformIndex).\(serial + 1)"
        default:
            name = "\(short)"
            id = "\(platform)-\(rng.int(in: 10_000_000...99_999_999))"
        }
        let opened = CalendarDate(year: rng.int(in: 2013...year), month: rng.int(in: 1...12), day: rng.int(in: 1...28))
        let updated = CalendarDate(year: year, month: 12, day: rng.int(in: 18...31))
        return NewMediaAccount(
            name: name, platform: platform, accountID: id, hostUnit: host.id, status: .open, lastUpdated: updated,
            opened: opened, hasInteraction: true)
    }
}
