import Foundation

/// One figure in a table cell: a number, or blank.
///
/// Blank means "not filled" and is distinct from 0. Real reports leave cells empty or write "-", "—", "/", "无";
/// all of those read as `.blank`. Validation reports blanks; aggregation says how it treated them.
/// Counts are whole numbers and amounts are decimals in the unit of their column (`ColumnSpec.kind`):
/// both are held as `Decimal` so that a non-integer count read from outside is kept and reported, not rounded.
public enum Figure: Hashable, Sendable {
    /// Not filled.
    case blank
    /// A number as given, exactly.
    case number(Decimal)

    /// A whole number.
    public init(_ value: Int) { self = .number(Decimal(value)) }

    /// The number, or nil when blank.
    public var decimal: Decimal? {
        if case .number(let d) = self { return d }
        return nil
    }

    /// The number as an `Int` when it is a whole number that fits; nil when blank or not whole.
    public var integer: Int? {
        guard case .number(let d) = self, d.isWholeNumber else { return nil }
        return Int(exactly: d)
    }

    /// True when not filled.
    public var isBlank: Bool { self == .blank }
}

extension Figure: ExpressibleByIntegerLiteral {
    /// `153` where a figure is expected.
    public init(integerLiteral value: Int) { self = .number(Decimal(value)) }
}

extension Figure: CustomStringConvertible {
    /// The number as written (`94.2`), or `空` for blank.
    public var description: String {
        switch self {
        case .blank: "空"
        case .number(let d): d.plainText
        }
    }
}

extension Figure: Codable {
    /// Decodes a JSON number (exactly, through Decimal) or `null` for blank.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        self = c.decodeNil() ? .blank : .number(try c.decode(Decimal.self))
    }

    /// Encodes a JSON number, or `null` for blank.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .blank: try c.encodeNil()
        case .number(let d): try c.encode(d)
        }
    }
}

extension Decimal {
    /// True when the value has no fractional part.
    public var isWholeNumber: Bool {
        var value = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return rounded == self
    }

    /// The value in plain decimal notation without exponent or grouping: `94.2`, `-8`, `0.05`.
    public var plainText: String {
        // Decimal's description is already plain, locale-independent and exact.
        description
    }
}

extension Int {
    /// Exact conversion from a whole `Decimal` that fits; nil otherwise.
    public init?(exactly d: Decimal) {
        guard d.isWholeNumber, !d.isNaN else { return nil }
        // Through the exact string form, never through Double.
        guard let i = Int(d.description), Decimal(i) == d else { return nil }
        self = i
    }
}
