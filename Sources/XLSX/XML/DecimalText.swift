import Foundation

/// `Decimal`s from the text of a number as .xlsx stores it (`94.2`, `-0.5`, `1.5E-3`, `1E+3`).
///
/// Up to 15 significant digits (everything a person types, every count and sum of money) the text is taken digit
/// for digit, without passing through `Double`: the digits become the mantissa, the point and the exponent the
/// power of ten. Longer text is a printed double — Excel writes 0.07 as `7.0000000000000007E-2`, libxlsxwriter
/// as `0.07000000000000001` — and every decimal of ≤ 15 digits is the shortest text of its double, so such text
/// is read as the shortest decimal denoting the same double (0.07; `0.30000000000000004` stays as it is). Both
/// texts denote the same value in the file; this one is what Excel shows and what was written.
enum DecimalText {
    /// The value of `bytes`, or nil when they are not a number or lie outside `Decimal`'s range.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        parse(bytes, shortening: true)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, shortening: Bool) -> Decimal? {
        var p = 0
        var n = bytes.count
        while p < n && bytes[p] == 0x20 { p += 1 }
        while n > p && bytes[n - 1] == 0x20 { n -= 1 }
        guard p < n else { return nil }
        let start = p
        var negative = false
        if bytes[p] == 0x2D || bytes[p] == 0x2B {
            negative = bytes[p] == 0x2D
            p += 1
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var digits = 0
        var afterPoint = false
        var overflow = false
        while p < n {
            let c = bytes[p]
            if c >= 0x30 && c <= 0x39 {
                digits += 1
                if afterPoint { exponent -= 1 }
                if mantissa == 0 && c == 0x30 {
                    // leading zero: not significant
                } else if significant < 19 {
                    mantissa = mantissa * 10 + UInt64(c - 0x30)
                    significant += 1
                } else {
                    overflow = true
                }
            } else if c == 0x2E && !afterPoint {
                afterPoint = true
            } else {
                break
            }
            p += 1
        }
        guard digits > 0 else { return nil }
        if p < n {
            guard bytes[p] == 0x45 || bytes[p] == 0x65 else { return nil }
            p += 1
            var exponentNegative = false
            if p < n && (bytes[p] == 0x2D || bytes[p] == 0x2B) {
                exponentNegative = bytes[p] == 0x2D
                p += 1
            }
            guard p < n else { return nil }
            var e = 0
            while p < n {
                let c = bytes[p]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                if e < 100_000 { e = e * 10 + Int(c - 0x30) }
                p += 1
            }
            exponent += exponentNegative ? -e : e
        }
        var trimmed = mantissa
        while trimmed != 0 && trimmed % 10 == 0 { trimmed /= 10 }
        if shortening && (overflow || trimmed >= 1_000_000_000_000_000) {  // over 15 significant digits: a printed double
            return shortestDecimal(UnsafeBufferPointer(rebasing: bytes[start..<n]))
        }
        if overflow { return nil }
        return make(mantissa: mantissa, exponent: exponent, negative: negative)
    }

    /// The shortest decimal that denotes the same double as `bytes`: Swift prints doubles shortest-first, and
    /// that text (at most 17 digits) is parsed digit for digit.
    private static func shortestDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        guard bytes.count < 64 else { return nil }
        let double = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { c -> Double? in
            guard let base = c.baseAddress else { return nil }
            for (i, byte) in bytes.enumerated() { base[i] = CChar(bitPattern: byte) }
            base[bytes.count] = 0
            var stop: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &stop)
            return stop == base + bytes.count ? value : nil
        }
        guard let double, double.isFinite else { return nil }
        var text = double.description
        return text.withUTF8 { parse($0, shortening: false) }
    }

    /// `mantissa × 10^exponent`, compacted; nil outside `Decimal`'s exponent range.
    static func make(mantissa: UInt64, exponent: Int, negative: Bool) -> Decimal? {
        var m = mantissa
        var e = exponent
        if m == 0 { return Decimal.zero }
        while m % 10 == 0 && e < 127 {
            m /= 10
            e += 1
        }
        while e > 127 && m <= UInt64.max / 10 {
            m *= 10
            e -= 1
        }
        guard e >= -128 && e <= 127 else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: e, significand: Decimal(m))
    }
}
