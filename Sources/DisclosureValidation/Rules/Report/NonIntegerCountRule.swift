import DisclosureModel

/// Counts that are not whole numbers (`12.5` 件). Money columns (`ValueKind.money`) may hold decimals.
public struct NonIntegerCountRule: ValidationRule {
    /// `CELL.notInteger`.
    public let id = "CELL.notInteger"
    /// What it checks.
    public let summary = "件数须为整数 — counts are whole numbers"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.error

    /// Creates the rule.
    public init() {}

    /// One error per non-whole count, in reading order.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        valueErrors(
            id: id, report: report, context: context,
            offending: { kind, slot in
                guard kind.moneyUnit == nil, case .other(let value) = slot, !value.isWholeFast else { return nil }
                return value
            },
            chinese: Message.chinese, english: Message.english)
    }
}

extension NonIntegerCountRule {
    enum Message {
        static func chinese(_ value: String) -> String { "不是整数（\(value)）" }
        static func english(_ value: String) -> String { "not a whole number (\(value))" }
    }
}
