// libFuzzer entry for PublishedReport.readHTML: any bytes (any encoding, any markup) must read or throw a
// PublishedReadError — never crash or hang, whatever libxml2 recovers from. Built by scripts/fuzz with the
// DisclosureModel, DisclosureText, XLSX and DisclosureDocuments sources (one module) and
// Fuzz/Shared/ReportPromises.swift (the promises checked); the seeds are the published fixtures reduced to bare markup
// and cut into one table each (make_seeds.py), plus a GBK piece and a script-only shell page.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func htmlReaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzPublishedReader(data, size) { bytes throws(PublishedReadError) in
        try PublishedReport.readHTML(bytes, file: "fuzz.html")
    }
}
