import Foundation

/// A JSON document parsed into one flat array of tokens (a "tape"), for the model's fast hand-written decoding
/// (`ReportJSONReader`) and for reading a document's envelope (`ReportJSON.documentKind`).
///
/// Nothing is allocated per value: an ASCII string is a byte range of the document (made a `String` only when the
/// decoder asks for it; other strings are validated and decoded while parsing), a number its significand and power of
/// ten, an object or array the index just past its last token, so the decoder skips what it does not read. Numbers keep their decimal digits exactly, never passing
/// through `Double`, so that a figure reads as the same `Decimal` Foundation's decoder gives. Strings must be valid
/// UTF-8 (checked while parsing, keys and ignored values included). Nesting is bounded. A leading UTF-8 byte-order
/// mark is skipped, as Foundation's decoder does.
struct JSONTape {
    enum Kind: UInt8 {
        case null, bool, number, string, array, object
    }

    /// One value. Strings and numbers carry their byte range; containers are followed by their contents (an object's
    /// as key, value, key, value …) and `end` is the index after them.
    struct Token {
        /// A number's significand (up to 19 digits); a decoded string's index in `decoded`; a Bool's 0 or 1.
        var payload: UInt64
        /// A number's power of ten.
        var exponent: Int32
        /// The byte offset where the value starts (a string: just after its opening quote).
        var start: Int32
        /// A string's or number's length in bytes (a string without its quotes).
        var length: Int32
        /// The index of the token after this value and everything in it.
        var end: Int32
        var kind: Kind
        var flags: UInt8

        static let negative: UInt8 = 1
        /// Written without a fraction or an exponent.
        static let integer: UInt8 = 2
        /// A number beyond 19 digits or Decimal's exponent range: read from its text.
        static let long: UInt8 = 4
        /// A string with escapes or beyond ASCII: validated and decoded while parsing, into `decoded`.
        static let decoded: UInt8 = 8
    }

    /// Why a document is not JSON, and the byte offset.
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    /// A parsed document, valid inside `JSONTape.withDocument`'s body only (it points into the data and the tape).
    struct Document {
        let bytes: UnsafeBufferPointer<UInt8>
        let tokens: UnsafeBufferPointer<Token>
        let decoded: UnsafeBufferPointer<String>

        func kind(_ i: Int) -> Kind { tokens[i].kind }
        func end(_ i: Int) -> Int { Int(tokens[i].end) }
        var isEmpty: Bool { tokens.isEmpty }

