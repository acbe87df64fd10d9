import DisclosureModel
import Foundation

/// A percentage the prose prints after a figure ("予以公开966件，占66.48%") against that figure and its whole: the
/// whole the same statement states ("共答复1453件"), else the whole's cells in the tables.
///
/// The printed digits decide: 966 / 1453 = 66.4831…% is right as 66.48% (rounded) and as 66.4% or 66% (truncated
/// or rounded to fewer digits printed). A figure whose whole the text does not state is compared with the table's
/// whole; a mismatch there is a note (the base may be another count). A figure without a known whole
/// (`QuotedFigure.Kind.wholes`) is not checked.
public struct QuotedShareRule: ValidationRule {
    /// `TEXT.share`.
    public let id = "TEXT.share"
    /// What it checks.
    public let summary = "正文所述百分比与其数字及基数一致 — a percentage in the text matches its figure and base"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// One diagnostic per percentage that does not follow from its figure and base.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        let format = context.formats[report.edition]
        var found: [Diagnostic] = []
        for statement in ProseStatement.all(in: report) {
            for figure in statement.figures {
                guard let share = figure.share, !figure.approximate, let wholeKind = QuotedFigure.Kind.wholes[figure.kind]
                else { continue }
                let stated = statement.single(wholeKind).flatMap { $0.approximate ? nil : $0 }
                let base: Decimal
                let fromText: Bool
                if let stated {
                    base = stated.value
                    fromText = true
                } else if let cells = format?.quotedFigureCells[wholeKind], let sum = cells.completeSum(in: report) {
                    base = sum
                    fromText = false
                } else {
                    continue
                }
                guard !share.matches(part: figure.value, whole: base) else { continue }
                found.append(diagnostic(figure, share, base: base, fromText: fromText, wholeKind, report, context))
            }
        }
        return found
    }

    func diagnostic(
        _ figure: QuotedFigure, _ share: QuotedFigure.Share, base: Decimal, fromText: Bool,
        _ wholeKind: QuotedFigure.Kind, _ report: AnnualReport, _ context: ValidationContext
    ) -> Diagnostic {
        let phrase = QuotedFigureRule.standardTargets.first { $0.kind == figure.kind }?.phrase ?? figure.kind.rawValue
        let wholePhrase = QuotedFigureRule.standardTargets.first { $0.kind == wholeKind }?.phrase ?? wholeKind.rawValue
        var exact = figure.value * 100 / base
        var shown = Decimal()
        NSDecimalRound(&shown, &exact, max(share.digits, 2), .plain)
        return Diagnostic(
            id: id, severity: fromText ? .warning : .note,
            message: Message.chinese(phrase, figure.quotedText, share.text, wholePhrase, base, shown, fromText),
            english: Message.english(figure.quotedText, share.text, base, shown),
            location: context.location(quoted: figure, unit: report.organization.name, detail: figure.kind.rawValue),
            notes: [
                "\(figure.value.plainText) ÷ \(base.plainText) = \(shown.plainText)%，文中 \(share.text)" + figure.sourceNote,
                fromText ? "基数为文中所述\(wholePhrase) — base stated in the text" : "基数取自表格 — base taken from the table",
            ])
    }
}

extension QuotedShareRule {
    enum Message {
        static func chinese(
            _ phrase: String, _ count: String, _ printed: String, _ wholePhrase: String, _ base: Decimal,
            _ shown: Decimal, _ fromText: Bool
        ) -> String {
            "正文所述\(phrase) \(count) 件占 \(printed)，但按\(fromText ? "文中" : "表中")\(wholePhrase) \(base.plainText) 件计算为 \(shown.plainText)%"
        }
        static func english(_ count: String, _ printed: String, _ base: Decimal, _ shown: Decimal) -> String {
            "the text gives \(count) as \(printed), but \(count) of \(base.plainText) is \(shown.plainText)%"
        }
    }
}
