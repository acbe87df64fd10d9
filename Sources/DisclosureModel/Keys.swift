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

/// A stable key spelled as text: table rows and columns, quoted-figure kinds, website-form fields.
///
/// Conforming types are one-field wrappers of a `String`; this protocol gives them their initialisers, their text,
/// their order and their JSON form (a bare string, also usable as a JSON object key), so each key type is one line.
public protocol StringKey: RawRepresentable, Hashable, Sendable, Codable, CodingKeyRepresentable, Comparable,
    ExpressibleByStringLiteral, CustomStringConvertible where RawValue == String
{
    /// Wraps a key's text.
    init(rawValue: String)
}

extension StringKey {
    /// Wraps a key's text.
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    /// Allows a literal where a key is expected.
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    /// The key's text.
    public var description: String { rawValue }
    /// Orders by text, for stable output.
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// The stable key of a table row, independent of its label in either edition (`newReceived` for 一、本年新收…).
///
/// The key keeps its text's hash, worked out once when it is made: a table's cells are looked up by `CellAddress`
/// millions of times when a province is checked or summed, and hashing two integers instead of two strings per
/// look-up was the largest single cost of reading the JSON model.
public struct RowKey: StringKey {
    /// The key's text, as in JSON.
    public var rawValue: String { didSet { textHash = rawValue.hashValue } }
    /// `rawValue.hashValue`, kept (equal texts, even canonically equivalent ones, have equal hashes).
    private(set) var textHash: Int
    /// Wraps a key's text.
    public init(rawValue: String) {
        self.rawValue = rawValue
        textHash = rawValue.hashValue
    }
    /// Keys are equal when their texts are.
    public static func == (a: RowKey, b: RowKey) -> Bool { a.textHash == b.textHash && a.rawValue == b.rawValue }
    /// Hashes the kept hash of the text.
    public func hash(into hasher: inout Hasher) { hasher.combine(textHash) }
}

/// The stable key of a table column (`naturalPerson` for 自然人).
///
/// Like `RowKey`, it keeps its text's hash, so that a `CellAddress` hashes cheaply.
public struct ColumnKey: StringKey {
    /// The key's text, as in JSON.
    public var rawValue: String { didSet { textHash = rawValue.hashValue } }
    /// `rawValue.hashValue`, kept (equal texts, even canonically equivalent ones, have equal hashes).
    private(set) var textHash: Int
    /// Wraps a key's text.
    public init(rawValue: String) {
        self.rawValue = rawValue
        textHash = rawValue.hashValue
    }
    /// Keys are equal when their texts are.
    public static func == (a: ColumnKey, b: ColumnKey) -> Bool { a.textHash == b.textHash && a.rawValue == b.rawValue }
    /// Hashes the kept hash of the text.
    public func hash(into hasher: inout Hasher) { hasher.combine(textHash) }
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
    /// Hashes the keys' kept hashes, one integer (no string is hashed per look-up).
    public func hash(into hasher: inout Hasher) { hasher.combine(row.textHash &* 31 &+ column.textHash) }
}
