// The promises every reader of a published report keeps, checked by the fuzz targets that read one (html-reader,
// docx-reader, pdf-file, report-file): a `modules` line `shared ReportPromises.swift` compiles this file into the
// target (each of them is built with DisclosureDocuments).
import DisclosureDocuments
import DisclosureModel
import Foundation

/// One run of a `PublishedReport` reader over the fuzzer's bytes: a report that keeps the promises below, or a
/// `PublishedReadError` with a message — anything else aborts.
func fuzzPublishedReader(
    _ data: UnsafePointer<UInt8>, _ size: Int,
    _ read: (Data) throws(PublishedReadError) -> (AnnualReport, [Diagnostic])
) -> CInt {
    do {
        let (report, diagnostics) = try read(Data(bytes: data, count: size))
        // The reader's own promises: every diagnostic has an id; nothing is read into a cell off the form.
        checkReportPromises(report, diagnostics: diagnostics)
    } catch {
        if error.message.isEmpty { abort() }
    }
    return 0
}

/// Aborts (a crash libFuzzer reports) when a read report breaks a reader's promise: a diagnostic without an id, or —
/// when `cellsOnForm` — a figure read into a cell that is not on the form of the report's edition. (The JSON model
/// keeps whatever cells it names: an off-form cell there is the validator's finding, so its reader passes false.)
func checkReportPromises(_ report: AnnualReport, diagnostics: [Diagnostic], cellsOnForm: Bool = true) {
    for diagnostic in diagnostics where diagnostic.id.isEmpty { abort() }
    guard cellsOnForm else { return }
    let format = report.officialFormat ?? ReportFormat.current
    for id in TableID.allCases {
        let spec = format.spec(id)
        for address in report[id].cells.keys where !spec.contains(address) { abort() }
    }
}
