import DisclosureModel

/// The diagnostics of reading published report text: stable ids, severities and meanings in one place (`all`).
public enum ReadingDiagnostics {
    /// `READ.noTitle`.
    public static let noTitle = DiagnosticKind(
        id: "READ.noTitle", severity: .warning,
        summary: "未找到报告标题，年度和报告单位无法确定 — no title line; year and reporting body unknown")
    /// `READ.noYear`.
    public static let noYear = DiagnosticKind(
        id: "READ.noYear", severity: .warning,
        summary: "标题中没有年度 — no year in the title")
    /// `READ.editionByYear`.
    public static let editionByYear = DiagnosticKind(
        id: "READ.editionByYear", severity: .note,
        summary: "表格标签不足以判断格式版本，按年度采用 — edition not evident from the labels; taken from the year")
    /// `READ.unknownEdition`.
    public static let unknownEdition = DiagnosticKind(
        id: "READ.unknownEdition", severity: .error,
        summary: "格式不在已知格式之中，表格未读取 — an edition not among the formats given; tables not read")
    /// `READ.editionMismatch`.
    public static let editionMismatch = DiagnosticKind(
        id: "READ.editionMismatch", severity: .note,
        summary: "表格标签所属格式与年度应采用的不同 — the labels are of another edition than the year uses")
    /// `READ.missingFigures`.
    public static let missingFigures = DiagnosticKind(
        id: "READ.missingFigures", severity: .error,
        summary: "表格行的数字少于列数，无法确定缺哪一格，未读入 — a row with fewer figures than columns; not read")
    /// `READ.rowWithoutFigures`.
    public static let rowWithoutFigures = DiagnosticKind(
        id: "READ.rowWithoutFigures", severity: .warning,
        summary: "表格行标签后面没有数字 — a row label without figures")
    /// `READ.unplacedFigures`.
    public static let unplacedFigures = DiagnosticKind(
        id: "READ.unplacedFigures", severity: .error,
        summary: "数字不属于任何表格行，未读入 — figures that belong to no row; not read")
    /// `READ.unplacedRow`.
    public static let unplacedRow = DiagnosticKind(
        id: "READ.unplacedRow", severity: .error,
        summary: "无法识别的表格行，未读入 — a row that matches no row of the form; not read")
    /// `READ.extraRow`.
    public static let extraRow = DiagnosticKind(
        id: "READ.extraRow", severity: .warning,
        summary: "统一格式以外的行，作为附加行保留 — a row not on the form; kept as an extra row")
    /// `READ.ambiguousLabel`.
    public static let ambiguousLabel = DiagnosticKind(
        id: "READ.ambiguousLabel", severity: .error,
        summary: "行标签可对应多行，未读入 — a label matching several rows; not read")
    /// `READ.duplicateRow`.
    public static let duplicateRow = DiagnosticKind(
        id: "READ.duplicateRow", severity: .error,
        summary: "同一行出现两次，保留第一次 — a row given twice; the first is kept")
    /// `READ.unitInCount`.
    public static let unitInCount = DiagnosticKind(
        id: "READ.unitInCount", severity: .error,
        summary: "计数列中出现金额单位，该格未读入 — a money unit in a count column; cell not read")
    /// `READ.rowsMissing`.
    public static let rowsMissing = DiagnosticKind(
        id: "READ.rowsMissing", severity: .warning,
        summary: "文中缺少表格的若干行 — rows of the form not found in the text")
    /// `READ.tableMissing`.
    public static let tableMissing = DiagnosticKind(
        id: "READ.tableMissing", severity: .warning,
        summary: "文中没有找到该表 — a table not found in the text")

    /// `READ.sectionOrder`.
    public static let sectionOrder = DiagnosticKind(
        id: "READ.sectionOrder", severity: .warning,
        summary: "章节标题顺序与统一格式不同 — section headings out of the form's order")

    /// `READ.notAFigure`.
    public static let notAFigure = DiagnosticKind(
        id: "READ.notAFigure", severity: .error,
        summary: "表格中应为数字的单元格不是数字，未读入 — a figure cell of a table that holds no number; not read")
    /// `READ.spannedFigure`.
    public static let spannedFigure = DiagnosticKind(
        id: "READ.spannedFigure", severity: .error,
        summary: "一个数字跨越多个单元格，无法确定归属，未读入 — a figure spanning several cells; not read")

    /// `READ.subtotalMismatch`.
    public static let subtotalMismatch = DiagnosticKind(
        id: "READ.subtotalMismatch", severity: .warning,
        summary: "统一格式以外的小计/合计与其分项之和不符，未读入 — a subtotal not on the form disagrees with its parts; not stored")
    /// `READ.subtotalsChecked`.
    public static let subtotalsChecked = DiagnosticKind(
        id: "READ.subtotalsChecked", severity: .note,
        summary: "统一格式以外的小计/合计已与分项核对，未读入 — subtotals not on the form were checked against their parts; not stored")
    /// `READ.unknownColumn`.
    public static let unknownColumn = DiagnosticKind(
        id: "READ.unknownColumn", severity: .warning,
        summary: "统一格式以外的列中的数据，未读入 — a cell in a column not on the form; not read")

    /// Every kind of this catalogue.
    public static let all = [
        notAFigure, spannedFigure, noTitle, noYear, editionByYear, unknownEdition, editionMismatch, missingFigures, rowWithoutFigures, unplacedFigures, unplacedRow, extraRow, ambiguousLabel, duplicateRow, unitInCount, rowsMissing, tableMissing, sectionOrder,
        subtotalMismatch, subtotalsChecked, unknownColumn,
    ]
}
