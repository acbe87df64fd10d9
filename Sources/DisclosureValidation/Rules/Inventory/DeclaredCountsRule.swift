import DisclosureModel

/// Declared counts (a report's "开通政府网站 59 个，开设政务新媒体 324 个，其中微信 191 个…", or given explicitly) against
/// the inventory's open records, by websites, accounts and each counting category.
///
/// Warnings: the two are often taken on different dates (FORMATS.md §4). Only open records count (关停/注销/整合 do
/// not); the notes give the breakdown by category and, for 其他, by named platform, so the missing or extra
/// platforms show (an 其他 that leaves out 抖音 and 今日头条).
public struct DeclaredCountsRule: ValidationRule {
    /// `INV.declaredCount`.
    public let id = "INV.declaredCount"
    /// What it checks.
    public let summary = "申报的网站、新媒体数量与清单一致 — declared counts match the inventory"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// One warning per declared figure that differs from the records.
    public func check(_ inventory: InventoryRecords, in context: ValidationContext) -> [Diagnostic] {
        guard let declared = inventory.declared, !declared.isEmpty else { return [] }
        let open = inventory.accounts.filter(\.status.isActive)
        var byCategory: [NewMediaCategory: Int] = [:]
        var otherPlatforms: [String: Int] = [:]
        for account in open {
            byCategory[account.category, default: 0] += 1
            if account.category == .other { otherPlatforms[account.platform, default: 0] += 1 }
        }
        let breakdown = NewMediaCategory.allCases.map { category in
            let said = declared.newMediaByCategory[category].map(String.init) ?? "—"
            return "\(category.rawValue) 申报 \(said) / 清单 \(byCategory[category] ?? 0)"
        }.joined(separator: "；")
        let otherNote = "清单中“其他”平台 other platforms: " + (otherPlatforms.isEmpty ? "无" : countsText(otherPlatforms))

        var found: [Diagnostic] = []
        func compare(_ said: Int?, _ records: Int, kind: QuotedFigure.Kind, what: String, whatEnglish: String,
                     notes: [String]) {
            guard let said, said != records else { return }
            found.append(
                Diagnostic(
                    id: id, severity: .warning, message: Message.chinese(what, said, records),
                    english: Message.english(whatEnglish, said, records),
                    location: context.location(
                        unit: nil, section: .overview, line: declared.sources[kind.rawValue]?.line,
                        file: declared.sources[kind.rawValue]?.file, detail: kind.rawValue),
                    notes: ["差额 diff: \(signedText(.init(records - said)))（清单 − 申报 records − declared）"] + notes))
        }
        let openSites = inventory.websites.filter(\.status.isActive)
        var siteTypes: [String: Int] = [:]
        for site in openSites { siteTypes[site.type.rawValue, default: 0] += 1 }
        compare(
            declared.websites, openSites.count, kind: .websites, what: "政府网站", whatEnglish: "websites",
            notes: [
                "清单在用网站 open websites: " + (siteTypes.isEmpty ? "无" : countsText(siteTypes)),
                "清单另有非在用 not open: \(inventory.websites.count - openSites.count)",
            ])
        compare(
            declared.newMediaAccounts, open.count, kind: .newMediaAccounts, what: "政务新媒体",
            whatEnglish: "new-media accounts",
            notes: [breakdown, otherNote, "清单另有非在用 not open: \(inventory.accounts.count - open.count)"])
        for category in NewMediaCategory.allCases {
            compare(
                declared.newMediaByCategory[category], byCategory[category] ?? 0,
                kind: DeclaredCounts.kind(of: category), what: "政务新媒体“\(category.rawValue)”",
                whatEnglish: "\(category.rawValue) accounts", notes: category == .other ? [otherNote] : [])
        }
        return found
    }
}

extension DeclaredCountsRule {
    enum Message {
        static func chinese(_ what: String, _ said: Int, _ records: Int) -> String {
            let gap = records > said ? "清单多 \(records - said) 个" : "清单少 \(said - records) 个"
            return "申报\(what) \(said) 个，清单中在用 \(records) 个（\(gap)）"
        }
        static func english(_ what: String, _ said: Int, _ records: Int) -> String {
            let gap = records > said ? "\(records - said) more" : "\(said - records) fewer"
            return "declared \(said) \(what), the inventory has \(records) open (\(gap))"
        }
    }
}

import Foundation
