import DisclosureModel

/// Rows the official form does not have but the report adds (湖北's 其他主动公开文件): kept, not checked, not summed.
///
/// Notes, not warnings: provincial variants legitimately add rows. The note says the figures are outside every
/// identity and every roll-up.
public struct ExtraRowRule: ValidationRule {
    /// `TABLE.extraRow`.
    public let id = "TABLE.extraRow"
    /// What it checks.
    public let summary = "表中有官方格式以外的行 — rows added to the official form"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.note

    /// Creates the rule.
    public init() {}

    /// One note per extra row.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for table in TableID.allCases {
            for row in report[table].extraRows {
                let figures = row.figures.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                found.append(
                    Diagnostic(
                        id: id, severity: .note, message: Message.chinese(table, row),
                        english: Message.english(table, row),
                        location: context.location(unit: report.organization.name, table: table, detail: row.label),
                        notes: figures.isEmpty ? [] : ["值 values: \(figures.joined(separator: ", "))"]))
            }
        }
        return found
    }
}

extension ExtraRowRule {
    enum Message {
        static func chinese(_ table: TableID, _ row: ExtraRow) -> String {
            let block = row.block.map { "\($0) " } ?? ""
            return "\(table.shortName) \(block)“\(row.label)”：不是官方格式的行，不参与核对和汇总"
        }
        static func english(_ table: TableID, _ row: ExtraRow) -> String {
            "\(table.shortName): row \"\(row.label)\" is not on the official form; not checked or summed"
        }
    }
}
