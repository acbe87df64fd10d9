import DisclosureModel
import Foundation

extension TableData {
    /// Σ of the cells' figures; nil when any of them is blank.
    func sum(_ addresses: [CellAddress]) -> Decimal? {
        var total = Decimal(0)
        for address in addresses {
            guard case .number(let value) = cells[address] ?? .blank else { return nil }
            total += value
        }
        return total
    }
}

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
