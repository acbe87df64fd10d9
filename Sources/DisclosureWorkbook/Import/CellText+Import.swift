import DisclosureModel
import Foundation

/// Folding of what clerks type, for matching labels and reading numbers.
///
/// Deliberately small: whitespace (ASCII, full-width U+3000, no-break) removed; full-width ASCII (digits, letters,
/// brackets, colon) folded to half-width; `、` and `，` to `,`; curly quotes to `"`; minus-like dashes to `-`.
enum ImportText {
    static func fold(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x3000, 0x2000...0x200B, 0x2028, 0x2029, 0xFEFF: continue
            case 0x3001, 0xFF0C: out.append(",")
            case 0x201C, 0x201D, 0xFF02: out.append("\"")
            case 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D: out.append("-")
            case 0xFF01...0xFF5E: out.append(Unicode.Scalar(s.value - 0xFEE0) ?? s)
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Texts that mean "not filled".
    static let blankMarkers: Set<String> = ["", "-", "--", "/", "无", "空", "(空)", "\\", "…"]

    /// What a text cell holds as a figure.
    enum Reading: Equatable {
        case blank
        case number(Decimal)
        case notANumber
    }

    /// Reads `1 234`, `１２`, ` 3 `, `1,234`, `-8`, `−8`, `94.2`, `94.2万元` (when `unit` is 万元) exactly.
    static func figure(_ text: String, unit: MoneyUnit?) -> Reading {
        var folded = fold(text)
        if blankMarkers.contains(folded) || folded.allSatisfy({ $0 == "-" }) { return .blank }
        if let unit, folded.hasSuffix(unit.rawValue) { folded.removeLast(unit.rawValue.count) }
        folded.removeAll { $0 == "," }
        guard isPlainDecimal(folded), let value = Decimal(string: folded, locale: Locale(identifier: "en_US_POSIX"))
        else { return .notANumber }
        return .number(value)
    }

    /// `[+-]?digits(.digits)?`, at most 18 digits.
    static func isPlainDecimal(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        var digits = 0
        var seenPoint = false
        var digitsAfterPoint = 0
        for s in scalars {
            if ("0"..."9").contains(s) {
                digits += 1
                if seenPoint { digitsAfterPoint += 1 }
            } else if s == ".", !seenPoint, digits > 0 {
                seenPoint = true
            } else {
                return false
            }
        }
        return digits > 0 && digits <= 18 && (!seenPoint || digitsAfterPoint > 0)
    }

    /// True when a sheet label matches a form label (or one of its aliases): equal after folding, or the form's
    /// label followed by a bracketed note (`规章（设区的市…）`).
    static func matches(_ found: String, _ label: String, aliases: [String] = []) -> Bool {
        for candidate in [label] + aliases {
            let want = fold(candidate)
            if found == want || (found.hasPrefix(want) && found.dropFirst(want.count).first.map { "(（".contains($0) } == true) {
                return true
            }
        }
        return false
    }
}
