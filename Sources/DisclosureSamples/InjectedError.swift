import DisclosureModel

/// A known error planted in a sample report, so a test can assert that validation or the roll-up finds it.
public struct InjectedError: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What was changed.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        /// 表三 一 raised by 1 in one applicant column and in 总计: 一 + 二 ≠ （七） + 四 (`APP.balance`).
        case balance
        /// 表三 （一）予以公开 raised by 1 in one applicant column and in 总计, （七） left alone (`APP.resultTotal`).
        case resultTotal
        /// 表三 （二）部分公开's 总计 raised by 1 (`APP.rowTotal`; the 总计 column's column sums break too).
        case rowTotal
        /// 表四 未经复议直接起诉 总计 raised by 1 (`REV.groupTotal`).
        case groupTotal
        /// 表三 四、结转下年度 × 科研机构 left blank (`AGG.partialBlank` in a roll-up).
        case blankCell
    }

    /// The `Organization.id` of the unit whose report was changed.
    public var unit: String
    /// What was changed.
    public var kind: Kind
    /// The table.
    public var table: TableID
    /// The row changed (for a column-wise identity, the row whose figure was altered).
    public var row: RowKey
    /// The column changed.
    public var column: ColumnKey
    /// What was done, in Chinese with an English gloss.
    public var description: String
    /// The id of the diagnostic that must report it (`APP.balance`).
    public var expectedDiagnosticID: String

    /// Creates a record of an injected error.
    public init(
        unit: String, kind: Kind, table: TableID, row: RowKey, column: ColumnKey, description: String,
        expectedDiagnosticID: String
    ) {
        self.unit = unit
        self.kind = kind
        self.table = table
        self.row = row
        self.column = column
        self.description = description
        self.expectedDiagnosticID = expectedDiagnosticID
    }

    /// Applies an error of `kind` to `report`, returning what was done.
    static func inject(_ kind: Kind, into report: inout AnnualReport) -> InjectedError {
        let unit = report.organization.id
        func raise(_ table: TableID, _ row: RowKey, _ column: ColumnKey) {
            let value = report[table][row, column].decimal ?? 0
            report[table][row, column] = .number(value + 1)
        }
        switch kind {
        case .balance:
            raise(.applications, .newReceived, .naturalPerson)
            raise(.applications, .newReceived, .total)
            return InjectedError(
                unit: unit, kind: kind, table: .applications, row: .newReceived, column: .naturalPerson,
                description: "表三 一、本年新收 × 自然人 及 总计 各加 1，一＋二≠（七）＋四 — new applications raised by 1, balance broken",
                expectedDiagnosticID: "APP.balance")
        case .resultTotal:
            raise(.applications, .granted, .commercial)
            raise(.applications, .granted, .total)
            return InjectedError(
                unit: unit, kind: kind, table: .applications, row: .granted, column: .commercial,
                description: "表三 （一）予以公开 × 商业企业 及 总计 各加 1，（七）总计未变 — granted raised by 1, results total left unchanged",
                expectedDiagnosticID: "APP.resultTotal")
        case .rowTotal:
            raise(.applications, .partiallyGranted, .total)
            return InjectedError(
                unit: unit, kind: kind, table: .applications, row: .partiallyGranted, column: .total,
                description: "表三 （二）部分公开 × 总计 加 1，不等于六列之和 — row total raised by 1",
                expectedDiagnosticID: "APP.rowTotal")
        case .groupTotal:
            raise(.reviews, .cases, .directSuitTotal)
            return InjectedError(
                unit: unit, kind: kind, table: .reviews, row: .cases, column: .directSuitTotal,
                description: "表四 未经复议直接起诉 × 总计 加 1 — direct-suit total raised by 1",
                expectedDiagnosticID: "REV.groupTotal")
        case .blankCell:
            report.applications[.carryForward, .research] = .blank
            return InjectedError(
                unit: unit, kind: kind, table: .applications, row: .carryForward, column: .research,
                description: "表三 四、结转下年度继续办理 × 科研机构 留空 — cell left blank",
                expectedDiagnosticID: "AGG.partialBlank")
        }
    }
}
