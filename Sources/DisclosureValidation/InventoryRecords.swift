import DisclosureModel

/// What the inventory rules check: the records of websites and 政务新媒体 accounts, and the counts declared for them.
public struct InventoryRecords: Hashable, Sendable, Codable {
    /// The websites.
    public var websites: [Website]
    /// The accounts.
    public var accounts: [NewMediaAccount]
    /// The counts declared for these records (a report's 平台建设 paragraph), if any.
    public var declared: DeclaredCounts?

    /// Creates the subject of an inventory check.
    public init(websites: [Website] = [], accounts: [NewMediaAccount] = [], declared: DeclaredCounts? = nil) {
        self.websites = websites
        self.accounts = accounts
        self.declared = declared
    }
}
