import DisclosureModel
import Foundation

/// Cells the form has but the report left blank ("", "-", "—", "/", "无"): blank is "not filled", distinct from 0.
///
/// Warnings, not errors: real reports leave cells blank (Shanghai 2019 leaves most 总计 cells empty), and a blank is
/// not a wrong number. To keep the output readable a wholly blank table is one warning and a wholly blank row is one
/// warning; otherwise each blank cell is one. Notes name the equations a blank left unchecked (see `IdentityRule`)
/// and, for a blank total whose parts are filled, the value the parts give.
public struct BlankCellRule: ValidationRule {
    /// `CELL.blank`.
    public let id = "CELL.blank"
    /// What it checks.
    public let summary = "表中应填的格为空 — cells of the form left blank"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.warning

    /// Creates the rule.
    public init() {}

    /// One warning per blank table, row or cell.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (table, slots) in context.prepared(report)?.tables ?? [] {
            let blanks = slots.slots.reduce(0) { $1 == .blank ? $0 + 1 : $0 }
            guard blanks > 0 else { continue }
            if blanks == slots.slots.count {
                found.append(
                    Diagnostic(
                        id: id, severity: .warning, message: Message.tableBlank(table.spec),
                        english: Message.tableBlankEnglish(table.spec),
                        location: context.location(unit: report.organization.name, table: table.spec.id)))
                continue
            }
            for row in table.rows where row.cells.contains(where: { slots.slots[$0] == .blank }) {
                let blankCells = row.cells.filter { slots.slots[$0] == .blank }
                if blankCells.count == row.cells.count, row.cells.count > 1 {
                    found.append(
                        Diagnostic(
                            id: id, severity: .warning, message: Message.rowBlank(table.spec, row.key),
                            english: Message.rowBlankEnglish(table.spec, row.key),
                            location: context.location(
                                unit: report.organization.name, table: table.spec.id, row: row.key)))
                    continue
                }
                for cell in blankCells {
                    found.append(
                        cellDiagnostic(
                            id: id, severity: .warning, spec: table.spec, address: table.cells[cell].address,
                            chinese: Message.cellBlank, english: Message.cellBlankEnglish,
                            notes: notes(for: cell, table, slots), report: report, context: context))
                }
            }
        }
        return found
    }

    /// The equations left unchecked, and what the parts give when the blank is a total.
    func notes(for cell: Int, _ table: FormIndex.Table, _ slots: PreparedReport.Table) -> [String] {
        let indices = table.equationsByCell[cell]
        guard !indices.isEmpty else { return [] }
        var notes = [Message.unchecked(indices.map { table.equations[$0].identity.id })]
        for i in indices {
            let bound = table.equations[i]
            if bound.lhs == [cell], let parts = slots.sum(bound.rhs)?.decimal {
                notes.append(Message.partsGive(parts))
            }
        }
        return notes
    }
}

extension BlankCellRule {
    enum Message {
        static func tableBlank(_ spec: TableSpec) -> String { "\(spec.id.shortName)（\(spec.title)）全部为空" }
        static func tableBlankEnglish(_ spec: TableSpec) -> String { "\(spec.id.shortName): the whole table is blank" }
        static func rowBlank(_ spec: TableSpec, _ row: RowKey) -> String {
            "\(spec.place(row: row, column: nil))：整行为空"
        }
        static func rowBlankEnglish(_ spec: TableSpec, _ row: RowKey) -> String {
            "\(englishPlace(spec.id, row: row, column: nil)): the whole row is blank"
        }
        static let cellBlank = "为空（空白不等于0）"
        static let cellBlankEnglish = "blank (not the same as 0)"
        static func unchecked(_ ids: [String]) -> String {
            var seen: [String] = []
            for id in ids where !seen.contains(id) { seen.append(id) }
            return "未核对的勾稽关系 identities not checked: \(seen.joined(separator: ", "))"
        }
        static func partsGive(_ value: Decimal) -> String { "按各分项应为 parts add up to: \(value.plainText)" }
    }
}
