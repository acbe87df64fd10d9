import DisclosureModel
import Foundation

/// One imported version of a unit's report, as the history lists it (the figures are fetched with
/// `ReportHistory.report(unit:year:version:)`).
public struct StoredReport: Hashable, Sendable, Codable {
    /// The row id (stable for the life of the file).
    public var id: Int64
    /// `Organization.id` of the reporting unit.
    public var unitID: String
    /// The unit's name as the report gave it.
    public var unitName: String
    /// The year reported on.
    public var year: Int
    /// The edition's raw value (`2019`, `2021`).
    public var edition: String
    /// 1 for the first file of this unit and year; each resubmission adds one.
    public var version: Int
    /// True for the highest version of its unit and year (the one checks, comparisons and roll-ups use).
    public var isCurrent: Bool
    /// The file name it was read from.
    public var sourceName: String
    /// SHA-256 of the file's bytes (64 hex digits).
    public var sha256: String
    /// When it was imported (ISO 8601, UTC).
    public var importedAt: String
    /// How many diagnostics of each severity reading and checking it found.
    public var errors: Int
    /// Warnings found.
    public var warnings: Int
    /// Notes found.
    public var notes: Int

    /// Creates a listing row.
    public init(
        id: Int64, unitID: String, unitName: String, year: Int, edition: String, version: Int, isCurrent: Bool,
        sourceName: String, sha256: String, importedAt: String, errors: Int = 0, warnings: Int = 0, notes: Int = 0
    ) {
        self.id = id
        self.unitID = unitID
        self.unitName = unitName
        self.year = year
        self.edition = edition
        self.version = version
        self.isCurrent = isCurrent
        self.sourceName = sourceName
        self.sha256 = sha256
        self.importedAt = importedAt
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
    }
}

/// What `ReportHistory.add` did with one file.
public struct AddResult: Hashable, Sendable, Codable {
    /// The version stored — or, when the same bytes were already held, the version that holds them.
    public var report: StoredReport
    /// False when the identical file was already in the history and nothing was written.
    public var isNew: Bool
    /// Notes about the file: `HIST.sameFile` (identical bytes, nothing written), `HIST.resubmitted` (a new version).
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(report: StoredReport, isNew: Bool, diagnostics: [Diagnostic]) {
        self.report = report
        self.isNew = isNew
        self.diagnostics = diagnostics
    }
}

/// One year of a unit's series: the figure of one cell in that year's current report.
public struct SeriesPoint: Hashable, Sendable, Codable {
    /// The year.
    public var year: Int
    /// The version the figure comes from.
    public var version: Int
    /// The edition's raw value.
    public var edition: String
    /// The figure (`.blank` when the unit left it blank); nil when that year's form has no such cell.
    public var figure: Figure?
    /// Blank, zero or number; nil when the form has no such cell.
    public var kind: CellKind?

    /// Creates a point.
    public init(year: Int, version: Int, edition: String, figure: Figure?, kind: CellKind?) {
        self.year = year
        self.version = version
        self.edition = edition
        self.figure = figure
        self.kind = kind
    }
}
