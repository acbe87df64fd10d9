import DisclosureModel
import Foundation

/// Sums stated in the prose, checked within the prose: the categories a statement lists against the total it states
/// ("答复1453件，其中予以公开966件，部分公开67件…"), a joined category against its parts (予以公开及部分公开 =
/// 予以公开 + 部分公开), and 收到 + 上年结转 = 答复 + 结转 when one statement quotes all four (FORMATS.md §5, 红桥 2023).
///
/// Categories are those of `QuotedFigure.Kind.wholes`. When every category of the whole is quoted the sum must equal
/// it; when only some are, the sum must not exceed it. A statement quoting a kind twice is not checked, and a
/// figure qualified as approximate makes the finding a note. A warning: the text contradicts itself, whatever the
/// tables say.
public struct StatedSumRule: ValidationRule {
    /// `TEXT.statedSum`.
    public let id = "TEXT.statedSum"
    /// What it checks.
    public let summary = "正文所列分项之和等于正文所述总数 — the parts the text lists add up to the total it states"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// One diagnostic per statement whose parts do not add up.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for statement in ProseStatement.all(in: report) {
            found += wholes(statement, report, context)
            found += joined(statement, report, context)
            if let balance = balance(statement, report, context) { found.append(balance) }
        }
        return found
    }

    /// Each stated whole against the parts the statement lists.
    func wholes(_ statement: ProseStatement, _ report: AnnualReport, _ context: ValidationContext) -> [Diagnostic] {
        let wholeKinds = Set(QuotedFigure.Kind.wholes.values)
        return wholeKinds.sorted { $0.rawValue < $1.rawValue }.compactMap { wholeKind in
            guard let whole = statement.single(wholeKind) else { return nil }
            let partKinds = QuotedFigure.Kind.wholes.filter { $0.value == wholeKind }.map(\.key)
            var parts = statement.figures.filter { partKinds.contains($0.kind) }
            // A joined category stands for its parts: count it, not them.
            for (joined, components) in QuotedFigure.Kind.joined where parts.contains(where: { $0.kind == joined }) {
                parts.removeAll { components.contains($0.kind) }
            }
            guard !parts.isEmpty, Set(parts.map(\.kind)).count == parts.count else { return nil }
            let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
            let complete = wholeKind == .applicationsAnswered && Self.coversEveryCategory(parts.map(\.kind))
            guard complete ? sum != whole.value : sum > whole.value else { return nil }
            return diagnostic(whole: whole, parts: parts, sum: sum, complete: complete, report, context)
        }
    }

    /// True when `kinds` cover every outcome category of 表三 (a joined kind covering its parts).
    static func coversEveryCategory(_ kinds: [QuotedFigure.Kind]) -> Bool {
        var covered = Set(kinds)
        for (joined, components) in QuotedFigure.Kind.joined where covered.contains(joined) { covered.formUnion(components) }
        return QuotedFigure.Kind.answeredCategories.allSatisfy(covered.contains)
    }

    /// 予以公开及部分公开 against 予以公开 + 部分公开 when the statement gives all three.
    func joined(_ statement: ProseStatement, _ report: AnnualReport, _ context: ValidationContext) -> [Diagnostic] {
        QuotedFigure.Kind.joined.compactMap { joined, components in
            guard let whole = statement.single(joined) else { return nil }
            let parts = components.compactMap(statement.single)
            guard parts.count == components.count else { return nil }
            let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
            guard sum != whole.value else { return nil }
            return diagnostic(whole: whole, parts: parts, sum: sum, complete: true, report, context)
        }
    }

    /// 收到 + 上年结转 = 答复 + 结转, when the statement quotes all four exactly.
    func balance(_ statement: ProseStatement, _ report: AnnualReport, _ context: ValidationContext) -> Diagnostic? {
        guard let received = statement.single(.applicationsReceived),
            let carriedOver = statement.single(.applicationsCarriedOver),
            let answered = statement.single(.applicationsAnswered),
            let carriedForward = statement.single(.applicationsCarriedForward)
        else { return nil }
        let figures = [received, carriedOver, answered, carriedForward]
        let left = received.value + carriedOver.value
        let right = answered.value + carriedForward.value
        guard left != right else { return nil }
        let equation = "\(received.value.plainText) + \(carriedOver.value.plainText) ≠ \(answered.value.plainText) + \(carriedForward.value.plainText)"
        return Diagnostic(
            id: id, severity: figures.contains(where: \.approximate) ? .note : .warning,
            message: Message.balanceChinese(equation), english: Message.balanceEnglish(equation),
            location: context.location(quoted: received, unit: report.organization.name, detail: "applicationsBalance"),
            notes: [equation + received.sourceNote, "差额 diff: \(signedText(left - right))"])
    }

    func diagnostic(
        whole: QuotedFigure, parts: [QuotedFigure], sum: Decimal, complete: Bool, _ report: AnnualReport,
        _ context: ValidationContext
    ) -> Diagnostic {
        let target = QuotedFigureRule.standardTargets.first { $0.kind == whole.kind }
        let phrase = target?.phrase ?? whole.kind.rawValue
        let partsText = parts.map { p in
            "\(QuotedFigureRule.standardTargets.first { $0.kind == p.kind }?.phrase ?? p.kind.rawValue) \(p.quotedText)"
        }
        let relation = complete ? "≠" : "<"
        let equation = "\(whole.quotedText) \(relation) \(sumText(parts.map(\.value))) = \(sum.plainText)"
        let approximate = whole.approximate || parts.contains(where: \.approximate)
        return Diagnostic(
            id: id, severity: approximate ? .note : .warning,
            message: Message.chinese(phrase, whole.quotedText, sum, whole.value - sum, complete),
            english: Message.english(target?.gloss ?? whole.kind.rawValue, whole.quotedText, sum, complete),
            location: context.location(quoted: whole, unit: report.organization.name, detail: whole.kind.rawValue),
            notes: [equation + whole.sourceNote, "差额 diff: \(signedText(whole.value - sum))", partsText.joined(separator: "，")])
    }
}

extension StatedSumRule {
    enum Message {
        static func chinese(_ phrase: String, _ whole: String, _ sum: Decimal, _ short: Decimal, _ complete: Bool) -> String {
            complete
                ? "正文所述\(phrase) \(whole) 件，但文中所列各项合计 \(sum.plainText) 件，相差 \(signedText(short))"
                : "正文所列各项合计 \(sum.plainText) 件，超过文中所述\(phrase) \(whole) 件"
        }
        static func english(_ gloss: String, _ whole: String, _ sum: Decimal, _ complete: Bool) -> String {
            complete
                ? "the text states \(whole) \(gloss) but its categories add up to \(sum.plainText)"
                : "the categories the text lists (\(sum.plainText)) exceed the \(whole) \(gloss) it states"
        }
        static func balanceChinese(_ equation: String) -> String {
            "正文所述收到申请与上年结转之和，不等于答复与结转之和：\(equation)"
        }
        static func balanceEnglish(_ equation: String) -> String {
            "the text's received + carried over ≠ answered + carried forward: \(equation)"
        }
    }
}