        /// The string at token `i` (which must be a string).
        func string(_ i: Int) -> String {
            let t = tokens[i]
            if t.flags & Token.decoded != 0 { return decoded[Int(t.payload)] }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.start + t.length)]), as: UTF8.self)
        }

        /// The string token `i`'s raw bytes (ASCII, no escapes), or nil when it was decoded.
        func rawBytes(_ i: Int) -> UnsafeBufferPointer<UInt8>? {
            let t = tokens[i]
            guard t.flags & Token.decoded == 0 else { return nil }
            return UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.start + t.length)])
        }

        /// True when the string at token `i` is `key`.
        func stringEquals(_ i: Int, _ key: StaticString) -> Bool {
            guard let raw = rawBytes(i) else { return string(i) == key.description }
            let n = key.utf8CodeUnitCount
            guard raw.count == n else { return false }
            guard n > 0, let base = raw.baseAddress else { return true }
            return memcmp(base, key.utf8Start, n) == 0
        }

        /// The exact decimal value of the number at token `i`; nil when out of Decimal's range.
        func decimal(_ i: Int) -> Decimal? {
            let t = tokens[i]
            if t.flags & Token.long != 0 {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.start + t.length)]), as: UTF8.self)
                return Decimal(string: text)
            }
            let negative = t.flags & Token.negative != 0
            if t.exponent == 0 && !negative { return Decimal(t.payload) }  // the usual figure: a whole count
            return Decimal(sign: negative ? .minus : .plus, exponent: Int(t.exponent), significand: Decimal(t.payload))
        }

        /// The number at token `i` as an `Int`, when it is written as an integer that fits.
        func int(_ i: Int) -> Int? {
            let t = tokens[i]
            guard t.flags & Token.integer != 0, t.flags & Token.long == 0, t.exponent == 0 else { return nil }
            if t.flags & Token.negative != 0 {
                return t.payload <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- t.payload) : nil
            }
            return t.payload <= UInt64(Int.max) ? Int(t.payload) : nil
        }

        func bool(_ i: Int) -> Bool { tokens[i].payload != 0 }

        /// The token index of the first value of `key` in the object at token `object`, nil when absent (the first
        /// one when a key repeats, as with Foundation's decoder).
        func value(_ key: StaticString, in object: Int) -> Int? {
            var i = object + 1
            let end = end(object)
            while i < end {
                if stringEquals(i, key) { return i + 1 }
                i = self.end(i + 1)
            }
            return nil
        }

        /// The JSON type's name, for "wrong type" errors.
        func typeName(_ i: Int) -> String {
            switch tokens[i].kind {
            case .null: "null"
            case .bool: "Bool"
            case .number: "number"
            case .string: "String"
            case .array: "Array"
            case .object: "Dictionary"
            }
        }
    }

    /// Parses `data` (a whole document: white space around it allowed, nothing after it) and runs `body` on it.
    static func withDocument<R>(
        _ data: Data, _ body: (Document) throws(JSONDocumentError) -> R
    ) throws(JSONParseOrDecodeError) -> R {
        let outcome: Result<R, JSONParseOrDecodeError> = data.withUnsafeBytes { raw in
            var parser = Parser(raw.bindMemory(to: UInt8.self))
            do throws(Failure) {
                try parser.document()
            } catch {
                return .failure(.parse(error))
            }
            return parser.tokens.withUnsafeBufferPointer { tokens in
                parser.decoded.withUnsafeBufferPointer { decoded in
                    do throws(JSONDocumentError) {
                        return .success(try body(Document(bytes: parser.bytes, tokens: tokens, decoded: decoded)))
                    } catch {
                        return .failure(.decode(error))
                    }
                }
            }
        }
        return try outcome.get()
    }

    /// The parser proper: appends tokens as it goes; errors give the byte offset.
    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var tokens: [Token] = []
        var decoded: [String] = []
        private var p = 0
        private var depth = 0
        static let maxDepth = 256

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            // About one token for every 14 bytes of the model's pretty-printed JSON: one allocation, rarely two.
            tokens.reserveCapacity(bytes.count / 12 + 8)
        }

        mutating func document() throws(Failure) {
            guard bytes.count < Int(Int32.max) else { throw fail("文档超过 2 GiB — the document is larger than 2 GiB") }
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { p = 3 }
            try value()
            skipSpace()
            guard p == bytes.count else { throw fail("文档结束后还有内容 — unexpected text after the document") }
        }

        private func fail(_ message: String) -> Failure { Failure(offset: p, message: message) }

        /// Skips white space: inline, the usual cases of pretty-printed JSON (none, or the one space around ":"),
        /// then a run of it (a newline and the next line's indentation) out of line.
        @inline(__always)
        private mutating func skipSpace() {
            guard p < bytes.count, let base = bytes.baseAddress else { return }
            let c = base[p]
            if c > 0x20 { return }
            if c == 0x20, p + 1 < bytes.count, base[p + 1] > 0x20 { p += 1; return }
            skipSpaceRun()
        }

        private mutating func skipSpaceRun() {
            // Local copies keep the loop in registers; pretty-printed JSON is a third indentation: eight spaces at a
            // time first.
            var q = p
            let count = bytes.count
            guard let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            while q < count {
                let c = base[q]
                if c == 0x20 {
                    while q + 8 <= count, raw.loadUnaligned(fromByteOffset: q, as: UInt64.self) == 0x2020_2020_2020_2020 { q += 8 }
                    if q < count, base[q] == 0x20 { q += 1 }
                    continue
                }
                guard c == 0x0A || c == 0x0D || c == 0x09 else { break }
                q += 1
            }
            p = q
        }

        private mutating func append(_ kind: Kind, start: Int, length: Int = 0, payload: UInt64 = 0, exponent: Int32 = 0, flags: UInt8 = 0) {
            tokens.append(Token(
                payload: payload, exponent: exponent, start: Int32(truncatingIfNeeded: start),
                length: Int32(truncatingIfNeeded: length), end: Int32(truncatingIfNeeded: tokens.count + 1), kind: kind, flags: flags))
        }

        private mutating func value() throws(Failure) {
            skipSpace()
            guard p < bytes.count else { throw fail("文件意外结束 — unexpected end of data") }
            switch bytes[p] {
            case 0x7B: try object()
            case 0x5B: try array()
            case 0x22: try string()
            case 0x74: append(.bool, start: p, payload: 1); try literal("true")
            case 0x66: append(.bool, start: p, payload: 0); try literal("false")
            case 0x6E: append(.null, start: p); try literal("null")
            default: try number()
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

        /// Sets a container's `end` once its contents are on the tape.
        private mutating func close(_ index: Int) {
            tokens[index].end = Int32(truncatingIfNeeded: tokens.count)
            depth -= 1
        }

        private mutating func object() throws(Failure) {
            try nest()
            let index = tokens.count
            append(.object, start: p)
            p += 1
            skipSpace()
            if p < bytes.count, bytes[p] == 0x7D { p += 1; close(index); return }
            while true {
                skipSpace()
                guard p < bytes.count, bytes[p] == 0x22 else { throw fail("应为字符串键 — expected a string key") }
                try string()
                skipSpace()
                guard p < bytes.count, bytes[p] == 0x3A else { throw fail("应为“:” — expected ':'") }
                p += 1
                try value()
                skipSpace()
                guard p < bytes.count else { throw fail("对象未结束 — unterminated object") }
                if bytes[p] == 0x2C { p += 1; continue }
                guard bytes[p] == 0x7D else { throw fail("应为“,”或“}” — expected ',' or '}'") }
                p += 1
                close(index)
                return
            }
        }

        private mutating func array() throws(Failure) {
            try nest()
            let index = tokens.count
            append(.array, start: p)
            p += 1
            skipSpace()
            if p < bytes.count, bytes[p] == 0x5D { p += 1; close(index); return }
            while true {
                try value()
                skipSpace()
                guard p < bytes.count else { throw fail("数组未结束 — unterminated array") }
                if bytes[p] == 0x2C { p += 1; continue }
                guard bytes[p] == 0x5D else { throw fail("应为“,”或“]” — expected ',' or ']'") }
                p += 1
                close(index)
                return
            }
        }

        private mutating func string() throws(Failure) {
            p += 1
            let start = p
            var high: UInt8 = 0  // the bytes or-ed together: ASCII while below 0x80
            let count = bytes.count
            if let base = bytes.baseAddress {
                // The plain run in local variables (registers), up to the quote, an escape or a control character.
                var q = p
                // Eight bytes at a time while none of them ends the run (SWAR: a byte is flagged when it is zero after
                // xor-ing with '"' or '\\', or when it is below 0x20; bytes from 0x80 up are never flagged), then byte
                // by byte from the word that holds the end.
                let raw = UnsafeRawPointer(base)
                let ones: UInt64 = 0x0101_0101_0101_0101
                var words: UInt64 = 0
                while q + 8 <= count {
                    let w = raw.loadUnaligned(fromByteOffset: q, as: UInt64.self)
                    let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
                    let flagged = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((w &- ones &* 0x20) & ~w)
                    if flagged & (ones &* 0x80) != 0 { break }
                    words |= w
                    q += 8
                }
                if words & (ones &* 0x80) != 0 { high = 0x80 }
                while q < count {
                    let c = base[q]
                    guard c >= 0x20 && c != 0x22 && c != 0x5C else { break }
                    high |= c
                    q += 1
                }
                p = q
            }
            guard p < count else { throw fail("字符串未结束 — unterminated string") }
            switch bytes[p] {
            case 0x22:
                if high < 0x80 {
                    append(.string, start: start, length: p - start)
                } else {
                    // Validated and made a `String` at once (the decoder would validate it again).
                    guard let s = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<p]), as: UTF8.self) else {
                        throw Failure(offset: start, message: "字符串不是有效的 UTF-8 — invalid UTF-8")
                    }
                    append(.string, start: start, length: p - start, payload: UInt64(decoded.count), flags: Token.decoded)
                    decoded.append(s)
                }
                p += 1
            case 0x5C:
                try escapedString(from: start)
            default:
                throw fail("字符串中有控制字符 — control character in a string")
            }
        }

        /// The slow path for a string with escapes, from its first byte.
        private mutating func escapedString(from start: Int) throws(Failure) {
            var out: [UInt8] = Array(bytes[start..<p])
            while p < bytes.count {
                let c = bytes[p]
                if c == 0x22 {
                    guard let s = String(validating: out, as: UTF8.self) else { throw Failure(offset: start, message: "字符串不是有效的 UTF-8 — invalid UTF-8") }
                    append(.string, start: start, length: p - start, payload: UInt64(decoded.count), flags: Token.decoded)
                    decoded.append(s)
                    p += 1
                    return
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
        private mutating func number() throws(Failure) {
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
            var flags: UInt8 = 0
            if negative { flags |= Token.negative }
            if isInteger { flags |= Token.integer }
            // Beyond 19 digits or Decimal's exponent range the text is kept and parsed as Foundation does.
            if overflow || exponent < -100 || exponent > 100 { flags |= Token.long }
            append(.number, start: start, length: p - start, payload: significand, exponent: Int32(clamping: exponent), flags: flags)
        }
    }
}

/// `JSONTape.withDocument`'s failure: the bytes are not JSON, or the body threw.
enum JSONParseOrDecodeError: Error {
    case parse(JSONTape.Failure)
    case decode(JSONDocumentError)
}
