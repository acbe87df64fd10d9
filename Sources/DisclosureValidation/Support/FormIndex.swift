import DisclosureModel

/// What the table rules need from the form descriptions, derived once per edition from `FormCatalog` and cached,
/// so that checking 100,000 reports does not rebuild specs or re-expand identities per report.
struct FormIndex: Sendable {
    /// An equation together with the identity it came from (for its statement and gloss).
    struct BoundEquation: Sendable {
        let identity: Identity
        let equation: Equation
    }

    /// One table of the edition.
    struct Table: Sendable {
        /// The form description.
        let spec: TableSpec
        /// Every equation of every identity, in spec order.
        let equations: [BoundEquation]
        /// Every cell the form has, in reading order, with what it holds.
        let cells: [(address: CellAddress, kind: ValueKind)]
        /// The form's cells grouped by row, rows in reading order.
        let rows: [(key: RowKey, cells: [CellAddress])]
        /// What each form cell holds; a cell absent here is not on the form.
        let kinds: [CellAddress: ValueKind]
        /// For each cell, the equations it appears in (indices into `equations`).
        let equationsByCell: [CellAddress: [Int]]

        init(_ spec: TableSpec) {
            self.spec = spec
            equations = spec.identities.flatMap { identity in
                identity.equations.map { BoundEquation(identity: identity, equation: $0) }
            }
            var cells: [(address: CellAddress, kind: ValueKind)] = []
            var rows: [(key: RowKey, cells: [CellAddress])] = []
            for block in spec.blocks {
                for row in block.rows {
                    let addresses = block.columns.map { CellAddress(row.key, $0.key) }
                    rows.append((row.key, addresses))
                    for column in block.columns { cells.append((CellAddress(row.key, column.key), column.kind)) }
                }
            }
            self.cells = cells
            self.rows = rows
            kinds = Dictionary(cells.map { ($0.address, $0.kind) }, uniquingKeysWith: { first, _ in first })
            var byCell: [CellAddress: [Int]] = [:]
            for (i, bound) in equations.enumerated() {
                for address in bound.equation.lhs + bound.equation.rhs { byCell[address, default: []].append(i) }
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

    /// The three tables in report order.
    var tables: [Table] { [proactive, applications, reviews] }

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
