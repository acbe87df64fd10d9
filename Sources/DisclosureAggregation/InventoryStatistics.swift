import DisclosureModel

/// Counts over an inventory of websites and 政务新媒体 accounts: by category, by named platform (其他 split into 抖音,
/// 今日头条 …), by status, websites by type, and by host unit, level and branch when a tree is given.
///
/// Feed records one at a time (`add(_:tree:)`) for 140,000 accounts in flat memory, or pass whole arrays to `init`.
/// `byStatus` counts every record; every other count only records whose status is in `statuses`
/// (by default all; pass `[.open]` to count running sites and accounts, as published totals do).
/// Host units are resolved through the tree by id or name; those it lacks are counted in `unresolvedUnits`.
public struct InventoryStatistics: Hashable, Sendable, Codable {
    /// Counts of one unit, level or branch.
    public struct Counts: Hashable, Sendable, Codable {
        /// Websites.
        public var websites = 0
        /// Accounts.
        public var accounts = 0
        /// Accounts by category.
        public var byCategory: [NewMediaCategory: Int] = [:]

        /// Empty counts.
        public init() {}
    }

    /// The statuses counted (except in the `…ByStatus` counts).
    public var statuses: Set<InventoryStatus>
    /// Websites counted.
    public var websiteCount = 0
    /// Accounts counted.
    public var accountCount = 0
    /// Accounts by counting category (微信 / 微博 / 移动客户端 / 其他).
    public var byCategory: [NewMediaCategory: Int] = [:]
    /// Accounts by platform as recorded (`微信`, `抖音` …).
    public var byPlatform: [String: Int] = [:]
    /// Accounts of category 其他, by their named platform (抖音 14, 今日头条 12 …).
    public var otherByPlatform: [String: Int] = [:]
    /// Every account record by status.
    public var accountsByStatus: [InventoryStatus: Int] = [:]
    /// Every website record by status.
    public var websitesByStatus: [InventoryStatus: Int] = [:]
    /// Websites by type.
    public var websitesByType: [WebsiteType: Int] = [:]
    /// By host unit, as recorded (its id, or its name where the inventory names it so).
    public var byUnit: [String: Counts] = [:]
    /// By level of the host unit (via the tree).
    public var byLevel: [OrganizationLevel: Counts] = [:]
    /// By branch: the host unit's ancestor directly under the root, by its id (the root's own records under the root's id).
    public var byBranch: [String: Counts] = [:]
    /// Host units not found in the tree, with how many records name them.
    public var unresolvedUnits: [String: Int] = [:]

    /// Empty statistics.
    public init(statuses: Set<InventoryStatus> = Set(InventoryStatus.allCases)) {
        self.statuses = statuses
    }

    /// Statistics of whole arrays.
    public init(
        websites: [Website] = [], accounts: [NewMediaAccount] = [], tree: OrganizationTree? = nil,
        statuses: Set<InventoryStatus> = Set(InventoryStatus.allCases)
    ) {
        self.init(statuses: statuses)
        for w in websites { add(w, tree: tree) }
        for a in accounts { add(a, tree: tree) }
    }

    /// Counts one account; `tree` resolves its host unit to a level and a branch.
    public mutating func add(_ account: NewMediaAccount, tree: OrganizationTree? = nil) {
        accountsByStatus[account.status, default: 0] += 1
        guard statuses.contains(account.status) else { return }
        accountCount += 1
        byCategory[account.category, default: 0] += 1
        byPlatform[account.platform, default: 0] += 1
        if account.category == .other { otherByPlatform[account.platform, default: 0] += 1 }
        count(account.hostUnit, tree) {
            $0.accounts += 1
            $0.byCategory[account.category, default: 0] += 1
        }
    }

    /// Counts one website; `tree` resolves its host unit to a level and a branch.
    public mutating func add(_ website: Website, tree: OrganizationTree? = nil) {
        websitesByStatus[website.status, default: 0] += 1
        guard statuses.contains(website.status) else { return }
        websiteCount += 1
        websitesByType[website.type, default: 0] += 1
        count(website.hostUnit, tree) { $0.websites += 1 }
    }

    mutating func count(_ host: String, _ tree: OrganizationTree?, _ update: (inout Counts) -> Void) {
        update(&byUnit[host, default: Counts()])
        guard let tree else { return }
        guard let unit = tree.resolve(host) else {
            unresolvedUnits[host, default: 0] += 1
            return
        }
        update(&byLevel[unit.level, default: Counts()])
        update(&byBranch[(tree.branch(of: unit.id) ?? unit).id, default: Counts()])
    }

    /// The record counts in the shape a declared-versus-records comparison needs: the total and the four categories.
    public var newMediaCounts: (total: Int, byCategory: [NewMediaCategory: Int]) {
        (accountCount, Dictionary(uniqueKeysWithValues: NewMediaCategory.allCases.map { ($0, byCategory[$0] ?? 0) }))
    }
}
