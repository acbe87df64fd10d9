import DisclosureModel
import DisclosureValidation

/// Every figure of 表三 the same as last year's: most likely last year's table handed in again (a warning).
///
/// Compares the figures that mean the same on both years' forms (`CellCorrespondence`: every cell across one
/// edition; across editions, 2019 （六）其他处理 against the sum of 2021's （六）1–3). A table of nothing but zeros and
/// blanks is not reported: a unit with no applications two years running is common.
public struct UnchangedApplicationsRule: ValidationRule {
    /// `HIST.unchanged`.
    public let id = "HIST.unchanged"
    /// What it checks.
    public let summary = "表三全部数字与上年相同 — all of table 3 identical to last year's"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// One warning when every comparable figure of 表三 equals last year's and one of them is not 0.
    public func check(_ pair: ReportPair, in context: ValidationContext) -> [Diagnostic] {
        guard let (spec, previousSpec) = pair.specs(.applications, context.formats) else { return [] }
        let correspondence = CellCorrespondence.between(previousSpec, spec)
        guard !correspondence.pairs.isEmpty else { return [] }
        var nonZero = false
        for p in correspondence.pairs {
            let a = p.fromValue(pair.previous.applications), b = p.toValue(pair.current.applications)
            guard a == b else { return [] }
            if let b, b != 0 { nonZero = true }
        }
        guard nonZero else { return [] }
        let total = pair.current.applications[.newReceived, .total].decimal?.plainText ?? "空"
        return [
            Diagnostic(
                id: id, severity: .warning,
                message: Message.chinese(pair.unit, pair.previous.year, correspondence.pairs.count),
                english: Message.english(pair.previous.year, correspondence.pairs.count),
                location: pair.location(.applications),
                notes: [
                    "\(pair.previous.year)年与\(pair.current.year)年 \(spec.describe(CellAddress(.newReceived, .total))) 均为 \(total)"
                ])
        ]
    }
}

extension UnchangedApplicationsRule {
    enum Message {
        static func chinese(_ unit: String, _ year: Int, _ count: Int) -> String {
            "\(unit) 表三全部 \(count) 个数字与\(year)年报告完全相同，可能误交了上年的表格"
        }
        static func english(_ year: Int, _ count: Int) -> String {
            "all \(count) figures of table 3 are identical to the \(year) report; last year's table handed in again?"
        }
    }
}
