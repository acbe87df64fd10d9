import DisclosureModel

extension NewMediaAccount {
    /// `accounts[12] 洛阳发布（微信）` — how diagnostics name a record.
    func recordName(_ index: Int) -> String { "accounts[\(index)] \(name)（\(platform)）" }

    /// The platform, normalised for comparison: the category for 微信/微博/移动客户端, else the trimmed, lower-cased
    /// platform name (`抖音`, `今日头条`).
    var platformKey: String {
        category == .other ? platform.trimmingCharacters(in: .whitespaces).lowercased() : category.rawValue
    }
}

extension Website {
    /// `websites[3] 洛阳市人民政府（www.ly.gov.cn）` — how diagnostics name a record.
    func recordName(_ index: Int) -> String { "websites[\(index)] \(name)（\(url)）" }
}

/// `抖音 6、今日头条 2` — counts by name, most first, then by name.
func countsText(_ counts: [String: Int]) -> String {
    counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        .map { "\($0.key) \($0.value)" }.joined(separator: "、")
}

/// Indices grouped by key, groups in order of first appearance; only groups of two or more.
func repeatedGroups<Key: Hashable>(_ keys: [Key?]) -> [[Int]] {
    var groups: [Key: [Int]] = [:]
    var order: [Key] = []
    for (i, key) in keys.enumerated() {
        guard let key else { continue }
        if groups[key] == nil { order.append(key) }
        groups[key, default: []].append(i)
    }
    return order.compactMap { groups[$0] }.filter { $0.count > 1 }
}

import Foundation
