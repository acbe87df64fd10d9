import DisclosureModel

/// What the table rules need from the form descriptions, derived once per edition from `FormCatalog` and cached,
/// so that checking 100,000 reports does not rebuild specs or re-expand identities per report. Cells are numbered
/// in reading order; `PreparedReport` lays a report's figures out in the same order.
struct FormIndex: Sendable {
    /// An equation together with the identity it came from, and its cells as indices.
    struct BoundEquation: Sendable {
        let identity: Identity
        let equation: Equation
        let lhs: [Int]
        let rhs: [Int]
    }

    /// One table of the edition.
    struct Table: Sendable {
        /// The form description.
        let spec: TableSpec
        /// Every equation of every identity, in spec order.
        let equations: [BoundEquation]
        /// Every cell the form has, in reading order, with what it holds.
        let cells: [(address: CellAddress, kind: ValueKind)]
        /// The form's rows in reading order, each with the range of its cells' indices.
        let rows: [(key: RowKey, cells: Range<Int>)]
        /// Each form cell's index; a cell absent here is not on the form.
        let index: [CellAddress: Int]
        /// For each cell index, the equations it appears in (indices into `equations`).
        let equationsByCell: [[Int]]

        init(_ spec: TableSpec) {
            self.spec = spec
            var cells: [(address: CellAddress, kind: ValueKind)] = []
            var rows: [(key: RowKey, cells: Range<Int>)] = []
            for block in spec.blocks {
                for row in block.rows {
                    let start = cells.count
                    for column in block.columns { cells.append((CellAddress(row.key, column.key), column.kind)) }
                    rows.append((row.key, start..<cells.count))
                }
            }
            self.cells = cells
            self.rows = rows
            let index = Dictionary(
                cells.enumerated().map { ($0.element.address, $0.offset) }, uniquingKeysWith: { first, _ in first })
            self.index = index
            // Every identity cell is on the form (FormCatalog builds both from the same rows and columns).
            let indices = { (addresses: [CellAddress]) in addresses.compactMap { index[$0] } }
            equations = spec.identities.flatMap { identity in
                identity.equations.map {
                    BoundEquation(identity: identity, equation: $0, lhs: indices($0.lhs), rhs: indices($0.rhs))
                }
            }
            var byCell = [[Int]](repeating: [], count: cells.count)
            for (i, bound) in equations.enumerated() {
                for cell in bound.lhs + bound.rhs { byCell[cell].append(i) }
            }
            equationsByCell = byCell
        }
    }

    let edition: Edition
    let proactive: Table
    let applications: Table
    let reviews: Table

    init(_ edition: Edition) {
        self.edition = edition
        proactive = Table(FormCatalog.spec(.proactive, edition))
        applications = Table(FormCatalog.spec(.applications, edition))
        reviews = Table(FormCatalog.spec(.reviews, edition))
    }

    /// One table.
    func table(_ id: TableID) -> Table {
        switch id {
        case .proactive: proactive
        case .applications: applications
        case .reviews: reviews
        }
    }

    static let y2019 = FormIndex(.y2019)
    static let y2021 = FormIndex(.y2021)

    /// The cached index of an edition.
    static func of(_ edition: Edition) -> FormIndex {
        switch edition {
        case .y2019: y2019
        case .y2021: y2021
        }
    }
}
