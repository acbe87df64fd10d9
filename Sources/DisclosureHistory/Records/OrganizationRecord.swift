import DisclosureModel
import GRDB

/// A row of `organization`: one unit of one year's reporting tree, in the tree's order.
struct OrganizationRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "organization"

    var year: Int
    var position: Int
    var id: String
    var name: String
    var level: OrganizationLevel
    var parentID: String?

    init(year: Int, position: Int, organization o: Organization) {
        self.year = year
        self.position = position
        id = o.id
        name = o.name
        level = o.level
        parentID = o.parentID
    }

    var organization: Organization { Organization(id: id, name: name, level: level, parentID: parentID) }
}
