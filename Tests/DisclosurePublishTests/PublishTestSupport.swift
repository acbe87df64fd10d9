import DisclosureModel
import DisclosurePublish
import DisclosureSamples
import DisclosureText
import Foundation
import TestSupport

/// The reports every publishing test runs on, and the independent expectations they are compared with.
enum PublishSamples {
    /// The seed, as the text reader reads it (its own prose and table lines in the sections).
    static var seed: AnnualReport { ReportTextReader().read(Fixtures.seedText, file: "seed.txt").report }

    /// A 2021-edition report with every cell filled with a different non-zero figure (the money cell decimal),
    /// so that a cell shown in the wrong place cannot go unnoticed.
    static var full2021: AnnualReport {
        var report = SampleReports(count: 1, year: 2022, seed: 7).first { _ in true } ?? AnnualReport(
            organization: Organization(name: "测试单位", level: .county), year: 2022)
        for table in TableID.allCases {
            var data = TableData(table)
            for (i, address) in report.spec(table).cells.enumerated() {
                let kind = report.spec(table).column(of: address)?.kind
                data[address] = kind?.moneyUnit != nil ? .number(Decimal(string: "12.34") ?? 1) : Figure(100 * (table == .proactive ? 1 : table == .applications ? 2 : 3) + i + 1)
            }
            report[table] = data
        }
        return report
    }

    /// The seed with blanks where real reports leave them: 表三's 总计 column except 一、二、（七）、四 (上海 2019), and
    /// 行政强制 处理决定数量 (武汉 2020's "-").
    static var withBlanks: AnnualReport {
        var report = Fixtures.seedReport
        for row in report.spec(.applications).rows where ![.newReceived, .carriedOver, .resultTotal, .carryForward].contains(row.key) {
            report.applications[row.key, .total] = .blank
        }
        report.proactive[.enforcement, .decisions] = .blank
        return report
    }

    /// The grid a reader that expands spans must see: each label's text over its span, each figure's number as the
    /// model holds it (`Decimal`'s own text) or `blank` — computed from the printed layout and the model alone.
    static func expectedGrid(_ report: AnnualReport, _ table: TableID, blank: String = "") -> [[String]] {
        let layout = PrintedLayout(report.spec(table))
        var grid = [[String]](repeating: [String](repeating: "?", count: layout.width), count: layout.height)
        func fill(_ span: PrintedLayout.Span, _ text: String) {
            for r in span.rows { for c in span.columns { grid[r][c] = text } }
        }
        for label in layout.labels { fill(label.span, label.text) }
        for cell in layout.figureCells {
            fill(cell.span, report[table][cell.address].decimal.map { "\($0)" } ?? blank)
        }
        return grid
    }

    /// The three reports with a name for messages.
    static var all: [(name: String, report: AnnualReport)] {
        [("seed", seed), ("full2021", full2021), ("blanks", withBlanks)]
    }
}

/// A small test-side reading of our HTML tables: rows of `<th>`/`<td>` with their spans, expanded into a grid.
enum HTMLTableWalk {
    static func tables(_ html: String) -> [[[String]]] {
        html.components(separatedBy: "<table").dropFirst().map { chunk in
            let body = chunk.components(separatedBy: "</table>").first ?? ""
            let rows = body.components(separatedBy: "<tr>").dropFirst().map { row -> [(String, Int, Int)] in
                let cells = (row.components(separatedBy: "</tr>").first ?? "")
                return cells.components(separatedBy: "</t").compactMap { piece -> (String, Int, Int)? in
                    guard let open = piece.range(of: "<th", options: .backwards) ?? piece.range(of: "<td", options: .backwards),
                        let close = piece[open.upperBound...].firstIndex(of: ">")
                    else { return nil }
                    let attributes = String(piece[open.upperBound..<close])
                    let text = unescape(String(piece[piece.index(after: close)...]))
                    return (text, number("rowspan", attributes), number("colspan", attributes))
                }
            }
            return expand(rows)
        }
    }

