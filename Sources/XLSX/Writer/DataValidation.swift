import Foundation

/// A data-validation rule on a range of cells, with the prompt shown on entry and the message shown on refusal.
///
/// Typical for a template: `.init(rule: .wholeNumber(.atLeast(0)), inputTitle: "请填写", inputMessage: "非负整数",
/// errorMessage: "请输入大于等于 0 的整数 — a whole number ≥ 0")`.
/// Excel limits: titles ≤ 32 characters, messages ≤ 255, a literal list ≤ 255 characters in all; longer ones throw.
public struct DataValidation: Hashable, Sendable, Codable {
    /// A comparison for numeric rules.
    public enum Criterion: Hashable, Sendable, Codable {
        /// Any value of the type (for whole numbers: any integer, positive or negative).
        case any
        /// Between the two bounds, inclusive.
        case between(Decimal, Decimal)
        /// Outside the two bounds.
        case notBetween(Decimal, Decimal)
        /// Equal to.
        case equalTo(Decimal)
        /// Not equal to.
        case notEqualTo(Decimal)
        /// Greater than.
        case greaterThan(Decimal)
        /// Less than.
        case lessThan(Decimal)
        /// Greater than or equal to (`.atLeast(0)`: not negative).
        case atLeast(Decimal)
        /// Less than or equal to.
        case atMost(Decimal)
    }

    /// What the cell accepts.
    public enum Rule: Hashable, Sendable, Codable {
        /// Whole numbers satisfying the criterion (`.wholeNumber(.atLeast(0))` for counts).
        case wholeNumber(Criterion)
        /// Decimal numbers satisfying the criterion (`.decimal(.atLeast(0))` for amounts).
        case decimal(Criterion)
        /// One of the listed texts, offered in a drop-down.
        case list([String])
        /// One of the values in a range, e.g. `$A$1:$A$5` or `'代码表'!$A$1:$A$9`, offered in a drop-down.
        case listFromRange(String)
    }

    /// How a refusal behaves.
    public enum ErrorStyle: String, Hashable, Sendable, Codable {
        /// Refuse the value (停止).
        case stop
        /// Warn, allow on confirmation (警告).
        case warning
        /// Inform, allow (信息).
        case information
    }

    /// The rule.
    public var rule: Rule
    /// Allow empty cells (Excel's "ignore blank").
    public var ignoresBlank: Bool
    /// Title of the prompt shown when the cell is selected (≤ 32 characters).
    public var inputTitle: String?
    /// Prompt shown when the cell is selected (≤ 255 characters).
    public var inputMessage: String?
    /// Title of the refusal message (≤ 32 characters).
    public var errorTitle: String?
    /// Refusal message (≤ 255 characters).
    public var errorMessage: String?
    /// How a refusal behaves.
    public var errorStyle: ErrorStyle

    /// Creates a validation.
    public init(rule: Rule, ignoresBlank: Bool = true, inputTitle: String? = nil, inputMessage: String? = nil,
                errorTitle: String? = nil, errorMessage: String? = nil, errorStyle: ErrorStyle = .stop) {
        self.rule = rule
        self.ignoresBlank = ignoresBlank
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.errorStyle = errorStyle
    }
}
