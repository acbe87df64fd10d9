/// The printed layout of one official table: an abstract grid of labelled spans and figure cells, computed once
/// from its `TableSpec`, that every output and input maps to its own terms — the workbook to cells and merges, the
/// publisher to `<td rowspan colspan>` and Word's `gridSpan`/`vMerge`, a reader to the structure it recognises.
///
/// The grid starts at row 0 with the first block and holds, block by block: the block's title row (表二's
/// `第二十条第（一）项`, across the whole width), its header rows drawn from the header tree (a group spans its leaves,
/// a leaf spans down to the bottom header row), then its data rows. Left of the data sit `labelColumns` label
/// columns: vertical group labels (`三、本年度办理结果` over 20 rows in the 2019 form, 22 in 2021; `（三）不予公开` over
/// its 8 sub-rows, sharing its first row with sub-row 1) merged across their rows, then each row's own label,
/// merged across the label columns it does not share with a group (`一、…` spans 3, `（一）予以公开` spans 2). The
/// header's label area holds the corner note (表三) or the row header (`信息内容`). A block with fewer columns than
/// the widest block lets its last column span the rest (2019 表二 （八）, （九）; 2021 （五）, （六）, （八）).
///
/// Every grid position is covered by exactly one label or figure cell. The table's title is not part of the grid:
/// each output places it its own way (a sheet's first row, a `<caption>`, a heading).
public struct PrintedLayout: Hashable, Sendable, Codable {
    /// A rectangle of the grid: its top-left position and its size (both ≥ 1).
    public struct Span: Hashable, Sendable, Codable {
        /// Zero-based top row.
        public var row: Int
        /// Zero-based left column.
        public var column: Int
        /// How many rows it covers (`rowspan`).
        public var rowCount: Int
        /// How many columns it covers (`colspan`, `gridSpan`).
        public var columnCount: Int

        /// Creates a span.
        public init(row: Int, column: Int, rowCount: Int = 1, columnCount: Int = 1) {
            self.row = row
            self.column = column
            self.rowCount = rowCount
            self.columnCount = columnCount
        }

        /// The span from `rows` × `columns`.
        public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
            self.init(row: rows.lowerBound, column: columns.lowerBound, rowCount: rows.count, columnCount: columns.count)
        }

