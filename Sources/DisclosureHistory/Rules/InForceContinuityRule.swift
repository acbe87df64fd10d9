import DisclosureModel
import DisclosureValidation

/// 现行有效件数 carries on from year to year: last year's 现行有效 + this year's 本年制发 − 本年废止 = this year's 现行有效,
/// for every row of a block that has all three columns (规章 and 行政规范性文件 on the 2021 form).
///
/// A warning, not an error: a document amended in the year is neither issued nor repealed yet changes nothing, and a
/// unit may take over another's documents. Which rows and columns take part comes from the `TableSpec` (column keys
/// `issued`, `repealed`, `inForce` in one block, on both years' forms), so a year on a form without them is skipped.
public struct InForceContinuityRule: ValidationRule {
    /// `HIST.inForce`.
    public let id = "HIST.inForce"
    /// What it checks.
    public let summary = "上年现行有效件数＋本年制发－本年废止＝本年现行有效件数 — documents in force carry on"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// One warning per row whose 现行有效件数 does not follow.
    public func check(_ pair: ReportPair, in context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for table in TableID.allCases {
            guard let (spec, previousSpec) = pair.specs(table, context.formats) else { continue }
            for block in spec.blocks {
                let keys = Set(block.columns.map(\.key))
                guard keys.isSuperset(of: [.issued, .repealed, .inForce]) else { continue }
                for row in block.rows {
                    let before = CellAddress(row.key, .inForce)
                    guard previousSpec.contains(before),
                        let last = pair.previous[table][before].decimal,
                        let issued = pair.current[table][row.key, .issued].decimal,
                        let repealed = pair.current[table][row.key, .repealed].decimal,
                        let now = pair.current[table][row.key, .inForce].decimal
                    else { continue }
                    let expected = last + issued - repealed
                    guard expected != now else { continue }
                    let address = CellAddress(row.key, .inForce)
                    found.append(
                        Diagnostic(
                            id: id, severity: .warning,
                            message: Message.chinese(pair.unit, row.label, now.plainText, expected.plainText, pair.previous.year),
                            english: Message.english(row.key.rawValue, now.plainText, expected.plainText, pair.previous.year),
                            location: pair.location(table, row: row.key, column: .inForce),
                            notes: [
                                yearCell(pair.previous.year, previousSpec, before, last.plainText),
                                yearCell(pair.current.year, spec, CellAddress(row.key, .issued), issued.plainText),
                                yearCell(pair.current.year, spec, CellAddress(row.key, .repealed), repealed.plainText),
                                yearCell(pair.current.year, spec, address, now.plainText),
                                "\(last.plainText) + \(issued.plainText) − \(repealed.plainText) = \(expected.plainText) ≠ \(now.plainText)",
                                "修订的文件不计入制发或废止，可能造成差异 — amendments count as neither and may explain it",
                            ]))
                }
            }
        }
        return found
    }
}

extension InForceContinuityRule {
    enum Message {
        static func chinese(_ unit: String, _ row: String, _ now: String, _ expected: String, _ year: Int) -> String {
            "\(unit) 表二 \(row) 现行有效件数为 \(now)，按\(year)年现行有效件数加本年制发减本年废止应为 \(expected)"
        }
        static func english(_ row: String, _ now: String, _ expected: String, _ year: Int) -> String {
            "\(row): \(now) in force, but \(year)'s in force + issued − repealed gives \(expected)"
        }
    }
}
