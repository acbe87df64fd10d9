import DisclosureModel

/// The same account ID (账号 ID / 原始 ID) recorded twice on the same platform — one account entered twice, whatever
/// the records' statuses. An error, one per repeated ID, naming every record. Records without an ID are skipped.
public struct DuplicateAccountIDRule: ValidationRule {
    /// `INV.duplicateAccountID`.
    public let id = "INV.duplicateAccountID"
    /// What it checks.
    public let summary = "账号 ID 不重复 — no account ID recorded twice"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.error

    /// Creates the rule.
    public init() {}

    /// One error per ID recorded more than once.
    public func check(_ inventory: InventoryRecords, in context: ValidationContext) -> [Diagnostic] {
        let accounts = inventory.accounts
        let keys: [String?] = accounts.map { account in
            guard let raw = account.accountID?.trimmingCharacters(in: .whitespaces).lowercased(), !raw.isEmpty else {
                return nil
            }
            return "\(account.platformKey)\u{1F}\(raw)"
        }
        return repeatedGroups(keys).map { group in
            let first = accounts[group[0]]
            let accountID = first.accountID?.trimmingCharacters(in: .whitespaces) ?? ""
            let names = group.map { accounts[$0].recordName($0) }
            return Diagnostic(
                id: id, severity: .error, message: Message.chinese(first.platform, accountID, group.count),
                english: Message.english(first.platform, accountID, group.count),
                location: context.location(record: names.joined(separator: "; "), hostUnit: first.hostUnit),
                notes: group.map { "\(accounts[$0].recordName($0)) — \(accounts[$0].hostUnit)，\(accounts[$0].status.rawValue)" })
        }
    }
}

extension DuplicateAccountIDRule {
    enum Message {
        static func chinese(_ platform: String, _ accountID: String, _ count: Int) -> String {
            "\(platform)账号 ID“\(accountID)”在清单中出现 \(count) 次"
        }
        static func english(_ platform: String, _ accountID: String, _ count: Int) -> String {
            "\(platform) account ID \"\(accountID)\" is recorded \(count) times"
        }
    }
}

import Foundation
