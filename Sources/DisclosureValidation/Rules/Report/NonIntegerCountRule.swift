import DisclosureModel

/// Counts that are not whole numbers (`12.5` 件). Money columns (`ValueKind.money`) may hold decimals.
public struct NonIntegerCountRule: ValidationRule {
    /// `CELL.notInteger`.
    public let id = "CELL.notInteger"
    /// What it checks.
    public let summary = "件数须为整数 — counts are whole numbers"

    /// Creates the rule.
    public init() {}

    /// One error per non-whole count, in reading order.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        context.prepared(report).forEachFilledCell { table, address, kind, slot in
            guard kind.moneyUnit == nil, case .other(let value) = slot, !value.isWholeFast else { return }
            found.append(
                cellDiagnostic(
                    id: id, severity: .error, spec: table.spec, address: address,
                    chinese: Message.chinese(value.plainText), english: Message.english(value.plainText),
                    notes: ["值 value: \(value.plainText)"], report: report, context: context))
        }
        return found
    }
}

extension NonIntegerCountRule {
    enum Message {
        static func chinese(_ value: String) -> String { "不是整数（\(value)）" }
        static func english(_ value: String) -> String { "not a whole number (\(value))" }
    }
}
