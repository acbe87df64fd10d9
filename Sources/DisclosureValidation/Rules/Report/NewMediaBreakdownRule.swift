import DisclosureModel
import Foundation

/// The prose's 政务新媒体 total against its own breakdown (微信 + 微博 + 移动客户端 + 其他), FORMATS.md §4.
///
/// The seed says 324 accounts "其中微信 191 个、微博 91 个、客户端 6 个、其它 28 个" = 316. The likely cause is an
/// 其他 that leaves out 抖音, 今日头条, 百家号 … accounts, so the message says so. A warning (a figure in the prose is
/// wrong, not a table); a note when a figure involved is approximate. With all four categories quoted the sum must
/// equal the total; with only some, it must not exceed it.
public struct NewMediaBreakdownRule: ValidationRule {
    /// `TEXT.newMediaBreakdown`.
    public let id = "TEXT.newMediaBreakdown"
    /// What it checks.
    public let summary = "政务新媒体总数等于微信、微博、客户端、其他之和 — the new-media total equals its breakdown"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// At most one diagnostic.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        let quoted = report.quotedFigures
        guard let total = quoted.first(where: { $0.kind == .newMediaAccounts }) else { return [] }
        let parts: [(NewMediaCategory, QuotedFigure)] = NewMediaCategory.allCases.compactMap { category in
            let kind = DeclaredCounts.kind(of: category)
            return quoted.first { $0.kind == kind }.map { (category, $0) }
        }
        guard !parts.isEmpty else { return [] }
        let sum = parts.reduce(Decimal(0)) { $0 + $1.1.value }
        let complete = parts.count == NewMediaCategory.allCases.count
        guard complete ? sum != total.value : sum > total.value else { return [] }
        let approximate = total.approximate || parts.contains { $0.1.approximate }
        let values = parts.map(\.1.value)
        let short = total.value - sum
        return [
            Diagnostic(
                id: id, severity: approximate ? .note : .warning,
                message: Message.chinese(total.value, values, sum, short),
                english: Message.english(total.value, values, sum, short),
                location: context.location(quoted: total, unit: report.organization.name, detail: total.kind.rawValue),
                notes: [
                    "\(total.value.plainText) ≠ \(sumText(values)) = \(sum.plainText)",
                    "差额 diff: \(signedText(short))",
                    parts.map { "\($0.0.rawValue) \($0.1.value.plainText)" }.joined(separator: "，"),
                ])
        ]
    }
}

extension NewMediaBreakdownRule {
    enum Message {
        static func chinese(_ total: Decimal, _ parts: [Decimal], _ sum: Decimal, _ short: Decimal) -> String {
            let head = "正文政务新媒体总数 \(total.plainText) 个，但分类合计 \(sumText(parts)) = \(sum.plainText) 个，"
            return short > 0
                ? head + "少 \(short.plainText) 个：“其他”应包括抖音、今日头条、百家号、快手等平台的账号"
                : head + "多 \((-short).plainText) 个：是否有账号重复计数"
        }
        static func english(_ total: Decimal, _ parts: [Decimal], _ sum: Decimal, _ short: Decimal) -> String {
            short > 0
                ? "the breakdown is \(short.plainText) short of the \(total.plainText) accounts: \(total.plainText) ≠ \(sumText(parts)) = \(sum.plainText); 其他 must include 抖音/今日头条/百家号/…"
                : "the breakdown exceeds the \(total.plainText) accounts by \((-short).plainText): \(total.plainText) ≠ \(sumText(parts)) = \(sum.plainText); an account counted twice?"
        }
    }
}
