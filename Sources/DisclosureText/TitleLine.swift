import DisclosureModel

/// The report's title line (`# 洛阳市人民政府办公室 2020 年政府信息公开工作年度报告`): title, year and reporting body.
struct TitleLine: Hashable, Sendable {
    /// The title as published, without markdown marks or trailing annotations.
    var title: String
    /// The year reported on.
    var year: Int?
    /// The reporting body.
    var body: String?
    /// 1-based line.
    var line: Int

    /// What marks a title: the end of the official title.
    static let marker = "年度报告"
    /// The part of the title after the body and year.
    static let subject = "政府信息公开"
    /// Words that end a body name where a year follows it (`关于`).
    static let bodyPrefixes = ["关于"]

    /// Reads the title from a line if it is one.
    init?(_ rawLine: Substring, line: Int) {
        var text = LineCells.trim(rawLine)
        while text.first == "#" { text.removeFirst() }
        text = LineCells.trim(text)
        guard let end = TextSearch.range(of: TitleLine.marker, in: text) else { return nil }
        let title = text[..<end.upperBound]
        self.title = String(title)
        self.line = line
        guard let (year, range) = TitleLine.firstYear(in: title) else {
            year = nil
            body = nil
            return
        }
        self.year = year
        var before = LineCells.trim(title[..<range.lowerBound])
        for p in TitleLine.bodyPrefixes where before.hasSuffix(p) { before = LineCells.trim(before.dropLast(p.count)) }
        if !before.isEmpty {
            body = String(before)
        } else {
            // `2020年度洛阳市人民政府办公室政府信息公开工作年度报告`
            var after = title[range.upperBound...]
            if after.hasPrefix("度") { after = after.dropFirst() }
            let stop = TextSearch.range(of: TitleLine.subject, in: after)?.lowerBound ?? after.endIndex
            let name = LineCells.trim(after[..<stop])
            body = name.isEmpty ? nil : String(name)
        }
    }

    /// The first `19xx`/`20xx` followed (after spaces) by `年`, with the range from the year's first digit to `年`.
    static func firstYear(in text: Substring) -> (Int, Range<Substring.Index>)? {
        let chars = Array(text.indices)
        var i = 0
        while i < chars.count {
            var digits = 0
            var value = 0
            var j = i
            while j < chars.count, let d = digitValue(text[chars[j]]) {
                value = value * 10 + d
                digits += 1
                j += 1
                if digits > 4 { break }
            }
            if digits == 4, (1949...2199).contains(value) {
                var k = j
                while k < chars.count, text[chars[k]] == " " { k += 1 }
                if k < chars.count, text[chars[k]] == "年" {
                    return (value, chars[i]..<text.index(after: chars[k]))
                }
            }
            i = max(j, i + 1)
        }
        return nil
    }

    /// The value of an ASCII or full-width digit.
    static func digitValue(_ c: Character) -> Int? {
        guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        default: return nil
        }
    }
}
