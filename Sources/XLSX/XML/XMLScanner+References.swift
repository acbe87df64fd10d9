#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// XMLScanner: entity and character references, and decoding text and attribute values.
extension XMLScanner {
    /// Reads the reference `&…;` at `p`: its scalar and length, nil when it runs past the buffer.
    func reference(at p: Int) throws(XLSXReadError) -> (UInt32, Int)? {
        var q = p + 1
        while q < end && q - p < 12 && buf[q] != 0x3B { q += 1 }
        guard q < end else {
            if atEOF { throw error(.invalidReference, "未结束的实体引用 — unterminated reference", at: p) }
            return nil
        }
        guard buf[q] == 0x3B else {
            throw error(.invalidReference, "无效的实体引用（只接受 &amp; &lt; &gt; &quot; &apos; 和字符引用） — invalid entity reference", at: p)
        }
        let body = UnsafeBufferPointer(start: buf + p + 1, count: q - p - 1)
        if let scalar = Self.referenceScalar(body) { return (scalar, q - p + 1) }
        let shown = String(decoding: body, as: UTF8.self)
        throw error(.invalidReference, "未知或无效的实体引用 &\(shown); — only the five predefined entities and character references are accepted", at: p)
    }

    /// The scalar named by the body of a reference (`amp`, `#20013`, `#x4E2D`), nil if not allowed.
    static func referenceScalar(_ body: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard let first = body.first else { return nil }
        if first == 0x23 {  // #
            var value: UInt32 = 0
            var digits = 0
            let hex = body.count > 1 && (body[1] == 0x78)
            for c in body.dropFirst(hex ? 2 : 1) {
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x61...0x66 where hex: d = UInt32(c - 0x61 + 10)
                case 0x41...0x46 where hex: d = UInt32(c - 0x41 + 10)
                default: return nil
                }
                value = value * (hex ? 16 : 10) + d
                digits += 1
                if value > 0x10FFFF { return nil }
            }
            guard digits > 0 else { return nil }
            switch value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return value
            default: return nil
            }
        }
        switch body.count {
        case 2 where body[0] == 0x6C && body[1] == 0x74: return 0x3C  // lt
        case 2 where body[0] == 0x67 && body[1] == 0x74: return 0x3E  // gt
        case 3 where body[0] == 0x61 && body[1] == 0x6D && body[2] == 0x70: return 0x26  // amp
        case 4 where body[0] == 0x71 && body[1] == 0x75 && body[2] == 0x6F && body[3] == 0x74: return 0x22  // quot
        case 4 where body[0] == 0x61 && body[1] == 0x70 && body[2] == 0x6F && body[3] == 0x73: return 0x27  // apos
        default: return nil
        }
    }

    func decode(_ start: Int, _ stop: Int, attribute: Bool, into out: inout [UInt8]) {
        var p = start
        var run = start
        while p < stop {
            let c = buf[p]
            if c == 0x26 || c == 0x0D || (attribute && (c == 0x09 || c == 0x0A)) {
                out.append(contentsOf: UnsafeBufferPointer(start: buf + run, count: p - run))
                if c == 0x26 {
                    var q = p + 1
                    while q < stop && buf[q] != 0x3B { q += 1 }
                    let scalar = Self.referenceScalar(UnsafeBufferPointer(start: buf + p + 1, count: q - p - 1)) ?? 0xFFFD
                    Self.appendUTF8(scalar, to: &out)
                    p = q + 1
                } else if c == 0x0D {
                    out.append(attribute ? 0x20 : 0x0A)
                    p += (p + 1 < stop && buf[p + 1] == 0x0A) ? 2 : 1
                } else {
                    out.append(0x20)
                    p += 1
                }
                run = p
            } else {
                p += 1
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(start: buf + run, count: stop - run))
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80: out.append(UInt8(v))
        case ..<0x800: out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
        }
    }
}
