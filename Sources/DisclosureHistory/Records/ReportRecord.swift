import DisclosureModel
import Foundation
import GRDB

/// A row of `report`: one imported version of one unit's report of one year.
///
/// The organization, the sections' text, the 信息处理费 figures and the off-form rows are JSON text columns (encoded
/// here with one encoder per report, sorted keys); the tables' figures are long-form rows of `cell`.
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
    /// `Organization` as JSON.
    var organization: String
    var title: String?
    /// `[SectionID: String]` as JSON.
    var sections: String
    /// `ProcessingFees` as JSON, nil when the report states none.
    var fees: String?
    /// `[TableID: [ExtraRow]]` as JSON.
    var extraRows: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The JSON columns of `report`.
    static func json(_ report: AnnualReport) throws -> (organization: String, sections: String, fees: String?, extraRows: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func text(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        var extra: [TableID: [ExtraRow]] = [:]
        for t in TableID.allCases where !report[t].extraRows.isEmpty { extra[t] = report[t].extraRows }
        return (try text(report.organization), try text(report.sections), try report.fees.map(text), try text(extra))
    }

    /// The report's own fields back (tables empty), decoding the JSON columns with `decoder`.
    func report(_ decoder: JSONDecoder) throws -> AnnualReport {
        func value<T: Decodable>(_ type: T.Type, _ text: String) throws -> T { try decoder.decode(type, from: Data(text.utf8)) }
        var report = AnnualReport(
            organization: try value(Organization.self, organization), year: year, edition: Edition(rawValue: edition),
            title: title, sections: try value([SectionID: String].self, sections),
            fees: try fees.map { try value(ProcessingFees.self, $0) })
        for (table, rows) in try value([TableID: [ExtraRow]].self, extraRows) { report[table].extraRows = rows }
        return report
    }
}
