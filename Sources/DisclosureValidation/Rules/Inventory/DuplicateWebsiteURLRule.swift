import DisclosureModel

/// The same homepage address recorded for two websites. Addresses compare without scheme, trailing slash or case
/// (`https://WWW.ly.gov.cn/` = `www.ly.gov.cn`). An error, one per repeated address, naming every record.
public struct DuplicateWebsiteURLRule: ValidationRule {
    /// `INV.duplicateURL`.
    public let id = "INV.duplicateURL"
    /// What it checks.
    public let summary = "网站首页网址不重复 — no homepage address recorded twice"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.error

    /// Creates the rule.
    public init() {}

    /// One error per address recorded more than once.
    public func check(_ inventory: InventoryRecords, in context: ValidationContext) -> [Diagnostic] {
        let sites = inventory.websites
        let keys: [String?] = sites.map { DuplicateWebsiteURLRule.normalized($0.url) }
        return repeatedGroups(keys).map { group in
            let first = sites[group[0]]
            let names = group.map { sites[$0].recordName($0) }
            return Diagnostic(
                id: id, severity: .error, message: Message.chinese(first.url, group.count),
                english: Message.english(first.url, group.count),
                location: context.location(record: names.joined(separator: "; "), hostUnit: first.hostUnit),
                notes: group.map { "\(sites[$0].recordName($0)) — \(sites[$0].hostUnit)，\(sites[$0].status.rawValue)" })
        }
    }

    /// The address without scheme, trailing slashes, surrounding spaces or case; nil when empty.
    static func normalized(_ url: String) -> String? {
        var text = url.trimmingCharacters(in: .whitespaces).lowercased()
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text.removeFirst(scheme.count) }
        while text.hasSuffix("/") { text.removeLast() }
        return text.isEmpty ? nil : text
    }
}

extension DuplicateWebsiteURLRule {
    enum Message {
        static func chinese(_ url: String, _ count: Int) -> String { "网站首页网址“\(url)”在清单中出现 \(count) 次" }
        static func english(_ url: String, _ count: Int) -> String { "homepage \(url) is recorded \(count) times" }
    }
}

import Foundation
