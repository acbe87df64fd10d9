import CSV
import DisclosureText
import Foundation

/// A column of a clerk's CSV: its standard header, the variants accepted on reading, and whether it must be present.
struct CSVColumn: Sendable {
    let name: String
    let aliases: [String]
    let required: Bool
    /// The name and aliases, normalised once (not on every file read).
    let normalizedNames: [String]

    init(_ name: String, aliases: [String] = [], required: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.required = required
        normalizedNames = ([name] + aliases).map(Self.normalize)
    }

    /// Header text normalised for matching: no BOM, no blanks, half-width brackets, Latin letters lower-cased.
    ///
    /// One pass over the characters: Foundation's `replacingOccurrences` took four tenths of reading a small CSV
    /// (profiled in the inventory-csv fuzz target), and the same function folds every category and yes/no cell.
    static func normalize(_ text: String) -> String {
        var t = ""
        t.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "\u{FEFF}": continue
            case "（": t.append("(")
            case "）": t.append(")")
            default: if !c.isWhitespace { t.append(c) }
            }
        }
        return t.lowercased()
    }
}

/// Where a clerk's CSV comes from: text already in memory, or a file read as a stream.
enum CSVSource {
    /// Text in memory; `file` names it in errors.
    case text(String, file: String)
    /// A file, streamed through an `InputStream`: memory stays flat however many rows it has.
    case file(URL)

    /// The name used in errors (the file's last path component).
    var file: String {
        switch self {
        case .text(_, let file): file
        case .file(let url): url.lastPathComponent
        }
    }
}

/// A clerk's CSV read through yaslab/CSV.swift, streamed: the header is mapped to known columns in any order, then
/// each row is handed on with its 1-based record number as it is parsed, so only one row is held at a time.
/// Empty rows are skipped.
struct CSVTable {
    let file: String
    let index: [String: Int]

    /// Reads the header of `source`, maps it onto `columns`, then calls `body` with each non-empty row.
    ///
    /// Throws when the source cannot be read (not UTF-8, an I/O error) or the header lacks a required column.
    static func read(_ source: CSVSource, columns: [CSVColumn],
                     _ body: (CSVTable, _ line: Int, _ fields: [String]) -> Void) throws(InventoryCSVError) {
        let file = source.file
        let reader: CSVReader
        var stream: CSVFileStream?
        do {
            switch source {
            case .text(let text, _):
                // A byte-order mark is dropped, as the streamed read of a file drops it: text holding only a BOM
                // (Excel's “CSV UTF-8” of an empty sheet) is then an empty file both ways, not a header on line 1.
                let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
                reader = try CSVReader(string: body, hasHeaderRow: false)
            case .file(let url):
                guard FileManager.default.isReadableFile(atPath: url.path) else {
                    throw InventoryCSVError(file: file, reason: .unreadable("文件不存在或无法打开 — the file is missing or cannot be opened"))
                }
                let opened = CSVFileStream(path: url.path)
                stream = opened
                reader = try CSVReader(stream: opened, hasHeaderRow: false)
            }
        } catch let error as InventoryCSVError {
            throw error
        } catch {
            // CSV.swift says only `cannotOpenFile` when the stream refused to open: the stream says why.
            throw unreadable(stream?.streamError ?? error, file: file)
        }
        guard let header = reader.next() else {
            if let error = reader.error { throw unreadable(error, file: file) }
            throw InventoryCSVError(file: file, reason: .missingColumns(columns.filter(\.required).map(\.name)))
        }
        let table = try CSVTable(header: header, file: file, columns: columns)
        var record = 1
        while let fields = reader.next() {
            record += 1
            guard fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
            body(table, record, fields)
        }
        if let error = reader.error { throw unreadable(error, file: file) }
    }

    /// Maps a header row onto `columns`; throws when a required column is missing.
    init(header: [String], file: String, columns: [CSVColumn]) throws(InventoryCSVError) {
        var index: [String: Int] = [:]
        let normalized = header.map(CSVColumn.normalize)
        for column in columns {
            if let i = normalized.firstIndex(where: { column.normalizedNames.contains($0) }) { index[column.name] = i }
        }
        let missing = columns.filter { $0.required && index[$0.name] == nil }.map(\.name)
        guard missing.isEmpty else { throw InventoryCSVError(file: file, line: 1, reason: .missingColumns(missing)) }
        self.file = file
        self.index = index
    }

    /// CSV.swift's errors (and the stream's own) as a clerk reads them, in Chinese with an English gloss.
    private static func unreadable(_ error: any Error, file: String) -> InventoryCSVError {
        let detail: String
        switch error {
        case CSVError.unicodeDecoding:
            // The file began as UTF-8 (its first 64 KiB were) and then was not.
            detail = "不是有效的 UTF-8 编码 — not valid UTF-8; save as “CSV UTF-8”"
        case CSVFileStream.Refusal.wideEncoding(let encoding):
            detail = "是 \(encoding) 编码（如 Excel 的“Unicode 文本”），请另存为“CSV UTF-8” — \(encoding) text; save as “CSV UTF-8”"
        case CSVError.streamErrorHasOccurred(let decoding as TextDecodingError), let decoding as TextDecodingError:
            detail = decoding.message
        case CSVError.cannotOpenFile:
            detail = "文件无法打开 — the file cannot be opened"
        case CSVError.streamErrorHasOccurred(let posix as POSIXError), let posix as POSIXError:
            detail = "读取文件时出错（errno \(posix.code.rawValue)） — an I/O error while reading the file (errno \(posix.code.rawValue))"
        case CSVError.cannotReadFile, CSVError.streamErrorHasOccurred:
            detail = "读取文件时出错 — an I/O error while reading the file"
        default:
            detail = "文件无法按 CSV 读取 — the file cannot be read as CSV (\(error))"
        }
        return InventoryCSVError(file: file, reason: .unreadable(detail))
    }

    /// The trimmed value of a column in a row; nil when the column is absent or the cell empty.
    func value(_ column: String, in fields: [String]) -> String? {
        guard let i = index[column], i < fields.count else { return nil }
        let field = fields[i]
        // Most cells have nothing to trim: Foundation's trimming, run on every one, was ~2 % of checking 3,000 reports.
        if let first = field.unicodeScalars.first, let last = field.unicodeScalars.last,
            !Self.space.contains(first), !Self.space.contains(last)
        {
            return field
        }
        let v = field.trimmingCharacters(in: .whitespacesAndNewlines)
        return v.isEmpty ? nil : v
    }

    /// What `value(_:in:)` trims.
    private static let space = CharacterSet.whitespacesAndNewlines
}

/// Writes rows as CSV through yaslab/CSV.swift: UTF-8 with a BOM and CRLF line ends, which Excel on a Chinese Windows
/// opens correctly.
enum CSVText {
    static func make(header: [String], rows: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows { try writer.write(row: row) }
        let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        stream.close()
        return Data([0xEF, 0xBB, 0xBF]) + body + Data([0x0D, 0x0A])
    }
}
