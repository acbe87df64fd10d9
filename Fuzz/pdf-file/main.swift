// libFuzzer entry for PublishedReport.readPDF: PDF bytes through Poppler (the system's libpoppler-glib, called from
// DisclosureDocuments/PDF/Poppler.swift) into the layout reconstruction and the text reader. Any bytes must read or
// throw a PublishedReadError with a message (damaged, encrypted, scanned, too large) — never crash, hang or leak.
// Poppler is not instrumented (coverage comes from our side of the calls: the GError, the pages, text and boxes, and
// what the layout makes of them) and is fuzzed upstream (OSS-Fuzz); this target holds our interop to its promises
// (every allocation Poppler hands us released once, a document refused as an error). The layout alone is the
// pdf-layout target. Built by scripts/fuzz with the DisclosureModel, DisclosureText, XLSX and DisclosureDocuments
// sources (one module) and Fuzz/Shared/ReportPromises.swift; the seeds are small PDFs whose text layer needs no font
// file (make_seeds.py) and two small committed fixtures (a damaged and a scanned PDF).
// Inputs stay within scripts/fuzz's default 4,096 bytes (no `options` file), the size of the two-page seed: with
// 8,192 allowed, the corpus grew late in a 10⁶ run into PDFs that cost Poppler more each (271 runs per CPU-second
// over the run, against ~400 from the seeds); a 4 KB PDF already holds two pages of 表三 and their font.
// Poppler's diagnostics are silenced for the process (Fuzz/Shared/QuietPoppler.swift): formatting them was 14% of a run.
import Foundation

@_cdecl("LLVMFuzzerInitialize")
public func pdfFileFuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>
) -> CInt {
    FileHandle.standardError.write(Data("pdf-file: \(quietPoppler())\n".utf8))
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func pdfFileFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzPublishedReader(data, size) { bytes throws(PublishedReadError) in
        try PublishedReport.readPDF(bytes, file: "fuzz.pdf")
    }
}
