import DisclosureModel

/// Decides the edition from the labels present: labels that only one edition's forms have (`本年新制作数量`,
/// `规范性文件`, `政府集中采购` for 2019; `本年制发件数`, `行政规范性文件`, the (六) sub-rows for 2021). Derived from the
/// form descriptions, so a new edition needs no change here.
enum EditionEvidence {
    /// Per edition, the label keys no other edition has.
    static let distinctive: [Edition: Set<String>] = {
        var keys: [Edition: Set<String>] = [:]
        for e in Edition.allCases {
            keys[e] = TableID.allCases.reduce(into: Set<String>()) { $0.formUnion(TableMatcher(FormCatalog.spec($1, e)).allKeys) }
        }
        var distinct: [Edition: Set<String>] = [:]
        for e in Edition.allCases {
            let others = Edition.allCases.filter { $0 != e }.reduce(into: Set<String>()) { $0.formUnion(keys[$1] ?? []) }
            distinct[e] = (keys[e] ?? []).subtracting(others)
        }
        return distinct
    }()

    /// The edition with the most distinctive labels among `keys`; nil on a tie or when none is present.
    static func edition(of keys: some Sequence<LabelKey>) -> Edition? {
        var score: [Edition: Int] = [:]
        for key in keys {
            for (e, set) in distinctive where set.contains(key.full) { score[e, default: 0] += 1 }
        }
        let ranked = score.sorted { $0.value > $1.value }
        guard let top = ranked.first else { return nil }
        if ranked.count > 1, ranked[1].value == top.value { return nil }
        return top.key
    }
}
