// The promises every reader of a published report keeps, checked by the fuzz targets that read one (html-reader,
// docx-reader, report-file): a `modules` line `shared ReportPromises.swift` compiles this file into the target.
import DisclosureModel
import Foundation

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
