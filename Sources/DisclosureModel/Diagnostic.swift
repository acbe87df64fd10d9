/// A finding about a report, an inventory or a file: like a compiler's diagnostic, data only.
///
/// Every module that reads or checks data reports through this one type — validation rules, the text reader, the
/// workbook importer, the aggregator — so that one renderer (terminal, JSON, workbook sheet) serves them all.
/// Formatting is not this type's job; see `DiagnosticRenderer` in DisclosureValidation.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// How serious a finding is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
        /// Informational.
        case note
        /// Probably wrong, or a figure left blank; does not fail a check.
        case warning
        /// Certainly wrong (a sum that does not add up); `disclosure check` exits 1.
        case error

        /// `错误` / `警告` / `提示`.
        public var chinese: String {
            switch self {
            case .note: "提示"
            case .warning: "警告"
            case .error: "错误"
            }
        }

        /// note < warning < error.
        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
    }

    /// The stable code (`APP.balance`); tools may filter or suppress by it.
    public var id: String
    /// How serious.
    public var severity: Severity
    /// The message in Chinese.
    public var message: String
    /// The same in English (a gloss, shorter is fine).
    public var english: String
    /// Where.
    public var location: Location
    /// Supporting detail, e.g. the numbers involved (`153 + 12 ≠ 164 + 1`).
    public var notes: [String]

    /// Creates a diagnostic.
    public init(
        id: String, severity: Severity, message: String, english: String, location: Location = Location(),
        notes: [String] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.english = english
        self.location = location
        self.notes = notes
    }

    /// Where a diagnostic points. Every part is optional; fill what is known.
    public struct Location: Hashable, Sendable, Codable {
        /// The file (path as given).
        public var file: String?
        /// The reporting unit (`Organization.id` or name), when checking many.
        public var unit: String?
        /// The report section.
        public var section: SectionID?
        /// The table.
        public var table: TableID?
        /// The row.
        public var row: RowKey?
        /// The column.
        public var column: ColumnKey?
        /// The worksheet, when read from or written to a workbook.
        public var sheet: String?
        /// The cell in A1 notation (`C12`).
        public var cell: String?
        /// 1-based line, when read from text.
        public var line: Int?
        /// Any other kind of place (a JSON path, an inventory record, a website form field).
        public var detail: String?

        /// Creates a location.
        public init(
            file: String? = nil, unit: String? = nil, section: SectionID? = nil, table: TableID? = nil,
            row: RowKey? = nil, column: ColumnKey? = nil, sheet: String? = nil, cell: String? = nil,
            line: Int? = nil, detail: String? = nil
        ) {
            self.file = file
            self.unit = unit
            self.section = section
            self.table = table
            self.row = row
            self.column = column
            self.sheet = sheet
            self.cell = cell
            self.line = line
            self.detail = detail
        }

        /// `表三!C12` when a cell is known, else nil.
        public var sheetCell: String? {
            guard let cell else { return nil }
            return sheet.map { "\($0)!\(cell)" } ?? cell
        }
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// How many of each severity.
    public var counts: [Diagnostic.Severity: Int] {
        reduce(into: [:]) { $0[$1.severity, default: 0] += 1 }
    }
}
