import Foundation

extension Figure {
    /// What the text a person typed into one table cell holds, read by `Figure.parse(_:)`.
    ///
    /// Every reader of outside figures — published text, filled workbooks, web pages, Word tables — goes through
    /// this one reading, so the same string gives the same figure whatever file it came in.
    public enum Parsed: Hashable, Sendable {
        /// Nothing but whitespace (a cell left empty: blank, when its position is certain).
        case empty
        /// An explicit blank marker: `-`, `—`, `/`, `无`, `空`, `(空)`, `(无)`, `…`.
        case blank
        /// A number, exactly, with the money unit written after it (`251000元`, `94.2万元`), if any.
        case number(Decimal, unit: MoneyUnit?)
        /// Anything else: a label, a word, a malformed number (`1,2,3`).
        case notANumber

        /// True for `.empty` and `.blank`: the cell is not filled.
        public var isBlank: Bool { self == .empty || self == .blank }
    }

    /// Markers that mean "not filled", after `LabelNormalizer.normalize` (full-width folded, dashes unified).
    public static let blankMarkers: Set<String> = [
        "-", "--", "---", "/", "//", "无", "空", "(空)", "(无)", "…", "...", "\\",
    ]

    /// Unit words accepted after a number in a cell; only the money units are kept, the others are dropped
    /// (`12件` is the count 12).
    public static let unitSuffixes: [(suffix: String, unit: MoneyUnit?)] = [
        ("万元", .wanYuan), ("元", .yuan), ("人次", nil), ("件", nil), ("个", nil), ("项", nil), ("份", nil),
        ("条", nil), ("次", nil), ("家", nil), ("起", nil),
    ]

    /// The longest digit string accepted as a figure (more is not a plausible count and is kept as text).
    public static let maxDigits = 18

    /// Reads one cell's text exactly (never through `Double`): whitespace and full-width forms folded
    /// (`１２` → 12), thousands separators checked (`1,234` yes, `1,2,3` no), a sign (`-8`, `−8`), a decimal point,
    /// and a unit word after the number.
    public static func parse(_ text: some StringProtocol) -> Parsed {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return .empty }
        guard mayStartFigure(first) else { return .notANumber }
        let folded = LabelNormalizer.normalize(text)
        if folded.isEmpty { return .empty }
        if blankMarkers.contains(folded) || folded.unicodeScalars.allSatisfy({ $0 == "-" }) { return .blank }
        var body = Substring(folded)
        var unit: MoneyUnit?
        let endsInDigit = folded.unicodeScalars.last.map { ("0"..."9").contains($0) } ?? false
        for (suffix, money) in unitSuffixes where !endsInDigit && body.hasSuffix(suffix) {
            body = body.dropLast(suffix.count)
            unit = money
            break
        }
        guard let value = exactDecimal(body) else { return .notANumber }
        return .number(value, unit: unit)
    }

    /// True when a cell starting with `first` may hold a figure or a blank marker (digits, signs, dashes, brackets,
    /// 无, 空 — ASCII or full-width); a cell starting with anything else is a label, without folding it.
    public static func mayStartFigure(_ first: Unicode.Scalar) -> Bool {
        switch first.value {
        case 0x30...0x39, 0xFF10...0xFF19: true  // digits
        case 0x2B, 0x2D, 0x2E, 0x2F, 0x28, 0x5C: true  // + - . / ( \
        case 0xFF0B, 0xFF0D, 0xFF0E, 0xFF0F, 0xFF08, 0xFF3C: true  // full-width + - . / ( \
        case 0x2010...0x2015, 0x2212, 0xFE63, 0x2026: true  // dashes, minus, …
        case 0x65E0, 0x7A7A: true  // 无 空
        default: false
        }
    }

    /// An exact decimal from folded ASCII text `[+-]?d+(,ddd)*(.d+)?`, at most `maxDigits` digits; nil otherwise.
    public static func exactDecimal(_ text: Substring) -> Decimal? {
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

extension Figure.Parsed {
    /// The figure this reading gives in a column holding `kind`: blank for `.empty`/`.blank`; a number converted
    /// to the column's money unit (a number without a unit is taken in the column's unit, or in `statedUnit` when
    /// the header states one); nil for `.notANumber`, and for a money unit written in a count column (the caller
    /// reports both).
    public func figure(for kind: ValueKind, statedUnit: MoneyUnit? = nil) -> Figure? {
        switch self {
        case .empty, .blank: return .blank
        case .notANumber: return nil
        case .number(let value, let unit):
            if let target = kind.moneyUnit {
                return .number(Amount(value, unit ?? statedUnit ?? target).converted(to: target).value)
            }
            return unit == nil ? .number(value) : nil
        }
    }
}
