import DisclosureModel
import DisclosureValidation

/// A unit of last year's tree (or, when no tree is stored, a unit that reported last year) has no report this year
/// (a note: it may have been merged or abolished).
public struct MissingReportRule: ValidationRule {
    /// `HIST.missingReport`.
    public let id = "HIST.missingReport"
    /// What it checks.
    public let summary = "上年的单位本年没有报告 — a unit of last year has no report this year"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.note

    /// Creates the rule.
    public init() {}

    /// One note per missing unit, in last year's tree order.
    public func check(_ transition: YearTransition, in context: ValidationContext) -> [Diagnostic] {
        transition.previousUnits.filter { !transition.reportedUnitIDs.contains($0.id) }.map { unit in
            Diagnostic(
                id: id, severity: .note,
                message: Message.chinese(unit.name, transition.previousYear, transition.year),
                english: Message.english(unit.id, transition.previousYear, transition.year),
                location: Diagnostic.Location(unit: unit.name, detail: "\(transition.previousYear)→\(transition.year)"),
                notes: ["单位编码 unit id: \(unit.id)"])
        }
    }
}

extension MissingReportRule {
    enum Message {
        static func chinese(_ unit: String, _ previous: Int, _ year: Int) -> String {
            "\(unit) 在\(previous)年的单位名单中，但没有\(year)年的报告"
        }
        static func english(_ unit: String, _ previous: Int, _ year: Int) -> String {
            "\(unit) is in the \(previous) tree but has no \(year) report"
        }
    }
}
