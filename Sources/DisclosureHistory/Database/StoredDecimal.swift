import DisclosureModel
import Foundation

/// The one place figures turn into database text and back: exact decimal text (`94.2`, `-8`), never REAL.
///
/// This is the database's own format, not figure parsing of outside text (blank markers, full-width digits and
/// units are the readers' job before a report reaches the history).
enum StoredDecimal {
    /// `94.2`.
    static func text(_ value: Decimal) -> String { value.plainText }

    /// The decimal written by `text(_:)`; nil for anything else (a damaged row).
    static func decimal(_ text: String) -> Decimal? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else {
            return nil
        }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
