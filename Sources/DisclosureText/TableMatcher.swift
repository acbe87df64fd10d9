import DisclosureModel

/// What a label in a table is, by the form's description.
enum LabelRole: Hashable, Sendable {
    /// A data row.
    case row(RowKey)
    /// A group spanning rows (`（三）不予公开`); the text is the form's group label.
    case group(String)
    /// A block title (`第二十条第（一）项`); the index of the block, nil when the item number is unreadable.
    case blockTitle(Int?)
    /// A leaf column label.
    case column(ColumnKey)
    /// Another header label: the row header (`信息内容`), a header group (`申请人情况`), the corner note.
    case header
    /// Matches more than one row equally well.
    case ambiguous([RowKey])
    /// Not on the form.
    case unknown
}

/// Matches labels against one table of one edition. Built from the `TableSpec` alone — no label is written here.
struct TableMatcher: Sendable {
    struct Entry: Sendable {
        var key: LabelKey
        var role: LabelRole
        /// The group a row sits in (its last group label), for disambiguation.
        var group: String?
    }

    let spec: TableSpec
    private let entries: [Entry]
    private let byFull: [String: [Int]]
    private let byBody: [String: [Int]]
    /// The block index of every row.
    let blockOfRow: [RowKey: Int]
    /// The last group label of every row (nil for top-level rows).
    let groupOfRow: [RowKey: String]
    /// The row that carries figures without a label (表四), if any.
    let unlabelledRow: RowKey?
    /// Each block's leaf columns, left to right, flattened once (`BlockSpec.columns` walks the header tree on every
    /// call, and the assembler asks for them at every row).
    let blockColumns: [[ColumnSpec]]
    /// Per block, the keys of each leaf column's label and aliases, reduced once (the grid recognizer compares them
    /// with every header it reads, on every page).
    let columnLabelKeys: [[ColumnKey: Set<String>]]
    /// Per block, the keys of the header groups above each leaf column, outermost first, reduced once.
    let columnGroupKeys: [[ColumnKey: [String]]]

    init(_ spec: TableSpec) {
        self.spec = spec
        blockColumns = spec.blocks.map(\.columns)
        columnLabelKeys = blockColumns.map { columns in
            var keys: [ColumnKey: Set<String>] = [:]
            for column in columns { keys[column.key] = Set(([column.label] + column.aliases).map { LabelKey($0).full }) }
            return keys
        }
        columnGroupKeys = spec.blocks.map { block in
            var out: [ColumnKey: [String]] = [:]
            func walk(_ nodes: [HeaderNode], _ prefix: [String]) {
                for node in nodes {
                    switch node {
                    case .column(let c): out[c.key] = prefix
                    case .group(let label, let children): walk(children, prefix + [LabelKey(label).full])
                    }
                }
            }
            walk(block.header, [])
            return out
        }
        var entries: [Entry] = []
        var blockOfRow: [RowKey: Int] = [:]
        var groupOfRow: [RowKey: String] = [:]
        var unlabelled: RowKey?
        var groupsSeen = Set<String>()
        func add(_ label: String, _ role: LabelRole, group: String? = nil) {
            let key = LabelKey(label)
            guard !key.full.isEmpty else { return }
            entries.append(Entry(key: key, role: role, group: group))
        }
        for (index, block) in spec.blocks.enumerated() {
            if let title = block.title { add(title, .blockTitle(index)) }
            if let rowHeader = block.rowHeader { add(rowHeader, .header) }
            for row in block.rows {
                blockOfRow[row.key] = index
                if let g = row.groups.last { groupOfRow[row.key] = g }
                if row.label.isEmpty { unlabelled = row.key }
                for label in [row.label] + row.aliases { add(label, .row(row.key), group: row.groups.last) }
                for g in row.groups where groupsSeen.insert(g).inserted { add(g, .group(g)) }
            }
            func walk(_ nodes: [HeaderNode]) {
                for node in nodes {
                    switch node {
                    case .column(let c):
                        for label in [c.label] + c.aliases { add(label, .column(c.key)) }
                    case .group(let label, let children):
                        add(label, .header)
                        walk(children)
                    }
                }
            }
            walk(block.header)
        }
        if let note = spec.cornerNote { add(note, .header) }
        self.entries = entries
        self.blockOfRow = blockOfRow
        self.groupOfRow = groupOfRow
        self.unlabelledRow = unlabelled
        var byFull: [String: [Int]] = [:]
        var byBody: [String: [Int]] = [:]
        for (i, e) in entries.enumerated() {
            byFull[e.key.full, default: []].append(i)
            byBody[e.key.body, default: []].append(i)
        }
        self.byFull = byFull
        self.byBody = byBody
    }

