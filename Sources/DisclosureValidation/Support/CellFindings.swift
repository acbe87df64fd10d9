import DisclosureModel
import Foundation

extension PreparedReport {
    /// Calls `body` for every filled cell of the form, table by table in reading order.
    func forEachFilledCell(
        _ body: (_ table: FormIndex.Table, _ address: CellAddress, _ kind: ValueKind, _ slot: Slot) -> Void
    ) {
        for (form, data) in tables {
            for (i, slot) in data.slots.enumerated() where slot != .blank {
                body(form, form.cells[i].address, form.cells[i].kind, slot)
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

/// One error per filled form cell whose figure `offending` picks out (its value returned), in reading order, with
/// the value in the message and in a note — the shape of every per-cell value rule.
func valueErrors(
    id: String, report: AnnualReport, context: ValidationContext,
    offending: (ValueKind, PreparedReport.Slot) -> Decimal?, chinese: (String) -> String, english: (String) -> String
) -> [Diagnostic] {
    var found: [Diagnostic] = []
    context.prepared(report)?.forEachFilledCell { table, address, kind, slot in
        guard let value = offending(kind, slot)?.plainText else { return }
        found.append(
            cellDiagnostic(
                id: id, severity: .error, spec: table.spec, address: address, chinese: chinese(value),
                english: english(value), notes: ["值 value: \(value)"], report: report, context: context))
    }
    return found
}
