import DisclosureModel
import DisclosureValidation
import Foundation

/// The published annual report as one document — title, the six sections with their text and tables, and the
/// notes on how it was made — from which the web page, the CMS fragment and the Word document are all rendered,
/// so the three cannot differ.
public struct ReportDocument: Hashable, Sendable {
    /// A piece of a section, in reading order.
    public enum Part: Hashable, Sendable {
        /// A sub-heading within a section (`（一）主动公开`).
        case subheading(String)
        /// A paragraph of prose.
        case paragraph(String)
        /// An official table.
        case table(PublishedTable)
    }

    /// One of the six sections.
    public struct Section: Hashable, Sendable {
        /// Which section.
        public var id: SectionID
        /// Its official heading (`SectionID.heading`).
        public var heading: String
        /// Its text and tables, in reading order.
        public var parts: [Part]
        /// True when its prose was drafted from the tables rather than taken from the report.
        public var drafted: Bool
    }

    /// The report's title as published (its own, else the standard `…年政府信息公开工作年度报告`).
    public var title: String
    /// The reporting unit's name.
    public var organization: String
    /// The year reported on.
    public var year: Int
    /// The six sections, in order.
    public var sections: [Section]
    /// What publishing noticed: blank cells kept blank (or written as 0), prose drafted, rows not on the form
    /// left out, and — when the report has its own prose — the checker's text-vs-table findings.
    public var notes: [Diagnostic]

    /// Builds the document of `report` as `options` say, its tables drawn in the format of its edition (looked up
    /// in `formats`; a report of an edition not there is refused rather than drawn in another edition's tables).
    ///
    /// - Parameters:
    ///   - report: the report.
    ///   - formats: the formats known (`.official` unless a corrected form is given).
    ///   - options: blank cells, drafted prose, formats to write.
    ///   - websites: the websites of the unit's area, for drafted prose (optional).
    ///   - accounts: the 政务新媒体 accounts of the unit's area, for drafted prose (optional).
    ///   - fileName: the file the report was read from, named in the notes' locations.
    public init(
        _ report: AnnualReport, formats: ReportFormats = .official, options: PublishOptions = PublishOptions(),
        websites: [Website]? = nil, accounts: [NewMediaAccount]? = nil, fileName: String? = nil
    ) throws(PublishError) {
        guard let format = formats[report.edition] else {
            throw PublishError(
                message: "报告格式“\(report.edition.rawValue)”不在已知格式之中，无法按其表格发布 — unknown edition \(report.edition.rawValue)",
                file: fileName ?? report.organization.name)
        }
        title = report.title ?? report.standardTitle
        organization = report.organization.name
        year = report.year
        var notes: [Diagnostic] = []
        let unit = report.organization.name
        let tables = Dictionary(uniqueKeysWithValues: TableID.allCases.map {
            ($0, PublishedTable($0, of: report, format: format, blanks: options.blankCells))
        })
        let hasOverview = !Self.lines(report.sections[.overview] ?? "").isEmpty
        var sections: [Section] = []
        for id in SectionID.allCases {
            let table = TableID.allCases.first { $0.section == id }.flatMap { tables[$0] }
            var lines = Self.lines(report.sections[id] ?? "")
            if let table { lines = Self.prose(lines, around: table.layout) }
            var parts = lines.map(Self.part)
            var drafted = false
            if id == .overview, parts.isEmpty, options.draftsProse {
                parts = ProseDrafter(websites: websites, accounts: accounts).overview(of: report, format: format).map(Part.paragraph)
                drafted = true
            }
            if id == .other, parts.isEmpty, options.draftsProse, let fees = report.fees, let sentence = Self.feeSentence(fees) {
                parts = [.paragraph(sentence)]
                drafted = true
            }
            if let table { parts.append(.table(table)) }
            sections.append(Section(id: id, heading: id.heading, parts: parts, drafted: drafted))
        }
        self.sections = sections

        for id in TableID.allCases {
            guard let table = tables[id] else { continue }
            if table.blankCount > 0 {
                notes.append(Self.blankNote(id, table.blankCount, options.blankCells, unit: unit, file: fileName))
            }
            if !report[id].extraRows.isEmpty {
                notes.append(Self.extraRowsNote(id, report[id].extraRows.map(\.label), unit: unit, file: fileName))
            }
        }
        if sections.contains(where: \.drafted) {
            notes.append(
                PublishDiagnostics.draftedProse.make(
                message: "总体情况由表中数字起草\(websites == nil && accounts == nil ? "（未提供网站和新媒体清单，未写平台数量）" : "")，发布前请审阅",
                    english: "the overview was drafted from the tables; review it before publishing",
                    location: Diagnostic.Location(file: fileName, unit: unit, section: .overview)))
        }
        if hasOverview {
            notes += QuotedFigureRule().check(report, in: ValidationContext(unit: unit, fileName: fileName))
        }
        self.notes = notes
    }

