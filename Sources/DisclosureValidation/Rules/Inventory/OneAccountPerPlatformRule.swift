import DisclosureModel

/// 一个单位原则上在同一平台只开设一个账号: at most one open account per unit per platform.
///
/// 微信 and 微博 count as one platform each whatever the spelling (`微信公众号`, `新浪微博`); 其他 platforms by name
/// (`抖音`, `今日头条`). Mobile apps are not accounts on a platform and are not checked. A warning ("原则上"), one per
/// unit and platform, naming every account.
public struct OneAccountPerPlatformRule: ValidationRule {
    /// `INV.onePerPlatform`.
    public let id = "INV.onePerPlatform"
    /// What it checks.
    public let summary = "同一单位在同一平台只开设一个账号 — one account per unit per platform"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// One warning per unit and platform with more than one open account.
    public func check(_ inventory: InventoryRecords, in context: ValidationContext) -> [Diagnostic] {
        let accounts = inventory.accounts
        let keys: [UnitPlatform?] = accounts.map {
            $0.status.isActive && $0.category != .mobileApp ? UnitPlatform(unit: $0.hostUnit, platform: $0.platformKey) : nil
        }
        return repeatedGroups(keys).map { group in
            let first = accounts[group[0]]
            let names = group.map { accounts[$0].recordName($0) }
            return Diagnostic(
                id: id, severity: .warning, message: Message.chinese(first.hostUnit, first.platform, group.count),
                english: Message.english(first.hostUnit, first.platform, group.count),
                location: context.location(record: names.joined(separator: "; "), hostUnit: first.hostUnit),
                notes: names)
        }
    }

    struct UnitPlatform: Hashable {
        let unit: String
        let platform: String
    }
}

extension OneAccountPerPlatformRule {
    enum Message {
        static func chinese(_ unit: String, _ platform: String, _ count: Int) -> String {
            "\(unit) 在\(platform)平台开设了 \(count) 个账号（原则上同一平台只开设一个）"
        }
        static func english(_ unit: String, _ platform: String, _ count: Int) -> String {
            "\(unit) has \(count) open accounts on \(platform) (one per platform, in principle)"
        }
    }
}
