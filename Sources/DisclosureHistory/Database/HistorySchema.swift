import GRDB

/// The history database's schema: named migrations (never edited once shipped; a change is a new migration), the
/// SQLite `application_id` that marks the file as ours, and the schema version kept in the `meta` table.
///
/// Tables (v1):
/// - `meta(key, value)`: `format` = `GovDisclosure report history`, `schemaVersion` = 1.
/// - `organization(year, position, id, name, level, parentID)`: the reporting tree of each year.
/// - `report(id, unitID, unitName, year, edition, version, sourceName, sha256, importedAt, …)`: one row per imported
///   version; a resubmission is a new version (never an update), the highest version of a unit and year is current.
/// - `cellKey(id, tableID, rowKey, columnKey)` and `cell(reportID, keyID, value, kind)`: the tables as long-form facts.
///   `value` is the exact decimal as TEXT (never REAL), NULL exactly when `kind` is `blank` — blank is never 0.
///   The view `cellFact` joins them back into (reportID, tableID, rowKey, columnKey, value, kind).
/// - `quotedFigure(reportID, position, kind, value, unit, approximate, sourceFile, sourceLine, sourceExcerpt,
///   sharePercent, shareDigits, statement, uncertainSubject)`: the percentage quoted with the figure (exact text and
///   its printed digits), the sentence it belongs to, and whether its subject is uncertain.
/// - `diagnostic(reportID, position, code, severity, message, english, location, notes)`: what reading and checking
///   found for each version.
/// - view `currentReport`: the current version of each unit and year.
enum HistorySchema {
    /// `GDHR` — GovDisclosure History of Reports, in the SQLite header (`PRAGMA application_id`).
    static let applicationID: Int32 = 0x4744_4852
    /// The `meta.format` value.
    static let format = "GovDisclosure report history"
    /// The schema version the migrations below reach.
    static let version = 1

    /// The migrations, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: reports, cells, quoted figures, diagnostics, organizations") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(
                sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                    INSERT INTO meta (key, value) VALUES ('format', '\(format)'), ('schemaVersion', '1');

                    CREATE TABLE organization (
                        year INTEGER NOT NULL,
                        position INTEGER NOT NULL,
                        id TEXT NOT NULL,
                        name TEXT NOT NULL,
                        level TEXT NOT NULL,
                        parentID TEXT,
                        PRIMARY KEY (year, id)
                    ) WITHOUT ROWID;

                    CREATE TABLE report (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        unitID TEXT NOT NULL,
                        unitName TEXT NOT NULL,
                        year INTEGER NOT NULL,
                        edition TEXT NOT NULL,
                        version INTEGER NOT NULL CHECK (version >= 1),
                        sourceName TEXT NOT NULL,
                        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
                        importedAt TEXT NOT NULL,
                        organization TEXT NOT NULL,
                        title TEXT,
                        sections TEXT NOT NULL,
                        fees TEXT,
                        extraRows TEXT NOT NULL,
                        UNIQUE (unitID, year, version)
                    );
                    CREATE INDEX report_year ON report (year, unitID);

                    CREATE TABLE cellKey (
                        id INTEGER PRIMARY KEY,
                        tableID TEXT NOT NULL,
                        rowKey TEXT NOT NULL,
                        columnKey TEXT NOT NULL,
                        UNIQUE (tableID, rowKey, columnKey)
                    );

                    CREATE TABLE cell (
                        reportID INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
                        keyID INTEGER NOT NULL REFERENCES cellKey (id),
                        value TEXT CHECK (value IS NULL OR typeof(value) = 'text'),
                        kind TEXT NOT NULL CHECK (kind IN ('blank', 'zero', 'number')),
                        CHECK ((kind = 'blank') = (value IS NULL)),
                        PRIMARY KEY (reportID, keyID)
                    ) WITHOUT ROWID;

                    CREATE TABLE quotedFigure (
                        reportID INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        value TEXT NOT NULL CHECK (typeof(value) = 'text'),
                        unit TEXT,
                        approximate INTEGER NOT NULL,
                        sourceFile TEXT,
                        sourceLine INTEGER,
                        sourceExcerpt TEXT,
                        sharePercent TEXT CHECK (sharePercent IS NULL OR typeof(sharePercent) = 'text'),
                        shareDigits INTEGER,
                        statement INTEGER,
                        uncertainSubject INTEGER,
                        PRIMARY KEY (reportID, position)
                    ) WITHOUT ROWID;

                    CREATE TABLE diagnostic (
                        reportID INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        code TEXT NOT NULL,
                        severity TEXT NOT NULL CHECK (severity IN ('note', 'warning', 'error')),
                        message TEXT NOT NULL,
                        english TEXT NOT NULL,
                        location TEXT NOT NULL,
                        notes TEXT NOT NULL,
                        PRIMARY KEY (reportID, position)
                    ) WITHOUT ROWID;

                    CREATE VIEW currentReport AS
                        SELECT * FROM report AS r
                        WHERE r.version = (SELECT MAX(version) FROM report WHERE unitID = r.unitID AND year = r.year);

                    CREATE VIEW cellFact AS
                        SELECT c.reportID, k.tableID, k.rowKey, k.columnKey, c.value, c.kind
                        FROM cell AS c JOIN cellKey AS k ON k.id = c.keyID;
                    """)
        }
        return migrator
    }
}
