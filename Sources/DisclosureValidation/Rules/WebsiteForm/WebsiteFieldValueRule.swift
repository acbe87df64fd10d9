import DisclosureModel
import Foundation

/// Values of the wrong kind in a 政府网站工作年度报表: a count that is negative or not whole, a measure below zero,
/// text where a number belongs, a number where 是/否 belongs. Errors, one per field, in form order.
public struct WebsiteFieldValueRule: ValidationRule {
    /// `WEB.value`.
    public let id = "WEB.value"
    /// What it checks.
    public let summary = "网站年度报表各项取值合规 — the website form's values have the right kind"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.error

    /// Creates the rule.
    public init() {}

    /// One error per field whose value does not fit its kind.
    public func check(_ form: WebsiteAnnualForm, in context: ValidationContext) -> [Diagnostic] {
        let spec = context.websiteFormSpec
        return spec.fields.compactMap { field in
            let value = form[field.key]
            guard let problem = WebsiteFieldValueRule.problem(field.kind, value) else { return nil }
            let label = spec.qualifiedLabel(field.key)
            return Diagnostic(
                id: id, severity: .error, message: "\(form.formName(spec)) \(label)：\(problem.chinese)",
                english: "website form, field \(field.key): \(problem.english)",
                location: context.location(form: form, field: label),
                notes: ["值 value: \(WebsiteFieldValueRule.text(value))"])
        }
    }

    static func problem(_ kind: WebsiteFormSpec.FieldKind, _ value: WebsiteAnnualForm.FieldValue)
        -> (chinese: String, english: String)?
    {
        switch (kind, value) {
        case (_, .blank): nil
        case (.count, .number(let d)) where d < 0: Message.negative
        case (.count, .number(let d)) where !d.isWholeFast: Message.notWhole
        case (.measure, .number(let d)) where d < 0: Message.negative
        case (.count, .number), (.measure, .number): nil
        case (.count, _), (.measure, _): Message.notNumber
        case (.yesNo, .yesNo): nil
        case (.yesNo, _): Message.notYesNo
        default: nil
        }
    }

    static func text(_ value: WebsiteAnnualForm.FieldValue) -> String {
        switch value {
        case .blank: "空"
        case .number(let d): d.plainText
        case .yesNo(let b): b ? "是" : "否"
        case .text(let s): "“\(s)”"
        case .choices(let list): list.joined(separator: "、")
        }
    }
}

extension WebsiteFieldValueRule {
    enum Message {
        static let negative = (chinese: "不能为负数", english: "must not be negative")
        static let notWhole = (chinese: "不是整数", english: "not a whole number")
        static let notNumber = (chinese: "应为数字", english: "must be a number")
        static let notYesNo = (chinese: "应为“是”或“否”", english: "must be yes or no")
    }
}
