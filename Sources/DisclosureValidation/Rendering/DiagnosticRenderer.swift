import DisclosureModel
import Foundation

/// Formats diagnostics for people (a terminal, like a compiler) and for programs (JSON). Diagnostics are data;
/// this is the one place that decides how they look.
///
/// Terminal: one line per diagnostic, then its notes indented —
/// ```
/// seed.txt:27 洛阳市人民政府办公室: 警告 TEXT.newMediaBreakdown: 正文政务新媒体总数 324 个，… — the breakdown is 8 short …
///     324 ≠ 191 + 91 + 6 + 28 = 316
/// ```
/// The prefix is the location: `file:line`, `sheet!cell`, the unit, the table place (only when the message does not
/// already name it — validation's messages do) and the record or field detail.
public struct DiagnosticRenderer: Sendable {
    /// Colour the severity and id with ANSI escapes (for a terminal that supports them).
    public var colour: Bool
    /// Name the unit in each line (useful when checking many units; noise for one).
    public var showsUnit: Bool
    /// The edition used to label table places when a message does not name them (nil: the first format whose
    /// form has the row).
    public var edition: Edition?
    /// The formats table places are labelled from.
    public var formats: ReportFormats

    /// Creates a renderer.
    public init(colour: Bool = false, showsUnit: Bool = true, edition: Edition? = nil, formats: ReportFormats = .official) {
        self.colour = colour
        self.showsUnit = showsUnit
        self.edition = edition
        self.formats = formats
    }

    /// Every diagnostic with its notes, then the summary line; lines end with `\n`.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for d in diagnostics { out += lines(for: d).joined(separator: "\n") + "\n" }
        out += Self.summary(diagnostics) + "\n"
        return out
    }

    /// One diagnostic: its headline, then each note indented by four spaces.
    public func lines(for d: Diagnostic) -> [String] {
        [headline(for: d)] + d.notes.map { "    \($0)" }
    }

    /// `<place>: 错误 APP.balance: <message> — <english>`.
    public func headline(for d: Diagnostic) -> String {
        let place = self.place(of: d)
        let severity = paint("\(d.severity.chinese) \(d.id)", d.severity)
        return (place.isEmpty ? "" : "\(place): ") + "\(severity): \(d.message) — \(d.english)"
    }

    /// The location as text (`seed.txt:27 洛阳市人民政府办公室`); empty when nothing is known.
    public func place(of d: Diagnostic) -> String {
        let l = d.location
        var parts: [String] = []
        switch (l.file, l.line) {
        case (let file?, let line?): parts.append("\(file):\(line)")
        case (let file?, nil): parts.append(file)
        case (nil, let line?): parts.append("第\(line)行")
        case (nil, nil): break
        }
        if let cell = l.sheetCell { parts.append(cell) }
        if showsUnit, let unit = l.unit { parts.append(unit) }
        if let table = l.table {
            let place = tablePlace(table, row: l.row, column: l.column)
            if !d.message.hasPrefix(place) { parts.append(place) }
        } else if l.line == nil, let section = l.section, !d.message.hasPrefix(section.heading) {
            parts.append(section.heading)
        }
        if let detail = l.detail, !d.message.contains(detail) { parts.append(detail) }
        return parts.joined(separator: " ")
    }

    /// `2 个错误，1 个警告 — 2 errors, 1 warning` (notes are counted when there are any).
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let counts = diagnostics.counts
        let errors = counts[.error] ?? 0
        let warnings = counts[.warning] ?? 0
        let notes = counts[.note] ?? 0
        var chinese = "\(errors) 个错误，\(warnings) 个警告"
        var english = "\(errors) \(plural(errors, "error")), \(warnings) \(plural(warnings, "warning"))"
        if notes > 0 {
            chinese += "，\(notes) 个提示"
            english += ", \(notes) \(plural(notes, "note"))"
        }
        return "\(chinese) — \(english)"
    }

    /// The diagnostics as a pretty-printed JSON array with sorted keys (stable output; absent location parts are
    /// left out).
    public static func json(_ diagnostics: [Diagnostic]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(diagnostics), as: UTF8.self)
    }

    func tablePlace(_ table: TableID, row: RowKey?, column: ColumnKey?) -> String {
        let candidates = edition.flatMap { formats[$0] }.map { [$0] } ?? formats.all
        let specs = candidates.map { $0.spec(table) }
        guard let spec = specs.first(where: { spec in row.map { spec.row($0) != nil } ?? true }) ?? specs.first else {
            return [table.shortName, row?.rawValue, column?.rawValue].compactMap { $0 }.joined(separator: " ")
        }
        return spec.place(row: row, column: column)
    }

    func paint(_ text: String, _ severity: Diagnostic.Severity) -> String {
        guard colour else { return text }
        let code =
            switch severity {
            case .error: "1;31"
            case .warning: "1;33"
            case .note: "1;36"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    static func plural(_ n: Int, _ word: String) -> String { n == 1 ? word : word + "s" }
}
