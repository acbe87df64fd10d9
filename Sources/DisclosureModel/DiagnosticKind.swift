/// A kind of diagnostic: its stable id and severity, declared once in a module's catalogue
/// (`InputDiagnostic.unreadableKind`, `AggregationDiagnostic.duplicateUnit` …) and used to make each finding.
public struct DiagnosticKind: Hashable, Sendable {
    /// The stable id (`INPUT.unreadable`).
    public let id: String
    /// Its severity (the usual one, where a finding may be softened to a note).
    public let severity: Diagnostic.Severity
    /// What it means, in Chinese with an English gloss (`多出的文件不是报告，已跳过 — a file that is not a report; skipped`).
    public let summary: String

    /// Declares a kind.
    public init(id: String, severity: Diagnostic.Severity, summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }

    /// A finding of this kind.
    public func make(
        message: String, english: String, location: Diagnostic.Location = Diagnostic.Location(), notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(id: id, severity: severity, message: message, english: english, location: location, notes: notes)
    }
}
