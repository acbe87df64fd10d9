/// Folds the spelling differences of real reports so that a table label can be matched against the form's label.
///
/// `normalize` folds full-width ASCII (digits, letters, brackets, colon) to half-width, removes all whitespace,
/// unifies the enumeration comma "、", "，" and "," into ",", unifies the quotes “”„"「」 into `"`, and folds the
/// various dashes. `core` also strips bracketed notes (`规章（设区的市…）` → `规章`) but keeps a bracketed
/// numeral (`（一）予以公开`, `第二十条第（九）项`). Traditional → simplified is not done.
public enum LabelNormalizer {
    /// The folded form of `text` (see the type's description); idempotent.
    public static func normalize(_ text: some StringProtocol) -> String {
        // Most texts (a PDF run, a table cell) are already folded: checked first, they are returned as they are,
        // without a copy. Otherwise the folded UTF-8 is written straight into the new String's storage — folding
        // never lengthens the text (whitespace is dropped, every replacement is one ASCII byte) — one allocation,
        // where building an array first and a String from it were two (both showed in the readers' profiles).
        guard text.unicodeScalars.contains(where: { fold($0) != $0 }) else { return String(text) }
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var n = 0
            for scalar in text.unicodeScalars {
                guard let folded = fold(scalar) else { continue }
                for byte in folded.utf8 {
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }

    /// The folded form with bracketed notes removed; a text that is nothing but a note keeps its note.
    public static func core(_ text: some StringProtocol) -> String {
        let folded = normalize(text)
        let stripped = stripNotes(folded)
        return stripped.isEmpty ? folded : stripped
    }

    /// Splits a folded label into its leading enumerator and the rest:
    /// `(三)不予公开` → `("(三)", "不予公开")`, `1.属于国家秘密` → `("1.", …)`, `一,本年新收…` → `("一,", …)`.
    /// The enumerator is canonical (`1、` and `1．` both give `1.`); it is empty when the label has none.
    public static func splitEnumerator(_ folded: String) -> (enumerator: String, body: String) {
        // Most labels and every prose line start with neither a bracket nor a numeral: no enumerator, and no copy of
        // the scalars (the array showed in the text reader's profile, once per cell).
        guard let head = folded.unicodeScalars.first else { return ("", "") }
        if head != "(", !isNumeral(head) { return ("", folded) }
        let scalars = Array(folded.unicodeScalars)
        guard let first = scalars.first else { return ("", "") }
        if first == "(" {
            // (一) … (十二), (1) …
            var i = 1
            while i < scalars.count, i <= 4, isNumeral(scalars[i]) { i += 1 }
            if i > 1, i < scalars.count, scalars[i] == ")" {
                return (String(String.UnicodeScalarView(scalars[0...i])), String(String.UnicodeScalarView(scalars[(i + 1)...])))
            }
            return ("", folded)
        }
        var i = 0
        while i < scalars.count, i < 4, isNumeral(scalars[i]) { i += 1 }
        guard i > 0, i < scalars.count else { return ("", folded) }
        let mark = scalars[i]
        guard mark == "." || mark == "," else { return ("", folded) }
        let numeral = String(String.UnicodeScalarView(scalars[0..<i]))
        let isDigit = scalars[0].properties.numericType == .decimal && scalars[0].isASCII
        // Arabic numerals are written `1.`; Chinese ones `一,` (from 一、).
        let canonical = numeral + (isDigit ? "." : ",")
        return (canonical, String(String.UnicodeScalarView(scalars[(i + 1)...])))
    }

    /// The Chinese numerals an enumerator may use (一 … 十).
    public static let chineseNumerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(s) || chineseNumerals.contains(s)
    }

    /// One scalar folded, or nil when it is dropped (whitespace).
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x3000, 0x2028, 0x2029, 0xFEFF, 0x200B:
            return nil
        case 0x2000...0x200A:
            return nil
        case 0x3001, 0xFF0C: return ","  // 、，
        case 0x201C, 0x201D, 0x201E, 0x300C, 0x300D, 0xFF02: return "\""  // “”„「」＂
        case 0x2018, 0x2019, 0xFF07: return "'"
        case 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D: return "-"  // dashes and minus signs
        case 0x3014, 0x3010: return "("  // 〔【
        case 0x3015, 0x3011: return ")"  // 〕】
        case 0xFF01...0xFF5E: return Unicode.Scalar(v - 0xFEE0)  // full-width ASCII
        default: return s
        }
    }

    /// Removes bracketed notes from a folded label, keeping a bracket that holds only a short numeral (`(一)`,
    /// `(12)`). An unclosed bracket runs to the end (a truncated note).
    public static func stripNotes(_ folded: String) -> String {
        guard folded.unicodeScalars.contains("(") else { return folded }
        let scalars = Array(folded.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            guard s == "(" else {
                out.append(s)
                i += 1
                continue
            }
            // Find the matching close bracket.
            var depth = 0
            var j = i
            var close: Int?
            while j < scalars.count {
                if scalars[j] == "(" { depth += 1 }
                if scalars[j] == ")" {
                    depth -= 1
                    if depth == 0 { close = j; break }
                }
                j += 1
            }
            guard let close else { break }  // unclosed: drop the rest
            let inner = scalars[(i + 1)..<close]
            if !inner.isEmpty, inner.count <= 3, inner.allSatisfy(isNumeral) {
                out.append(contentsOf: scalars[i...close])
            }
            i = close + 1
        }
        return String(out)
    }
}
