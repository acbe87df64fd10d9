import DisclosureModel

/// The diagnostics of validation: each rule's own kind, the identities of the official forms (each reported under
/// its own id, `APP.balance`), the website-form relations, and the validator's own `FORM.unknownEdition`.
public enum ValidationDiagnostics {
    /// `FORM.unknownEdition`: the report names an edition the validator has no format for; no table rule ran.
    public static let unknownEdition = DiagnosticKind(
        id: "FORM.unknownEdition", severity: .error,
        summary: "报告格式不在已知格式之中，未按表格规则校验 — an edition not among the formats given; no table rule ran")

    /// Every kind validation reports with the standard rules and the official forms.
    public static var all: [DiagnosticKind] {
        var kinds = [unknownEdition]
        kinds += ReportRules.all.filter { !($0 is IdentityRule) }.map(\.kind)
        var seen: Set<String> = []
        for identity in ReportFormats.official.all.flatMap(\.tables).flatMap(\.identities) where seen.insert(identity.id).inserted {
            kinds.append(DiagnosticKind(id: identity.id, severity: .error, summary: "\(identity.statement) — \(identity.gloss)"))
        }
        kinds += InventoryRules.all.map(\.kind)
        kinds += WebsiteFormRules.all.filter { !($0 is WebsiteRelationRule) }.map(\.kind)
        for relation in WebsiteFormSpec.standard.relations where seen.insert(relation.id).inserted {
            kinds.append(DiagnosticKind(id: relation.id, severity: .warning, summary: "\(relation.statement) — \(relation.gloss)"))
        }
        return kinds
    }

    /// `FORM.unknownEdition` for a report.
    static func unknownEdition(_ report: AnnualReport, _ context: ValidationContext) -> Diagnostic {
        let known = context.formats.editions.map(\.rawValue).joined(separator: "、")
        return unknownEdition.make(
            message: "报告格式“\(report.edition.rawValue)”不在已知格式（\(known)）之中，未按表格规则校验",
            english: "the report's edition \(report.edition.rawValue) is not a known format; the table rules did not run",
            location: context.location(unit: report.organization.name))
    }
}
