/// OOXML's escape for characters XML cannot carry in strings (ST_Xstring): `_x000D_` is a carriage return,
/// `_x005F_` a literal underscore that protects a following `_xHHHH_`.
enum XString {
    /// The string for `bytes`, with `_xHHHH_` escapes decoded.
    static func decode(_ bytes: [UInt8]) -> String {
        guard bytes.count >= 7, hasEscape(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x5F, i + 6 < bytes.count, bytes[i + 1] == 0x78, bytes[i + 6] == 0x5F,
               let value = hex(bytes[(i + 2)..<(i + 6)]) {
                var scalar = String.UnicodeScalarView()
                scalar.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                out.append(contentsOf: String(scalar).utf8)
                i += 7
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when `bytes` contain `_x` followed, five bytes on, by `_` — the shape of an escape.
    private static func hasEscape(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count - 6
        while i < n {
            if bytes[i] == 0x5F && bytes[i + 1] == 0x78 && bytes[i + 6] == 0x5F { return true }
            i += 1
        }
        return false
    }

    private static func hex(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        for c in digits {
            switch c {
            case 0x30...0x39: value = value << 4 | UInt32(c - 0x30)
            case 0x41...0x46: value = value << 4 | UInt32(c - 0x41 + 10)
            case 0x61...0x66: value = value << 4 | UInt32(c - 0x61 + 10)
            default: return nil
            }
        }
        return value
    }
}
