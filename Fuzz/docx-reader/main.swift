// libFuzzer entry for PublishedReport.readDOCX: any bytes (a damaged zip, a zip bomb, hostile XML) must read or throw a
// PublishedReadError — never crash, hang or exhaust memory. Built by scripts/fuzz with the DisclosureModel,
// DisclosureText, XLSX and DisclosureDocuments sources (one module) and Fuzz/Shared/ReportPromises.swift (the promises
// checked); the seeds are small packages holding only word/document.xml with one table each (make_seeds.py).
import Foundation

/// Small limits, so a bomb is refused quickly rather than inflated up to the default gigabyte.
let limits = ReaderLimits(maxEntryBytes: 8 << 20, maxNestingDepth: 64, maxTagBytes: 1 << 16, maxTextBytes: 1 << 20)

@_cdecl("LLVMFuzzerTestOneInput")
public func docxReaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzPublishedReader(data, size) { bytes throws(PublishedReadError) in
        try PublishedReport.readDOCX(bytes, file: "fuzz.docx", limits: limits)
    }
}
