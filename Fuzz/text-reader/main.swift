// libFuzzer entry for ReportTextReader: any bytes, decoded as UTF-8 with repair, must read without a crash or a hang.
// Built by scripts/fuzz with the DisclosureModel and DisclosureText sources (one module); seeds are the seed report
// and the published transcriptions cut at line ends into pieces of at most 480 bytes, `options` -max_len=640 (small
// inputs keep runs fast: the reader costs about 2 µs a byte under instrumentation, so 1.5 KB pieces ran at ~300
// exec/s and 0.7 KB pieces with -max_len=1280 at ~450).
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func textReaderFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let result = ReportTextReader().read(text, file: "fuzz")
    // Touch the result so nothing is optimised away, and check the reader's own promises.
    for diagnostic in result.diagnostics where diagnostic.id.isEmpty { abort() }
    for figure in result.report.quotedFigures where figure.source == nil { abort() }
    return 0
}
