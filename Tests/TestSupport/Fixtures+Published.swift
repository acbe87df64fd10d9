import DisclosureModel
import Foundation

/// What a published-style fixture (`published-html/NAME.*`, `published-docx/NAME.docx`, written by
/// `Fixtures/make-published.py`) must read to: every cell of every table of its edition, blank where the page leaves
/// it blank.
public struct PublishedExpectation: Sendable {
    /// The edition of the page's tables.
    public var edition: Edition
    /// The year reported on.
    public var year: Int
    /// The reporting body's name.
    public var organization: String
    /// Every cell of each table: the figure, `.blank` where the page has none.
    public var cells: [TableID: [CellAddress: Figure]]

    /// Every cell of the form that `report` reads differently from this expectation, any cell read off the form and
    /// any extra row kept: empty when the report reads exactly as expected.
    public func mismatches(_ report: AnnualReport) -> [String] {
        var out: [String] = []
        for id in TableID.allCases {
            let spec = report.spec(id)
            let cells = self.cells[id] ?? [:]
            for address in spec.cells {
                guard let want = cells[address] else {
                    out.append("expectation lacks \(spec.describe(address))")
                    continue
                }
                let got = report[id][address]
                if got != want { out.append("\(spec.describe(address)): read \(got), expected \(want)") }
            }
            let extra = report[id].cells.keys.filter { !spec.contains($0) }
            if !extra.isEmpty { out.append("\(id) cells off the form: \(extra)") }
            if !report[id].extraRows.isEmpty { out.append("\(id) extra rows: \(report[id].extraRows.map(\.label))") }
        }
        return out
    }
}

extension Fixtures {
    /// The bytes of a fixture file.
    public static func data(_ relativePath: String) -> Data {
        do {
            return try Data(contentsOf: url(relativePath))
        } catch {
            preconditionFailure("fixture \(relativePath) unreadable: \(error)")
        }
    }

    /// The names of the published-style fixtures (`seed-luoyang-2020`, `city-2022`, `province-2019-blank`).
    public static let publishedNames = ["seed-luoyang-2020", "city-2022", "province-2019-blank"]

    /// What `published-html/NAME.expected.json` says the fixture `NAME` reads to.
    public static func publishedExpectation(_ name: String) -> PublishedExpectation {
        struct File: Decodable {
            var edition: String
            var year: Int
            var organization: String
            var tables: [String: [String: [String: String?]]]
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: data("published-html/\(name).expected.json"))
            let edition = Edition(rawValue: file.edition)
            var cells: [TableID: [CellAddress: Figure]] = [:]
            for (table, rows) in file.tables {
                guard let id = TableID(rawValue: table) else { preconditionFailure("table \(table)") }
                for (row, columns) in rows {
                    for (column, text) in columns {
                        let figure: Figure = text.flatMap { Decimal(string: $0) }.map(Figure.number) ?? .blank
                        cells[id, default: [:]][CellAddress(RowKey(row), ColumnKey(column))] = figure
                    }
                }
            }
            return PublishedExpectation(edition: edition, year: file.year, organization: file.organization, cells: cells)
        } catch {
            preconditionFailure("expectation \(name) unreadable: \(error)")
        }
    }
}
