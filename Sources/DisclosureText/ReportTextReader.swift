import DisclosureModel
import Foundation

/// Reads a published 政府信息公开工作年度报告 (text as copied from the web page) into an `AnnualReport`.
///
/// ```swift
/// let result = ReportTextReader().read(text, file: "000_fc8dd0114ccc9bd3.txt")
/// result.report.applications[.newReceived, .total]   // 178
/// result.diagnostics                                   // what could not be read, with line numbers
/// ```
/// - Finds the six sections, the title, year and reporting body, and the edition (from the labels present).
/// - Reads 表二, 表三 and 表四 by label, not by position: tables pasted with tabs, with " | ", with several spaces
///   or one cell per line; labels with full-width or half-width brackets and digits, "、" or "，", bracketed notes;
///   cells blank or "-", "—", "/", "无"; amounts with units. Rows the form lacks are kept in `extraRows`.
/// - Reads the figures quoted in the prose (applications, 复议, 诉讼, documents, websites, new media, trainees …)
///   each with its line, and the 信息处理费 of section 六.
///
/// Reading never throws and never guesses: whatever cannot be placed becomes a diagnostic with its line and text.
/// The reader is a value; one instance may read any number of texts, from any thread.
public struct ReportTextReader: Sendable {
    /// Settings that override what the text says.
    public struct Options: Hashable, Sendable {
        /// The edition to read the tables with; nil to decide from the labels (then from the year).
        public var edition: Edition?
        /// The year; nil to read it from the title.
        public var year: Int?
        /// The reporting body; nil to read its name from the title.
        public var organization: Organization?
        /// The formats the tables are recognised by (`.official` unless a corrected form is given).
        public var formats: ReportFormats
        /// False to read only the title, the sections and the prose, for a source whose tables are read as grids
        /// (`GridRecognizer`): then no table is assembled from the text and none is reported missing.
        public var readsTables: Bool

        /// Creates options; every value defaults to "from the text".
        public init(
            edition: Edition? = nil, year: Int? = nil, organization: Organization? = nil,
            formats: ReportFormats = .official, readsTables: Bool = true
        ) {
            self.edition = edition
            self.year = year
            self.organization = organization
            self.formats = formats
            self.readsTables = readsTables
        }
    }

    /// The settings.
    public var options: Options

    /// Creates a reader.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The table matchers of the official formats, built once.
    static let official = EditionEvidence(.official)

    /// The matchers of `options.formats` (the cached official ones unless a corrected form is given).
    var evidence: EditionEvidence {
        options.formats == .official ? Self.official : EditionEvidence(options.formats)
    }

    /// A line of a source that is not plain text (a web page's paragraph, a Word paragraph), with the number a
    /// clerk finds it by: the page's source line, the paragraph's position.
    public struct Line: Hashable, Sendable {
        /// The line's text.
        public var text: String
        /// Its number in the source (1-based), used in every location.
        public var number: Int

        /// Creates a line.
        public init(_ text: String, number: Int) {
            self.text = text
            self.number = number
        }
    }

    /// Reads a report's text. `file` is only used in locations.
    public func read(_ text: String, file: String? = nil) -> ReadResult {
        read(Self.lines(of: text), numbers: nil, file: file)
    }

    /// Reads a report given as lines numbered by their source (a page's paragraphs); locations use those numbers.
    public func read(lines: [Line], file: String? = nil) -> ReadResult {
        read(lines.map { Substring($0.text) }, numbers: lines.map(\.number), file: file)
    }

