import DisclosureModel

/// Diagnostics the `Validator` itself raises, outside any rule.
///
/// | id | severity | meaning |
/// |---|---|---|
/// | `FORM.unknownEdition` | error | the report's edition is not among the formats given; no table rule ran |
enum ValidationDiagnostic {
    /// `FORM.unknownEdition`: the report names an edition the validator has no format for.
    static func unknownEdition(_ report: AnnualReport, _ context: ValidationContext) -> Diagnostic {
        let known = context.formats.editions.map(\.rawValue).joined(separator: "、")
        return Diagnostic(
            id: "FORM.unknownEdition", severity: .error,
            message: "报告格式“\(report.edition.rawValue)”不在已知格式（\(known)）之中，未按表格规则校验",
            english: "the report's edition \(report.edition.rawValue) is not a known format; the table rules did not run",
            location: context.location(unit: report.organization.name))
    }
}
