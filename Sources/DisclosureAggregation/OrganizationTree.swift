import DisclosureModel

/// The reporting units of a city (or province) as a tree, indexed for roll-ups: lookup by id or name, parent,
/// children, ancestors, and the problems the list has (duplicate ids, unknown parents, cycles, several roots), reported
/// as diagnostics rather than thrown — a tree with a problem still serves the rest of its units.
public struct OrganizationTree: Hashable, Sendable, Codable {
    /// The units, in the order given (the order roll-up breakdowns follow).
    public let organizations: [Organization]
    /// Problems found in the list (`AGG.treeDuplicateID`, `AGG.treeUnknownParent`, `AGG.treeCycle`, `AGG.treeRoots`).
    public let diagnostics: [Diagnostic]
    let indexByID: [String: Int]
    let indexByName: [String: Int]
    let childIndices: [[Int]]
    let parentIndex: [Int?]

    /// Indexes `organizations`; the first unit with an id wins when ids repeat.
    public init(_ organizations: [Organization]) {
        var diagnostics: [Diagnostic] = []
        var byID: [String: Int] = [:]
        var byName: [String: Int] = [:]
        for (i, o) in organizations.enumerated() {
            if byID[o.id] != nil {
                diagnostics.append(
                    AggregationDiagnostic.treeDuplicateID.make(
                        message: "单位编码“\(o.id)”重复（\(o.name)），只保留第一个", english: "unit id \(o.id) repeats; the first is kept",
                        unit: o.id))
                continue
            }
            byID[o.id] = i
            if byName[o.name] == nil { byName[o.name] = i }
        }
        var parents = [Int?](repeating: nil, count: organizations.count)
        var children = [[Int]](repeating: [], count: organizations.count)
        for (i, o) in organizations.enumerated() where byID[o.id] == i {
            guard let p = o.parentID, !p.isEmpty else { continue }
            guard let pi = byID[p] else {
                diagnostics.append(
                    AggregationDiagnostic.treeUnknownParent.make(
                        message: "\(o.name)的上级单位“\(p)”不在单位列表中，按顶层单位处理",
                        english: "the parent \(p) of \(o.name) is not in the list; treated as a top-level unit", unit: o.id))
                continue
            }
            parents[i] = pi
        }
        // Break cycles: a unit whose ancestor chain returns to itself loses its parent link.
        for i in organizations.indices {
            var seen: Set<Int> = [i]
            var p = parents[i]
            while let q = p {
                if seen.contains(q) {
                    diagnostics.append(
                        AggregationDiagnostic.treeCycle.make(
                            message: "\(organizations[i].name)的上级关系成环，按顶层单位处理",
                            english: "the parent chain of \(organizations[i].name) loops; treated as a top-level unit",
                            unit: organizations[i].id))
                    parents[i] = nil
                    break
                }
                seen.insert(q)
                p = parents[q]
            }
        }
        for (i, p) in parents.enumerated() { if let p { children[p].append(i) } }
        let roots = organizations.indices.filter { byID[organizations[$0].id] == $0 && parents[$0] == nil }
        if roots.count > 1 {
            diagnostics.append(
                AggregationDiagnostic.treeRoots.make(
                    message: "单位列表有 \(roots.count) 个顶层单位（\(roots.prefix(5).map { organizations[$0].name }.joined(separator: "、"))），应只有一个",
                    english: "the list has \(roots.count) top-level units; expected one"))
        }
        self.organizations = organizations
        self.diagnostics = diagnostics
        indexByID = byID
        indexByName = byName
        childIndices = children
        parentIndex = parents
        rootIndex = roots.count == 1 ? roots[0] : nil
    }

    let rootIndex: Int?

    /// The single top-level unit, nil when there are none or several.
    public var root: Organization? { rootIndex.map { organizations[$0] } }

    /// How many distinct units.
    public var count: Int { indexByID.count }

    /// The unit with this id, or else with this name (inventories name a host unit by either).
    public func resolve(_ idOrName: String) -> Organization? { index(of: idOrName).map { organizations[$0] } }

    /// The position of the unit with this id (or else name) in `organizations`.
    public func index(of idOrName: String) -> Int? { indexByID[idOrName] ?? indexByName[idOrName] }

    /// True when a unit with this id (or name) is in the tree.
    public func contains(_ idOrName: String) -> Bool { index(of: idOrName) != nil }

    /// The unit above, nil at a top-level unit.
    public func parent(of idOrName: String) -> Organization? {
        guard let i = index(of: idOrName), let p = parentIndex[i] else { return nil }
        return organizations[p]
    }

    /// The units directly below, in list order.
    public func children(of idOrName: String) -> [Organization] {
        guard let i = index(of: idOrName) else { return [] }
        return childIndices[i].map { organizations[$0] }
    }

    /// The units above, nearest first (parent, grandparent, …, root).
    public func ancestors(of idOrName: String) -> [Organization] { ancestorIndices(of: idOrName).map { organizations[$0] } }

    func ancestorIndices(of idOrName: String) -> [Int] {
        guard let i = index(of: idOrName) else { return [] }
        var result: [Int] = []
        var p = parentIndex[i]
        while let q = p {
            result.append(q)
            p = parentIndex[q]
        }
        return result
    }

    /// The unit's branch: its ancestor directly below the root (itself when it is directly below; nil for the root
    /// and for units not in the tree). 涧西区某街道 → 涧西区人民政府.
    public func branch(of idOrName: String) -> Organization? {
        guard let i = index(of: idOrName), parentIndex[i] != nil else { return nil }
        var current = i
        while let p = parentIndex[current], parentIndex[p] != nil { current = p }
        return organizations[current]
    }

    /// True when some unit is below this one.
    public func hasChildren(_ idOrName: String) -> Bool { index(of: idOrName).map { !childIndices[$0].isEmpty } ?? false }
}

extension OrganizationTree {
    private enum CodingKeys: String, CodingKey { case organizations }

    /// Decodes `{"organizations": […]}` and indexes it again.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try c.decode([Organization].self, forKey: .organizations))
    }

    /// Encodes only the units; the index is rebuilt on decoding.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(organizations, forKey: .organizations)
    }
}
