import DisclosureModel
import DisclosureValidation

/// The diagnostics of the history: the cross-year rules' kinds and the notes of adding a file, in one place (`all`).
public enum HistoryDiagnostics {
    /// `HIST.sameFile`.
    public static let sameFile = DiagnosticKind(
        id: "HIST.sameFile", severity: .note,
        summary: "与已导入的文件内容完全相同，未重复导入 — identical to a file already imported; nothing written")
    /// `HIST.resubmitted`.
    public static let resubmitted = DiagnosticKind(
        id: "HIST.resubmitted", severity: .note,
        summary: "同一单位同一年度的新版本，旧版保留 — a new version of a unit's report for a year; the old one is kept")

    /// Every kind of this catalogue: the cross-year rules', then the notes of adding.
    public static var all: [DiagnosticKind] {
        CrossYearRules.pairRules.map(\.kind) + CrossYearRules.transitionRules.map(\.kind) + [sameFile, resubmitted]
    }
}
