/// Escaping for the two markup languages written here; every text that reaches a page or a document goes through
/// one of these, so a unit name or a prose line holding `<script>` or `&` is shown as text.
enum MarkupText {
    /// Text for HTML content and quoted attribute values: `&`, `<`, `>`, `"`, `'` escaped; characters HTML forbids
    /// (C0 controls other than tab and newline, U+FFFE/U+FFFF) dropped.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if allowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Text for XML content and attribute values (WordprocessingML): the five entities escaped, characters XML 1.0
    /// forbids dropped.
    static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if allowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// XML 1.0's Char production (which HTML's text rules also satisfy): tab, newline, CR and U+0020 up, without
    /// the surrogates (not scalars anyway) and U+FFFE/U+FFFF.
    private static func allowed(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
        return v != 0xFFFE && v != 0xFFFF
    }
}
