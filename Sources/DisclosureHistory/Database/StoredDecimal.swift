import DisclosureModel
import Foundation

/// The one place figures turn into database text and back: exact decimal text (`94.2`, `-8`), never REAL.
///
/// This is the database's own format, not figure parsing of outside text (blank markers, full-width digits and
/// units are the readers' job before a report reaches the history).
enum StoredDecimal {
    /// `94.2`.
    static func text(_ value: Decimal) -> String { value.plainText }

    /// The decimal written by `text(_:)` — `-?d+(.d+)?` — nil for anything else (a damaged row).
    static func decimal(_ text: String) -> Decimal? {
        guard isPlain(text.utf8) else { return nil }
        // The usual figure (a count, a sum of money) fits the exact parser's digits; longer ones go to Foundation's.
        return Figure.exactDecimal(Substring(text)) ?? Decimal(string: text, locale: posix)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// `-?d+(.d+)?` in ASCII.
    private static func isPlain(_ bytes: String.UTF8View) -> Bool {
        var digits = 0, fraction = -1  // fraction: digits after the point, -1 before one
        for (i, b) in bytes.enumerated() {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if fraction >= 0 { fraction += 1 } else { digits += 1 }
            case UInt8(ascii: "-") where i == 0:
                continue
            case UInt8(ascii: ".") where fraction < 0 && digits > 0:
                fraction = 0
            default:
                return false
            }
        }
        return digits > 0 && fraction != 0
    }
}