    /// Every label key of the form, for edition detection.
    var allKeys: Set<String> { Set(entries.map(\.key.full)) }

    /// The role of `key`, preferring an exact match, then the body alone, then a prefix; `group` is the group the
    /// reader is in, used only to choose between rows that match equally.
    func role(of key: LabelKey, inGroup group: String?) -> LabelRole {
        if let hits = byFull[key.full] { return resolve(hits, group) }
        if key.full.hasPrefix("第二十条") { return .blockTitle(nil) }
        if key.enumerator.isEmpty || key.bodyCount >= LabelKey.minimumBareBody, let hits = byBody[key.body] {
            let compatible = hits.filter {
                key.bodyCount >= LabelKey.minimumBareBody || entries[$0].key.enumerator == key.enumerator
            }
            if !compatible.isEmpty { return resolve(compatible, group) }
        }
        return prefixRole(of: key, inGroup: group)
    }

    /// The longest form label that begins the given label (a note written without brackets), or — for a truncated
    /// label of at least four characters — the one form label it begins.
    private func prefixRole(of key: LabelKey, inGroup group: String?) -> LabelRole {
        var best: [Int] = []
        var bestLength = 0
        // Lengths are the keys' counted ones (`String.count` walks the characters: counting every form label's on
        // every call was most of the matcher's time); a form label longer than the label cannot begin it.
        // By index, the length first: copying each entry (its strings retained and released) before the length
        // test showed in the fuzz target's profile.
        for i in entries.indices {
            let length = entries[i].key.bodyCount
            guard length >= LabelKey.minimumPrefix, length >= bestLength, length <= key.bodyCount,
                key.body.hasPrefix(entries[i].key.body)
            else { continue }
            let enumerator = entries[i].key.enumerator
            if !key.enumerator.isEmpty, !enumerator.isEmpty, key.enumerator != enumerator { continue }
            // The rest must read as a note: it starts with punctuation, or it is short after a long form label.
            // (`规章：设区的市…`, `现行有效件数<-…`; not `规章制度…` nor a sentence that begins with `行政许可`.)
            let rest = key.bodyCount - length
            guard isNoteStart(key.body, after: length) || (length >= LabelKey.minimumBareBody && rest <= maxNoteRest)
            else { continue }
            if length > bestLength { best = []; bestLength = length }
            best.append(i)
        }
        if !best.isEmpty { return resolve(best, group) }
        guard key.bodyCount >= LabelKey.minimumBareBody else { return .unknown }
        let truncated = entries.indices.filter { entries[$0].key.body.hasPrefix(key.body) }
        return truncated.isEmpty ? .unknown : resolve(truncated, group)
    }

    /// The longest unbracketed note accepted after a form label of four characters or more.
    private let maxNoteRest = 12

    /// True when what follows `prefix` in `body` starts like a note (`:`, `-`, `<`, `,`), not like more of a word.
    private func isNoteStart(_ body: String, after prefixLength: Int) -> Bool {
        guard let next = body.dropFirst(prefixLength).unicodeScalars.first else { return true }
        return !next.properties.isAlphabetic && !("0"..."9").contains(next)
    }

    private func resolve(_ hits: [Int], _ group: String?) -> LabelRole {
        var roles: [LabelRole] = []
        for i in hits where !roles.contains(entries[i].role) { roles.append(entries[i].role) }
        if roles.count == 1 { return roles[0] }
        // Prefer a row of the current group, then anything that is not a row over a header of the same text.
        let inGroup = hits.filter { entries[$0].group != nil && entries[$0].group == group }
        let groupRoles = Set(inGroup.map { entries[$0].role })
        if groupRoles.count == 1, let only = groupRoles.first { return only }
        let rows = roles.compactMap { role -> RowKey? in if case .row(let r) = role { return r } else { return nil } }
        return rows.count > 1 ? .ambiguous(rows) : (rows.first.map(LabelRole.row) ?? roles[0])
    }
}

extension TableMatcher {
    /// The role of a label only when it is exactly a form label that identifies this table (a row, a row group, a
    /// block title, or a header label of four or more characters) — used to find a table outside its section.
    func exactIdentifyingRole(of key: LabelKey) -> LabelRole? {
        guard byFull[key.full] != nil else { return nil }
        let role = role(of: key, inGroup: nil)
        switch role {
        case .row, .group, .blockTitle: return role
        case .header where key.bodyCount >= LabelKey.minimumBareBody: return role
        default: return nil
        }
    }
}
