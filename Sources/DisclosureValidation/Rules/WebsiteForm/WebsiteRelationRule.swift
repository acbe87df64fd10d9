import DisclosureModel
import Foundation

/// The implied relations of the 政府网站工作年度报表 (FORMATS.md §3), taken from `WebsiteFormSpec.relations` —
/// 办件量总数 = 自然人 + 法人, 办结留言 ≤ 收到留言, … — each reported under the relation's own id (`WEB.casesTotal`).
///
/// Warnings: the field list and its relations are a reconstruction (confidence C). A relation with a blank or
/// non-numeric field is not evaluated.
public struct WebsiteRelationRule: ValidationRule {
    /// `WEB.relation`; diagnostics carry the relation's own id.
    public let id = "WEB.relation"
    /// What it checks.
    public let summary = "网站年度报表各项之间的关系成立 — the website form's implied relations hold"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// One warning per relation that fails.
    public func check(_ form: WebsiteAnnualForm, in context: ValidationContext) -> [Diagnostic] {
        let spec = context.websiteFormSpec
        return spec.relations.compactMap { relation in
            guard relation.holds(in: form) == false else { return nil }
            let values = { (keys: [WebsiteFormSpec.FieldKey]) in keys.map { form[$0].number ?? 0 } }
            let left = values(relation.lhs).reduce(0, +)
            let right = values(relation.rhs).reduce(0, +)
            let labelled = { (keys: [WebsiteFormSpec.FieldKey]) in
                keys.map { "\(spec.qualifiedLabel($0)) \((form[$0].number ?? 0).plainText)" }.joined(separator: " + ")
            }
            let fields = (relation.lhs + relation.rhs).map { spec.qualifiedLabel($0) }.joined(separator: "、")
            let failed = Message.negated(relation.comparison)
            return Diagnostic(
                id: relation.id, severity: .warning,
                message: Message.chinese(form.formName(spec), relation.statement, left, failed, right),
                english: Message.english(relation.gloss, left, failed, right),
                location: context.location(form: form, field: fields),
                notes: [
                    "\(sumText(values(relation.lhs))) \(failed) \(sumText(values(relation.rhs)))",
                    "左边 left = \(left.plainText)：\(labelled(relation.lhs))",
                    "右边 right = \(right.plainText)：\(labelled(relation.rhs))",
                    "差额 diff: \(signedText(left - right))",
                ])
        }
    }
}

extension WebsiteRelationRule {
    enum Message {
        static func negated(_ comparison: WebsiteFormSpec.Relation.Comparison) -> String {
            switch comparison {
            case .equal: "≠"
            case .lessOrEqual: ">"
            case .greaterOrEqual: "<"
            }
        }
        static func chinese(_ form: String, _ statement: String, _ l: Decimal, _ op: String, _ r: Decimal) -> String {
            "\(form)：应\(statement)，但 \(l.plainText) \(op) \(r.plainText)"
        }
        static func english(_ gloss: String, _ l: Decimal, _ op: String, _ r: Decimal) -> String {
            "website form: \(gloss) fails, \(l.plainText) \(op) \(r.plainText)"
        }
    }
}
