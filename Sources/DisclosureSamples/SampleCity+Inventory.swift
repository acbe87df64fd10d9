import DisclosureAggregation
import DisclosureModel
import Foundation

extension SampleCity {
    /// `count` accounts streamed for benchmarks, hosted by the units of `SampleAccounts.tree`.
    public static func accounts(count: Int, seed: UInt64 = 1) -> SampleAccounts { SampleAccounts(count: count, seed: seed) }

    /// The inventory as a snapshot dated 31 December of the year.
    public var inventory: InventorySnapshot {
        InventorySnapshot(date: CalendarDate(year: year, month: 12, day: 31), websites: websites, accounts: accounts)
    }

    /// A later snapshot with known changes, for `InventoryChange`: `closing` accounts 注销 (kept with that status),
    /// `dropping` accounts removed, `opening` new 抖音/快手 accounts of reporting units, and the last website 整合.
    public func nextSnapshot(closing: Int = 4, dropping: Int = 2, opening: Int = 5) -> (
        snapshot: InventorySnapshot, closed: [NewMediaAccount], dropped: [NewMediaAccount], opened: [NewMediaAccount]
    ) {
        var rng = SplitMix64(mixing: seed, UInt64(year), 0x5A9)
        var accounts = rng.shuffled(self.accounts)
        let dropped = Array(accounts.suffix(Swift.min(dropping, accounts.count)))
        accounts.removeLast(dropped.count)
        var closed: [NewMediaAccount] = []
        for i in accounts.indices.prefix(closing) {
            closed.append(accounts[i])
            accounts[i].status = .cancelled
        }
        var opened: [NewMediaAccount] = []
        for k in 0..<opening {
            let host = organizations[k % organizations.count]
            opened.append(
                NewMediaAccount(
                    name: "\(host.name)新号\(k + 1)", platform: k % 2 == 0 ? "视频号" : "快手", accountID: "new-\(year + 1)-\(k + 1)",
                    hostUnit: host.id, status: .open, lastUpdated: CalendarDate(year: year + 1, month: 12, day: 20),
                    opened: CalendarDate(year: year + 1, month: 3, day: 1 + k), hasInteraction: true))
        }
        var websites = self.websites
        if !websites.isEmpty { websites[websites.count - 1].status = .merged }
        let snapshot = InventorySnapshot(
            date: CalendarDate(year: year + 1, month: 12, day: 31), websites: websites, accounts: accounts + opened)
        return (snapshot, closed, dropped, opened)
    }

    /// Writes the city's inventories and tree as the clerk's CSV files — `organizations.csv` (the reporting units: the
    /// tree a roll-up expects one report from each of), `organizations-all.csv` (those and the hosting sub-units, the
    /// tree inventory statistics resolve accounts against), `websites.csv`, `accounts.csv` — into `directory`, each
    /// atomically. Returns the files in that order.
    @discardableResult
    public func writeCSV(to directory: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let files: [(String, Data)] = [
            ("organizations.csv", try InventoryCSV.data(organizations: organizations)),
            ("organizations-all.csv", try InventoryCSV.data(organizations: allOrganizations)),
            ("websites.csv", try InventoryCSV.data(websites: websites)),
            ("accounts.csv", try InventoryCSV.data(accounts: accounts)),
        ]
        return try files.map { name, data in
            let url = directory.appendingPathComponent(name)
            try InventoryCSV.write(data, to: url)
            return url
        }
    }
}
