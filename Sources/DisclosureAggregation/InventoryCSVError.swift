/// A problem reading an inventory or organization CSV, located by file, line and column.
///
/// `description` is the message a clerk sees: `accounts.csv 第12行 “状态”列：无法识别“停止” — unknown status`.
/// Lines are 1-based records: the header is 第1行, the first data row 第2行 (a quoted field spanning lines counts once).
public struct InventoryCSVError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Hashable, Sendable, Codable {
        /// The file could not be opened or decoded.
        case unreadable(String)
        /// The header lacks required columns (their standard names).
        case missingColumns([String])
        /// A required value is empty.
        case missingValue
        /// A value is not one the column allows; `what` glosses the column in English (`status`).
        case unknownValue(String, what: String)
        /// A date that cannot be read.
        case badDate(String)
    }

    /// The file name as given.
    public var file: String
    /// The 1-based record number (header = 1), nil for whole-file problems.
    public var line: Int?
    /// The column's standard name (`状态`), nil for whole-file or whole-row problems.
    public var column: String?
    /// Why.
    public var reason: Reason

    /// Creates an error.
    public init(file: String, line: Int? = nil, column: String? = nil, reason: Reason) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `accounts.csv 第12行 “状态”列：无法识别“停止” — unknown status`.
    public var description: String {
        var place = file
        if let line { place += " 第\(line)行" }
        if let column { place += " “\(column)”列" }
        switch reason {
        case .unreadable(let detail): return "\(place)：无法读取（\(detail)） — cannot read the file"
        case .missingColumns(let names):
            return "\(place)：缺少列 \(names.map { "“\($0)”" }.joined(separator: "、")) — missing columns \(names.joined(separator: ", "))"
        case .missingValue: return "\(place)：不能为空 — value required"
        case .unknownValue(let value, let what): return "\(place)：无法识别“\(value)” — unknown \(what)"
        case .badDate(let value): return "\(place)：日期无法识别“\(value)”，应为 YYYY-MM-DD — not a date"
        }
    }
}
