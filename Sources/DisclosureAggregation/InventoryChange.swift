import DisclosureModel

/// What changed in an inventory between two snapshots: records opened (new), closed (gone) and whose status changed.
///
/// Accounts are matched by platform + 账号ID when both have one, else by (主办单位, 平台, 账号名称); websites by
/// 政府网站标识码 when both have one, else by 首页网址 (scheme, `www.` and trailing `/` ignored).
public struct InventoryChange: Hashable, Sendable, Codable {
    /// A record present in both snapshots with another status.
    public struct StatusChange<Record: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
        /// The record before.
        public var before: Record
        /// The record after.
        public var after: Record
    }

    /// Accounts in the later snapshot only.
    public var openedAccounts: [NewMediaAccount]
    /// Accounts in the earlier snapshot only.
    public var closedAccounts: [NewMediaAccount]
    /// Accounts whose status changed (开设 → 注销 …).
    public var accountStatusChanges: [StatusChange<NewMediaAccount>]
    /// Websites in the later snapshot only.
    public var openedWebsites: [Website]
    /// Websites in the earlier snapshot only.
    public var closedWebsites: [Website]
    /// Websites whose status changed.
    public var websiteStatusChanges: [StatusChange<Website>]

    /// Compares two snapshots; results follow the order of the snapshot they come from.
    public init(from old: InventorySnapshot, to new: InventorySnapshot) {
        (openedAccounts, closedAccounts, accountStatusChanges) = Self.diff(old.accounts, new.accounts, key: Self.key(of:))
        (openedWebsites, closedWebsites, websiteStatusChanges) = Self.diff(old.websites, new.websites, key: Self.key(of:))
    }

    static func diff<R: Hashable & Sendable & Codable>(
        _ old: [R], _ new: [R], key: (R) -> [String]
    ) -> ([R], [R], [StatusChange<R>]) where R: HasInventoryStatus {
        func index(_ records: [R]) -> [String: Int] {
            var map: [String: Int] = [:]
            for (i, r) in records.enumerated() { for k in key(r) where map[k] == nil { map[k] = i } }
            return map
        }
        let oldIndex = index(old), newIndex = index(new)
        func match(_ r: R, in map: [String: Int]) -> Int? { key(r).lazy.compactMap { map[$0] }.first }
        var opened: [R] = [], closed: [R] = [], changed: [StatusChange<R>] = []
        for r in new {
            guard let i = match(r, in: oldIndex) else { opened.append(r); continue }
            if old[i].inventoryStatus != r.inventoryStatus { changed.append(StatusChange(before: old[i], after: r)) }
        }
        for r in old where match(r, in: newIndex) == nil { closed.append(r) }
        return (opened, closed, changed)
    }

    /// The identities an account can be matched by, strongest first.
    static func key(of a: NewMediaAccount) -> [String] {
        var keys: [String] = []
        if let id = a.accountID, !id.isEmpty { keys.append("id|\(a.platform)|\(id)") }
        keys.append("name|\(a.hostUnit)|\(a.platform)|\(a.name)")
        return keys
    }

    /// The identities a website can be matched by, strongest first.
    static func key(of w: Website) -> [String] {
        var keys: [String] = []
        if let code = w.siteCode, !code.isEmpty { keys.append("code|\(code)") }
        var url = w.url.lowercased()
        for prefix in ["https://", "http://", "www."] where url.hasPrefix(prefix) { url.removeFirst(prefix.count) }
        while url.hasSuffix("/") { url.removeLast() }
        keys.append("url|\(url)")
        return keys
    }
}

/// A record with an inventory status (websites and accounts).
protocol HasInventoryStatus { var inventoryStatus: InventoryStatus { get } }
extension NewMediaAccount: HasInventoryStatus { var inventoryStatus: InventoryStatus { status } }
extension Website: HasInventoryStatus { var inventoryStatus: InventoryStatus { status } }
