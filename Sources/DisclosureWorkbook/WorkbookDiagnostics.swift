import DisclosureModel

/// The diagnostics of reading and writing workbooks: stable ids, severities and meanings in one place (`all`).
public enum WorkbookDiagnostics {
    /// `WB.unlabelledRow`.
    public static let unlabelledRow = DiagnosticKind(
        id: "WB.unlabelledRow", severity: .warning,
        summary: "此行有数字但没有行名称，未读取 — a row with figures but no label; not read")
    /// `WB.formulaNotCalculated`.
    public static let formulaNotCalculated = DiagnosticKind(
        id: "WB.formulaNotCalculated", severity: .note,
        summary: "公式没有计算结果，按分项之和读取 — a formula without a computed value; read as the sum of its parts")
    /// `WB.notANumber`.
    public static let notANumber = DiagnosticKind(
        id: "WB.notANumber", severity: .error,
        summary: "单元格不是数字，按空白处理 — a cell that is not a number; read as blank")
    /// `WB.coverField`.
    public static let coverField = DiagnosticKind(
        id: "WB.coverField", severity: .warning,
        summary: "封面项目未填或无法识别（年度错误时为错误） — a cover field missing or not understood (an error for the year)")
    /// `WB.totalAsValue`.
    public static let totalAsValue = DiagnosticKind(
        id: "WB.totalAsValue", severity: .note,
        summary: "合计与分项之和不符，保留填报值，未写公式 — a total that disagrees with its parts; kept as a value")

    /// `WB.formulaWithoutValue`.
    public static let formulaWithoutValue = DiagnosticKind(
        id: "WB.formulaWithoutValue", severity: .warning,
        summary: "公式没有计算结果，按空白读取 — a formula without a computed value; read as blank")

    /// Every kind of this catalogue.
    public static let all = [unlabelledRow, formulaNotCalculated, notANumber, coverField, totalAsValue, formulaWithoutValue]
}
