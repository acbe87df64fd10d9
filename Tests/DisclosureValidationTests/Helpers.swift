import DisclosureModel
import DisclosureValidation
import Foundation
import TestSupport

/// Shared helpers for the validation tests.
enum Check {
    /// The diagnostics of the standard report rules.
    static func report(_ report: AnnualReport, _ context: ValidationContext = ValidationContext()) -> [Diagnostic] {
        Validator().validate(report, in: context)
    }

    /// `id severity` pairs, for comparing whole sets.
    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.id) \($0.severity.rawValue)" }
    }

    /// A decimal from its exact text.
    static func decimal(_ text: String) -> Decimal { Decimal(string: text) ?? .nan }
}

extension Figure {
    /// The figure plus `delta` (blank stays blank).
    func adding(_ delta: Int) -> Figure {
        guard let d = decimal else { return .blank }
        return .number(d + Decimal(delta))
    }
}
