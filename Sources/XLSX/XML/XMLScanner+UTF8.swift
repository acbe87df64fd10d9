#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// XMLScanner: validating what was read as UTF-8 made of XML characters, before any token sees it.
extension XMLScanner {
    /// Checks [end, filled) is UTF-8 made of XML characters and moves `end` past it; an incomplete sequence at the
    /// end of what was read waits for more.
    func validate() throws(XLSXReadError) {
        var p = end
        let e = filled
        let b = buf
        while p < e {
            if p + 8 <= e {
                let w = UnsafeRawPointer(b + p).loadUnaligned(as: UInt64.self)
                let low = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
                if (w | low) & 0x8080_8080_8080_8080 == 0 { p += 8; continue }
            }
            let c = b[p]
            if c < 0x80 {
                if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D {
                    throw error(.invalidUTF8, "含有 XML 不允许的控制字符 0x\(String(c, radix: 16)) — control character not allowed in XML", at: p)
                }
                p += 1
                continue
            }
            let length: Int
            var scalar: UInt32
            switch c {
            case 0xC2...0xDF: length = 2; scalar = UInt32(c & 0x1F)
            case 0xE0...0xEF: length = 3; scalar = UInt32(c & 0x0F)
            case 0xF0...0xF4: length = 4; scalar = UInt32(c & 0x07)
            default: throw error(.invalidUTF8, "无效的 UTF-8 字节 0x\(String(c, radix: 16)) — invalid UTF-8", at: p)
            }
            if p + length > e { break }  // completed by the next read
            for k in 1..<length {
                let cc = b[p + k]
                guard cc & 0xC0 == 0x80 else {
                    throw error(.invalidUTF8, "无效的 UTF-8 序列 — invalid UTF-8 sequence", at: p)
                }
                scalar = scalar << 6 | UInt32(cc & 0x3F)
            }
            let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar), scalar != 0xFFFE, scalar != 0xFFFF
            else {
                throw error(.invalidUTF8, "无效的 UTF-8 序列（超长编码、代理项或非字符） — invalid UTF-8 sequence", at: p)
            }
            p += length
        }
        end = p
    }
}
