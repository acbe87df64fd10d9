import DisclosureModel
import DisclosureText
import Foundation
import TestSupport

/// Helpers shared by the text reader's tests: reading, and rewriting the seed into the layouts real reports use.
enum Read {
    /// Reads `text` with the default reader.
    static func text(_ text: String, file: String? = nil, options: ReportTextReader.Options = .init()) -> ReadResult {
        ReportTextReader(options: options).read(text, file: file)
    }

    /// The seed, read.
    static var seed: ReadResult { text(Fixtures.seedText, file: "seed.txt") }

    /// `id severity line` for each diagnostic, for comparing whole sets.
    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.id) \($0.severity.rawValue) \($0.location.line.map(String.init) ?? "-")" }
    }

    /// An exact decimal from its text.
    static func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan }
}

/// Rewrites of the seed text into other layouts, each derived line by line from the seed.
enum SeedLayout {
    static var lines: [String] { Fixtures.seedText.components(separatedBy: "\n") }

    /// Every tab-separated line rewritten by `transform` (which receives the line's cells).
    static func rewritingTableLines(_ transform: ([String]) -> [String]) -> String {
        lines.flatMap { line in line.contains("\t") ? transform(line.components(separatedBy: "\t")) : [line] }
            .joined(separator: "\n")
    }

    /// Cells joined by " | " (empty cells kept, as an HTML-to-text converter writes them).
    static var pipes: String { rewritingTableLines { [$0.joined(separator: " | ")] } }

    /// Markdown table rows: `| a | b |`.
    static var markdown: String { rewritingTableLines { ["| " + $0.joined(separator: " | ") + " |"] } }

    /// One non-empty cell per line.
    static var oneCellPerLine: String {
        rewritingTableLines { cells in cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    /// Non-empty cells separated by runs of spaces.
    static var spaces: String {
        rewritingTableLines { cells in [cells.filter { !$0.isEmpty }.joined(separator: "   ")] }
    }

    /// Every ASCII digit, bracket, period and colon in the whole text made full-width (０-９, （）, ．, ：).
    static var fullWidth: String {
        String(
            String.UnicodeScalarView(
                Fixtures.seedText.unicodeScalars.map { s -> Unicode.Scalar in
                    switch s {
                    case "0"..."9", "(", ")", ".", ":": Unicode.Scalar(s.value + 0xFEE0) ?? s
                    default: s
                    }
                }))
    }

    /// The seed with one line replaced (1-based), or lines inserted after it.
    static func replacing(line number: Int, with replacement: [String]) -> String {
        var all = lines
        all.replaceSubrange((number - 1)..<number, with: replacement)
        return all.joined(separator: "\n")
    }

    /// The 1-based number of the first line that starts with `prefix`.
    static func line(startingWith prefix: String) -> Int {
        (lines.firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1
    }
}