    /// The tables, in report order.
    public var tables: [PublishedTable] {
        sections.flatMap { $0.parts.compactMap { if case .table(let t) = $0 { t } else { nil } } }
    }

    /// The lines of a table's section that are prose: a text read from a published copy holds the table as
    /// lines of tab-separated fields (or one label or figure per line); those are left out, since the table is
    /// drawn from the model.
    static func prose(_ lines: [String], around layout: PrintedLayout) -> [String] {
        let labels = Set(layout.labels.map { LabelNormalizer.normalize($0.text) })
        return lines.filter { line in
            if line.contains("\t") { return false }
            let key = LabelNormalizer.normalize(line)
            if labels.contains(key) { return false }
            return !line.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" || $0 == " " || $0 == "—" || $0 == "/" }
        }
    }

    /// The non-empty lines of a section's text, without Markdown heading marks (`### `) some copies carry; tabs
    /// are kept (they mark a table's lines).
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            var t = line.trimmingCharacters(in: .init(charactersIn: " \u{3000}\r"))
            while t.hasPrefix("#") { t.removeFirst() }
            t = t.trimmingCharacters(in: .init(charactersIn: " \u{3000}"))
            return t.trimmingCharacters(in: .whitespaces).isEmpty ? nil : t
        }
    }

    /// A short line opening with `（一）`…`（十）` and no full stop is a sub-heading; anything else a paragraph.
    static func part(_ line: String) -> Part {
        let numerals = Set("一二三四五六七八九十")
        if line.count <= 40, !line.contains("。"), line.hasPrefix("（"),
            let close = line.firstIndex(of: "）"), line.index(after: line.startIndex) < close,
            line[line.index(after: line.startIndex)..<close].allSatisfy(numerals.contains)
        {
            return .subheading(line)
        }
        return .paragraph(line)
    }

    /// 信息处理费 stated as a sentence (amounts in their own units).
    static func feeSentence(_ fees: ProcessingFees) -> String? {
        guard fees.noticesIssued != nil || fees.amountNotified != nil || fees.amountCollected != nil else { return nil }
        var parts: [String] = []
        if let n = fees.noticesIssued { parts.append("发出收费通知\(n)件") }
        if let a = fees.amountNotified { parts.append("收费通知总金额\(a.value.plainText)\(a.unit.rawValue)") }
        if let a = fees.amountCollected { parts.append("实际收取信息处理费\(a.value.plainText)\(a.unit.rawValue)") }
        return "本年度" + parts.joined(separator: "，") + "。"
    }

    static func blankNote(
        _ id: TableID, _ count: Int, _ blanks: PublishOptions.BlankCells, unit: String, file: String?
    ) -> Diagnostic {
        let location = Diagnostic.Location(file: file, unit: unit, section: id.section, table: id)
        switch blanks {
        case .keep:
            return PublishDiagnostics.blankKept.make(
                message: "\(id.shortName)有\(count)个单元格未填写，发布时照原样留空（空白不等于0）；如单位声明“空白即无”，可用 --blank-as-zero 写作0",
                english: "\(count) blank cells in \(id.shortName) are published blank (blank is not 0); --blank-as-zero writes 0 where the office declares blank means none",
                location: location)
        case .zero:
            return PublishDiagnostics.blankAsZero.make(
                message: "\(id.shortName)有\(count)个单元格未填写，按单位声明（空白即无）写作0",
                english: "\(count) blank cells in \(id.shortName) are written as 0, as the office declares blank means none",
                location: location)
        }
    }

    static func extraRowsNote(_ id: TableID, _ labels: [String], unit: String, file: String?) -> Diagnostic {
        PublishDiagnostics.extraRowsOmitted.make(
                message: "\(id.shortName)中不属于统一格式的\(labels.count)行未发布：\(labels.joined(separator: "、"))",
            english: "\(labels.count) rows of \(id.shortName) that are not on the official form are not published",
            location: Diagnostic.Location(file: file, unit: unit, section: id.section, table: id))
    }
}
