import XLSX

/// Turns arbitrary titles (a website's name, a unit's name) into valid, unique worksheet names.
///
/// Excel's rules: 1–31 characters (UTF-16 units), none of `[ ] : * ? / \`, no apostrophe at either end, unique in
/// the workbook regardless of case. A name that breaks a rule is repaired rather than refused: forbidden characters
/// become `_`, control characters are dropped, the text is cut at 31 units (never inside a character), and a name
/// already taken gets a suffix `(2)`, `(3)` … with the base shortened so the whole still fits.
///
/// ```swift
/// var names = SheetNamer()
/// names.name(for: "洛阳市人民政府门户网站")   // "洛阳市人民政府门户网站"
/// names.name(for: "洛阳市人民政府门户网站")   // "洛阳市人民政府门户网站(2)"
/// names.name(for: "a/b:c")                   // "a_b_c"
/// ```
public struct SheetNamer: Sendable {
    /// The names handed out so far, lower-cased (Excel compares case-insensitively).
    public private(set) var used: Set<String>
    /// What an empty or all-invalid title becomes.
    public var fallback: String

    /// Starts with `reserved` names already taken (e.g. a summary sheet's fixed name).
    public init(reserved: [String] = [], fallback: String = "Sheet") {
        used = Set(reserved.map { $0.lowercased() })
        self.fallback = fallback
    }

    /// The longest sheet name Excel accepts, in UTF-16 units.
    public static let maximumLength = 31

    /// A valid name for `title` that is not yet used, and marks it used.
    public mutating func name(for title: String) -> String {
        let base = Self.repaired(title, fallback: fallback)
        var candidate = base
        var n = 1
        while used.contains(candidate.lowercased()) {
            n += 1
            let suffix = "(\(n))"
            candidate = Self.truncated(base, toUTF16: Self.maximumLength - suffix.utf16.count) + suffix
        }
        used.insert(candidate.lowercased())
        return candidate
    }

    /// `title` with Excel's character and length rules applied (uniqueness aside); `fallback` when nothing is left.
    public static func repaired(_ title: String, fallback: String = "Sheet") -> String {
        var text = ""
        for c in title {
            if "[]:*?/\\".contains(c) {
                text.append("_")
            } else if c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) && c != "\u{FFFE}" && c != "\u{FFFF}" {
                text.append(c)
            }
        }
        text = String(text.drop(while: { $0 == "'" || $0 == " " }))
        while let last = text.last, last == "'" || last == " " { text.removeLast() }
        text = truncated(text, toUTF16: maximumLength)
        while let last = text.last, last == "'" || last == " " { text.removeLast() }
        return text.isEmpty ? fallback : text
    }

    /// The longest prefix of `text`, in whole characters, of at most `limit` UTF-16 units.
    static func truncated(_ text: String, toUTF16 limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var out = ""
        var length = 0
        for c in text {
            let l = c.utf16.count
            if length + l > limit { break }
            out.append(c)
            length += l
        }
        return out
    }
}
