import DisclosurePublished
import DisclosureText
import Foundation

/// Published reports the CLI reads besides JSON, UTF-8 text and workbooks: a saved web page (UTF-8 or GBK), a Word
/// .docx, a GBK text file; a binary .doc/.wps is refused with a message saying to save it as .docx.
/// (A hook until the library's one file entry point takes these in; then this file goes.)
enum PublishedInput {
    /// The report in `path` when it is one of those kinds, nil for any other (left to `ReportInput`).
    static func load(_ path: String) throws -> LoadedReport? {
        let data = try ReportInput.contents(of: path)
        let isPublished =
            PublishedReport.isOLE(data) || PublishedReport.isHTML(data) || PublishedReport.isDOCX(data)
            || (ReportInput.kind(of: data) == nil && (try? ReportTextReader.decodeText(data)) != nil)
        guard isPublished else { return nil }
        do {
            let (report, diagnostics) = try PublishedReport.read(data, file: path)
            return LoadedReport(path: path, kind: .text, report: report, diagnostics: diagnostics)
        } catch {
            throw CLIError(error.message, "the published report cannot be read", file: path)
        }
    }
}
