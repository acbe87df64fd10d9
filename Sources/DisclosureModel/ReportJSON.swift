import Foundation

/// The JSON interchange format: a versioned envelope around any of the model's documents, and decoding errors that
/// say where in the file the problem is.
///
/// ```swift
/// let data = try ReportJSON.encode(report)
/// let back = try ReportJSON.decode(AnnualReport.self, from: data)
/// ```
public enum ReportJSON {
    /// The schema version written by this library. Files with a higher version are refused.
    public static let schemaVersion = 1

    struct Envelope<T: Codable>: Codable {
        var schemaVersion: Int
        var kind: String
        var content: T
    }

    struct Header: Decodable {
        var schemaVersion: Int?
        var kind: String?
    }

    /// The envelope's `kind` for a type (`AnnualReport` → `"AnnualReport"`).
    public static func kind<T>(of _: T.Type) -> String { String(describing: T.self) }

    /// Encodes `value` inside the envelope `{"schemaVersion": 1, "kind": "AnnualReport", "content": …}`,
    /// pretty-printed with sorted keys so files diff well.
    public static func encode<T: Codable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Envelope(schemaVersion: schemaVersion, kind: kind(of: T.self), content: value))
    }

    /// Decodes a document written by `encode`. Errors are `JSONDocumentError`s naming the JSON path.
    ///
    /// An `AnnualReport` is read by the package's own parser and decoder (`ReportJSONReader`, more than ten
    /// times faster); every other type by Foundation's `JSONDecoder`.
    public static func decode<T: Codable>(_ type: T.Type, from data: Data, file: String? = nil) throws -> T {
        if T.self == AnnualReport.self, let report = try ReportJSONReader.annualReport(from: data, file: file) as? T {
            return report
        }
        return try decodeWithFoundation(type, from: data, file: file)
    }

    /// The Foundation path (`JSONDecoder` and the synthesised `Codable` conformances), for every type; the tests
    /// check the fast path against it.
    static func decodeWithFoundation<T: Codable>(_ type: T.Type, from data: Data, file: String? = nil) throws -> T {
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw JSONDocumentError(file: file, path: "$", reason: .notJSON(String(describing: error)))
        }
        guard let version = header.schemaVersion else {
            throw JSONDocumentError(file: file, path: "$.schemaVersion", reason: .missing("schemaVersion"))
        }
        guard version <= schemaVersion else {
            throw JSONDocumentError(file: file, path: "$.schemaVersion", reason: .unsupportedVersion(version))
        }
        let expected = kind(of: T.self)
        if let k = header.kind, k != expected {
            throw JSONDocumentError(file: file, path: "$.kind", reason: .wrongKind(found: k, expected: expected))
        }
        do {
            return try decoder.decode(Envelope<T>.self, from: data).content
        } catch let error as DecodingError {
            throw JSONDocumentError(error, file: file)
        }
    }

    /// The `kind` of a document, without decoding its content (nil when it is not one of ours).
    ///
    /// Read with the package's own parser (`JSONTape`; Foundation's decoder took a third of `disclosure check`'s time
    /// decoding this header of every file); bytes that parser refuses are left to Foundation's verdict.
    public static func documentKind(of data: Data) -> String? {
        if let kind = ReportJSONReader.documentKind(of: data) { return kind }
        return documentKindWithFoundation(of: data)
    }

    /// `documentKind` through Foundation's `JSONDecoder`, as it was read before; the tests check the fast path against it.
    static func documentKindWithFoundation(of data: Data) -> String? {
        guard let h = try? JSONDecoder().decode(Header.self, from: data), h.schemaVersion != nil else { return nil }
        return h.kind
    }
}

/// A JSON document that cannot be read, with the JSON path (`$.content.applications.rows.newReceived.total`) and what
/// was expected.
public struct JSONDocumentError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why decoding failed.
    public enum Reason: Hashable, Sendable {
        /// Not JSON at all.
        case notJSON(String)
        /// A required key is missing.
        case missing(String)
        /// A value has the wrong type.
        case wrongType(expected: String)
        /// A value is malformed.
        case invalid(String)
        /// A newer schema version than this library reads.
        case unsupportedVersion(Int)
        /// Another kind of document.
        case wrongKind(found: String, expected: String)
    }

    /// The file, when known.
    public var file: String?
    /// The JSON path, `$` for the root.
    public var path: String
    /// Why.
    public var reason: Reason

    /// Creates an error.
    public init(file: String?, path: String, reason: Reason) {
        self.file = file
        self.path = path
        self.reason = reason
    }

    /// Converts Foundation's `DecodingError`, keeping its coding path.
    public init(_ error: DecodingError, file: String?) {
        func render(_ path: [any CodingKey]) -> String {
            path.reduce("$") { acc, key in
                if let i = key.intValue { return "\(acc)[\(i)]" }
                return "\(acc).\(key.stringValue)"
            }
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            self.init(file: file, path: render(ctx.codingPath + [key]), reason: .missing(key.stringValue))
        case .typeMismatch(let type, let ctx):
            self.init(file: file, path: render(ctx.codingPath), reason: .wrongType(expected: String(describing: type)))
        case .valueNotFound(let type, let ctx):
            self.init(file: file, path: render(ctx.codingPath), reason: .wrongType(expected: String(describing: type)))
        case .dataCorrupted(let ctx):
            self.init(file: file, path: render(ctx.codingPath), reason: .invalid(ctx.debugDescription))
        @unknown default:
            self.init(file: file, path: "$", reason: .invalid(String(describing: error)))
        }
    }

    /// `report.json $.content.year：类型不符，应为 Int — wrong type, expected Int`.
    public var description: String {
        let place = (file.map { "\($0) " } ?? "") + path
        switch reason {
        case .notJSON(let detail): return "\(place)：不是有效的 JSON — not valid JSON (\(detail))"
        case .missing(let key): return "\(place)：缺少字段 \(key) — missing key \(key)"
        case .wrongType(let expected): return "\(place)：类型不符，应为 \(expected) — wrong type, expected \(expected)"
        case .invalid(let detail): return "\(place)：值无效（\(detail)） — invalid value"
        case .unsupportedVersion(let v):
            return "\(place)：文件版本 \(v) 高于本程序支持的 \(ReportJSON.schemaVersion) — schema version \(v) is newer than supported"
        case .wrongKind(let found, let expected):
            return "\(place)：文件类型为 \(found)，应为 \(expected) — document is a \(found), expected \(expected)"
        }
    }
}
