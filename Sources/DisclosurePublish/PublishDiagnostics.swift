import DisclosureModel

/// The diagnostics of publishing: stable ids, severities and meanings in one place (`all`).
public enum PublishDiagnostics {
    /// `PUB.draftedProse`.
    public static let draftedProse = DiagnosticKind(
        id: "PUB.draftedProse", severity: .note,
        summary: "总体情况由表中数字起草，发布前请审阅 — the overview was drafted from the tables; review it")
    /// `PUB.blankKept`.
    public static let blankKept = DiagnosticKind(
        id: "PUB.blankKept", severity: .note,
        summary: "未填写的单元格照原样留空发布 — blank cells are published blank (blank is not 0)")
    /// `PUB.blankAsZero`.
    public static let blankAsZero = DiagnosticKind(
        id: "PUB.blankAsZero", severity: .note,
        summary: "按单位声明，未填写的单元格发布为0 — blank cells published as 0, as the office declares")
    /// `PUB.extraRowsOmitted`.
    public static let extraRowsOmitted = DiagnosticKind(
        id: "PUB.extraRowsOmitted", severity: .warning,
        summary: "不属于统一格式的行未发布 — rows not on the official form are not published")

    /// Every kind of this catalogue.
    public static let all = [draftedProse, blankKept, blankAsZero, extraRowsOmitted]
}
