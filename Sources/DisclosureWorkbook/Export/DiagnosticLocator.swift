import DisclosureModel
import XLSX

/// Gives each diagnostic its workbook place (`表三!C12`) from the table layouts, when it has none yet.
///
/// A cell finding points at its cell; a row-wide finding (a row total) at the row's figures (`C7:I7`); a
/// column-wide finding (一＋二＝三＋四 for one column) at the column's figures; a table finding at its sheet.
public struct DiagnosticLocator: Sendable {
    /// The layouts by table.
    public let layouts: [TableID: TableLayout]

    /// A locator for the tables of `format`.
    public init(format: ReportFormat) {
        layouts = Dictionary(uniqueKeysWithValues: TableID.allCases.map { ($0, TableLayout($0, format)) })
    }

    /// The diagnostic with `location.sheet` and `location.cell` filled in where the layout knows them.
    public func locate(_ diagnostic: Diagnostic) -> Diagnostic {
        var d = diagnostic
        guard d.location.sheet == nil, let table = d.location.table, let layout = layouts[table] else { return d }
        d.location.sheet = layout.sheet.name
        switch (d.location.row, d.location.column) {
        case (let row?, let column?):
            d.location.cell = layout.reference(of: CellAddress(row, column))?.description
        case (let row?, nil):
            d.location.cell = layout.range(ofRow: row)?.description
        case (nil, let column?):
            d.location.cell = layout.range(ofColumn: column)?.description
        case (nil, nil):
            break
        }
        return d
    }
}
