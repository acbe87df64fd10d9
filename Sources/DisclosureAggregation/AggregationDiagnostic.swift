import DisclosureModel

/// The diagnostics of the aggregation module: stable ids, severities and meanings in one place (`all`).
public enum AggregationDiagnostic {
    /// `AGG.mixedEdition`.
    public static let mixedEdition = DiagnosticKind(
        id: "AGG.mixedEdition", severity: .error,
        summary: "报告格式版本与汇总不同，未汇总 — a report of another edition than the roll-up's; left out")
    /// `AGG.mixedYear`.
    public static let mixedYear = DiagnosticKind(
        id: "AGG.mixedYear", severity: .error,
        summary: "报告年度与汇总不同，未汇总 — a report of another year than the roll-up's; left out")
    /// `AGG.unknownEdition`.
    public static let unknownEdition = DiagnosticKind(
        id: "AGG.unknownEdition", severity: .error,
        summary: "报告格式不在已知格式之中，未汇总 — a report of an edition not among the roll-up's formats; left out")
    /// `AGG.duplicateUnit`.
    public static let duplicateUnit = DiagnosticKind(
        id: "AGG.duplicateUnit", severity: .error,
        summary: "同一单位的第二份报告，未汇总，以第一份为准 — a second report of a unit already summed; left out")
    /// `AGG.unknownUnit`.
    public static let unknownUnit = DiagnosticKind(
        id: "AGG.unknownUnit", severity: .warning,
        summary: "报告单位不在单位树中，未汇总 — a report of a unit that is not in the tree; left out")
    /// `AGG.missingReport`.
    public static let missingReport = DiagnosticKind(
        id: "AGG.missingReport", severity: .warning,
        summary: "单位树中的单位未报送报告，合计缺该单位 — a unit of the tree without a report; the totals lack it")
    /// `AGG.partialBlank`.
    public static let partialBlank = DiagnosticKind(
        id: "AGG.partialBlank", severity: .note,
        summary: "部分单位未填此格，合计为其余单位之和 — some units left a cell blank; the total sums the others")
    /// `AGG.allBlank`.
    public static let allBlank = DiagnosticKind(
        id: "AGG.allBlank", severity: .note,
        summary: "全部单位未填此格，合计保留空白 — every unit left a cell blank; the total stays blank")
    /// `AGG.offForm`.
    public static let offForm = DiagnosticKind(
        id: "AGG.offForm", severity: .note,
        summary: "填在本格式没有的单元格中的数字，未汇总 — figures in cells the edition's form does not have; not summed")
    /// `AGG.treeDuplicateID`.
    public static let treeDuplicateID = DiagnosticKind(
        id: "AGG.treeDuplicateID", severity: .warning,
        summary: "单位列表中单位编码重复，只用第一个 — a unit code listed twice in the tree; the first counts")
    /// `AGG.treeUnknownParent`.
    public static let treeUnknownParent = DiagnosticKind(
        id: "AGG.treeUnknownParent", severity: .warning,
        summary: "上级单位编码不在列表中 — a parent code that is not in the tree")
    /// `AGG.treeCycle`.
    public static let treeCycle = DiagnosticKind(
        id: "AGG.treeCycle", severity: .warning, summary: "单位的上下级关系成环 — the parent links form a cycle")
    /// `AGG.treeRoots`.
    public static let treeRoots = DiagnosticKind(
        id: "AGG.treeRoots", severity: .warning, summary: "单位树没有唯一的根单位 — the tree has no single root unit")

    /// `CSV.invalidValue`.
    public static let csvInvalidValue = DiagnosticKind(
        id: "CSV.invalidValue", severity: .error,
        summary: "清单 CSV 中的值无法识别（行、列已注明），该条未读入 — a value of an inventory CSV not understood; the record is not read")

    /// Every kind of this catalogue.
    public static let all = [
        mixedEdition, mixedYear, unknownEdition, duplicateUnit, unknownUnit, missingReport, partialBlank, allBlank,
        offForm, treeDuplicateID, treeUnknownParent, treeCycle, treeRoots, csvInvalidValue,
    ]
}

extension DiagnosticKind {
    /// A finding of the aggregation module, located at a unit and, where it applies, a table cell.
    func make(
        message: String, english: String, unit: String? = nil, table: TableID? = nil, address: CellAddress? = nil,
        notes: [String] = []
    ) -> Diagnostic {
        make(
            message: message, english: english,
            location: Diagnostic.Location(
                unit: unit, section: table?.section, table: table, row: address?.row, column: address?.column),
            notes: notes)
    }
}
