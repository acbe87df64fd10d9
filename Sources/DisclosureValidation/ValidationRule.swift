import DisclosureModel

/// One check: a small type with a stable id that turns a subject into diagnostics.
///
/// Rules never throw and never stop at the first problem: bad data is what they exist to report. A rule reports
/// under its own `id` unless it derives its checks from data — the identity rule reports each failing equation under
/// the identity's id (`APP.balance`), the website-form relation rule under the relation's id (`WEB.casesTotal`).
/// Lists of rules are data (`ReportRules.all`, `InventoryRules.all`, `WebsiteFormRules.all`): adding a rule touches
/// one file and one list.
public protocol ValidationRule<Subject>: Sendable {
    /// What the rule checks (`AnnualReport`, `InventoryRecords`, `WebsiteAnnualForm`).
    associatedtype Subject

    /// The rule's stable id (`CELL.blank`); also the diagnostic id unless the rule derives its ids from data.
    var id: String { get }
    /// One line saying what the rule checks, in Chinese with an English gloss.
    var summary: String { get }
    /// The severity its findings usually have (some rules soften a finding to a note where it is uncertain).
    var severity: Diagnostic.Severity { get }
    /// The diagnostics for `subject`; empty when it passes. Must not throw, trap or depend on rule order.
    func check(_ subject: Subject, in context: ValidationContext) -> [Diagnostic]
}

extension ValidationRule {
    /// The rule as an entry of the diagnostics catalogue.
    public var kind: DiagnosticKind { DiagnosticKind(id: id, severity: severity, summary: summary) }
}
