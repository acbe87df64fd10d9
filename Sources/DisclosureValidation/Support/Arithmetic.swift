import DisclosureModel
import Foundation

extension Decimal {
    /// True when certainly whole without rounding (a non-negative exponent), else the exact check.
    var isWholeFast: Bool { exponent >= 0 || isWholeNumber }
}

/// `153 + 12` — numbers joined by plus signs, as a person writes a sum (`0` for none).
func sumText(_ values: [Decimal]) -> String {
    values.isEmpty ? "0" : values.map(\.plainText).joined(separator: " + ")
}

/// `+8` / `-8` / `0`: a signed difference.
func signedText(_ value: Decimal) -> String {
    value > 0 ? "+\(value.plainText)" : value.plainText
}