        /// The rows covered.
        public var rows: ClosedRange<Int> { row...(row + rowCount - 1) }
        /// The columns covered.
        public var columns: ClosedRange<Int> { column...(column + columnCount - 1) }
    }

    /// A fixed text of the table: a block title, a header, a row label, the corner note.
    public struct Label: Hashable, Sendable, Codable {
        /// What the text is.
        public enum Role: String, Hashable, Sendable, Codable {
            /// A block's title row (`第二十条第（一）项`).
            case blockTitle
            /// The label above the row labels (`信息内容`).
            case rowHeader
            /// The top-left corner's note (表三's 勾稽 note).
            case corner
            /// A column header: a leaf column's label, or a group spanning its leaves (`法人或其他组织`).
            case columnHeader
            /// A vertical group label spanning rows (`三、本年度办理结果`, `（三）不予公开`).
            case groupLabel
            /// A data row's own label.
            case rowLabel
        }

        /// The text as printed (a money column's label with its unit: `采购总金额（单位：万元）`).
        public var text: String
        /// The cells it covers.
        public var span: Span
        /// Its role.
        public var role: Role

        /// Creates a label.
        public init(_ text: String, _ span: Span, _ role: Role) {
            self.text = text
            self.span = span
            self.role = role
        }
    }

    /// One figure cell: which cell of the form it shows and where.
    public struct FigureCell: Hashable, Sendable, Codable {
        /// The form's cell.
        public var address: CellAddress
        /// What it holds.
        public var kind: ValueKind
        /// Where it sits (one row; a block's last column may span more).
        public var span: Span

        /// Creates a figure cell.
        public init(_ address: CellAddress, kind: ValueKind, span: Span) {
            self.address = address
            self.kind = kind
            self.span = span
        }
    }

    /// One data row as placed.
    public struct Row: Hashable, Sendable, Codable {
        /// The form's row.
        public var spec: RowSpec
        /// Zero-based grid row.
        public var gridRow: Int
        /// The column of the row's own label (0 when the table has no label columns).
        public var labelColumn: Int
        /// The grid columns of each figure: the value sits in the first; a last column may span more.
        public var cells: [ColumnKey: ClosedRange<Int>]

        /// Creates a placed row.
        public init(spec: RowSpec, gridRow: Int, labelColumn: Int, cells: [ColumnKey: ClosedRange<Int>]) {
            self.spec = spec
            self.gridRow = gridRow
            self.labelColumn = labelColumn
            self.cells = cells
        }
    }

    /// One block as placed.
    public struct Block: Hashable, Sendable, Codable {
        /// The form's block.
        public var spec: BlockSpec
        /// The block's title row, if it has a title.
        public var titleRow: Int?
        /// The header rows.
        public var headerRows: ClosedRange<Int>
        /// The data rows, top to bottom.
        public var rows: [Row]
        /// The grid columns of each leaf column.
        public var columns: [ColumnKey: ClosedRange<Int>]

        /// Creates a placed block.
        public init(
            spec: BlockSpec, titleRow: Int?, headerRows: ClosedRange<Int>, rows: [Row],
            columns: [ColumnKey: ClosedRange<Int>]
        ) {
            self.spec = spec
            self.titleRow = titleRow
            self.headerRows = headerRows
            self.rows = rows
            self.columns = columns
        }
    }

    /// What covers a grid position: a label or a figure.
    public enum Item: Hashable, Sendable, Codable {
        /// A fixed text.
        case label(Label)
        /// A figure.
        case figure(FigureCell)

        /// The cells it covers.
        public var span: Span {
            switch self {
            case .label(let l): l.span
            case .figure(let f): f.span
            }
        }
    }

    /// The table described.
    public let spec: TableSpec
    /// How many label columns sit left of the data (3 for 表三, 1 for 表二, 0 for 表四).
    public let labelColumns: Int
    /// How many grid columns the data take (the widest block's leaf count).
    public let dataColumns: Int
    /// The blocks, top to bottom.
    public let blocks: [Block]
    /// Every fixed text, block by block: title, header area, header tree, row labels, then group labels.
    public let labels: [Label]

    /// Lays out `spec`.
    public init(_ spec: TableSpec) {
        self.spec = spec
        let rows = spec.rows
        let hasLabels = spec.blocks.contains { $0.rowHeader != nil }
            || rows.contains { !$0.label.isEmpty || !$0.groups.isEmpty }
        let labelColumns = hasLabels ? (rows.map(\.groups.count).max() ?? 0) + 1 : 0
        let dataColumns = spec.blocks.map(\.columns.count).max() ?? 0
        self.labelColumns = labelColumns
        self.dataColumns = dataColumns
        let allColumns = 0...max(labelColumns + dataColumns - 1, 0)

        var labels: [Label] = []
        var blocks: [Block] = []
        var next = 0
        for (blockIndex, block) in spec.blocks.enumerated() {
            var titleRow: Int?
            if let title = block.title {
                titleRow = next
                labels.append(Label(title, Span(rows: next...next, columns: allColumns), .blockTitle))
                next += 1
            }
            let depth = max(block.headerDepth, 1)
            let headerRows = next...(next + depth - 1)
            // Leaf columns: one grid column each; the last spans what the widest block has more.
            let leaves = block.columns
            var columns: [ColumnKey: ClosedRange<Int>] = [:]
            for (i, leaf) in leaves.enumerated() {
                let first = labelColumns + i
                columns[leaf.key] = first...(i == leaves.count - 1 ? labelColumns + dataColumns - 1 : first)
            }
            if labelColumns > 0 {
                let corner = blockIndex == 0 ? spec.cornerNote : nil
                labels.append(
                    Label(
                        corner ?? block.rowHeader ?? "", Span(rows: headerRows, columns: 0...(labelColumns - 1)),
                        corner == nil ? .rowHeader : .corner))
            }
            Self.placeHeader(block.header, row: headerRows.lowerBound, bottom: headerRows.upperBound, columns: columns,
                             into: &labels)
            next = headerRows.upperBound + 1

            var placed: [Row] = []
            for row in block.rows {
                let labelColumn = labelColumns == 0 ? 0 : min(row.groups.count, labelColumns - 1)
                if labelColumns > 0 {
                    labels.append(Label(row.label, Span(rows: next...next, columns: labelColumn...(labelColumns - 1)), .rowLabel))
                }
                placed.append(Row(spec: row, gridRow: next, labelColumn: labelColumn, cells: columns))
                next += 1
            }
            Self.placeGroups(placed, into: &labels)
            blocks.append(Block(spec: block, titleRow: titleRow, headerRows: headerRows, rows: placed, columns: columns))
        }
        self.blocks = blocks
        self.labels = labels
    }

    /// The layout of `table` in `format` (the official formats' layouts are computed once per process and shared).
    public init(_ table: TableID, _ format: ReportFormat) {
        let spec = format.spec(table)
        if let shared = Self.standard[format.edition]?[table], shared.spec == spec {
            self = shared
        } else {
            self = PrintedLayout(spec)
        }
    }

    /// The official tables' layouts, computed on first use.
    private static let standard: [Edition: [TableID: PrintedLayout]] = Dictionary(
        uniqueKeysWithValues: ReportFormats.official.all.map { format in
            (format.edition, Dictionary(uniqueKeysWithValues: format.tables.map { ($0.id, PrintedLayout($0)) }))
        })

    /// How many grid columns the table takes.
    public var width: Int { labelColumns + dataColumns }

    /// How many grid rows the table takes.
    public var height: Int {
        guard let last = blocks.last else { return 0 }
        return (last.rows.last?.gridRow ?? last.headerRows.upperBound) + 1
    }

    /// Every figure cell, in reading order (block by block, row by row, left to right).
    public var figureCells: [FigureCell] {
        blocks.flatMap { block in
            block.rows.flatMap { row in
                block.spec.columns.compactMap { column in
                    row.cells[column.key].map {
                        FigureCell(CellAddress(row.spec.key, column.key), kind: column.kind,
                                   span: Span(rows: row.gridRow...row.gridRow, columns: $0))
                    }
                }
            }
        }
    }

    /// The grid row by row: in each, the items whose span starts on that row, left to right — what an HTML `<tr>`
    /// lists (the positions covered from rows above are left out, as `rowspan` requires).
    public var gridRows: [[Item]] {
        var rows = [[Item]](repeating: [], count: height)
        for label in labels where rows.indices.contains(label.span.row) { rows[label.span.row].append(.label(label)) }
        for cell in figureCells where rows.indices.contains(cell.span.row) { rows[cell.span.row].append(.figure(cell)) }
        return rows.map { $0.sorted { $0.span.column < $1.span.column } }
    }

    /// For every grid position, the index into `items` of what covers it (nil where nothing does, which a
    /// well-formed spec never leaves); `items` lists the labels, then the figure cells.
    public var coverage: (items: [Item], grid: [[Int?]]) {
        let items = labels.map(Item.label) + figureCells.map(Item.figure)
        var grid = [[Int?]](repeating: [Int?](repeating: nil, count: width), count: height)
        for (index, item) in items.enumerated() {
            for r in item.span.rows where grid.indices.contains(r) {
                for c in item.span.columns where grid[r].indices.contains(c) { grid[r][c] = index }
            }
        }
        return (items, grid)
    }

    // MARK: Placing

    /// Places the header tree: a group spans its leaves' columns on its row; a leaf spans down to `bottom`.
    private static func placeHeader(
        _ nodes: [HeaderNode], row: Int, bottom: Int, columns: [ColumnKey: ClosedRange<Int>], into labels: inout [Label]
    ) {
        for node in nodes {
            switch node {
            case .column(let leaf):
                guard let span = columns[leaf.key] else { continue }
                labels.append(Label(leaf.labelWithUnit, Span(rows: row...bottom, columns: span), .columnHeader))
            case .group(let label, let children):
                let spans = node.leaves.compactMap { columns[$0.key] }
                guard let first = spans.first, let last = spans.last else { continue }
                labels.append(
                    Label(label, Span(rows: row...row, columns: first.lowerBound...last.upperBound), .columnHeader))
                placeHeader(children, row: row + 1, bottom: bottom, columns: columns, into: &labels)
            }
        }
    }

    /// Places each vertical group label once, merged across the consecutive rows that share it.
    private static func placeGroups(_ rows: [Row], into labels: inout [Label]) {
        let depth = rows.map(\.spec.groups.count).max() ?? 0
        for level in 0..<depth {
            var start = 0
            while start < rows.count {
                guard rows[start].spec.groups.count > level else {
                    start += 1
                    continue
                }
                let prefix = Array(rows[start].spec.groups[0...level])
                var end = start
                while end + 1 < rows.count, rows[end + 1].spec.groups.count > level,
                    Array(rows[end + 1].spec.groups[0...level]) == prefix
                {
                    end += 1
                }
                labels.append(
                    Label(prefix[level], Span(rows: rows[start].gridRow...rows[end].gridRow, columns: level...level),
                          .groupLabel))
                start = end + 1
            }
        }
    }
}
