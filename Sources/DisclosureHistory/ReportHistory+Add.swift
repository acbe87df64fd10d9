import DisclosureModel
import Foundation
import GRDB

extension ReportHistory {
    /// Adds one file's report in one transaction: the report row (a new version when the unit already has one for
    /// that year — nothing is overwritten), every cell of its form as a long-form fact, the quoted figures with
    /// their lines, and `diagnostics` (what reading and checking the file found).
    ///
    /// The same bytes added again change nothing and say so (`HIST.sameFile`). If anything fails, nothing of this
    /// file is written (the transaction rolls back) and a `HistoryError` is thrown.
    ///
    /// - Parameters:
    ///   - report: the report read from the file.
    ///   - sourceName: the file's name as the user gave it (kept for listing).
    ///   - bytes: the file's bytes, for its SHA-256.
    ///   - diagnostics: what reading and checking the file found, kept with this version.
    ///   - importedAt: when; defaults to now.
    @discardableResult
    public func add(
        report: AnnualReport, sourceName: String, bytes: Data, diagnostics: [Diagnostic] = [], importedAt: Date = Date()
    ) throws(HistoryError) -> AddResult {
        let digest = FileDigest.sha256(bytes)
        let stamp = Self.timestamp(importedAt)
        var newKeys = CellKeyCache.Found()
        let result = try write { db -> AddResult in
            newKeys = CellKeyCache.Found()
            // The hot path of an import uses prepared raw SQL (the query interface would build and compile each
            // statement again per file); the rows are exactly the records' columns.
            let same = try db.cachedStatement(sql: "SELECT * FROM report WHERE sha256 = ?")
            if let existing = try ReportRecord.fetchOne(same, arguments: [digest]) {
                let stored = try Self.stored(existing, in: db)
                return AddResult(
                    report: stored, isNew: false,
                    diagnostics: [Notes.sameFile(sourceName, existing: stored)])
            }
            let latest = try db.cachedStatement(sql: "SELECT MAX(version) FROM report WHERE unitID = ? AND year = ?")
            let previous = try Int.fetchOne(latest, arguments: [report.organization.id, report.year]) ?? 0
            let json = try ReportRecord.json(report)
            var record = ReportRecord(
                id: nil, unitID: report.organization.id, unitName: report.organization.name, year: report.year,
                edition: report.edition.rawValue, version: previous + 1, sourceName: sourceName, sha256: digest,
                importedAt: stamp, organization: json.organization, title: report.title, sections: json.sections,
                fees: json.fees, extraRows: json.extraRows)
            try db.cachedStatement(
                sql: """
                    INSERT INTO report (unitID, unitName, year, edition, version, sourceName, sha256, importedAt,
                        organization, title, sections, fees, extraRows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                record.unitID, record.unitName, record.year, record.edition, record.version, record.sourceName,
                record.sha256, record.importedAt, record.organization, record.title, record.sections, record.fees,
                record.extraRows,
            ])
            let reportID = db.lastInsertedRowID
            record.id = reportID
            try insertCells(of: report, reportID: reportID, in: db, newKeys: &newKeys)
            if !report.quotedFigures.isEmpty {
                let insert = try db.cachedStatement(
                    sql: """
                        INSERT INTO quotedFigure (reportID, position, kind, value, unit, approximate, sourceFile, sourceLine,
                            sourceExcerpt, sharePercent, shareDigits, statement, uncertainSubject)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                for (i, figure) in report.quotedFigures.enumerated() {
                    let r = QuotedFigureRecord(reportID: reportID, position: i, figure: figure)
                    try insert.execute(arguments: [
                        r.reportID, r.position, r.kind, r.value, r.unit, r.approximate, r.sourceFile, r.sourceLine,
                        r.sourceExcerpt, r.sharePercent, r.shareDigits, r.statement, r.uncertainSubject,
                    ])
                }
            }
            for (i, d) in diagnostics.enumerated() {
                try DiagnosticRecord(reportID: reportID, position: i, diagnostic: d).insert(db)
            }
            let counts = diagnostics.counts
            let stored = StoredReport(
                id: reportID, unitID: record.unitID, unitName: record.unitName, year: record.year, edition: record.edition,
                version: record.version, isCurrent: true, sourceName: sourceName, sha256: digest, importedAt: stamp,
                errors: counts[.error] ?? 0, warnings: counts[.warning] ?? 0, notes: counts[.note] ?? 0)
            let notes = previous > 0 ? [Notes.resubmitted(sourceName, stored)] : []
            return AddResult(report: stored, isNew: true, diagnostics: notes)
        }
        keys.remember(newKeys)
        return result
    }

