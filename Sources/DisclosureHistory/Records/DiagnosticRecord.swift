import DisclosureModel
import GRDB

/// A row of `diagnostic`: one finding of reading or checking a report version.
struct DiagnosticRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "diagnostic"

    var reportID: Int64
    var position: Int
    var code: String
    var severity: Diagnostic.Severity
    var message: String
    var english: String
    var location: Diagnostic.Location
    var notes: [String]

    init(reportID: Int64, position: Int, diagnostic d: Diagnostic) {
        self.reportID = reportID
        self.position = position
        code = d.id
        severity = d.severity
        message = d.message
        english = d.english
        location = d.location
        notes = d.notes
    }

    var diagnostic: Diagnostic {
        Diagnostic(id: code, severity: severity, message: message, english: english, location: location, notes: notes)
    }
}
