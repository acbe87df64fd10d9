import Foundation

/// A JSON document parsed into values, for the model's fast hand-written decoding (`ReportJSONReader`).
///
/// Numbers keep their decimal digits exactly (significand and exponent), never passing through `Double`, so that a
/// figure reads as the same `Decimal` Foundation's decoder gives. Strings must be valid UTF-8. Nesting is bounded.
/// Not `indirect`: the recursion goes through arrays already, and boxing every number was a third of the time.
enum JSONValue {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// The JSON type's name, for "wrong type" errors.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "Bool"
        case .number: "number"
        case .string: "String"
        case .array: "Array"
        case .object: "Dictionary"
        }
    }
}

/// A JSON number as written: `negative`, up to 19 significant digits and a power of ten, or the text when longer.
struct JSONNumber {
    var negative: Bool
    var significand: UInt64
    var exponent: Int
    /// Written without a fraction or an exponent.
    var isInteger: Bool
    /// The text, kept only when the significand did not fit in 64 bits.
    var text: String?

    /// The exact decimal value.
    var decimal: Decimal? {
        if let text { return Decimal(string: text) }
        if exponent == 0 && !negative { return Decimal(significand) }  // the usual figure: a whole count
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    /// The value as an `Int`, when it is an integer that fits.
    var int: Int? {
        guard isInteger, text == nil, exponent == 0 else { return nil }
        if negative { return significand <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- significand) : nil }
        return significand <= UInt64(Int.max) ? Int(significand) : nil
    }
}

