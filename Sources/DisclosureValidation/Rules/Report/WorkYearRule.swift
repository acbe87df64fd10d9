import DisclosureModel
import Foundation

/// A sentence about the year's work that opens with another year ("2019年，本机关…" in the report on 2020): the
/// mark of text copied from last year's report, which reviewers look for first.
///
/// The reader records a year only where it opens a sentence as the time of its work (`QuotedFigure.Kind.workYear`;
/// "2019年以来", "2020年政务公开工作要点" are not). The report's year and the next (plans, the date of publication)
/// pass; an earlier year is a warning; a later one a note.
public struct WorkYearRule: ValidationRule {
    /// `TEXT.staleYear`.
    public let id = "TEXT.staleYear"
    /// What it checks.
    public let summary = "正文叙述本年度工作的句子所写年份不是报告年度 — a sentence on the year's work names another year"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// One diagnostic per sentence opening with another year.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        guard report.year > 0 else { return [] }
        return report.quotedFigures.compactMap { figure in
            guard figure.kind == .workYear, let year = Int(exactly: figure.value), year != report.year,
                year != report.year + 1
            else { return nil }
            let earlier = year < report.year
            return Diagnostic(
                id: id, severity: earlier ? .warning : .note,
                message: Message.chinese(year, report.year, earlier), english: Message.english(year, report.year, earlier),
                location: context.location(quoted: figure, unit: report.organization.name, detail: figure.kind.rawValue),
                notes: figure.source.map { ["文中 text: \($0)：\($0.excerpt)"] } ?? [])
        }
    }
}

extension WorkYearRule {
    enum Message {
        static func chinese(_ year: Int, _ reportYear: Int, _ earlier: Bool) -> String {
            "\(reportYear)年度报告中，叙述本年工作的句子以“\(year)年”开头"
                + (earlier ? "：是否照抄了以前年度的报告" : "：年份是否有误")
        }
        static func english(_ year: Int, _ reportYear: Int, _ earlier: Bool) -> String {
            "the report on \(reportYear) has a sentence on the year's work opening with \(year)"
                + (earlier ? ": copied from an earlier report?" : ": a wrong year?")
        }
    }
}
