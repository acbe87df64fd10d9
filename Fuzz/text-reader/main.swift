// libFuzzer entry for ReportTextReader: any bytes, decoded as UTF-8 with repair, must read without a crash or a hang.
// Built by scripts/fuzz with the DisclosureModel and DisclosureText sources (one module); seeds are the seed report
// and the published transcriptions cut into pieces of about 1.5 KB (small inputs keep runs fast).
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