    static func number(_ name: String, _ attributes: String) -> Int {
        guard let r = attributes.range(of: "\(name)=\"") else { return 1 }
        return Int(attributes[r.upperBound...].prefix { $0.isNumber }) ?? 1
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The usual HTML table algorithm: each cell takes the next free column of its row and covers its span.
    static func expand(_ rows: [[(String, Int, Int)]]) -> [[String]] {
        var grid: [[String?]] = []
        for (r, row) in rows.enumerated() {
            while grid.count <= r { grid.append([]) }
            var c = 0
            for (text, rowspan, colspan) in row {
                while c < grid[r].count, grid[r][c] != nil { c += 1 }
                for dr in 0..<rowspan {
                    while grid.count <= r + dr { grid.append([]) }
                    for dc in 0..<colspan {
                        while grid[r + dr].count <= c + dc { grid[r + dr].append(nil) }
                        grid[r + dr][c + dc] = text
                    }
                }
                c += colspan
            }
        }
        return grid.map { $0.map { $0 ?? "∅" } }
    }
}

/// Runs external tools for the checks by independent clients.
enum ExternalTool {
    static func path(_ names: String...) -> String? {
        let searchPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in names {
            for dir in searchPath + ["/usr/bin", "/usr/local/bin", "/usr/lib/libreoffice/program"] {
                let p = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: p) { return p }
            }
        }
        return nil
    }

    /// True when `python3` can import `module`.
    static func pythonHas(_ module: String) -> Bool {
        guard let python = path("python3") else { return false }
        return (try? run(python, ["-c", "import \(module)"]))?.status == 0
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Checks that a PDF's text (`pdftotext -layout`, whitespace removed) holds the report's title, headings and every
/// table label and figure in reading order. A label may wrap inside its cell: it is found as fragments in order
/// with other text between (at most `gap` characters). Headings, block titles and figures keep strict order; a
/// table label (which wraps and centres against its neighbours, and whose row's figures pdftotext may set on the
/// next line) must appear no earlier than the start of the previous grid row, without moving the cursor.
enum ReadingOrder {
    struct Token {
        var text: String
        var advances: Bool
        /// Figures must be contiguous; labels may wrap.
        var wraps = true
        /// The first token of a grid row.
        var startsRow = false
    }

    static func expected(_ report: AnnualReport) -> [Token] {
        var tokens = [Token(text: (report.title ?? report.standardTitle).filter { !$0.isWhitespace }, advances: true)]
        for id in SectionID.allCases {
            tokens.append(Token(text: id.heading, advances: true))
            guard let table = TableID.allCases.first(where: { $0.section == id }) else { continue }
            for row in PrintedLayout(report.spec(table)).gridRows {
                var first = true
                for item in row {
                    switch item {
                    case .label(let l) where !l.text.isEmpty:
                        // Only block titles keep strict order; other labels wrap and centre against their
                        // neighbours (and pdftotext may set a row's figures on the line below its label).
                        tokens.append(Token(text: l.text.filter { !$0.isWhitespace }, advances: l.role == .blockTitle,
                                            startsRow: first))
                    case .figure(let f):
                        if let d = report[table][f.address].decimal {
                            tokens.append(Token(text: "\(d)", advances: true, wraps: false, startsRow: first))
                        }
                    default: continue
                    }
                    first = false
                }
            }
        }
        return tokens
    }

    static func missing(in text: String, _ tokens: [Token], gap: Int = 90) -> [String] {
        let chars = Array(text)
        var cursor = 0
        var rowStart = 0, previousRowStart = 0
        var missing: [String] = []
        for token in tokens {
            if token.startsRow {
                previousRowStart = rowStart
                rowStart = cursor
            }
            let from = token.advances ? cursor : previousRowStart
            if let end = find(Array(token.text), in: chars, from: from, gap: token.wraps ? gap : 0) {
                if token.advances { cursor = end }
            } else {
                missing.append(token.text)
            }
        }
        return missing
    }

    /// The first match of `needle` at or after `start`, as contiguous fragments separated by at most `gap` other
    /// characters; returns the end of its first fragment (what follows a wrapped label's first line is the rest
    /// of its row, which comes later in reading order).
    static func find(_ needle: [Character], in hay: [Character], from start: Int, gap: Int) -> Int? {
        guard let first = needle.first else { return start }
        var s = start
        while s < hay.count {
            guard hay[s] == first else {
                s += 1
                continue
            }
            var h = s + 1, n = 1, skipped = 0
            var firstFragmentEnd: Int?
            while n < needle.count, h < hay.count {
                if hay[h] == needle[n] {
                    n += 1
                    skipped = 0
                } else {
                    if firstFragmentEnd == nil { firstFragmentEnd = h }
                    skipped += 1
                    if skipped > gap { break }
                }
                h += 1
            }
            if n == needle.count { return firstFragmentEnd ?? h }
            s += 1
        }
        return nil
    }
}
