import CSV
import Foundation

/// A column of a clerk's CSV: its standard header, the variants accepted on reading, and whether it must be present.
struct CSVColumn: Sendable {
    let name: String
    let aliases: [String]
    let required: Bool

    init(_ name: String, aliases: [String] = [], required: Bool = false) {
        self.name = name
        self.aliases = aliases
        self.required = required
    }

    /// Header text normalised for matching: no BOM, no blanks, half-width brackets, Latin letters lower-cased.
    static func normalize(_ text: String) -> String {
        var t = text.replacingOccurrences(of: "\u{FEFF}", with: "")
        t = t.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        t = t.filter { !$0.isWhitespace }
        return t.lowercased()
    }
}

/// The rows of a CSV read through yaslab/CSV.swift, with the header mapped to known columns in any order and each
/// row's 1-based record number. Empty rows are skipped.
struct CSVTable {
    let file: String
    let rows: [(line: Int, fields: [String])]
    let index: [String: Int]

    /// Reads `text` (BOM and CRLF accepted) and maps its header onto `columns`.
    static func read(text: String, file: String, columns: [CSVColumn]) throws(InventoryCSVError) -> CSVTable {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            throw InventoryCSVError(file: file, reason: .unreadable(String(describing: error)))
        }
        var records: [[String]] = []
        while let row = reader.next() { records.append(row) }
        if let error = reader.error { throw InventoryCSVError(file: file, reason: .unreadable(String(describing: error))) }
        return try table(records, file: file, columns: columns)
    }

    /// Reads a file (UTF-8, with or without BOM).
    static func read(contentsOf url: URL, columns: [CSVColumn]) throws(InventoryCSVError) -> CSVTable {
        let file = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw InventoryCSVError(file: file, reason: .unreadable(error.localizedDescription))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InventoryCSVError(file: file, reason: .unreadable("不是 UTF-8 编码 — not UTF-8; save as “CSV UTF-8”"))
        }
        return try read(text: text, file: file, columns: columns)
    }

    static func table(_ records: [[String]], file: String, columns: [CSVColumn]) throws(InventoryCSVError) -> CSVTable {
        guard let header = records.first else { throw InventoryCSVError(file: file, reason: .missingColumns(columns.filter(\.required).map(\.name))) }
        var index: [String: Int] = [:]
        let normalized = header.map(CSVColumn.normalize)
        for column in columns {
            let names = ([column.name] + column.aliases).map(CSVColumn.normalize)
            if let i = normalized.firstIndex(where: { names.contains($0) }) { index[column.name] = i }
        }
        let missing = columns.filter { $0.required && index[$0.name] == nil }.map(\.name)
        guard missing.isEmpty else { throw InventoryCSVError(file: file, line: 1, reason: .missingColumns(missing)) }
        var rows: [(Int, [String])] = []
        for (i, fields) in records.enumerated().dropFirst() where fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            rows.append((i + 1, fields))
        }
        return CSVTable(file: file, rows: rows, index: index)
    }

    /// The trimmed value of a column in a row; nil when the column is absent or the cell empty.
    func value(_ column: String, in fields: [String]) -> String? {
        guard let i = index[column], i < fields.count else { return nil }
        let v = fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
        return v.isEmpty ? nil : v
    }
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
