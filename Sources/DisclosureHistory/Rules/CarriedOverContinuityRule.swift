import DisclosureModel
import DisclosureValidation

/// This year's 二、上年结转 equals last year's 四、结转下年度继续办理, for every applicant column and 总计 (an error:
/// an application carried forward must come back the next year).
///
/// The columns are those both years' 表三 forms have; a blank on either side is not compared (validation reports
/// blanks). Each finding names the unit, 表三, row `carriedOver`, the column, and both years' numbers.
public struct CarriedOverContinuityRule: ValidationRule {
    /// `HIST.carriedOver`.
    public let id = "HIST.carriedOver"
    /// What it checks.
    public let summary = "本年上年结转等于上年结转下年度 — carried over equals last year's carried forward"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.error

    /// Creates the rule.
    public init() {}

    /// One error per differing column.
    public func check(_ pair: ReportPair, in context: ValidationContext) -> [Diagnostic] {
        guard let (spec, previousSpec) = pair.specs(.applications, context.formats),
            spec.row(.carriedOver) != nil, previousSpec.row(.carryForward) != nil else { return [] }
        var found: [Diagnostic] = []
        for column in spec.blocks.flatMap(\.columns).map(\.key) {
            let now = CellAddress(.carriedOver, column), before = CellAddress(.carryForward, column)
            guard previousSpec.contains(before), let a = pair.current.applications[now].decimal,
                let b = pair.previous.applications[before].decimal, a != b
            else { continue }
            let columnLabel = spec.columnPath(of: column)?.joined(separator: "▸") ?? column.rawValue
            found.append(
                Diagnostic(
                    id: id, severity: .error,
                    message: Message.chinese(pair.unit, columnLabel, a.plainText, pair.previous.year, b.plainText),
                    english: Message.english(column.rawValue, a.plainText, pair.previous.year, b.plainText),
                    location: pair.location(.applications, row: .carriedOver, column: column),
                    notes: [
                        yearCell(pair.current.year, spec, now, a.plainText),
                        yearCell(pair.previous.year, previousSpec, before, b.plainText),
                        "差额 diff: \(signed(a - b))",
                    ]))
        }
        return found
    }
}

extension CarriedOverContinuityRule {
    enum Message {
        static func chinese(_ unit: String, _ column: String, _ now: String, _ year: Int, _ before: String) -> String {
            "\(unit) 表三 二、上年结转（\(column)）为 \(now) 件，与\(year)年报告的四、结转下年度继续办理 \(before) 件不一致"
        }
        static func english(_ column: String, _ now: String, _ year: Int, _ before: String) -> String {
            "carried over (\(column)) is \(now), but the \(year) report carried forward \(before)"
        }
    }
}
