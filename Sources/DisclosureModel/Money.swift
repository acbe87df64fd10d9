import Foundation

/// The unit in which an amount of money is stated.
public enum MoneyUnit: String, Sendable, Codable, CaseIterable, Hashable {
    /// 元.
    case yuan = "元"
    /// 万元 (10,000 元).
    case wanYuan = "万元"

    /// How many 元 one of this unit is.
    public var yuanFactor: Decimal {
        switch self {
        case .yuan: 1
        case .wanYuan: 10_000
        }
    }
}

/// An amount of money: an exact `Decimal` with its unit. Never `Double`: 94.2 万元 stays 94.2.
public struct Amount: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The number as stated.
    public var value: Decimal
    /// The unit it is stated in.
    public var unit: MoneyUnit

    /// Creates an amount.
    public init(_ value: Decimal, _ unit: MoneyUnit) {
        self.value = value
        self.unit = unit
    }

    /// The same amount in another unit, exactly (251000 元 → 25.1 万元).
    public func converted(to target: MoneyUnit) -> Amount {
        Amount(value * unit.yuanFactor / target.yuanFactor, target)
    }

    /// `94.2万元`.
    public var description: String { "\(value.plainText)\(unit.rawValue)" }
}
