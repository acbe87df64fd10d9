import DisclosureModel
import Foundation
import GRDB

extension ReportHistory {
    /// The `Organization.id` a caller's `unit` names: the id itself when reports carry it, else the id of the unit
    /// reported under that name (the latest one). Looked up once so that the queries use the `unitID` index.
    static func unitID(_ unit: String, in db: Database) throws -> String {
        let byID = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM report WHERE unitID = ?)")
        if try Bool.fetchOne(byID, arguments: [unit]) == true { return unit }
        let byName = try db.cachedStatement(
            sql: "SELECT unitID FROM report WHERE unitName = ? ORDER BY year DESC, version DESC LIMIT 1")
        return try String.fetchOne(byName, arguments: [unit]) ?? unit
    }

    /// The row of a unit's report of `year`: version `version`, or the latest when nil.
    static func record(unit: String, year: Int, version: Int?, in db: Database) throws -> ReportRecord? {
        let unitID = try unitID(unit, in: db)
        if let version {
            let statement = try db.cachedStatement(sql: "SELECT * FROM report WHERE unitID = ? AND year = ? AND version = ?")
            return try ReportRecord.fetchOne(statement, arguments: [unitID, year, version])
        }
        let statement = try db.cachedStatement(
            sql: "SELECT * FROM report WHERE unitID = ? AND year = ? ORDER BY version DESC LIMIT 1")
        return try ReportRecord.fetchOne(statement, arguments: [unitID, year])
    }

    /// The reports held, by year then unit then version; only current versions unless `includingSuperseded`.
    /// `unit` is the `Organization.id` or the unit's name.
    public func reports(year: Int? = nil, unit: String? = nil, includingSuperseded: Bool = false) throws(HistoryError)
        -> [StoredReport]
    {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let year {
                conditions.append("r.year = ?")
                arguments += [year]
            }
            if let unit {
                conditions.append("r.unitID = ?")
                arguments += [try Self.unitID(unit, in: db)]
            }
            let from = includingSuperseded ? "report" : "currentReport"
            // The SQL is one of eight texts (all versions or current ones, with or without each condition): each is
            // prepared once per connection.
            let rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                    SELECT r.id, r.unitID, r.unitName, r.year, r.edition, r.version, r.sourceName, r.sha256, r.importedAt,
                        (SELECT MAX(version) FROM report WHERE unitID = r.unitID AND year = r.year) AS latest,
                        (SELECT count(*) FROM diagnostic WHERE reportID = r.id AND severity = 'error') AS errors,
                        (SELECT count(*) FROM diagnostic WHERE reportID = r.id AND severity = 'warning') AS warnings,
                        (SELECT count(*) FROM diagnostic WHERE reportID = r.id AND severity = 'note') AS notes
                    FROM \(from) AS r
                    \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                    ORDER BY r.year, r.unitID, r.version
                    """), arguments: arguments)
            // Throwing decodes, never `row["…"]`: GRDB's subscripts stop the process on a value of the wrong type or a
            // NULL, and a damaged or edited file can hold either (the history-db fuzz target found a NULL `id`).
            return try rows.map { row in
                let version: Int = try row.decode(forColumn: "version")
                return StoredReport(
                    id: try row.decode(forColumn: "id"), unitID: try row.decode(forColumn: "unitID"),
                    unitName: try row.decode(forColumn: "unitName"), year: try row.decode(forColumn: "year"),
                    edition: try row.decode(forColumn: "edition"), version: version,
                    isCurrent: try row.decode(Int?.self, forColumn: "latest") == version,
                    sourceName: try row.decode(forColumn: "sourceName"), sha256: try row.decode(forColumn: "sha256"),
                    importedAt: try row.decode(forColumn: "importedAt"), errors: try row.decode(forColumn: "errors"),
                    warnings: try row.decode(forColumn: "warnings"), notes: try row.decode(forColumn: "notes"))
            }
        }
    }

    /// The years held, ascending.
    public func years() throws(HistoryError) -> [Int] {
        try read { db in try Int.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT year FROM report ORDER BY year")) }
    }

    /// Stores the reporting tree of `year`, replacing the one held for that year (reports are never replaced).
    public func setOrganizations(_ organizations: [Organization], year: Int) throws(HistoryError) {
        try write { db in
            try db.execute(sql: "DELETE FROM organization WHERE year = ?", arguments: [year])
            var seen: Set<String> = []
            for (i, o) in organizations.enumerated() where seen.insert(o.id).inserted {
                try OrganizationRecord(year: year, position: i, organization: o).insert(db)
            }
        }
    }

    /// The reporting tree of `year` in its order; empty when none was stored.
    public func organizations(year: Int) throws(HistoryError) -> [Organization] {
        try read { db in
            try OrganizationRecord.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM organization WHERE year = ? ORDER BY position"), arguments: [year]
            ).map(\.organization)
        }
    }

    /// A unit's report of one year rebuilt from the facts, equal to the `AnnualReport` that was added (tables hold no
    /// explicit blanks — `TableData` treats an absent cell as blank). The current version unless `version` is given;
    /// nil when the history has none. `unit` is the `Organization.id` or the unit's name.
    public func report(unit: String, year: Int, version: Int? = nil) throws(HistoryError) -> AnnualReport? {
        try read { db in
            guard let record = try Self.record(unit: unit, year: year, version: version, in: db) else { return nil }
            return try rebuild([record], in: db).first
        }
    }

    /// The current report of every unit of `year`, in the year's tree order when a tree is stored (else by unit id).
    public func currentReports(year: Int) throws(HistoryError) -> [AnnualReport] {
        try read { db in
            let records = try ReportRecord.fetchAll(
                db.cachedStatement(
                    sql: """
                    SELECT r.* FROM currentReport AS r
                    LEFT JOIN organization AS o ON o.year = r.year AND o.id = r.unitID
                    WHERE r.year = ? ORDER BY o.position IS NULL, o.position, r.unitID
                    """), arguments: [year])
            return try rebuild(records, in: db)
        }
    }

    /// The diagnostics stored with a unit's report of `year` (current version unless `version` is given).
    public func diagnostics(unit: String, year: Int, version: Int? = nil) throws(HistoryError) -> [Diagnostic] {
        try read { db in
            guard let id = try Self.record(unit: unit, year: year, version: version, in: db)?.id else { return [] }
            return try DiagnosticRecord.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM diagnostic WHERE reportID = ? ORDER BY position"), arguments: [id]
            ).map(\.diagnostic)
        }
    }

    /// One unit's figure of one cell over every year held (current versions), oldest first. A year whose form has no
    /// such cell gives a point with a nil figure; a year without a report gives no point.
    public func series(unit: String, table: TableID, row: RowKey, column: ColumnKey) throws(HistoryError) -> [SeriesPoint] {
        try read { db in
            let rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                    SELECT r.year, r.version, r.edition, c.value, c.kind
                    FROM currentReport AS r
                    LEFT JOIN cell AS c ON c.reportID = r.id AND c.keyID =
                        (SELECT id FROM cellKey WHERE tableID = ? AND rowKey = ? AND columnKey = ?)
                    WHERE r.unitID = ?
                    ORDER BY r.year
                    """), arguments: [table.rawValue, row.rawValue, column.rawValue, try Self.unitID(unit, in: db)])
            return try rows.map { r in
                let kind = try r.decode(String?.self, forColumn: "kind").flatMap(CellKind.init(rawValue:))
                let value = try r.decode(String?.self, forColumn: "value")
                let figure = kind.map { k -> Figure in
                    k == .blank ? .blank : (value.flatMap(StoredDecimal.decimal).map(Figure.number) ?? .blank)
                }
                return SeriesPoint(
                    year: try r.decode(forColumn: "year"), version: try r.decode(forColumn: "version"),
                    edition: try r.decode(forColumn: "edition"), figure: figure, kind: kind)
            }
        }
    }

    /// Rebuilds reports from their rows and facts.
    func rebuild(_ records: [ReportRecord], in db: Database) throws -> [AnnualReport] {
        guard !records.isEmpty else { return [] }
        // The keys come from the cache (the whole `cellKey` table, read once per history); the cells are read column
        // by column from the rows (not decoded as `Codable` records, which was half of reading a report back in the
        // history-db fuzz target's profile); a value of the wrong type still throws.
        var keys = try self.keys.addresses(in: db, reloading: false)
        var reloaded = false
        var reports: [AnnualReport] = []
        reports.reserveCapacity(records.count)
        var seen: Set<Int64> = []
        let decoder = JSONDecoder()
        // One prepared statement each for the cells and the quoted figures, run once per report (a list of ids in the
        // SQL would be compiled again on every call).
        let cells = try db.cachedStatement(sql: "SELECT keyID, value FROM cell WHERE reportID = ? AND kind != 'blank'")
        let figures = try db.cachedStatement(sql: "SELECT * FROM quotedFigure WHERE reportID = ? ORDER BY position")
        for r in records {
            guard let id = r.id, seen.insert(id).inserted else { continue }
            var report = try r.report(decoder)
            if let form = formats[report.edition]?.index {
                for table in TableID.allCases { report[table].cells.reserveCapacity(form.table(table).cells.count) }
            }
            let rows = try Row.fetchCursor(cells, arguments: [id])
            while let cell = try rows.next() {
                let keyID = try cell.decode(Int64.self, atIndex: 0)
                if keys[keyID] == nil, !reloaded {
                    keys = try self.keys.addresses(in: db, reloading: true)
                    reloaded = true
                }
                guard let key = keys[keyID], let text = try cell.decode(String?.self, atIndex: 1),
                    let value = StoredDecimal.decimal(text)
                else { continue }
                report[key.table].cells[key.address] = .number(value)
            }
            let quoted = try QuotedFigureRecord.fetchCursor(figures, arguments: [id])
            while let f = try quoted.next() {
                if let figure = f.figure { report.quotedFigures.append(figure) }
            }
            reports.append(report)
        }
        return reports
    }
}