    private func read(_ rawLines: [Substring], numbers: [Int]?, file: String?) -> ReadResult {
        var diagnostics: [Diagnostic] = []
        func number(_ index: Int) -> Int { numbers?[index] ?? index + 1 }
        var lines: [(text: Substring, cells: [Cell], section: SectionID?)] = []
        lines.reserveCapacity(rawLines.count)
        var sectionLines: [SectionID: Int] = [:]
        var titleLine: TitleLine?
        for (index, raw) in rawLines.enumerated() {
            let heading = SectionHeadings.section(of: raw)
            if let heading, sectionLines[heading] == nil { sectionLines[heading] = number(index) }
            if titleLine == nil, sectionLines.isEmpty || index < 3 { titleLine = TitleLine(raw, line: number(index)) }
            lines.append((raw, heading == nil && options.readsTables ? LineCells.cells(raw) : [], heading))
        }

        if let order = TextDiagnostic.sectionOrder(file: file, sectionLines: sectionLines) { diagnostics.append(order) }

        // Title, year, body.
        if titleLine == nil { diagnostics.append(TextDiagnostic.noTitle(file: file)) }
        if let t = titleLine, t.year == nil { diagnostics.append(TextDiagnostic.noYear(file: file, line: t.line, title: t.title)) }
        let year = options.year ?? titleLine?.year ?? 0
        let organization =
            options.organization
            ?? Organization(name: titleLine?.body ?? "", level: OrganizationGuess.level(of: titleLine?.body ?? ""))

        // Edition.
        let known = evidence
        let labels = lines.lazy.flatMap(\.cells).compactMap(\.key)
        let forYear = options.formats.format(forReportYear: year)?.edition ?? ReportFormat.current.edition
        let edition: Edition
        if let chosen = options.edition {
            edition = chosen
        } else if let found = known.edition(of: labels) {
            edition = found
            if year > 0, forYear != found {
                diagnostics.append(TextDiagnostic.editionMismatch(file: file, edition: found, year: year, expected: forYear))
            }
        } else {
            edition = forYear
            diagnostics.append(TextDiagnostic.editionByYear(file: file, edition: edition, year: year))
        }

        // Tables and prose.
        var assembler = TableAssembler(matchers: known.matchers[edition] ?? [:], file: file)
        var sections: [SectionID: [Substring]] = [:]
        var current: SectionID?
        var hits: [ProseHit] = []
        for (index, line) in lines.enumerated() {
            if let heading = line.section {
                current = heading
                assembler.enterSection(heading)
                continue
            }
            if let current { sections[current, default: []].append(line.text) }
            if options.readsTables { assembler.consume(line.cells, line: number(index), text: line.text) }
            if line.cells.count <= 1 { hits += ProseScanner.scan(line.text, lineNumber: number(index), file: file) }
        }
        assembler.finish()
        diagnostics += assembler.diagnostics

        var report = AnnualReport(
            organization: organization, year: year, edition: edition, title: titleLine?.title,
            sections: sections.mapValues { Self.joined($0) })
        for id in TableID.allCases { report[id] = assembler.tables[id] ?? TableData(id) }
        if let matchers = known.matchers[edition] {
            if options.readsTables { diagnostics += Self.missingRows(matchers, rowLines: assembler.rowLines, file: file) }
        } else {
            diagnostics.append(TextDiagnostic.unknownEdition(file: file, edition: edition))
        }
        report.quotedFigures = hits.compactMap { hit in
            guard case .quoted(let kind) = hit.target else { return nil }
            return QuotedFigure(
                kind, hit.value, unit: hit.unit, approximate: hit.approximate, source: hit.location, share: hit.share,
                statement: hit.statement, uncertainSubject: hit.uncertainSubject ? true : nil)
        }
        report.fees = Self.fees(from: hits)
        return ReadResult(
            report: report, diagnostics: diagnostics, sectionLines: sectionLines, rowLines: assembler.rowLines)
    }

    /// The lines of `text`, split on LF, CR LF or CR (by scalars: splitting by `Character` costs grapheme breaking).
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var i = start
        while i < scalars.endIndex {
            let s = scalars[i]
            if s == "\n" || s == "\r" {
                lines.append(Substring(scalars[start..<i]))
                var next = scalars.index(after: i)
                if s == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                i = next
            } else {
                i = scalars.index(after: i)
            }
        }
        lines.append(Substring(scalars[start...]))
        return lines
    }

    /// A section's lines as one text, without leading and trailing blank lines.
    static func joined(_ lines: [Substring]) -> String {
        var slice = lines[...]
        while let f = slice.first, LineCells.trim(f).isEmpty { slice = slice.dropFirst() }
        while let l = slice.last, LineCells.trim(l).isEmpty { slice = slice.dropLast() }
        return slice.joined(separator: "\n")
    }

    /// One warning per table with rows of the form not found (or the whole table missing).
    static func missingRows(_ matchers: [TableID: TableMatcher], rowLines: [TableID: [RowKey: Int]], file: String?)
        -> [Diagnostic]
    {
        TableID.allCases.compactMap { id in
            guard let spec = matchers[id]?.spec else { return nil }
            let found = rowLines[id] ?? [:]
            guard !found.isEmpty else { return TextDiagnostic.tableMissing(file: file, table: id) }
            let missing = spec.rows.filter { found[$0.key] == nil }
            guard !missing.isEmpty else { return nil }
            return TextDiagnostic.rowsMissing(
                file: file, table: id, labels: missing.map(\.label), found: found.count)
        }
    }

    /// The fee figures of section 六, the first of each kind; nil when the text states none.
    static func fees(from hits: [ProseHit]) -> ProcessingFees? {
        var fees = ProcessingFees()
        var any = false
        for hit in hits {
            guard case .fee(let field) = hit.target else { continue }
            any = true
            switch field {
            case .noticesIssued where fees.noticesIssued == nil: fees.noticesIssued = Int(exactly: hit.value)
            case .amountNotified where fees.amountNotified == nil: fees.amountNotified = Amount(hit.value, hit.unit ?? .yuan)
            case .amountCollected where fees.amountCollected == nil: fees.amountCollected = Amount(hit.value, hit.unit ?? .yuan)
            default: break
            }
        }
        return any ? fees : nil
    }
}
