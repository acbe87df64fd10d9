import DisclosureModel
import Foundation

/// The sums each table's form states (表三 一＋二＝三（七）＋四, （七）＝Σ结果, 总计＝Σ申请人; 表四 每组总计), derived
/// from the edition's `TableSpec.identities` — no table shape is written here.
///
/// Each failing equation is reported under its identity's id (`APP.balance`, `APP.resultTotal`, `APP.rowTotal`,
/// `REV.groupTotal`) as an error, located at its total cell (or, for 一＋二＝三（七）＋四, at its column), with notes
/// showing the numbers and the labelled cells.
///
/// Blanks: an equation with any blank cell is not evaluated — the sum is unknown, not wrong. `CELL.blank` reports
/// each blank (a warning), with the equations it left unchecked. So a blank 总计 with filled parts (Shanghai 2019)
/// yields warnings, never a sum error. Non-whole or negative figures are still added: the sum is reported as it is.
public struct IdentityRule: ValidationRule {
    /// `TABLE.identity`; diagnostics carry the identity's own id.
    public let id = "TABLE.identity"
    /// What it checks.
    public let summary = "表中勾稽关系（合计、总计）成立 — the table identities (totals) hold"
    /// The usual severity of its findings.
    public let severity = Diagnostic.Severity.error

    /// Creates the rule.
    public init() {}

    /// One error per failing equation.
    public func check(_ report: AnnualReport, in context: ValidationContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (form, slots) in context.prepared(report)?.tables ?? [] {
            for bound in form.equations {
                guard let left = slots.sum(bound.lhs), let right = slots.sum(bound.rhs), !left.sameNumber(as: right),
                    let l = left.decimal, let r = right.decimal
                else { continue }
                found.append(diagnostic(bound, l, r, report[form.spec.id], form.spec, report, context))
            }
        }
        return found
    }

    func diagnostic(
        _ bound: FormIndex.BoundEquation, _ left: Decimal, _ right: Decimal, _ data: TableData, _ spec: TableSpec,
        _ report: AnnualReport, _ context: ValidationContext
    ) -> Diagnostic {
        let equation = bound.equation
        let (row, column): (RowKey?, ColumnKey?) =
            if let total = equation.total {
                (total.row, total.column)
            } else {
                switch equation.along {
                case .column(let c): (nil, c)
                case .row(let r): (r, nil)
                }
            }
        let values = { (cells: [CellAddress]) in cells.map { data[$0].decimal ?? 0 } }
        // Label each side by what varies along the equation: rows down a column, columns along a row.
        let label = { (address: CellAddress) -> String in
            switch equation.along {
            case .column: spec.rowLabel(address.row)
            case .row: spec.columnLabel(address.column)
            }
        }
        let side = { (cells: [CellAddress]) in
            cells.map { "\(label($0)) \(data[$0].description)" }.joined(separator: " + ")
        }
        return Diagnostic(
            id: equation.identity, severity: .error,
            message: Message.chinese(spec.place(row: row, column: column), bound.identity.statement, left, right),
            english: Message.english(englishPlace(spec.id, row: row, column: column), bound.identity.gloss, left, right),
            location: context.location(unit: report.organization.name, table: spec.id, row: row, column: column),
            notes: [
                "\(sumText(values(equation.lhs))) ≠ \(sumText(values(equation.rhs)))",
                "左边 left = \(left.plainText)：\(side(equation.lhs))",
                "右边 right = \(right.plainText)：\(side(equation.rhs))",
                "差额 diff: \(signedText(left - right))",
            ])
    }
}

extension IdentityRule {
    enum Message {
        static func chinese(_ place: String, _ statement: String, _ left: Decimal, _ right: Decimal) -> String {
            "\(place)：不满足「\(statement)」，\(left.plainText) ≠ \(right.plainText)"
        }

        static func english(_ place: String, _ gloss: String, _ left: Decimal, _ right: Decimal) -> String {
            "\(place): \(gloss) does not hold, \(left.plainText) ≠ \(right.plainText)"
        }
    }
}
