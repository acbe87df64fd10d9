/// What kind of figure a column holds; validation and export derive their rules from it.
public enum ValueKind: Hashable, Sendable, Codable {
    /// A whole number ≥ 0.
    case count
    /// A whole number that may be negative (本年增/减: "减用负值表示，如-8").
    case signedCount
    /// A decimal amount ≥ 0 in the given unit.
    case money(MoneyUnit)

    /// The unit of a money column, nil otherwise.
    public var moneyUnit: MoneyUnit? {
        if case .money(let u) = self { return u }
        return nil
    }
}

/// A leaf column of an official table.
public struct ColumnSpec: Hashable, Sendable, Codable {
    /// Stable key.
    public var key: ColumnKey
    /// The official label, exactly as on the form (`本年新制作数量`).
    public var label: String
    /// What the cells hold.
    public var kind: ValueKind
    /// Other labels real reports use for this column (`现行有效件数（历史累计）`), for readers that match labels.
    public var aliases: [String]

    /// The label with its money unit when the label does not already state one: `采购总金额（单位：万元）`.
    ///
    /// The 2019 form gives 采购总金额 no unit; figures are held in the column's unit, so a sheet that shows them
    /// must say which (as real reports do: "采购总金额（单位:万元）"). Other labels are returned unchanged.
    public var labelWithUnit: String {
        guard let unit = kind.moneyUnit, !label.contains("单位") else { return label }
        return "\(label)（单位：\(unit.rawValue)）"
    }

    /// Creates a column.
    public init(_ key: ColumnKey, _ label: String, kind: ValueKind = .count, aliases: [String] = []) {
        self.key = key
        self.label = label
        self.kind = kind
        self.aliases = aliases
    }
}

/// A node of a column header tree: a leaf column, or a group label spanning its children
/// (申请人情况 ▸ 法人或其他组织 ▸ 商业企业 …).
public indirect enum HeaderNode: Hashable, Sendable, Codable {
    /// A leaf column.
    case column(ColumnSpec)
    /// A label spanning the columns below it.
    case group(String, [HeaderNode])

    /// The leaf columns under this node, left to right.
    public var leaves: [ColumnSpec] {
        switch self {
        case .column(let c): [c]
        case .group(_, let children): children.flatMap(\.leaves)
        }
    }

    /// How many header rows this node needs (a leaf needs 1).
    public var depth: Int {
        switch self {
        case .column: 1
        case .group(_, let children): 1 + (children.map(\.depth).max() ?? 0)
        }
    }
}

/// A data row of an official table.
public struct RowSpec: Hashable, Sendable, Codable {
    /// Stable key.
    public var key: RowKey
    /// The official label, exactly as on the form (`1.属于国家秘密`).
    public var label: String
    /// The labels of the groups this row sits under, outermost first
    /// (`["三、本年度办理结果", "（三）不予公开"]`); they span the rows vertically on the form.
    public var groups: [String]
    /// Other labels real reports use for this row, for readers that match labels.
    public var aliases: [String]

    /// Creates a row.
    public init(_ key: RowKey, _ label: String, groups: [String] = [], aliases: [String] = []) {
        self.key = key
        self.label = label
        self.groups = groups
        self.aliases = aliases
    }

    /// The full label path, groups then the row's own label, as a person reads it.
    public var path: [String] { groups + [label] }
}

/// A block of a table with its own column headers: 表二 has one block per 第二十条 item; 表三 and 表四 have one.
public struct BlockSpec: Hashable, Sendable, Codable {
    /// The block's title row (`第二十条第（一）项`), nil when the table has none.
    public var title: String?
    /// The label above the row labels (`信息内容`), nil when none.
    public var rowHeader: String?
    /// The column header tree, left to right.
    public var header: [HeaderNode]
    /// The data rows, top to bottom.
    public var rows: [RowSpec]

