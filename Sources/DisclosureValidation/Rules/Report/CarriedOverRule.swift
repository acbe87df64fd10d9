import DisclosureModel

/// This year's 二、上年结转 against last year's 四、结转下年度继续办理, column by column (FORMATS.md §2 rule 6).
///
/// Runs only when `ValidationContext.previousReport` is given. A warning per differing column: applications carried
/// forward must come back, but a unit may have merged or split in between. When the previous report is not the
/// same unit's report for the year before, one note says so and nothing is compared. Blank cells are not compared.
public struct CarriedOverRule: ValidationRule {
    /// `YEAR.carriedOver`.
    public let id = "YEAR.carriedOver"
    /// What it checks.
    public let summary = "本年上年结转等于上年结转下年度 — carried over equals last year's carried forward"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// One warning per differing column, or one note when the reports do not follow each other.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        guard let previous = context.previousReport else { return [] }
        let unit = report.organization.name
        guard previous.year == report.year - 1, previous.organization.id == report.organization.id else {
            return [
                Diagnostic(
                    id: id, severity: .note,
                    message: Message.notPrevious(previous.organization.name, previous.year, report.year),
                    english: Message.notPreviousEnglish(previous.organization.id, previous.year, report.year),
                    location: context.location(unit: unit, table: .applications, row: .carriedOver))
            ]
        }
        guard let spec = context.formats[report.edition]?.spec(.applications),
            let previousSpec = context.formats[previous.edition]?.spec(.applications)
        else { return [] }
        var found: [Diagnostic] = []
        for column in spec.blocks.flatMap(\.columns).map(\.key) {
            let this = CellAddress(.carriedOver, column)
            let last = CellAddress(.carryForward, column)
            guard let now = report.applications[this].decimal, let before = previous.applications[last].decimal,
                now != before
            else { continue }
            found.append(
                cellDiagnostic(
                    id: id, severity: .warning, spec: spec, address: this,
                    chinese: Message.chinese(now.plainText, previous.year, before.plainText),
                    english: Message.english(now.plainText, previous.year, before.plainText),
                    notes: [
                        "本年 this year: \(spec.describe(this)) = \(now.plainText)",
                        "上年 last year: \(previous.year)年 \(previousSpec.describe(last)) = \(before.plainText)",
                        "差额 diff: \(signedText(now - before))",
                    ], report: report, context: context))
        }
        return found
    }
}

extension CarriedOverRule {
    enum Message {
        static func chinese(_ now: String, _ year: Int, _ before: String) -> String {
            "上年结转 \(now) 件，与\(year)年报告的结转下年度 \(before) 件不一致"
        }
        static func english(_ now: String, _ year: Int, _ before: String) -> String {
            "carried over \(now), but the \(year) report carried forward \(before)"
        }
        static func notPrevious(_ name: String, _ year: Int, _ thisYear: Int) -> String {
            "所给上年报告（\(name) \(year)年）不是本单位\(thisYear - 1)年的报告，未核对上年结转"
        }
        static func notPreviousEnglish(_ id: String, _ year: Int, _ thisYear: Int) -> String {
            "the previous report given (\(id), \(year)) is not this unit's \(thisYear - 1) report; carry-over not checked"
        }
    }
}