    /// Every cell of the report's form (blank ones as `blank`), plus any figure it holds outside the form.
    ///
    /// The bulk path: one multi-row INSERT per table whose key ids are literals (`CellKeyCache.FormInsert`), bound
    /// with the report id and each cell's value and kind (`CellRowBinding`) — a statement per cell costs several
    /// times more over 7 million cells. The rows are exactly `CellRecord`'s columns.
    func insertCells(of report: AnnualReport, reportID: Int64, in db: Database, newKeys: inout CellKeyCache.Found) throws {
        for table in TableID.allCases {
            let data = report[table]
            guard let spec = formats[report.edition]?.spec(table) else { throw HistoryError.unknownEdition(path, report.edition) }
            let form = try keys.formInsert(spec, in: db, found: &newKeys)
            var cells: [(value: String?, kind: CellKind)] = []
            cells.reserveCapacity(form.cells.count)
            var held = 0  // how many of the table's entries are on the form
            for address in form.cells {
                let entry = data.cells[address]
                if entry != nil { held += 1 }
                let figure = entry ?? .blank
                cells.append((figure.decimal.map(StoredDecimal.text), CellKind(figure)))
            }
            if !form.cells.isEmpty {
                let statement = try keys.statement(form, key: CellKeyCache.FormInsert.key(spec), in: db)
                try CellRowBinding.run(statement, reportID: reportID, cells: cells)
            }
            // Figures outside the form (kept, and reported by validation): one row each.
            guard held < data.cells.count else { continue }
            let onForm = Set(form.cells)
            for address in data.cells.keys.sorted(by: { ($0.row, $0.column) < ($1.row, $1.column) }) where !onForm.contains(address) {
                let keyID = try keys.resolve(CellKeyCache.Key(table: table, address: address), in: db, found: &newKeys)
                let figure = data[address]
                try CellRecord(reportID: reportID, keyID: keyID, value: figure.decimal.map(StoredDecimal.text), kind: CellKind(figure))
                    .insert(db)
            }
        }
    }

    /// `2026-12-01T09:48:11Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(secondsFromGMT: 0) ?? .current))
    }

    /// The listing row of a record.
    static func stored(_ r: ReportRecord, in db: Database) throws -> StoredReport {
        let id = r.id ?? 0
        let latest = try Int.fetchOne(
            db, sql: "SELECT MAX(version) FROM report WHERE unitID = ? AND year = ?", arguments: [r.unitID, r.year])
        let counts = try Row.fetchAll(
            db, sql: "SELECT severity, count(*) AS n FROM diagnostic WHERE reportID = ? GROUP BY severity", arguments: [id])
        var bySeverity: [String: Int] = [:]
        for row in counts { bySeverity[try row.decode(String.self, forColumn: "severity")] = try row.decode(forColumn: "n") }
        return StoredReport(
            id: id, unitID: r.unitID, unitName: r.unitName, year: r.year, edition: r.edition, version: r.version,
            isCurrent: latest == r.version, sourceName: r.sourceName, sha256: r.sha256, importedAt: r.importedAt,
            errors: bySeverity["error"] ?? 0, warnings: bySeverity["warning"] ?? 0, notes: bySeverity["note"] ?? 0)
    }
}

extension ReportHistory {
    /// The notes `add` returns.
    enum Notes {
        static func sameFile(_ name: String, existing s: StoredReport) -> Diagnostic {
            HistoryDiagnostics.sameFile.make(
                message: "与已导入的文件内容完全相同（\(s.unitName) \(s.year)年 第\(s.version)版，\(s.sourceName)），未重复导入",
                english: "identical to a file already imported (\(s.unitID) \(s.year) version \(s.version)); nothing written",
                location: Diagnostic.Location(file: name, unit: s.unitName))
        }

        static func resubmitted(_ name: String, _ s: StoredReport) -> Diagnostic {
            HistoryDiagnostics.resubmitted.make(
                message: "\(s.unitName) \(s.year)年报告的第\(s.version)版，取代第\(s.version - 1)版（旧版仍保留）",
                english: "version \(s.version) of \(s.unitID)'s \(s.year) report; supersedes version \(s.version - 1), which is kept",
                location: Diagnostic.Location(file: name, unit: s.unitName))
        }
    }
}
