import DisclosureModel

/// Recognises the six section headings (`## 一、总体情况`, `五、政府信息公开工作存在的主要问题及改进情况`) from the
/// form's heading texts: a line that is only a heading, starting with the section's numeral, whose text contains the
/// official title. Table rows such as `一、本年新收政府信息公开申请数量` or `四、结转下年度继续办理` are not headings.
enum SectionHeadings {
    /// The heading's numeral and its folded title (`一,` / `总体情况`), per section, from `FormCatalog`.
    static let titles: [(SectionID, numeral: String, title: String)] = SectionID.allCases.compactMap { id in
        let key = LabelKey(id.heading)
        return key.enumerator.isEmpty ? nil : (id, key.enumerator, key.body)
    }

    /// The longest line considered as a heading (a heading may carry a short note).
    static let maxLength = 120

    /// The section a line heads, or nil.
    static func section(of line: Substring) -> SectionID? {
        var text = LineCells.trim(line)
        while text.first == "#" { text.removeFirst() }
        text = LineCells.trim(text)
        guard let first = text.unicodeScalars.first, LabelNormalizer.chineseNumerals.contains(first),
            text.utf8.count <= maxLength * 3, !text.utf8.contains(LineCells.tab), !text.utf8.contains(LineCells.pipe)
        else { return nil }
        let folded = LabelNormalizer.normalize(text)
        for (id, numeral, title) in titles where folded.hasPrefix(numeral) {
            let rest = LabelNormalizer.stripNotes(String(folded.dropFirst(numeral.count)))
            if TextSearch.contains(title, in: rest) { return id }
        }
        return nil
    }
}
