import DisclosureModel
import Foundation

/// An inventory at one date: the websites and accounts as kept, the JSON document the library reads and writes
/// (`ReportJSON`, kind `InventorySnapshot`).
public struct InventorySnapshot: Hashable, Sendable, Codable {
    /// The date the inventory describes, if known.
    public var date: CalendarDate?
    /// The websites.
    public var websites: [Website]
    /// The accounts.
    public var accounts: [NewMediaAccount]

    /// Creates a snapshot.
    public init(date: CalendarDate? = nil, websites: [Website] = [], accounts: [NewMediaAccount] = []) {
        self.date = date
        self.websites = websites
        self.accounts = accounts
    }

    /// Reads a JSON document: an `InventorySnapshot`, or a bare list of websites or of accounts written by
    /// `ReportJSON.encode`. Errors are `JSONDocumentError`s naming the JSON path.
    public static func decode(from data: Data, file: String? = nil) throws -> InventorySnapshot {
        switch ReportJSON.documentKind(of: data) {
        case ReportJSON.kind(of: [Website].self):
            return InventorySnapshot(websites: try ReportJSON.decode([Website].self, from: data, file: file))
        case ReportJSON.kind(of: [NewMediaAccount].self):
            return InventorySnapshot(accounts: try ReportJSON.decode([NewMediaAccount].self, from: data, file: file))
        default:
            return try ReportJSON.decode(InventorySnapshot.self, from: data, file: file)
        }
    }

    /// The JSON document (`ReportJSON` envelope, kind `InventorySnapshot`).
    public func encoded() throws -> Data { try ReportJSON.encode(self) }
}