/// Parses JSON bytes (RFC 8259) into a `JSONValue`; errors give the byte offset.
struct JSONParser {
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var p = 0
    private var depth = 0
    private static let maxDepth = 256

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Parses a whole document (white space around it allowed, nothing after it).
    static func parse(_ data: Data) throws(Failure) -> JSONValue {
        let result: Result<JSONValue, Failure> = data.withUnsafeBytes { raw in
            var parser = JSONParser(raw.bindMemory(to: UInt8.self))
            do throws(Failure) {
                let value = try parser.value()
                parser.skipSpace()
                guard parser.p == parser.bytes.count else { throw parser.fail("文档结束后还有内容 — unexpected text after the document") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private func fail(_ message: String) -> Failure { Failure(offset: p, message: message) }

    private mutating func skipSpace() {
        while p < bytes.count {
            let c = bytes[p]
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
            p += 1
        }
    }

    private mutating func value() throws(Failure) -> JSONValue {
        skipSpace()
        guard p < bytes.count else { throw fail("文件意外结束 — unexpected end of data") }
        switch bytes[p] {
        case 0x7B: return try object()
        case 0x5B: return try array()
        case 0x22: return .string(try string())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        guard p + n <= bytes.count else { throw fail("无效的值 — invalid value") }
        for k in 0..<n where bytes[p + k] != word.utf8Start[k] { throw fail("无效的值 — invalid value") }
        p += n
    }

    private mutating func nest() throws(Failure) {
        depth += 1
        if depth > Self.maxDepth { throw fail("嵌套超过 \(Self.maxDepth) 层 — nesting too deep") }
    }

    private mutating func object() throws(Failure) -> JSONValue {
        try nest()
        p += 1
        var fields: [(key: String, value: JSONValue)] = []
        fields.reserveCapacity(16)  // the model's objects have up to 15 keys: one allocation instead of five
        skipSpace()
        if p < bytes.count, bytes[p] == 0x7D { p += 1; depth -= 1; return .object(fields) }
        while true {
            skipSpace()
            guard p < bytes.count, bytes[p] == 0x22 else { throw fail("应为字符串键 — expected a string key") }
            let key = try string()
            skipSpace()
            guard p < bytes.count, bytes[p] == 0x3A else { throw fail("应为“:” — expected ':'") }
            p += 1
            fields.append((key, try value()))
            skipSpace()
            guard p < bytes.count else { throw fail("对象未结束 — unterminated object") }
            if bytes[p] == 0x2C { p += 1; continue }
            guard bytes[p] == 0x7D else { throw fail("应为“,”或“}” — expected ',' or '}'") }
            p += 1
            depth -= 1
            return .object(fields)
        }
    }

    private mutating func array() throws(Failure) -> JSONValue {
        try nest()
        p += 1
        var items: [JSONValue] = []
        skipSpace()
        if p < bytes.count, bytes[p] == 0x5D { p += 1; depth -= 1; return .array(items) }
        while true {
            items.append(try value())
            skipSpace()
            guard p < bytes.count else { throw fail("数组未结束 — unterminated array") }
            if bytes[p] == 0x2C { p += 1; continue }
            guard bytes[p] == 0x5D else { throw fail("应为“,”或“]” — expected ',' or ']'") }
            p += 1
            depth -= 1
            return .array(items)
        }
    }

    private mutating func string() throws(Failure) -> String {
        p += 1
        let start = p
        var ascii = true
        while p < bytes.count {
            let c = bytes[p]
            if c == 0x22 {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<p])
                p += 1
                // ASCII needs no validation (and the generic `String(validating:)` looked up type metadata per key).
                if ascii { return String(decoding: raw, as: UTF8.self) }
                guard let s = String(validating: raw, as: UTF8.self) else { throw Failure(offset: start, message: "字符串不是有效的 UTF-8 — invalid UTF-8") }
                return s
            }
            if c >= 0x80 { ascii = false }
            if c == 0x5C { return try escapedString(from: start) }
            if c < 0x20 { throw fail("字符串中有控制字符 — control character in a string") }
            p += 1
        }
        throw fail("字符串未结束 — unterminated string")
    }

    /// The slow path for a string with escapes, from its first byte.
    private mutating func escapedString(from start: Int) throws(Failure) -> String {
        var out: [UInt8] = Array(bytes[start..<p])
        while p < bytes.count {
            let c = bytes[p]
            if c == 0x22 {
                p += 1
                guard let s = String(validating: out, as: UTF8.self) else { throw Failure(offset: start, message: "字符串不是有效的 UTF-8 — invalid UTF-8") }
                return s
            }
            if c < 0x20 { throw fail("字符串中有控制字符 — control character in a string") }
            guard c == 0x5C else { out.append(c); p += 1; continue }
            p += 1
            guard p < bytes.count else { break }
            let e = bytes[p]
            p += 1
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard p + 1 < bytes.count, bytes[p] == 0x5C, bytes[p + 1] == 0x75 else { throw fail("不成对的代理项 — unpaired surrogate") }
                    p += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("不成对的代理项 — unpaired surrogate") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw fail("不成对的代理项 — unpaired surrogate")
                }
                guard let u = Unicode.Scalar(scalar) else { throw fail("无效的转义 — invalid escape") }
                UTF8.encode(u) { out.append($0) }
            default:
                throw fail("无效的转义 — invalid escape")
            }
        }
        throw fail("字符串未结束 — unterminated string")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard p + 4 <= bytes.count else { throw fail("无效的 \\u 转义 — invalid \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[p]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            default: throw fail("无效的 \\u 转义 — invalid \\u escape")
            }
            v = v << 4 | d
            p += 1
        }
        return v
    }

    /// `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`
    private mutating func number() throws(Failure) -> JSONNumber {
        let start = p
        var negative = false
        if bytes[p] == 0x2D { negative = true; p += 1 }
        var significand: UInt64 = 0
        var digits = 0
        var overflow = false
        var exponent = 0
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        guard p < bytes.count, isDigit(bytes[p]) else { throw Failure(offset: start, message: "无效的值 — invalid value") }
        if bytes[p] == 0x30 {
            p += 1
            if p < bytes.count, isDigit(bytes[p]) { throw fail("数字不能以 0 开头 — leading zero") }
        } else {
            while p < bytes.count, isDigit(bytes[p]) {
                let d = UInt64(bytes[p] - 0x30)
                if digits < 19 { significand = significand * 10 + d; digits += 1 } else { overflow = true }
                p += 1
            }
        }
        var isInteger = true
        if p < bytes.count, bytes[p] == 0x2E {
            isInteger = false
            p += 1
            guard p < bytes.count, isDigit(bytes[p]) else { throw fail("小数点后应为数字 — digits expected after '.'") }
            while p < bytes.count, isDigit(bytes[p]) {
                if digits < 19 { significand = significand * 10 + UInt64(bytes[p] - 0x30); digits += 1; exponent -= 1 } else { overflow = true }
                p += 1
            }
        }
        if p < bytes.count, bytes[p] == 0x65 || bytes[p] == 0x45 {
            isInteger = false
            p += 1
            var sign = 1
            if p < bytes.count, bytes[p] == 0x2B || bytes[p] == 0x2D { sign = bytes[p] == 0x2D ? -1 : 1; p += 1 }
            guard p < bytes.count, isDigit(bytes[p]) else { throw fail("指数应为数字 — digits expected in the exponent") }
            var e = 0
            while p < bytes.count, isDigit(bytes[p]) {
                if e < 100_000 { e = e * 10 + Int(bytes[p] - 0x30) }
                p += 1
            }
            exponent += sign * e
        }
        var number = JSONNumber(negative: negative, significand: significand, exponent: exponent, isInteger: isInteger)
        // Beyond 19 digits or Decimal's exponent range the text is kept and parsed as Foundation does.
        if overflow || exponent < -100 || exponent > 100 {
            number.text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<p]), as: UTF8.self)
        }
        return number
    }
}
