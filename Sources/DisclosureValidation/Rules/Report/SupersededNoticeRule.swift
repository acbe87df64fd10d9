import DisclosureModel
import Foundation

/// A report that cites another format's issuing notice: a 2021-edition report quoting 国办公开办函〔2019〕60号 (the
/// notice of the superseded trial format), as the 2023 report of 东湖风景区生态环境分局 does (FORMATS.md §1).
///
/// The notices are the formats' own (`ReportFormat.notice` of every format in `ValidationContext.formats` other than
/// the report's), matched with the brackets and spaces folded (`〔2019〕`, `[2019]`, `（2019）`). A warning in the
/// section (and sentence) that cites it.
public struct SupersededNoticeRule: ValidationRule {
    /// `TEXT.otherFormatNotice`.
    public let id = "TEXT.otherFormatNotice"
    /// What it checks.
    public let summary = "正文引用了其他版本格式的印发通知 — the text cites the notice of another edition of the format"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// One diagnostic per other format's notice cited, at the first section citing it.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        guard let own = context.formats[report.edition] else { return [] }
        let others = context.formats.all.filter { $0.edition != own.edition && Self.fold($0.notice) != Self.fold(own.notice) }
        guard !others.isEmpty else { return [] }
        // Each section is folded once and searched by bytes; only a section citing the notice is split into
        // sentences (splitting and trimming every sentence of every report through NSString was most of `check`'s
        // validation time). A sentence's fold is a piece of its section's, so no citation is missed.
        // A section is folded only when it holds a scalar every citation must keep as written (`marker`): most
        // sections cite no notice, and folding each of them was ~4 % of checking 3,000 reports.
        var folded: [SectionID: String] = [:]
        var found: [Diagnostic] = []
        for other in others {
            let notice = Self.fold(other.notice)
            let marker = Self.marker(of: notice)
            for section in SectionID.allCases {
                guard let text = report.sections[section], marker.map({ Self.contains(text, $0) }) ?? true else { continue }
                let foldedText = folded[section] ?? Self.fold(text)
                folded[section] = foldedText
                guard Self.contains(foldedText, notice),
                    let sentence = Self.sentences(of: text).first(where: { Self.contains(Self.fold($0), notice) })
                else { continue }
                found.append(
                    Diagnostic(
                        id: id, severity: severity, message: Message.chinese(other, own),
                        english: Message.english(other, own),
                        location: context.location(
                            unit: report.organization.name, section: section, detail: String(sentence.prefix(80))),
                        notes: ["文中 text: \(sentence)", "本报告格式 format: \(own.name)（\(own.notice)）"]))
                break
            }
        }
        return found
    }

    /// A scalar of the folded `notice` that folding neither makes nor removes, so that any text whose fold holds the
    /// notice holds it as written: the one before the first bracket (函 of 办函〔2019〕), else the first other than a
    /// bracket; nil when there is none (then every section is folded).
    static func marker(of notice: String) -> String? {
        let scalars = Array(notice.unicodeScalars)
        // Folding makes 〔 and 〕 (from other brackets) and removes spaces (none are left in a fold).
        let usable = { (s: Unicode.Scalar) in s != "〔" && s != "〕" }
        let beforeBracket = scalars.firstIndex(of: "〔").flatMap { $0 > 0 ? scalars[$0 - 1] : nil }.flatMap { usable($0) ? $0 : nil }
        return (beforeBracket ?? scalars.first(where: usable)).map { String(Character($0)) }
    }

    /// The text with spaces removed and every bracket pair of a document number folded to 〔〕.
    static func fold(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.compactMap { s -> Unicode.Scalar? in
                    switch s {
                    case " ", "\u{3000}", "\t": nil
                    case "[", "［", "【", "(", "（", "﹝": "〔"
                    case "]", "］", "】", ")", "）", "﹞": "〕"
                    default: s
                    }
                }))
    }

    /// True when `text` holds `needle`, compared by UTF-8 bytes (whole scalars: UTF-8 is self-synchronising). A plain
    /// loop over the contiguous bytes: the generic `firstRange(of:)` on `String.UTF8View` is not specialised and
    /// cost more than the NSString search it replaced.
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { hay in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard hay.count >= pattern.count else { return false }
                var i = 0
                while i <= hay.count - pattern.count {
                    if hay[i] == first {
                        var k = 1
                        while k < pattern.count, hay[i + k] == pattern[k] { k += 1 }
                        if k == pattern.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// The sentences of a section's text (split at 。 and line ends).
    static func sentences(of text: String) -> [String] {
        text.split(whereSeparator: { $0 == "。" || $0 == "\n" }).map { String($0).trimmingCharacters(in: .whitespaces) }
    }
}

extension SupersededNoticeRule {
    enum Message {
        static func chinese(_ cited: ReportFormat, _ own: ReportFormat) -> String {
            "报告按\(own.edition)格式编制，正文却引用了\(cited.edition)格式的印发通知（\(cited.notice)）"
        }
        static func english(_ cited: ReportFormat, _ own: ReportFormat) -> String {
            "a report in the \(own.edition.rawValue) format cites the \(cited.edition.rawValue) format's notice \(cited.notice)"
        }
    }
}
