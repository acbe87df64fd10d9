import DisclosureModel
import Foundation

/// Folding of what clerks type, for matching labels and reading numbers: `LabelNormalizer.normalize` (the same
/// folding the text reader uses) — whitespace removed, full-width ASCII to half-width, `、`/`，` to `,`, quotes
/// and dashes unified.
enum ImportText {
    static func fold(_ text: some StringProtocol) -> String { LabelNormalizer.normalize(text) }

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
