import DisclosureModel

/// What `ReportTextReader` read from a text: the report and what it noticed while reading.
public struct ReadResult: Hashable, Sendable, Codable {
    /// The report: title, year, body, edition, sections' text, the three tables, the figures quoted in the prose and
    /// the fees of section 六. Cells that could not be read are blank, never guessed.
    public var report: AnnualReport
    /// What could not be read or placed (each with its line), and what was assumed. Reader ids start with `READ.`.
    public var diagnostics: [Diagnostic]
    /// The 1-based line of each section heading found.
    public var sectionLines: [SectionID: Int]
    /// The 1-based line of each table row read, by table and row.
    public var rowLines: [TableID: [RowKey: Int]]

    /// Creates a result.
    public init(
        report: AnnualReport, diagnostics: [Diagnostic], sectionLines: [SectionID: Int] = [:],
        rowLines: [TableID: [RowKey: Int]] = [:]
    ) {
        self.report = report
        self.diagnostics = diagnostics
        self.sectionLines = sectionLines
        self.rowLines = rowLines
    }
}
