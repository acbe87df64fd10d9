import DisclosureModel

/// Open accounts not updated within `ValidationContext.staleAfterDays` (14) days before the check date — the
/// 内容不更新 veto of 国办秘函〔2019〕19号 ("监测点前两周内未更新").
///
/// Runs only with `ValidationContext.checkDate`. A warning per stale account (updated 14 days before the check
/// date passes; 15 fails). Accounts with no 最近更新日期 are not guessed at: one note counts them.
public struct StaleAccountRule: ValidationRule {
    /// `INV.stale`.
    public let id = "INV.stale"
    /// What it checks.
    public let summary = "账号在检查日前两周内有更新 — accounts updated within 14 days of the check date"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// One warning per stale open account, and one note for those without a date.
    public func check(_ inventory: InventoryRecords, in context: ValidationContext) -> [Diagnostic] {
        guard let checkDate = context.checkDate else { return [] }
        let limit = context.staleAfterDays
        var found: [Diagnostic] = []
        var undated = 0
        for (i, account) in inventory.accounts.enumerated() where account.status.isActive {
            guard let updated = account.lastUpdated else {
                undated += 1
                continue
            }
            let days = updated.days(to: checkDate)
            guard days > limit else { continue }
            found.append(
                Diagnostic(
                    id: id, severity: .warning, message: Message.chinese(account, days, limit),
                    english: Message.english(account, days, limit),
                    location: context.location(record: account.recordName(i), hostUnit: account.hostUnit),
                    notes: [
                        "最近更新 last updated: \(updated)", "检查日 check date: \(checkDate)",
                        "间隔 days: \(days) > \(limit)",
                    ]))
        }
        if undated > 0 {
            found.append(
                Diagnostic(
                    id: id, severity: .note, message: Message.undated(undated, checkDate),
                    english: Message.undatedEnglish(undated),
                    location: Diagnostic.Location(file: context.fileName, unit: context.unit)))
        }
        return found
    }
}

extension StaleAccountRule {
    enum Message {
        static func chinese(_ account: NewMediaAccount, _ days: Int, _ limit: Int) -> String {
            "\(account.name)（\(account.platform)）已 \(days) 天未更新（检查日前 \(limit) 天内应有更新）"
        }
        static func english(_ account: NewMediaAccount, _ days: Int, _ limit: Int) -> String {
            "\(account.name) (\(account.platform)) not updated for \(days) days before the check date (limit \(limit))"
        }
        static func undated(_ count: Int, _ date: CalendarDate) -> String {
            "\(count) 个在用账号没有最近更新日期，未能按检查日 \(date) 核对"
        }
        static func undatedEnglish(_ count: Int) -> String {
            "\(count) open accounts have no last-updated date; not checked"
        }
    }
}
