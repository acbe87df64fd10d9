/// Which official table a cell belongs to.
public enum TableID: String, Sendable, Codable, CaseIterable, Hashable, CustomStringConvertible {
    /// 表二 主动公开政府信息情况 (section 二).
    case proactive
    /// 表三 收到和处理政府信息公开申请情况 (section 三).
    case applications
    /// 表四 政府信息公开行政复议、行政诉讼情况 (section 四).
    case reviews

    /// The short Chinese name used in locations, e.g. `表三`.
    public var shortName: String {
        switch self {
        case .proactive: "表二"
        case .applications: "表三"
        case .reviews: "表四"
        }
    }

    /// The section of the report the table belongs to (二, 三, 四).
    public var section: SectionID {
        switch self {
        case .proactive: .proactive
        case .applications: .applications
        case .reviews: .reviews
        }
    }

    /// `表三`.
    public var description: String { shortName }
}

/// The stable key of a table row, independent of its label in either edition (`newReceived` for 一、本年新收…).
public struct RowKey: RawRepresentable, Hashable, Sendable, Codable, CodingKeyRepresentable, Comparable,
    ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The key's text, as in JSON.
    public var rawValue: String
    /// Wraps a key's text.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps a key's text.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Allows `"newReceived"` where a key is expected.
    public init(stringLiteral value: String) { rawValue = value }
    /// The key's text.
    public var description: String { rawValue }
    /// Orders by text, for stable output.
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// Encodes as a bare string.
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    /// Encodes as a bare string.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// The stable key of a table column (`naturalPerson` for 自然人).
public struct ColumnKey: RawRepresentable, Hashable, Sendable, Codable, CodingKeyRepresentable, Comparable,
    ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The key's text, as in JSON.
    public var rawValue: String
    /// Wraps a key's text.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps a key's text.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Allows `"total"` where a key is expected.
    public init(stringLiteral value: String) { rawValue = value }
    /// The key's text.
    public var description: String { rawValue }
    /// Orders by text, for stable output.
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// Encodes as a bare string.
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    /// Encodes as a bare string.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// One cell of a table: its row and column keys.
public struct CellAddress: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The row's key.
    public var row: RowKey
    /// The column's key.
    public var column: ColumnKey
    /// Creates an address.
    public init(_ row: RowKey, _ column: ColumnKey) {
        self.row = row
        self.column = column
    }
    /// `row/column`, e.g. `newReceived/naturalPerson`.
    public var description: String { "\(row)/\(column)" }
}
