import DisclosureModel
import Foundation
import XLSX

extension TableLayout {
    /// The total cells of a table: each cell that is the single left side of an identity's equation, with the
    /// parts of every such equation (表三's 总计 of （七）总计 has two: its row and its column), in identity order.
    static func totals(of spec: TableSpec, _ references: [CellAddress: CellReference]) -> [CellAddress: [[CellAddress]]] {
        var found: [CellAddress: [[CellAddress]]] = [:]
        for equation in spec.equations {
            guard let total = equation.total, references[total] != nil else { continue }
            found[total, default: []].append(equation.rhs)
        }
        return found
    }

    /// `SUM(C7:C14,C16)`: the parts' cells, consecutive cells of one column or one row joined into a range.
    ///
    /// With `qualified`, each range names the sheet (`SUM('表三'!J7:J8)`), for use from another sheet.
    /// nil when a part has no cell on this sheet.
    public func sumFormula(of parts: [CellAddress], qualified: Bool = false) -> String? {
        Self.sumFormula(of: parts, { reference(of: $0) }, sheet: qualified ? sheet.name : nil)
    }

    static func sumFormula(of parts: [CellAddress], _ references: [CellAddress: CellReference], sheet: String?) -> String? {
        sumFormula(of: parts, { references[$0] }, sheet: sheet)
    }

    static func sumFormula(of parts: [CellAddress], _ reference: (CellAddress) -> CellReference?, sheet: String?) -> String? {
        var cells: [CellReference] = []
        for part in parts {
            guard let cell = reference(part) else { return nil }
            cells.append(cell)
        }
        var runs: [CellRange] = []
        for cell in cells {
            if let last = runs.last {
                let down = last.first.column == cell.column && last.last.column == cell.column && last.last.row + 1 == cell.row
                let right = last.first.row == cell.row && last.last.row == cell.row && last.last.column + 1 == cell.column
                if down || right {
                    runs[runs.count - 1] = CellRange(last.first, cell)
                    continue
                }
            }
            runs.append(CellRange(cell, cell))
        }
        let prefix = sheet.map { "'\($0)'!" } ?? ""
        return "SUM(" + runs.map { prefix + $0.description }.joined(separator: ",") + ")"
    }

    /// Σ of the parts' figures with blank counted as 0 — what Excel and LibreOffice compute for `SUM` — and
    /// whether every part was blank.
    public static func sum(of parts: [CellAddress], in data: TableData) -> (value: Decimal, allBlank: Bool) {
        var total = Decimal(0)
        var allBlank = true
        for part in parts {
            if let d = data[part].decimal {
                total += d
                allBlank = false
            }
        }
        return (total, allBlank)
    }
}
