import DisclosureModel

/// The table matchers of a set of formats, and how to decide the edition from the labels present: labels that only
/// one format's forms have (`本年新制作数量`, `规范性文件`, `政府集中采购` for 2019; `本年制发件数`, `行政规范性文件`,
/// the (六) sub-rows for 2021). Derived from the form descriptions, so a new edition needs no change here.
struct EditionEvidence: Sendable {
    /// Per edition, a matcher per table.
    let matchers: [Edition: [TableID: TableMatcher]]
    /// Per edition, the label keys no other edition has.
    let distinctive: [Edition: Set<String>]
    /// The tables two editions describe identically (表四), as (table, edition, edition) in both orders: compared
    /// once here, not on every read.
    private let alike: Set<Alike>

    private struct Alike: Hashable, Sendable {
        var table: TableID
        var first: Edition
        var second: Edition
    }

    init(_ formats: ReportFormats) {
        var matchers: [Edition: [TableID: TableMatcher]] = [:]
        var keys: [Edition: Set<String>] = [:]
        for format in formats.all {
            let byTable = Dictionary(uniqueKeysWithValues: format.tables.map { ($0.id, TableMatcher($0)) })
            matchers[format.edition] = byTable
            keys[format.edition] = byTable.values.reduce(into: Set<String>()) { $0.formUnion($1.allKeys) }
        }
        var distinct: [Edition: Set<String>] = [:]
        for (e, own) in keys {
            let others = keys.filter { $0.key != e }.values.reduce(into: Set<String>()) { $0.formUnion($1) }
            distinct[e] = own.subtracting(others)
        }
        self.matchers = matchers
        distinctive = distinct
        var alike = Set<Alike>()
        for table in TableID.allCases {
            for a in formats.all {
                for b in formats.all where a.edition != b.edition && a.spec(table).blocks == b.spec(table).blocks {
                    alike.insert(Alike(table: table, first: a.edition, second: b.edition))
                }
            }
        }
        self.alike = alike
    }

    /// True when editions `a` and `b` describe `table` identically (the same blocks, rows and columns).
    func describeAlike(_ table: TableID, _ a: Edition, _ b: Edition) -> Bool {
        alike.contains(Alike(table: table, first: a, second: b))
    }

    /// The edition with the most distinctive labels among `keys`; nil on a tie or when none is present.
    func edition(of keys: some Sequence<LabelKey>) -> Edition? {
        var score: [Edition: Int] = [:]
        for key in keys {
            for (e, set) in distinctive where set.contains(key.full) { score[e, default: 0] += 1 }
        }
        let ranked = score.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first else { return nil }
        if ranked.count > 1, ranked[1].value == top.value { return nil }
        return top.key
    }
}
