import CXlsxWriter
import Foundation
import XLSX

/// The C side of a bench: merges, then every cell read back from our own file (formulas with their cached value,
/// text, numbers, formatted blanks), written by direct libxlsxwriter calls with the formats given.
func writeCellsDirect(_ ws: UnsafeMutablePointer<lxw_worksheet>, merges: [CellRange], cells: [Sheet.Cell],
                      header: UnsafeMutablePointer<lxw_format>?, label: UnsafeMutablePointer<lxw_format>?,
                      number: UnsafeMutablePointer<lxw_format>?, total: UnsafeMutablePointer<lxw_format>?) {
    for m in merges {
        worksheet_merge_range(ws, UInt32(m.first.row), UInt16(m.first.column), UInt32(m.last.row), UInt16(m.last.column), "", header)
    }
    for cell in cells {
        let r = UInt32(cell.reference.row), c = UInt16(cell.reference.column)
        if let text = cell.formula?.text {
            switch cell.value {
            case .string(let s): worksheet_write_formula_str(ws, r, c, text, total, s)
            case .number(let d): worksheet_write_formula_num(ws, r, c, text, total, NSDecimalNumber(decimal: d).doubleValue)
            default: worksheet_write_formula(ws, r, c, text, total)
            }
            continue
        }
        switch cell.value {
        case .string(let s): worksheet_write_string(ws, r, c, s, label)
        case .number(let d): worksheet_write_number(ws, r, c, NSDecimalNumber(decimal: d).doubleValue, number)
        case .blank: worksheet_write_blank(ws, r, c, number)
        default: break
        }
    }
}
