import DisclosureModel
import Foundation

/// The report's sections as a reviewer reads them: every section of the form present (when the report has prose at
/// all); 五、存在的主要问题及改进情况 not empty or "无"; 六、其他需要报告的事项 not empty or "无" while the report
/// states 信息处理费 charged (`report.fees`), and, where the format asks for the fees (`ReportFormat.fees`), saying
/// something.
///
/// A missing section or a 六 that denies the fees charged is a warning; an empty 五, or a 六 silent on the fees
/// the format asks for, a note.
public struct SectionContentRule: ValidationRule {
    /// `TEXT.sectionContent`.
    public let id = "TEXT.sectionContent"
    /// What it checks.
    public let summary = "各部分齐全，第五、六部分不为空或“无”而与表格相矛盾 — every section present; 五/六 not empty against the tables"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// What a section says when it says nothing.
    static let nothing: Set<String> = ["", "无", "无。", "暂无", "暂无。", "无其他需要报告的事项", "无其他需要报告的事项。", "本年度无", "没有"]

    /// Creates the rule.
    public init() {}

    /// The findings on the sections; none for a report without prose (a workbook's).
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        guard report.sections.values.contains(where: { $0.unicodeScalars.contains { !Self.isSpace($0) } }) else { return [] }
        // Only 五 and 六 are read trimmed (trimming every section through NSString cost more than the rest of the rule).
        let problems = report.sections[.problems].map(Self.trimmed)
        let other = report.sections[.other].map(Self.trimmed)
        var found: [Diagnostic] = []
        let missing = SectionID.allCases.filter { report.sections[$0] == nil }
        if !missing.isEmpty {
            let headings = missing.map(\.heading).joined(separator: "、")
            found.append(
                Diagnostic(
                    id: id, severity: .warning, message: "报告缺少以下部分：\(headings)",
                    english: "sections missing: \(missing.map(\.rawValue).joined(separator: ", "))",
                    location: context.location(unit: report.organization.name, section: missing[0]),
                    notes: missing.map(\.heading)))
        }
        if let problems, Self.says(nothing: problems) {
            found.append(
                Diagnostic(
                    id: id, severity: .note, message: "“\(SectionID.problems.heading)”为空或为“无”，统一格式要求报告存在的问题及改进情况",
                    english: "section 五 is empty or says none; the format asks for problems and improvements",
                    location: context.location(unit: report.organization.name, section: .problems)))
        }
        let fees = report.fees
        let charged = (fees?.noticesIssued ?? 0) > 0 || (fees?.amountCollected.map { $0.value > 0 } ?? false)
        if let other, Self.says(nothing: other), charged, let fees {
            var notes: [String] = []
            if let n = fees.noticesIssued { notes.append("发出收费通知 notices issued: \(n)") }
            if let a = fees.amountCollected { notes.append("实际收取 collected: \(a)") }
            found.append(
                Diagnostic(
                    id: id, severity: .warning,
                    message: "“\(SectionID.other.heading)”为空或为“无”，但报告载有收取信息处理费",
                    english: "section 六 says none, but the report states information-processing fees charged",
                    location: context.location(unit: report.organization.name, section: .other), notes: notes))
        } else if let statement = context.formats[report.edition]?.fees, let other, Self.says(nothing: other), fees == nil {
            found.append(
                Diagnostic(
                    id: id, severity: .note,
                    message: "“\(statement.section.heading)”为空或为“无”，未说明信息处理费收取情况",
                    english: "section 六 is empty; the format asks for the information-processing fees",
                    location: context.location(unit: report.organization.name, section: statement.section)))
        }
        return found
    }

    /// `text` without white space at either end — what `trimmingCharacters(in: .whitespacesAndNewlines)` gives,
    /// without the bridge to NSString: Unicode `White_Space` (spaces, tabs, line ends, U+3000) and, as Foundation's
    /// set has it, U+200B ZERO WIDTH SPACE (the two sets compared over every scalar).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// In `CharacterSet.whitespacesAndNewlines`.
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace || s.value == 0x200B }

    static func says(nothing text: String) -> Bool {
        nothing.contains(text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{3000}", with: ""))
    }
}
