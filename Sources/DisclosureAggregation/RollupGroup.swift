import DisclosureModel

/// A subtotal of a roll-up: the units of one level, or one unit with everything below it (a county with its townships
/// and departments).
public struct RollupGroup: Hashable, Sendable, Codable {
    /// What the group gathers.
    public enum Kind: Hashable, Sendable, Codable {
        /// Every unit of a level (市本级, 县(市、区), 乡镇(街道), 部门).
        case level(OrganizationLevel)
        /// A unit and all units below it; the associated value is its `Organization.id`.
        case branch(String)
    }

    /// What the group gathers.
    public var kind: Kind
    /// A heading for sheets (`县(市、区)`, `涧西区人民政府（含下级单位）`).
    public var title: String
    /// How many reports were summed.
    public var unitCount: Int
    /// The sums, as a report (its organization is the group's unit, or the tree's root for a level).
    public var report: AnnualReport
    /// Per table and cell, how many of the group's units left the cell blank (non-zero counts only).
    public var blankCounts: [TableID: [CellAddress: Int]]

    /// Creates a group.
    public init(
        kind: Kind, title: String, unitCount: Int, report: AnnualReport, blankCounts: [TableID: [CellAddress: Int]]
    ) {
        self.kind = kind
        self.title = title
        self.unitCount = unitCount
        self.report = report
        self.blankCounts = blankCounts
    }
}
