import DisclosureModel
import Foundation
import Testing

@testable import DisclosureText
@testable import DisclosureWorkbook

/// One reading of a typed figure: the same strings give the same figures from published text and from a workbook.
@Suite struct FigureParsingTests {
    /// What a person types, and what it must read as in a count column (nil: not a number).
    static let counts: [(String, Figure?)] = [
        ("153", 153), (" 3 ", 3), ("１２", 12), ("1,234", 1234), ("12,345,678", 12_345_678), ("-8", -8), ("−8", -8),
        ("－８", -8), ("12件", 12), ("0", 0),
        ("", .blank), ("-", .blank), ("—", .blank), ("--", .blank), ("/", .blank), ("无", .blank), ("空", .blank),
        ("(空)", .blank), ("(无)", .blank), ("（无）", .blank), ("…", .blank), ("\\", .blank),
        ("1,2,3", nil), ("12,34", nil), (",123", nil), ("1.", nil), ("12.5.1", nil), ("十二", nil), ("约12", nil),
        ("12万元", nil), ("1234567890123456789", nil),
    ]

    /// What a person types in a 万元 column.
    static let amounts: [(String, Figure?)] = [
        ("94.2", .number(Decimal(string: "94.2")!)), ("94.2万元", .number(Decimal(string: "94.2")!)),
        ("251000元", .number(Decimal(string: "25.1")!)), ("0.05", .number(Decimal(string: "0.05")!)),
        ("1,250.5", .number(Decimal(string: "1250.5")!)), ("-", .blank), ("约94", nil),
    ]

    /// The text reader's reading of one cell in a column of `kind`.
    static func fromText(_ text: String, _ kind: ValueKind) -> Figure? {
        switch FigureText.classify(text) {
        case .empty, .blank: return .blank
        case .label: return nil
        case .number(let value, let unit): return Figure.Parsed.number(value, unit: unit).figure(for: kind)
        }
    }

    /// The workbook importer's reading of one text cell in a column of `kind`.
    static func fromWorkbook(_ text: String, _ kind: ValueKind) -> Figure? {
        switch ImportText.figure(text, kind: kind) {
        case .blank: .blank
        case .number(let d): .number(d)
        case .notANumber: nil
        }
    }

    @Test("counts read alike from text and workbook", arguments: counts)
    func count(_ typed: String, _ expected: Figure?) {
        #expect(Figure.parse(typed).figure(for: .count) == expected)
        #expect(Self.fromText(typed, .count) == expected)
        #expect(Self.fromWorkbook(typed, .count) == expected)
    }

    @Test("amounts read alike from text and workbook", arguments: amounts)
    func amount(_ typed: String, _ expected: Figure?) {
        #expect(Self.fromText(typed, .money(.wanYuan)) == expected)
        #expect(Self.fromWorkbook(typed, .money(.wanYuan)) == expected)
    }

    @Test func emptyAndAMarkerAreBothBlankButDistinguishable() {
        #expect(Figure.parse("  ") == .empty)
        #expect(Figure.parse("—") == .blank)
        #expect(Figure.parse("  ").isBlank && Figure.parse("—").isBlank)
        #expect(Figure.parse("合计") == .notANumber)
        #expect(Figure.parse("251000元") == .number(251_000, unit: .yuan))
    }
}
