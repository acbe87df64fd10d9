import Foundation

extension CellValue {
    /// The IEEE double an .xlsx file stores for `decimal`: the nearest one, correctly rounded.
    ///
    /// Decimals with up to 15 significant digits come back unchanged from any reader that prints the shortest
    /// round-trip form (94.2 stays 94.2). Beyond that precision the file format cannot hold the value exactly; that
    /// is the format's limit. (Foundation's `NSDecimalNumber.doubleValue` is not correctly rounded — it turns 0.07
    /// into 0.06999999999999999 — which is why this exists.) Returns nil for NaN.
    public static func storedDouble(_ decimal: Decimal) -> Double? {
        if decimal.isNaN { return nil }
        let exponent = decimal.exponent
        // Clinger's fast path: an exact integer significand below 2^53 and an exact power of ten give one rounding.
        if exponent >= -22, exponent <= 22 {
            let significand = Double(truncating: decimal.significand as NSDecimalNumber)
            if significand < 9_007_199_254_740_992 {
                let magnitude = exponent < 0 ? significand / powersOfTen[-exponent] : significand * powersOfTen[exponent]
                return decimal.sign == .minus ? -magnitude : magnitude
            }
        }
        return decimal.description.withCString { strtod($0, nil) }
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]
}
