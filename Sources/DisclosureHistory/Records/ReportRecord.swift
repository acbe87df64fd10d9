import DisclosureModel
import GRDB

/// A row of `report`: one imported version of one unit's report of one year.
///
/// The organization, the sections' text, the 信息处理费 figures and the off-form rows are JSON columns (GRDB encodes
/// nested Codable values as JSON); the tables' figures are long-form rows of `cell`.
struct ReportRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "report"

    var id: Int64?
    var unitID: String
    var unitName: String
    var year: Int
    var edition: String
    var version: Int
    var sourceName: String
    var sha256: String
    var importedAt: String
    var organization: Organization
    var title: String?
    var sections: [SectionID: String]
    var fees: ProcessingFees?
    var extraRows: [TableID: [ExtraRow]]

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
