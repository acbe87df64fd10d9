import DisclosureModel

/// A deterministic, realistic sample city for examples, tests and benchmarks: the 洛阳-like tree, one consistent
/// report per unit, the websites with their annual forms, the 政务新媒体 accounts, and optionally a list of known
/// errors planted in the reports.
///
/// ```swift
/// let city = SampleCity.generate(year: 2020, units: 55, seed: 1, errors: 3)
/// city.reports.count      // 55: 洛阳市人民政府, 14 县(市、区), 40 市政府部门
/// city.websites.count     // 59
/// city.accounts.count     // 324: 微信 191, 微博 91, 移动客户端 6, 其他 36 (抖音 14, 今日头条 12, 百家号 5, 快手 3, 企鹅号 2)
/// city.injectedErrors     // what was planted, where, and which diagnostic must find it
/// ```
///
/// Everything is a function of `(year, units, seed, errors)`: the same arguments give identical output on every
/// machine (SplitMix64, never the system generator). The same unit's reports of consecutive years agree
/// (二 上年结转 = last year's 四 结转下年度), so a 2020 and a 2021 city with one seed form a consistent pair.
/// The inventory is the same for every year; `nextSnapshot(seed:)` makes a later one with known changes.
public struct SampleCity: Hashable, Sendable, Codable {
    /// The year reported on.
    public var year: Int
    /// The seed it was generated from.
    public var seed: UInt64
    /// The reporting units, root first (`SampleTree` order); each has exactly one report.
    public var organizations: [Organization]
    /// Units that host accounts but do not report in this sample (乡镇 media stations, 县直部门, 二级机构); each has its
    /// parent in `organizations`. Pass `allOrganizations` where accounts must be resolved to a level.
    public var hostUnits: [Organization]
    /// One report per unit, in the order of `organizations`.
    public var reports: [AnnualReport]
    /// The websites.
    public var websites: [Website]
    /// One 政府网站工作年度报表 per website, in the order of `websites`.
    public var websiteForms: [WebsiteAnnualForm]
    /// The 政务新媒体 accounts, all 开设.
    public var accounts: [NewMediaAccount]
    /// The errors planted in `reports` (empty unless `errors` > 0).
    public var injectedErrors: [InjectedError]

    /// The reporting tree and the hosting sub-units together.
    public var allOrganizations: [Organization] { organizations + hostUnits }

    /// The seed's own declared counts (一(五)): 324 accounts, 其中 微信 191、微博 91、客户端 6、其它 28 — a breakdown
    /// 8 short of its total. The default sample city's records match the total, so comparing records with this
    /// declaration reproduces the seed's inconsistency.
    public static let seedDeclaredAccounts: (total: Int, byCategory: [NewMediaCategory: Int]) = (
        324, [.weChat: 191, .weibo: 91, .mobileApp: 6, .other: 28]
    )

    /// The seed's declared number of websites (59).
    public static let seedDeclaredWebsites = 59

    /// Generates a city.
    ///
    /// - Parameters:
    ///   - year: the year reported on; the edition follows it (2020 → 2019 edition, 2021 → 2021 edition).
    ///   - units: reporting units, root included; 55 gives the seed city (59 websites, 324 accounts). Larger trees add
    ///     乡镇(街道) and more counties (see `SampleTree`); sites and accounts scale with counties and departments.
    ///   - seed: any number; the same seed gives the same city.
    ///   - errors: how many known errors to plant, one per unit (at most `units`), cycling through
    ///     `InjectedError.Kind`; listed in `injectedErrors`.
    public static func generate(year: Int, units: Int = 55, seed: UInt64 = 1, errors: Int = 0) -> SampleCity {
        let tree = SampleTree(units: units)
        let organizations = tree.organizations
        let generator = SampleReportGenerator(seed: seed)
        var reports = organizations.enumerated().map { i, org in generator.report(for: org, unit: i, year: year) }

        var injected: [InjectedError] = []
        if errors > 0 {
            var rng = SplitMix64(mixing: seed, UInt64(year), 0xE44)
            let targets = rng.shuffled(Array(reports.indices)).prefix(errors)
            let kinds = InjectedError.Kind.allCases
            for (k, index) in targets.enumerated() {
                injected.append(InjectedError.inject(kinds[k % kinds.count], into: &reports[index]))
            }
        }

        let inventory = SampleInventoryGenerator(seed: seed, year: year, tree: tree)
        let hostUnits = inventory.hostUnits()
        let websites = inventory.websites()
        let names = Dictionary((organizations + hostUnits).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return SampleCity(
            year: year, seed: seed, organizations: organizations, hostUnits: hostUnits, reports: reports,
            websites: websites, websiteForms: inventory.websiteForms(websites, unitNames: names),
            accounts: inventory.accounts(hosts: organizations, subUnits: hostUnits), injectedErrors: injected)
    }

    /// The report of one unit of a `units`-unit sample city, generated alone (what `reports(count:year:seed:)` yields
    /// at `index`; equal to `generate(year:units:seed:).reports[index]` when no errors are planted).
    public static func report(at index: Int, units: Int, year: Int, seed: UInt64 = 1) -> AnnualReport {
        let tree = SampleTree(units: units)
        return SampleReportGenerator(seed: seed).report(for: tree.organization(at: index), unit: index, year: year)
    }

    /// The report of one unit of a sample city drawn in `format` (a corrected or provincial form): every cell of its
    /// tables filled, every identity holding.
    public static func report(at index: Int, units: Int, year: Int, seed: UInt64 = 1, format: ReportFormat) -> AnnualReport {
        let tree = SampleTree(units: units)
        return SampleReportGenerator(seed: seed)
            .report(for: tree.organization(at: index), unit: index, year: year, format: format)
    }

    /// A lazy sequence of `count` reports of a `count`-unit city, generated one at a time (flat memory), for
    /// benchmarks and streaming roll-ups. Its tree is `SampleTree(units: count)`.
    public static func reports(count: Int, year: Int, seed: UInt64 = 1) -> SampleReports {
        SampleReports(count: count, year: year, seed: seed)
    }
}
