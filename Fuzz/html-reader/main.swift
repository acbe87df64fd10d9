// libFuzzer entry for PublishedReport.readHTML: any bytes (any encoding, any markup) must read or throw a
// PublishedReadError — never crash or hang, whatever libxml2 recovers from. Built by scripts/fuzz with the
// DisclosureModel, DisclosureText, XLSX and DisclosureDocuments sources (one module) and
// Fuzz/Shared/ReportPromises.swift (the promises checked); the seeds are the published fixtures reduced to bare markup
// and cut into one table each (make_seeds.py), plus a GBK piece and a script-only shell page.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func htmlReaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    do {
        let (report, diagnostics) = try PublishedReport.readHTML(bytes, file: "fuzz.html")
        // The reader's own promises: every diagnostic has an id; nothing is read into a cell off the form.
        checkReportPromises(report, diagnostics: diagnostics)
    } catch {
        if error.message.isEmpty { abort() }
    }
    return 0
}
