import Foundation

/// Exact `Decimal`s from the text of a number as .xlsx stores it (`94.2`, `-0.5`, `1.5E-3`, `1E+3`), without
/// passing through `Double`: the digits become the mantissa, the point and exponent the power of ten.
enum DecimalText {
    /// The value of `bytes`, or nil when they are not a number or lie outside `Decimal`'s range.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        var p = 0
        var n = bytes.count
        while p < n && bytes[p] == 0x20 { p += 1 }
        while n > p && bytes[n - 1] == 0x20 { n -= 1 }
        guard p < n else { return nil }
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
        if overflow {
            // More than 19 significant digits (never written by Excel, which keeps 17): Foundation's parser.
            return Decimal(string: String(decoding: bytes, as: UTF8.self), locale: Locale(identifier: "en_US_POSIX"))
        }
        return make(mantissa: mantissa, exponent: exponent, negative: negative)
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