    /// Creates a block.
    public init(title: String? = nil, rowHeader: String? = nil, header: [HeaderNode], rows: [RowSpec]) {
        self.title = title
        self.rowHeader = rowHeader
        self.header = header
        self.rows = rows
    }

    /// The leaf columns, left to right.
    public var columns: [ColumnSpec] { header.flatMap(\.leaves) }

    /// How many header rows the column tree needs.
    public var headerDepth: Int { header.map(\.depth).max() ?? 0 }
}

/// The description of one official table in one edition: everything an exporter, a validator, an importer and a
/// text reader need, so that none of them hard-codes a label. See `FormCatalog` for the official tables.
public struct TableSpec: Hashable, Sendable, Codable {
    /// Which table.
    public var id: TableID
    /// The edition this description belongs to.
    public var edition: Edition
    /// The section heading the table sits under (`三、收到和处理政府信息公开申请情况`).
    public var title: String
    /// The text of the form's top-left corner cell, if any (表三's 勾稽 note).
    public var cornerNote: String?
    /// The blocks, top to bottom.
    public var blocks: [BlockSpec]
    /// The sums that must hold.
    public var identities: [Identity]

    /// Creates a table description.
    public init(
        id: TableID, edition: Edition, title: String, cornerNote: String? = nil, blocks: [BlockSpec],
        identities: [Identity] = []
    ) {
        self.id = id
        self.edition = edition
        self.title = title
        self.cornerNote = cornerNote
        self.blocks = blocks
        self.identities = identities
    }

    /// Every row, top to bottom across blocks.
    public var rows: [RowSpec] { blocks.flatMap(\.rows) }

    /// Every cell the form has, in reading order (block by block, row by row, left to right).
    public var cells: [CellAddress] {
        blocks.flatMap { block in
            block.rows.flatMap { row in block.columns.map { CellAddress(row.key, $0.key) } }
        }
    }

    /// The row with `key`, if the form has it.
    public func row(_ key: RowKey) -> RowSpec? { rows.first { $0.key == key } }

    /// The block holding row `key`.
    public func block(containing key: RowKey) -> BlockSpec? { blocks.first { $0.rows.contains { $0.key == key } } }

    /// The column spec of a cell, if the form has that cell.
    public func column(of address: CellAddress) -> ColumnSpec? {
        block(containing: address.row)?.columns.first { $0.key == address.column }
    }

    /// True when the form has that cell.
    public func contains(_ address: CellAddress) -> Bool { column(of: address) != nil }

    /// A person's name for a cell: `表三 一、本年新收政府信息公开申请数量 × 自然人`.
    public func describe(_ address: CellAddress) -> String {
        let rowLabel = row(address.row)?.label ?? address.row.rawValue
        let columnPath = columnPath(of: address.column) ?? [address.column.rawValue]
        let columnLabel = columnPath.joined(separator: "▸")
        return rowLabel.isEmpty ? "\(id.shortName) \(columnLabel)" : "\(id.shortName) \(rowLabel) × \(columnLabel)"
    }

    /// The header labels above a column, outermost first, ending with its own label
    /// (`["行政诉讼", "复议后起诉", "总计"]`); nil when no block has the column.
    public func columnPath(of key: ColumnKey) -> [String]? {
        func search(_ nodes: [HeaderNode], _ prefix: [String]) -> [String]? {
            for node in nodes {
                switch node {
                case .column(let c) where c.key == key: return prefix + [c.label]
                case .column: continue
                case .group(let label, let children):
                    if let found = search(children, prefix + [label]) { return found }
                }
            }
            return nil
        }
        for block in blocks {
            if let found = search(block.header, []) {
                // 申请人情况 is the header of every 表三 column; it adds nothing to a location.
                return found.first == "申请人情况" ? Array(found.dropFirst()) : found
            }
        }
        return nil
    }

    /// All concrete equations of the identities, each naming the cells it adds.
    public var equations: [Equation] { identities.flatMap(\.equations) }
}
