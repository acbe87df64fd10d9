import DisclosureModel

/// Counts and amounts below zero. Only 本年增/减 (`ValueKind.signedCount`) may be negative ("减用负值表示，如-8").
public struct NegativeCountRule: ValidationRule {
    /// `CELL.negative`.
    public let id = "CELL.negative"
    /// What it checks.
    public let summary = "件数、金额不得为负数 — counts and amounts are not negative"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.error

    /// Creates the rule.
    public init() {}

    /// One error per negative cell, in reading order.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        valueErrors(
            id: id, report: report, context: context,
            offending: { kind, slot in kind != .signedCount && slot.isNegative ? slot.decimal : nil },
            chinese: Message.chinese, english: Message.english)
    }
}

extension NegativeCountRule {
    enum Message {
        static func chinese(_ value: String) -> String { "不能为负数（\(value)）" }
        static func english(_ value: String) -> String { "must not be negative (\(value))" }
    }
}
