import DisclosureModel
import Foundation

/// Outcomes the prose states in words against the tables: "均获维持" (表四: no case 结果纠正, 其他结果 or 尚未审结),
/// "无败诉" (表四 行政诉讼: no case 结果纠正), "全部办结" (表三 四、结转下年度继续办理 is 0).
///
/// The reader turns each phrase into a zero figure of an outcome kind (`reviewsNotUpheld`, `litigationNotUpheld`,
/// `litigationLost`, `applicationsLeftOpen`); the format says which cells it is (`ReportFormat.quotedFigureCells`).
/// A warning naming the cells that are not 0; a note when the sentence's subject may be wider than the body.
public struct OutcomeWordsRule: ValidationRule {
    /// How the prose says an outcome, for messages.
    public struct Phrase: Hashable, Sendable {
        /// The outcome kind.
        public var kind: QuotedFigure.Kind
        /// The words (`均获维持`).
        public var words: String
        /// English gloss.
        public var gloss: String

        /// Creates a phrase.
        public init(_ kind: QuotedFigure.Kind, words: String, gloss: String) {
            self.kind = kind
            self.words = words
            self.gloss = gloss
        }
    }

    /// The outcome kinds checked.
    public static let standardPhrases: [Phrase] = [
        Phrase(.reviewsNotUpheld, words: "行政复议均获维持", gloss: "all reviews upheld"),
        Phrase(.litigationNotUpheld, words: "行政诉讼均获维持", gloss: "all lawsuits upheld"),
        Phrase(.litigationLost, words: "无败诉", gloss: "no lawsuit lost"),
        Phrase(.applicationsLeftOpen, words: "申请全部办结", gloss: "every application concluded"),
    ]

    /// `TEXT.outcomeWords`.
    public let id = "TEXT.outcomeWords"
    /// What it checks.
    public let summary = "正文“均获维持”“无败诉”“全部办结”等表述与表格一致 — outcomes stated in words match the tables"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning
    /// The phrases checked.
    public var phrases: [Phrase]

    /// Creates the rule.
    public init(phrases: [Phrase] = OutcomeWordsRule.standardPhrases) { self.phrases = phrases }

    /// One diagnostic per outcome phrase the tables contradict.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        guard let format = context.formats[report.edition] else { return [] }
        var found: [Diagnostic] = []
        var seen: Set<QuotedFigure.Kind> = []
        for figure in report.quotedFigures {
            guard let phrase = phrases.first(where: { $0.kind == figure.kind }), !seen.contains(figure.kind),
                let cells = format.quotedFigureCells[figure.kind]
            else { continue }
            let data = report[cells.table]
            let spec = format.spec(cells.table)
            let contrary = cells.cells.compactMap { cell -> String? in
                guard let d = data[cell].decimal, d != figure.value else { return nil }
                return "\(spec.describe(cell)) = \(d.plainText)"
            }
            guard !contrary.isEmpty else { continue }
            seen.insert(figure.kind)
            found.append(
                Diagnostic(
                    id: id, severity: figure.uncertainSubject == true ? .note : .warning,
                    message: Message.chinese(phrase.words, contrary),
                    english: Message.english(phrase.gloss, contrary.count),
                    location: context.location(quoted: figure, unit: report.organization.name, detail: figure.kind.rawValue),
                    notes: contrary + (figure.source.map { ["文中 text: \($0)：\($0.excerpt)"] } ?? [])))
        }
        return found
    }
}

extension OutcomeWordsRule {
    enum Message {
        static func chinese(_ words: String, _ contrary: [String]) -> String {
            "正文称“\(words)”，但表中 \(contrary.joined(separator: "，"))"
        }
        static func english(_ gloss: String, _ cells: Int) -> String {
            "the text says \(gloss), but \(cells) cell(s) of the table say otherwise"
        }
    }
}
