import DisclosureModel

/// What a roll-up produces: the total as a report, subtotals, the per-unit breakdown, the blank accounting and the
/// diagnostics.
public struct RollupResult: Hashable, Sendable, Codable {
    /// The sum of every included report, as a report of the root unit: each cell is the exact sum over the units that
    /// filled it, blank when none did. A roll-up of correct, fully filled reports is itself a correct report.
    public var total: AnnualReport
    /// How many reports were summed.
    public var unitCount: Int
    /// Per table and cell, how many included units left the cell blank (non-zero counts only). A cell whose count
    /// equals `unitCount` is blank in `total`.
    public var blankCounts: [TableID: [CellAddress: Int]]
    /// Subtotals per level, in `OrganizationLevel.allCases` order (levels without reports left out).
    public var levelSubtotals: [RollupGroup]
    /// Subtotals per unit that has units below it (other than the root), in tree order: the unit with all below it.
    public var branchSubtotals: [RollupGroup]
    /// One row per unit: tree order for the tree's units (missing ones included), then reports of units not in the tree.
    public var breakdown: [UnitBreakdownRow]
    /// What the roll-up found: left-out reports, missing reports, blank cells, problems of the tree.
    public var diagnostics: [Diagnostic]
    /// The format the reports were summed in (its tables, key figures and cover).
    public var format: ReportFormat

    /// Creates a result.
    public init(
        total: AnnualReport, unitCount: Int, blankCounts: [TableID: [CellAddress: Int]], levelSubtotals: [RollupGroup],
        branchSubtotals: [RollupGroup], breakdown: [UnitBreakdownRow], diagnostics: [Diagnostic], format: ReportFormat
    ) {
        self.format = format
        self.total = total
        self.unitCount = unitCount
        self.blankCounts = blankCounts
        self.levelSubtotals = levelSubtotals
        self.branchSubtotals = branchSubtotals
        self.breakdown = breakdown
        self.diagnostics = diagnostics
    }

    /// How many included units left a cell blank (0 when all filled it).
    public func blankCount(_ table: TableID, _ address: CellAddress) -> Int { blankCounts[table]?[address] ?? 0 }

    /// The subtotal of a level, if any of its units reported.
    public func subtotal(level: OrganizationLevel) -> RollupGroup? {
        levelSubtotals.first { $0.kind == .level(level) }
    }

    /// The subtotal of a unit with everything below it, if it has units below it.
    public func subtotal(branch id: String) -> RollupGroup? {
        branchSubtotals.first { $0.kind == .branch(id) }
    }
}
