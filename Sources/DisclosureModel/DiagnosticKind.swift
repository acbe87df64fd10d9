/// A kind of diagnostic: its stable id and severity, declared once in a module's catalogue
/// (`InputDiagnostic.unreadableKind`, `AggregationDiagnostic.duplicateUnit` …) and used to make each finding.
public struct DiagnosticKind: Hashable, Sendable {
    /// The stable id (`INPUT.unreadable`).
    public let id: String
    /// Its severity.
    public let severity: Diagnostic.Severity

    /// Declares a kind.
    public init(id: String, severity: Diagnostic.Severity) {
        self.id = id
        self.severity = severity
    }

    /// A finding of this kind.
    public func make(
        message: String, english: String, location: Diagnostic.Location = Diagnostic.Location(), notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(id: id, severity: severity, message: message, english: english, location: location, notes: notes)
    }
}
