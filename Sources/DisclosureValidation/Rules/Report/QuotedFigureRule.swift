import DisclosureModel
import Foundation

/// Figures quoted in the prose against the tables (FORMATS.md §2 rule 5): 收到申请 ↔ 一 总计, 上年结转 ↔ 二,
/// 办结/答复 ↔ （七）, 结转 ↔ 四, 复议 ↔ 复议总计, 诉讼 ↔ 直接起诉总计 + 复议后起诉总计, 规范性文件 ↔ 表二 本年新公开
/// (2019) / 本年制发 (2021). Which cells each kind is compared with is the format's (`ReportFormat.quotedFigureCells`).
///
/// A mismatch is a warning: one of the two is wrong, and the pairing of a phrase with a cell is a convention
/// (KIROGOVCOMPARE's), not the form's. Approximate figures ("12196余条") are read as "at least": a table value at
/// or above them passes, one below them is a note, never a warning. A blank counterpart is not compared
/// (`CELL.blank` reports it). A figure whose sentence may be about a wider or another body ("全市各部门…",
/// `QuotedFigure.uncertainSubject`) is a note at most. Figures the reader leaves out as another body's (the
/// gazette's "刊登政府规章、规范性文件等N件", "部门规范性文件N件") never reach this rule. The phrases are data
/// (`targets`), so a caller can amend them.
public struct QuotedFigureRule: ValidationRule {
    /// How the prose says one kind of quoted figure, for messages.
    public struct Target: Hashable, Sendable {
        /// The quoted figure's kind.
        public var kind: QuotedFigure.Kind
        /// How the prose says it (`收到申请`).
        public var phrase: String
        /// English gloss of the phrase.
        public var gloss: String

        /// Creates a target.
        public init(_ kind: QuotedFigure.Kind, phrase: String, gloss: String) {
            self.kind = kind
            self.phrase = phrase
            self.gloss = gloss
        }
    }

    /// The phrases of FORMATS.md §2 rule 5.
    public static let standardTargets: [Target] = [
        Target(.applicationsReceived, phrase: "收到（受理）申请", gloss: "applications received"),
        Target(.applicationsCarriedOver, phrase: "上年结转", gloss: "carried over from last year"),
        Target(.applicationsAnswered, phrase: "办结（答复）", gloss: "applications answered"),
        Target(.applicationsCarriedForward, phrase: "结转下年度", gloss: "carried forward"),
        Target(.administrativeReviews, phrase: "行政复议", gloss: "administrative reviews"),
        Target(.administrativeLitigation, phrase: "行政诉讼", gloss: "administrative lawsuits"),
        Target(.normativeDocuments, phrase: "规范性文件", gloss: "normative documents"),
        Target(.regulations, phrase: "规章", gloss: "regulations"),
        Target(.licensingDecisions, phrase: "行政许可处理决定", gloss: "licensing decisions"),
        Target(.penaltyDecisions, phrase: "行政处罚处理决定", gloss: "penalty decisions"),
        Target(.enforcementDecisions, phrase: "行政强制处理决定", gloss: "enforcement decisions"),
        Target(.applicationsGranted, phrase: "予以公开", gloss: "applications granted"),
        Target(.applicationsPartlyGranted, phrase: "部分公开", gloss: "applications partly granted"),
        Target(.applicationsGrantedOrPartly, phrase: "予以公开及部分公开", gloss: "applications granted in full or part"),
        Target(.applicationsWithheld, phrase: "不予公开", gloss: "applications refused"),
        Target(.applicationsUnavailable, phrase: "无法提供", gloss: "information unavailable"),
        Target(.applicationsNotProcessed, phrase: "不予处理", gloss: "applications not processed"),
        Target(.applicationsOtherHandling, phrase: "其他处理", gloss: "otherwise handled"),
        Target(.reviewsUpheld, phrase: "行政复议结果维持", gloss: "reviews upheld"),
        Target(.reviewsCorrected, phrase: "行政复议结果纠正", gloss: "reviews corrected"),
        Target(.reviewsPending, phrase: "行政复议尚未审结", gloss: "reviews pending"),
        Target(.litigationUpheld, phrase: "行政诉讼结果维持", gloss: "lawsuits upheld"),
        Target(.litigationCorrected, phrase: "行政诉讼结果纠正", gloss: "lawsuits corrected"),
        Target(.litigationPending, phrase: "行政诉讼尚未审结", gloss: "lawsuits pending"),
    ]

    /// `TEXT.tableMismatch`.
    public let id = "TEXT.tableMismatch"
    /// What it checks.
    public let summary = "正文引用的数字与表格一致 — figures quoted in the text match the tables"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning
    /// The pairs compared.
    public var targets: [Target]

    /// Creates the rule with the standard pairs, or amended ones.
    public init(targets: [Target] = QuotedFigureRule.standardTargets) {
        self.targets = targets
    }

    /// One warning (or note, for approximate figures) per quoted figure that differs from its table cells.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        guard let format = context.formats[report.edition] else { return [] }
        var found: [Diagnostic] = []
        for figure in report.quotedFigures {
            guard let target = targets.first(where: { $0.kind == figure.kind }),
                let cells = format.quotedFigureCells[figure.kind], let tableValue = cells.completeSum(in: report),
                tableValue != figure.value
            else { continue }
            if figure.approximate, tableValue >= figure.value { continue }
            found.append(diagnostic(figure, target, cells, tableValue, report, format, context))
        }
        return found
    }

    func diagnostic(
        _ figure: QuotedFigure, _ target: Target, _ cells: FigureCells, _ tableValue: Decimal,
        _ report: AnnualReport, _ format: ReportFormat, _ context: ValidationContext
    ) -> Diagnostic {
        let spec = format.spec(cells.table)
        let place = cells.cells.map { spec.describe($0) }.joined(separator: " + ")
        let quoted = figure.value.plainText + (figure.approximate ? "余" : "")
        var notes = [
            "文中 text: \(quoted)" + (figure.source.map { "（\($0)：\($0.excerpt)）" } ?? ""),
            "表中 table: \(place) = \(tableValue.plainText)",
            "差额 diff: \(signedText(figure.value - tableValue))",
        ]
        if figure.kind == .applicationsReceived,
            let withCarried = report.applications.completeSum([
                CellAddress(.newReceived, .total), CellAddress(.carriedOver, .total),
            ]), withCarried == figure.value
        {
            notes.append(Message.includesCarriedOver)
        }
        return Diagnostic(
            id: id, severity: figure.approximate || figure.uncertainSubject == true ? .note : .warning,
            message: Message.chinese(target.phrase, quoted, place, tableValue.plainText),
            english: Message.english(target.gloss, quoted, tableValue.plainText),
            location: context.location(quoted: figure, unit: report.organization.name, detail: figure.kind.rawValue),
            notes: notes)
    }
}

extension QuotedFigureRule {
    enum Message {
        static func chinese(_ phrase: String, _ quoted: String, _ place: String, _ table: String) -> String {
            "正文所述\(phrase) \(quoted) 与表中不一致：\(place) 为 \(table)"
        }
        static func english(_ gloss: String, _ quoted: String, _ table: String) -> String {
            "the text gives \(quoted) \(gloss), the table \(table)"
        }
        static let includesCarriedOver = "文中数字等于 一＋二（含上年结转） — the text's figure includes the carried-over applications"
    }
}
