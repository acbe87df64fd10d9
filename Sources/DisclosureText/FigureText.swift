import DisclosureModel
import Foundation

/// What one table cell's text is: empty, a blank marker, a number (with a unit if written), or a label.
enum CellKind: Hashable, Sendable {
    /// An empty cell (padding between tabs; blank only when its position is certain).
    case empty
    /// An explicit blank marker: "-", "—", "/", "无", "空", "(空)".
    case blank
    /// A number, exactly, with the money unit written in the cell (`251000元`), if any.
    case number(Decimal, MoneyUnit?)
    /// Anything else.
    case label
}

/// Classifies a cell's text and parses numbers exactly (never through `Double`).
enum FigureText {
    /// Markers that mean "not filled", after `LabelNormalizer.normalize`.
    static let blankMarkers: [String] = ["-", "--", "---", "/", "//", "无", "空", "(空)", "(无)", "…", "...", "\\"]

    /// Scalars a figure or a blank marker can start with (ASCII and full-width digits, signs, dashes, brackets …);
    /// a cell starting with anything else is a label, without folding it.
    static func mayBeFigure(_ first: Unicode.Scalar) -> Bool {
        switch first.value {
        case 0x30...0x39, 0xFF10...0xFF19: true  // digits
        case 0x2B, 0x2D, 0x2E, 0x2F, 0x28, 0x5C: true  // + - . / ( \
        case 0xFF0B, 0xFF0D, 0xFF0E, 0xFF0F, 0xFF08, 0xFF3C: true  // full-width + - . / ( \
        case 0x2010...0x2015, 0x2212, 0xFE63, 0x2026: true  // dashes, minus, …
        case 0x65E0, 0x7A7A: true  // 无 空
        default: false
        }
    }

    /// Unit suffixes accepted after a number in a cell; only the money units are kept.
    static let suffixes: [(String, MoneyUnit?)] = [
        ("万元", .wanYuan), ("元", .yuan), ("人次", nil), ("件", nil), ("个", nil), ("项", nil), ("份", nil),
        ("条", nil), ("次", nil), ("家", nil), ("起", nil),
    ]

    /// The longest digit string accepted as a figure (more is not a plausible count and is kept as text).
    static let maxDigits = 18

    static func classify(_ raw: some StringProtocol) -> CellKind {
        guard let first = raw.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return .empty }
        guard mayBeFigure(first) else { return .label }
        let folded = LabelNormalizer.normalize(raw)
        if folded.isEmpty { return .empty }
        if blankMarkers.contains(folded) { return .blank }
        if let (value, unit) = parseNumber(folded) { return .number(value, unit) }
        return .label
    }

    /// Parses `[+-]digits[,ddd]*[.digits][unit]` from a folded cell; nil when it is anything else.
    static func parseNumber(_ folded: String) -> (Decimal, MoneyUnit?)? {
        var body = Substring(folded)
        var unit: MoneyUnit?
        let endsInDigit = folded.unicodeScalars.last.map { ("0"..."9").contains($0) } ?? false
        for (suffix, money) in suffixes where !endsInDigit && body.hasSuffix(suffix) {
            body = body.dropLast(suffix.count)
            unit = money
            break
        }
        guard let value = decimal(body) else { return nil }
        return (value, unit)
    }

    /// An exact decimal from ASCII text `[+-]?d+(,ddd)*(.d+)?`; nil otherwise.
    static func decimal(_ text: Substring) -> Decimal? {
        var scalars = text.unicodeScalars[...]
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars = scalars.dropFirst()
        }
        var significand: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        var groupRun = -1  // digits since the last thousands comma; -1 before any comma
        var sinceStart = 0
        for s in scalars {
            switch s {
            case "0"..."9":
                digits += 1
                guard digits <= maxDigits else { return nil }
                significand = significand * 10 + UInt64(s.value - 48)
                if seenPoint { fractionDigits += 1 }
                if groupRun >= 0 { groupRun += 1 }
                sinceStart += 1
            case ",":
                // A thousands separator: 1–3 digits before the first, exactly 3 between, none after the point.
                guard !seenPoint, sinceStart > 0, groupRun == -1 ? sinceStart <= 3 : groupRun == 3 else { return nil }
                groupRun = 0
            case ".":
                guard !seenPoint, digits > 0, groupRun == -1 || groupRun == 3 else { return nil }
                seenPoint = true
                groupRun = -1
            default:
                return nil
            }
        }
        guard digits > 0, !(seenPoint && fractionDigits == 0), groupRun == -1 || groupRun == 3 else { return nil }
        let magnitude = Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
        return negative ? -magnitude : magnitude
    }
}
