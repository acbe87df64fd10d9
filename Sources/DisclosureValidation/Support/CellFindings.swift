import DisclosureModel
import Foundation

extension FormIndex {
    /// Calls `body` for every filled cell of the form in `report`, table by table in reading order.
    static func forEachFilledCell(
        of report: AnnualReport, _ body: (_ table: Table, _ address: CellAddress, _ kind: ValueKind, _ value: Decimal) -> Void
    ) {
        for table in of(report.edition).tables {
            let data = report[table.spec.id]
            for (address, kind) in table.cells {
                if case .number(let value) = data.cells[address] ?? .blank { body(table, address, kind, value) }
            }
        }
    }
}

/// A diagnostic about one cell of a report's table: located at its table, row and column, with the cell's
/// labels leading the message (`表三 一、本年新收… × 自然人：…`) and its keys leading the English gloss.
func cellDiagnostic(
    id: String, severity: Diagnostic.Severity, spec: TableSpec, address: CellAddress, chinese: String,
    english: String, notes: [String] = [], report: AnnualReport, context: ValidationContext
) -> Diagnostic {
    Diagnostic(
        id: id, severity: severity, message: "\(spec.describe(address))：\(chinese)",
        english: "\(englishPlace(spec.id, row: address.row, column: address.column)): \(english)",
        location: context.location(
            unit: report.organization.name, table: spec.id, row: address.row, column: address.column),
        notes: notes)
}
