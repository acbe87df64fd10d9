import DisclosureModel

/// The diagnostics the text reader reports, each with its stable id and its message in Chinese and English.
/// Every one names the line (and the table, row and column where known).
enum TextDiagnostic {
    /// 表头未找到.
    static func noTitle(file: String?) -> Diagnostic {
        ReadingDiagnostics.noTitle.make(
            message: "未找到报告标题（“……年政府信息公开工作年度报告”），无法确定年度和报告单位",
            english: "no title line found; year and reporting body unknown", location: .init(file: file))
    }

    static func noYear(file: String?, line: Int, title: String) -> Diagnostic {
        ReadingDiagnostics.noYear.make(
            message: "第\(line)行：标题中没有年度（“\(title)”）",
            english: "no year in the title", location: .init(file: file, line: line, detail: title))
    }

    static func editionByYear(file: String?, edition: Edition, year: Int) -> Diagnostic {
        ReadingDiagnostics.editionByYear.make(
            message: "表格标签不足以判断格式版本，按年度\(year)采用\(edition)格式",
            english: "edition not evident from the table labels; \(edition.rawValue) edition assumed from the year",
            location: .init(file: file))
    }

    static func unknownEdition(file: String?, edition: Edition) -> Diagnostic {
        ReadingDiagnostics.unknownEdition.make(
            message: "格式“\(edition.rawValue)”不在已知格式之中，表格未读取",
            english: "edition \(edition.rawValue) is not a known format; the tables were not read",
            location: .init(file: file))
    }

    static func editionMismatch(file: String?, edition: Edition, year: Int, expected: Edition) -> Diagnostic {
        ReadingDiagnostics.editionMismatch.make(
            message: "表格标签属于\(edition)格式，但\(year)年度报告应采用\(expected)格式",
            english: "the table labels are of the \(edition.rawValue) edition, not the one for \(year)",
            location: .init(file: file))
    }

    static func missingFigures(
        _ at: Diagnostic.Location, label: Substring, expected: Int, read: [String]
    ) -> Diagnostic {
        ReadingDiagnostics.missingFigures.make(
            message: "第\(at.line ?? 0)行：“\(label)”应有\(expected)个数字，只读到\(read.count)个；无法确定缺少哪一格，该行未读入",
            english: "row has \(read.count) of \(expected) figures; which cell is missing is unknown, so the row was not read",
            location: at, notes: ["读到 read: " + (read.isEmpty ? "（无）" : read.joined(separator: " "))])
    }

    static func rowWithoutFigures(_ at: Diagnostic.Location, label: Substring) -> Diagnostic {
        ReadingDiagnostics.rowWithoutFigures.make(
            message: "第\(at.line ?? 0)行：“\(label)”后面没有数字",
            english: "row label without figures", location: at)
    }

    static func unplacedFigures(_ at: Diagnostic.Location, figures: [String], text: Substring) -> Diagnostic {
        ReadingDiagnostics.unplacedFigures.make(
            message: "第\(at.line ?? 0)行：数字\(figures.joined(separator: " "))不属于任何表格行，未读入",
            english: "figures that belong to no row were not read", location: at,
            notes: ["行文 line: \(text)"])
    }

    static func unplacedRow(_ at: Diagnostic.Location, label: Substring, figures: [String]) -> Diagnostic {
        ReadingDiagnostics.unplacedRow.make(
            message: "第\(at.line ?? 0)行：无法识别的表格行“\(label)”（\(figures.count)个数字），未读入",
            english: "a row that matches no row of the form was not read", location: at,
            notes: ["数字 figures: " + figures.joined(separator: " ")])
    }

    /// Where a finding is, as its message opens: `第12行` for a line of text, else the grid's own place
    /// (`table 2 row 7 col 3`), so the text reader and the grid recognizer word a finding the same way.
    static func place(_ at: Diagnostic.Location) -> String { at.line.map { "第\($0)行" } ?? at.detail ?? "" }

    static func extraRow(_ at: Diagnostic.Location, label: some StringProtocol, block: String?) -> Diagnostic {
        ReadingDiagnostics.extraRow.make(
            message: "\(place(at))：“\(label)”不是统一格式中的行\(block.map { "（\($0)）" } ?? "")，已作为附加行保留",
            english: "row not on the official form; kept as an extra row", location: at)
    }

    static func ambiguousLabel(_ at: Diagnostic.Location, label: some StringProtocol, rows: [RowKey]) -> Diagnostic {
        ReadingDiagnostics.ambiguousLabel.make(
            message: "\(place(at))：“\(label)”可对应多行（\(rows.map(\.rawValue).joined(separator: "、"))），未读入",
            english: "label matches several rows; not read", location: at)
    }

    static func duplicateRow(_ at: Diagnostic.Location, label: Substring, firstLine: Int) -> Diagnostic {
        ReadingDiagnostics.duplicateRow.make(
            message: "第\(at.line ?? 0)行：“\(label)”在第\(firstLine)行已读入，此处重复，保留第一次的数字",
            english: "row given twice; the first one is kept", location: at)
    }

    static func moneyUnitInCount(_ at: Diagnostic.Location, text: String) -> Diagnostic {
        ReadingDiagnostics.unitInCount.make(
            message: "\(place(at))：计数列中出现金额单位（“\(text)”），该格未读入",
            english: "a money unit in a count column; cell not read", location: at)
    }

    static func rowsMissing(file: String?, table: TableID, labels: [String], found: Int) -> Diagnostic {
        ReadingDiagnostics.rowsMissing.make(
            message: "\(table.shortName)：文中只找到\(found)行，缺少\(labels.count)行（\(shortList(labels))）",
            english: "\(table.shortName): \(labels.count) rows of the form not found in the text",
            location: .init(file: file, section: table.section, table: table))
    }

    /// The first few labels, then "等".
    static func shortList(_ labels: [String], limit: Int = 4) -> String {
        labels.count <= limit ? labels.joined(separator: "；") : labels.prefix(limit).joined(separator: "；") + "等"
    }

    static func tableMissing(file: String?, table: TableID) -> Diagnostic {
        ReadingDiagnostics.tableMissing.make(
            message: "\(table.shortName)：文中没有找到该表",
            english: "\(table.shortName) not found in the text", location: .init(file: file, section: table.section, table: table))
    }

    /// One warning at the first heading that comes after a heading the form puts later; nil when in order.
    static func sectionOrder(file: String?, sectionLines: [SectionID: Int]) -> Diagnostic? {
        let byLine = sectionLines.sorted { $0.value < $1.value }
        let order = SectionID.allCases
        var latest: SectionID?
        for (section, line) in byLine {
            if let l = latest, let a = order.firstIndex(of: section), let b = order.firstIndex(of: l), a < b {
                return ReadingDiagnostics.sectionOrder.make(
                    message: "第\(line)行：“\(section.heading)”出现在“\(l.heading)”之后，与统一格式的顺序不同",
                    english: "line \(line): section \(section.rawValue) comes after \(l.rawValue), out of the form's order",
                    location: .init(file: file, section: section, line: line),
                    notes: byLine.map { "第\($0.value)行 \($0.key.heading)" })
            }
            latest = section
        }
        return nil
    }
}
