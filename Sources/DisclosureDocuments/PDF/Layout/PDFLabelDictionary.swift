import DisclosureModel

/// Every label of every table of the formats given (row labels, their groups, header leaves and groups, the row
/// header 信息内容, block titles), folded, with what each is in which table: what the layout reconstruction looks
/// for among a page's runs. Built from the `TableSpec`s alone, so a new edition is new data here too.
struct PDFLabelDictionary: Sendable {
    /// What a label is in a table.
    enum Role: Hashable, Sendable {
        /// A block title (`第二十条第（一）项`).
        case title
        /// The label column's header (`信息内容`) or the corner note.
        case rowHeader
        /// A header leaf: one column's label (`自然人`, `结果维持`).
        case leaf
        /// A header group over several columns (`法人或其他组织`, `行政复议`).
        case columnGroup
        /// A row's label.
        case row
        /// A group of rows (`三、本年度办理结果`, `（三）不予公开`).
        case rowGroup

        var isHeader: Bool { self == .rowHeader || self == .leaf || self == .columnGroup }
    }

    /// The roles of each folded label, by table.
    private(set) var roles: [String: [TableID: Set<Role>]] = [:]
    /// Every prefix of every folded label (the labels themselves included).
    private(set) var prefixes: Set<String> = []
    /// The folded group labels above each folded row label, one list per edition that has the row.
    private(set) var groupsOfRow: [String: [[String]]] = [:]
    /// The number of columns under each folded header group, by table.
    private(set) var leafCount: [String: [TableID: Int]] = [:]
    /// The tables whose rows have labels (表四's one row has none).
    private(set) var labelledTables: Set<TableID> = []
    /// The longest folded label, in scalars (a bound for the search).
    private(set) var longest = 0

    /// The dictionary of the official formats, built once.
    static let official = PDFLabelDictionary(.official)

    init(_ formats: ReportFormats) {
        for format in formats.all {
            for table in TableID.allCases {
                let spec = format.spec(table)
                if let note = spec.cornerNote { add(note, .rowHeader, table) }
                for block in spec.blocks {
                    if let title = block.title { add(title, .title, table) }
                    if let header = block.rowHeader { add(header, .rowHeader, table) }
                    addHeader(block.header, table)
                    for row in block.rows {
                        if !row.label.isEmpty { labelledTables.insert(table) }
                        let groups = row.groups.map { LabelNormalizer.normalize($0) }
                        for label in [row.label] + row.aliases {
                            add(label, .row, table)
                            for key in Self.keys(label) where !groupsOfRow[key, default: []].contains(groups) {
                                groupsOfRow[key, default: []].append(groups)
                            }
                        }
                        for group in row.groups { add(group, .rowGroup, table) }
                    }
                }
            }
        }
    }

    private mutating func addHeader(_ nodes: [HeaderNode], _ table: TableID) {
        for node in nodes {
            switch node {
            case .column(let column):
                for label in [column.label, column.labelWithUnit] + column.aliases { add(label, .leaf, table) }
            case .group(let label, let children):
                add(label, .columnGroup, table)
                let count = children.flatMap(\.leaves).count
                for key in Self.keys(label) { leafCount[key, default: [:]][table] = max(leafCount[key]?[table] ?? 0, count) }
                addHeader(children, table)
            }
        }
    }

    private mutating func add(_ label: String, _ role: Role, _ table: TableID) {
        for key in Self.keys(label) where !key.isEmpty {
            roles[key, default: [:]][table, default: []].insert(role)
            var prefix = String.UnicodeScalarView()
            for scalar in key.unicodeScalars {
                prefix.append(scalar)
                prefixes.insert(String(prefix))
            }
            longest = max(longest, key.unicodeScalars.count)
        }
    }

    /// The folded forms a label is matched by: as written, and without its bracketed note.
    static func keys(_ label: String) -> [String] {
        let folded = LabelNormalizer.normalize(label)
        let core = LabelNormalizer.core(label)
        return core == folded ? [folded] : [folded, core]
    }

    /// How far a folded text goes towards a label.
    enum Match: Equatable {
        /// Not the start of any label.
        case none
        /// The start of some label, not a label itself.
        case prefix
        /// A label (`key`), possibly also the start of a longer one (`extendable`).
        case label(key: String, extendable: Bool)
        /// A label followed by the start of a bracketed note not yet closed (`采购总金额（单位:`).
        case openNote(key: String)
    }

    /// Where `text` (folded) stands: a label, the start of one, a label with a note, or nothing.
    func match(_ text: String) -> Match {
        let extendable = prefixes.contains(text)
        if roles[text] != nil { return .label(key: text, extendable: extendable) }
        if extendable { return .prefix }
        // A label followed by a bracketed note: the longest label the text starts with, then "(" (folded text has
        // ASCII brackets only; most runs — figures, prose — have none and are done here).
        guard text.utf8.contains(UInt8(ascii: "(")) else { return .none }
        // Walked by the text's own indices, the longest head first (copying the scalars into an array for the walk
        // was an allocation per run with a bracket, and showed in the layout's profile).
        let scalars = text.unicodeScalars
        var position = min(scalars.count - 1, longest)
        var index = scalars.index(scalars.startIndex, offsetBy: position)
        while position > 0 {
            defer {
                position -= 1
                index = scalars.index(before: index)
            }
            guard scalars[index] == "(" else { continue }
            // `(一)予以公开` after a label is the next label, not a note.
            let next = scalars.index(after: index)
            if next < scalars.endIndex, Self.isNumeral(scalars[next]) { continue }
            let head = String(text[..<index])
            guard roles[head] != nil else { continue }
            // The note runs to the end of the text: nothing may follow its closing bracket.
            var depth = 0
            var k = index
            while k < scalars.endIndex {
                if scalars[k] == "(" { depth += 1 } else if scalars[k] == ")" { depth -= 1 }
                k = scalars.index(after: k)
                if depth == 0, k < scalars.endIndex { return .none }
            }
            return depth > 0 ? .openNote(key: head) : .label(key: head, extendable: false)
        }
        return .none
    }

    /// A digit or a Chinese numeral: after "(", an enumerator (`(三`), not a note.
    static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x30 && s.value <= 0x39) || LabelNormalizer.chineseNumerals.contains(s)
    }

    /// The roles of a folded label in each table.
    func roles(of key: String) -> [TableID: Set<Role>] { roles[key] ?? [:] }
}
