import DisclosureAggregation
import DisclosureDocuments
import DisclosureModel
import DisclosurePublish
import DisclosureText
import DisclosureValidation
import DisclosureWorkbook

/// Every diagnostic the package reports, from every module's catalogue, in one list: what the README's table of
/// diagnostic ids and the DocC article `Diagnostics` show, with `HistoryDiagnostics.all` of DisclosureHistory after
/// it (a test keeps them equal).
public enum DiagnosticCatalogue {
    /// Every kind, module by module: reading inputs, reading text, reading PDFs, workbooks, validation, aggregation, publishing.
    public static var all: [DiagnosticKind] {
        InputDiagnostic.all + ReadingDiagnostics.all + PDFDiagnostics.all + WorkbookDiagnostics.all + ValidationDiagnostics.all
            + AggregationDiagnostic.all + PublishDiagnostics.all
    }

    /// A list as a Markdown table: `| id | severity | meaning |` (`all`, plus the catalogues of modules this one does
    /// not depend on: `HistoryDiagnostics.all` of DisclosureHistory).
    public static func markdownTable(_ kinds: [DiagnosticKind] = all) -> String {
        var lines = ["| id | severity | meaning |", "|---|---|---|"]
        for kind in kinds {
            lines.append("| `\(kind.id)` | \(kind.severity.rawValue) | \(kind.summary) |")
        }
        return lines.joined(separator: "\n")
    }
}
