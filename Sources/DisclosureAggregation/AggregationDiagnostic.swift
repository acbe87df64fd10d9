import DisclosureModel

/// The diagnostics of the aggregation module: stable ids and severities in one place.
///
/// | id | severity | meaning |
/// |---|---|---|
/// | `AGG.mixedEdition` | error | a report of another edition than the roll-up's; left out |
/// | `AGG.mixedYear` | error | a report of another year than the roll-up's; left out |
/// | `AGG.unknownEdition` | error | a report of an edition not among the roll-up's formats; left out |
/// | `AGG.duplicateUnit` | error | a second report of the same unit; left out, the first counts |
/// | `AGG.unknownUnit` | warning | a report of a unit that is not in the tree; left out |
/// | `AGG.missingReport` | warning | a unit of the tree without a report; the totals lack it |
/// | `AGG.partialBlank` | note | some units left a cell blank; the total sums the others |
/// | `AGG.allBlank` | note | every unit left a cell blank; the total stays blank |
/// | `AGG.offForm` | note | figures in cells the edition's form does not have; not summed |
/// | `AGG.tree…` | warning | a problem in the organization list |
public struct AggregationDiagnostic: Hashable, Sendable {
    /// The stable id.
    public let id: String
    /// Its severity.
    public let severity: Diagnostic.Severity

    /// `AGG.mixedEdition`.
    public static let mixedEdition = AggregationDiagnostic(id: "AGG.mixedEdition", severity: .error)
    /// `AGG.mixedYear`.
    public static let mixedYear = AggregationDiagnostic(id: "AGG.mixedYear", severity: .error)
    /// `AGG.unknownEdition`.
    public static let unknownEdition = AggregationDiagnostic(id: "AGG.unknownEdition", severity: .error)
    /// `AGG.duplicateUnit`.
    public static let duplicateUnit = AggregationDiagnostic(id: "AGG.duplicateUnit", severity: .error)
    /// `AGG.unknownUnit`.
    public static let unknownUnit = AggregationDiagnostic(id: "AGG.unknownUnit", severity: .warning)
    /// `AGG.missingReport`.
    public static let missingReport = AggregationDiagnostic(id: "AGG.missingReport", severity: .warning)
    /// `AGG.partialBlank`.
    public static let partialBlank = AggregationDiagnostic(id: "AGG.partialBlank", severity: .note)
    /// `AGG.allBlank`.
    public static let allBlank = AggregationDiagnostic(id: "AGG.allBlank", severity: .note)
    /// `AGG.offForm`.
    public static let offForm = AggregationDiagnostic(id: "AGG.offForm", severity: .note)
    /// `AGG.treeDuplicateID`.
    public static let treeDuplicateID = AggregationDiagnostic(id: "AGG.treeDuplicateID", severity: .warning)
    /// `AGG.treeUnknownParent`.
    public static let treeUnknownParent = AggregationDiagnostic(id: "AGG.treeUnknownParent", severity: .warning)
    /// `AGG.treeCycle`.
    public static let treeCycle = AggregationDiagnostic(id: "AGG.treeCycle", severity: .warning)
    /// `AGG.treeRoots`.
    public static let treeRoots = AggregationDiagnostic(id: "AGG.treeRoots", severity: .warning)

    /// A diagnostic of this kind.
    func make(
        message: String, english: String, unit: String? = nil, table: TableID? = nil, address: CellAddress? = nil,
        notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(
            id: id, severity: severity, message: message, english: english,
            location: Diagnostic.Location(
                unit: unit, section: table?.section, table: table, row: address?.row, column: address?.column),
            notes: notes)
    }
}
