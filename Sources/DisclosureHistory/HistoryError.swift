import DisclosureModel
import Foundation

/// Why a history database cannot be opened or written: a typed failure with a message in Chinese and an English
/// gloss, naming the file.
///
/// Opening checks, in order: SQLite can read the file at all (`notADatabase`), `PRAGMA integrity_check` says `ok`
/// (`corrupt`), the file is ours — its `application_id` and the `meta` table name GovDisclosure history
/// (`foreignDatabase`) — and its schema version is one this library knows (`newerSchema`).
public struct HistoryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Hashable, Sendable, Codable {
        /// The file is not an SQLite database (SQLite's `SQLITE_NOTADB`), or cannot be opened at all.
        case notADatabase
        /// `PRAGMA integrity_check` found damage.
        case corrupt
        /// An SQLite database, but not a GovDisclosure history (another program's file).
        case foreignDatabase
        /// Written by a newer GovDisclosure whose schema this library does not know.
        case newerSchema
        /// The file does not exist and opening was asked not to create it.
        case missing
        /// Reading or writing failed inside SQLite (disk full, locked, constraint); the transaction was rolled back.
        case sqlite
        /// A report of an edition not among the history's formats; nothing was stored.
        case unknownEdition
    }

    /// What went wrong.
    public var code: Code
    /// The database file.
    public var path: String
    /// The message in Chinese.
    public var message: String
    /// The same in English.
    public var english: String
    /// SQLite's own text, when it gave one.
    public var libraryText: String?

    /// Creates an error.
    public init(_ code: Code, path: String, message: String, english: String, libraryText: String? = nil) {
        self.code = code
        self.path = path
        self.message = message
        self.english = english
        self.libraryText = libraryText
    }

    /// `FILE：不是 SQLite 数据库 — not an SQLite database (file is not a database)`.
    public var description: String {
        "\(path)：\(message) — \(english)" + (libraryText.map { "（\($0)）" } ?? "")
    }
}

extension HistoryError: LocalizedError {
    /// The same as `description`.
    public var errorDescription: String? { description }
}

extension HistoryError {
    static func unknownEdition(_ path: String, _ edition: Edition) -> HistoryError {
        HistoryError(
            .unknownEdition, path: path, message: "报告格式“\(edition.rawValue)”不在已知格式之中，未存入",
            english: "the report's edition \(edition.rawValue) is not a known format; nothing was stored")
    }

    static func notADatabase(_ path: String, _ text: String?) -> HistoryError {
        HistoryError(
            .notADatabase, path: path, message: "不是 SQLite 数据库，无法作为历年报告库打开",
            english: "not an SQLite database; cannot be opened as a report history", libraryText: text)
    }

    static func corrupt(_ path: String, _ text: String?) -> HistoryError {
        HistoryError(
            .corrupt, path: path, message: "数据库已损坏（完整性检查未通过），请从备份恢复",
            english: "the database is damaged (integrity check failed); restore it from a backup", libraryText: text)
    }

    /// A stored value of the wrong type, a NULL where the schema has none, or a JSON column that does not decode: the
    /// file passed the integrity check but its rows are not what the tables say (damaged, or edited by hand).
    static func damagedRow(_ path: String, _ error: any Error) -> HistoryError {
        HistoryError(
            .corrupt, path: path, message: "数据库中的记录与表结构不符（文件已损坏或被其他程序改动），请从备份恢复",
            english: "a stored row does not hold what its table says (damaged or changed by another program); restore it from a backup",
            libraryText: String(describing: error))
    }

    static func foreign(_ path: String, _ what: String) -> HistoryError {
        HistoryError(
            .foreignDatabase, path: path, message: "这是其他程序的 SQLite 数据库，不是本工具的历年报告库（\(what)）",
            english: "an SQLite database of another program, not a GovDisclosure report history (\(what))")
    }

    static func newer(_ path: String, _ version: Int) -> HistoryError {
        HistoryError(
            .newerSchema, path: path,
            message: "数据库结构版本 \(version) 高于本程序支持的 \(ReportHistory.schemaVersion)，请升级本程序",
            english: "schema version \(version) is newer than this program's \(ReportHistory.schemaVersion); upgrade it")
    }

    static func missing(_ path: String) -> HistoryError {
        HistoryError(.missing, path: path, message: "数据库文件不存在", english: "no such database file")
    }

    static func sqlite(_ path: String, _ error: any Error) -> HistoryError {
        sqlite(path, text: String(describing: error))
    }

    static func sqlite(_ path: String, text: String) -> HistoryError {
        HistoryError(
            .sqlite, path: path, message: "数据库读写失败，本次操作未写入任何内容",
            english: "reading or writing the database failed; nothing of this operation was written",
            libraryText: text)
    }
}
