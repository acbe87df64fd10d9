import DisclosureModel
import Foundation
import Synchronization

/// Which cells of one table mean the same in two forms (last year's and this year's), derived from the two
/// `TableSpec`s alone — never from the edition's name.
///
/// - A cell whose row key and column key are on both forms is compared directly (表三 and 表四 entirely; 表二's
///   `decisions` of 行政许可, 行政处罚, 行政强制).
/// - A row on one form whose label is the group label of several rows on the other (2019 `（六）其他处理` and the 2021
///   rows under `（六）其他处理`: 1. 逾期不补正, 2. 逾期未缴费, 3. 其他) is compared with their sum, column by column.
/// - Every other cell is *not comparable*, and is listed as such rather than compared (表二's 2019 新制作/新公开/
///   对外公开总数 against 2021's 制发/废止/现行有效; 上一年项目数量/本年增减 against 收费金额; 政府集中采购).
public struct CellCorrespondence: Hashable, Sendable, Codable {
    /// One comparable figure: the cells that give it on each side (one cell, or the cells of a sum).
    public struct Pair: Hashable, Sendable, Codable {
        /// The cells on the earlier form (added when several).
        public var from: [CellAddress]
        /// The cells on the later form (added when several).
        public var to: [CellAddress]
        /// The figure as a person names it, in the later form's labels.
        public var label: String

        /// Creates a pair.
        public init(from: [CellAddress], to: [CellAddress], label: String) {
            self.from = from
            self.to = to
            self.label = label
        }
    }

    /// The table.
    public var table: TableID
    /// The comparable figures, in the later form's reading order.
    public var pairs: [Pair]
    /// Cells of the earlier form with no counterpart.
    public var onlyFrom: [CellAddress]
    /// Cells of the later form with no counterpart.
    public var onlyTo: [CellAddress]

    /// Creates a correspondence.
    public init(table: TableID, pairs: [Pair], onlyFrom: [CellAddress], onlyTo: [CellAddress]) {
        self.table = table
        self.pairs = pairs
        self.onlyFrom = onlyFrom
        self.onlyTo = onlyTo
    }

    /// True when every cell of both forms has a counterpart (the forms mean the same throughout).
    public var isComplete: Bool { onlyFrom.isEmpty && onlyTo.isEmpty }

    /// `init(from:to:)`, worked out once per pair of forms in a process: the cross-year rules ask for it once per unit,
    /// and working it out (labels folded and grouped) cost a sixth of checking two years of one unit. Looked up by
    /// table and editions, and used only when both forms equal the ones it was worked out from (a corrected form of
    /// an edition gets its own).
    static func between(_ earlier: TableSpec, _ later: TableSpec) -> CellCorrespondence {
        let key = MemoKey(table: later.id, from: earlier.edition, to: later.edition)
        if let hit = memo.withLock({ $0[key] }), hit.earlier == earlier, hit.later == later { return hit.correspondence }
        let made = CellCorrespondence(from: earlier, to: later)
        memo.withLock { $0[key] = MemoEntry(earlier: earlier, later: later, correspondence: made) }
        return made
    }

    private struct MemoKey: Hashable {
        var table: TableID, from: Edition, to: Edition
    }

    private struct MemoEntry {
        var earlier: TableSpec, later: TableSpec, correspondence: CellCorrespondence
    }

    private static let memo = Mutex<[MemoKey: MemoEntry]>([:])

    /// The correspondence between the same table on two forms.
    public init(from earlier: TableSpec, to later: TableSpec) {
        let fromCells = Set(earlier.cells)
        let toCells = Set(later.cells)
        var pairs: [Pair] = []
        var usedFrom: Set<CellAddress> = []
        var usedTo: Set<CellAddress> = []

        // Rows of one form that are a group of rows on the other, matched by their normalised label.
        let fromGroups = Self.groups(earlier), toGroups = Self.groups(later)
        let fromRows = Set(earlier.rows.map(\.key)), toRows = Set(later.rows.map(\.key))
        var split: [RowKey: (from: [RowKey], to: [RowKey])] = [:]  // keyed by the single row
        for row in earlier.rows where !toRows.contains(row.key) {
            if let parts = toGroups[LabelNormalizer.core(row.label)], parts.allSatisfy({ !fromRows.contains($0) }) {
                split[row.key] = ([row.key], parts)
            }
        }
        for row in later.rows where !fromRows.contains(row.key) {
            if let parts = fromGroups[LabelNormalizer.core(row.label)], parts.allSatisfy({ !toRows.contains($0) }) {
                split[row.key] = (parts, [row.key])
            }
        }

        for address in later.cells {
            if fromCells.contains(address) {
                pairs.append(Pair(from: [address], to: [address], label: later.describe(address)))
                usedFrom.insert(address)
                usedTo.insert(address)
                continue
            }
            guard !usedTo.contains(address) else { continue }
            // The later cell is part of (or is) a split row.
            let entry = split.values.first { $0.to.contains(address.row) }
            guard let entry else { continue }
            let toParts = entry.to.map { CellAddress($0, address.column) }
            let fromParts = entry.from.map { CellAddress($0, address.column) }
            guard toParts.allSatisfy(toCells.contains), fromParts.allSatisfy(fromCells.contains) else { continue }
            let label: String
            if toParts.count == 1 {
                label = later.describe(address)
            } else {
                let group = later.row(toParts[0].row)?.groups.last ?? ""
                label = "\(later.id.shortName) \(group) × \(later.columnPath(of: address.column)?.joined(separator: "▸") ?? address.column.rawValue)"
            }
            pairs.append(Pair(from: fromParts, to: toParts, label: label))
            usedFrom.formUnion(fromParts)
            usedTo.formUnion(toParts)
        }
        self.init(
            table: later.id, pairs: pairs, onlyFrom: earlier.cells.filter { !usedFrom.contains($0) },
            onlyTo: later.cells.filter { !usedTo.contains($0) })
    }

    /// For each innermost group label of a form that holds several rows (`（六）其他处理`), the rows under it.
    static func groups(_ spec: TableSpec) -> [String: [RowKey]] {
        var out: [String: [RowKey]] = [:]
        for row in spec.rows {
            guard let group = row.groups.last, spec.rows.filter({ $0.groups.last == group }).count > 1 else { continue }
            // Only groups that stand for one row of the other form: the innermost level of a two-level group.
            guard row.groups.count >= 2 else { continue }
            out[LabelNormalizer.core(group), default: []].append(row.key)
        }
        return out
    }
}

extension CellCorrespondence.Pair {
    /// The figure on the earlier side in `data`: the cell, or the sum of the cells (nil when any is blank).
    public func fromValue(_ data: TableData) -> Decimal? { data.completeSum(from) }

    /// The figure on the later side in `data`.
    public func toValue(_ data: TableData) -> Decimal? { data.completeSum(to) }
}
