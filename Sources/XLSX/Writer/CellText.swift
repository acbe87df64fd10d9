/// Text as a cell holds it: what the file format refuses, and how wide it displays.
///
/// The writer refuses (throws `XLSXWriterError.Code.invalidCharacter`) text containing NUL, a C0 control other
/// than tab, line feed and carriage return, or U+FFFE / U+FFFF: XML 1.0 cannot carry them, and libxlsxwriter
/// mangles them (`"a\u{1}b"` comes out as `a_x001B_`). Silently altering an official figure or name is worse than
/// stopping, so cleaning is the caller's explicit choice: `CellText.sanitized(_:)`.
public enum CellText {
    /// The display width in Latin-character units: CJK and other East Asian wide or full-width characters count 2,
    /// everything else 1; for multi-line text, the widest line.
    public static func displayWidth(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { max(0, scan($0.baseAddress, $0.count)) }
    }

    /// The first character a cell cannot hold, or nil when all are fine.
    public static func firstInvalidCharacter(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isInvalid)
    }

    /// The text with every character a cell cannot hold replaced by U+FFFD (�), so the change stays visible.
    public static func sanitized(_ text: String) -> String {
        guard firstInvalidCharacter(in: text) != nil else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isInvalid(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    static func isInvalid(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF
    }

    /// One pass over UTF-8: the display width (widest line), or -1 when a character is invalid.
    @inline(__always)
    static func scan(_ base: UnsafePointer<UInt8>?, _ count: Int) -> Int {
        guard let p = base else { return 0 }
        var widest = 0
        var width = 0
        var i = 0
        while i < count {
            let b = p[i]
            if b < 0x80 {
                if b < 0x20 {
                    if b == 0x0A {
                        widest = max(widest, width)
                        width = 0
                    } else if b != 0x09 && b != 0x0D {
                        return -1
                    }
                } else {
                    width += 1
                }
                i += 1
            } else if b < 0xE0 {
                width += 1
                i += 2
            } else if b < 0xF0 {
                guard i + 2 < count else { return -1 }
                let cp = (UInt32(b & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F)
                if cp >= 0xFFFE { return -1 }
                width += isWide(cp) ? 2 : 1
                i += 3
            } else {
                width += 2
                i += 4
            }
        }
        return max(widest, width)
    }

    /// East Asian Wide and Full-width ranges of the Basic Multilingual Plane.
    @inline(__always)
    static func isWide(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }
}
