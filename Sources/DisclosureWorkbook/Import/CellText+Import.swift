import DisclosureModel
import Foundation

/// Folding of what clerks type, for matching labels: `LabelNormalizer.normalize` (the same folding the text reader
/// uses) — whitespace removed, full-width ASCII to half-width, `、`/`，` to `,`, quotes and dashes unified. Figures are
/// read by `Figure.parse(_:)`, shared with every reader.
enum ImportText {
    static func fold(_ text: some StringProtocol) -> String { LabelNormalizer.normalize(text) }

    /// `text` without leading and trailing white space (Unicode White_Space: the set of
    /// `CharacterSet.whitespacesAndNewlines`, 　 included), in Swift rather than through Foundation's bridged
    /// `trimmingCharacters`, which a workbook's import calls for every label cell.
    static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return first == text.startIndex && last == text.index(before: text.endIndex) ? text : String(text[first...last])
    }

    /// What a text cell holds as a figure.
    enum Reading: Equatable {
        case blank
        case number(Decimal)
        case notANumber
    }

    /// Reads a text cell through `Figure.parse(_:)` — the same reading as the text reader's — in a column holding
    /// `kind` (`94.2万元` in a 万元 column is 94.2; `251000元` there is 25.1; a money unit in a count column is not a
    /// number).
    static func figure(_ text: String, kind: ValueKind) -> Reading {
        switch Figure.parse(text).figure(for: kind) {
        case .blank?: .blank
        case .number(let d)?: .number(d)
        case nil: .notANumber
        }
    }

    /// True when a sheet label matches a form label (or one of its aliases): equal after folding, or the form's
    /// label followed by a bracketed note (`规章（设区的市…）`).
    static func matches(_ found: String, _ label: String, aliases: [String] = []) -> Bool {
        matches(found, folded: ([label] + aliases).map(fold))
    }

    /// `matches(_:_:aliases:)` with the form's label and aliases already folded (fold them once, not per cell).
    static func matches(_ found: String, folded wants: [String]) -> Bool {
        for want in wants {
            if found == want || (found.hasPrefix(want) && found.dropFirst(want.count).first.map { "(（".contains($0) } == true) {
                return true
            }
        }
        return false
    }
}
